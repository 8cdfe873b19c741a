import { curveText, levelsOff, memoryCurve } from '../../scripts/bench/memory-curve';

/**
 * Issue 25: the service's memory levels off under registrations. `npm run bench:memory` runs
 * 10,000; here 300 (in steps of 50) keep `npm test` reasonable on two shared cores.
 */
describe('The service under a stream of registrations', () => {
  it('keeps its resident memory level: the last third of the curve grows less than the first', async () => {
    const curve = await memoryCurve(300, 50);
    console.info(`memory after each 50 registrations\n${curveText(curve)}`);
    expect(curve).toHaveLength(6);
    expect(levelsOff(curve)).toBe(true);
  }, 600_000);
});
