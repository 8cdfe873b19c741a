import { curveText, levelsOff, memoryCurve } from './memory-curve';

/**
 * `npm run bench:memory`: the service's memory after every 1,000 of MEMORY_REGISTRATIONS
 * (default 10,000) registrations on PGlite, and whether it levels off.
 */
async function main(): Promise<void> {
  const count = Number(process.env.MEMORY_REGISTRATIONS ?? 10_000);
  const curve = await memoryCurve(count, Math.max(1, Math.round(count / 10)));
  process.stdout.write(`${curveText(curve)}\nlevels off: ${levelsOff(curve)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
