/**
 * Import cycles among the service's modules (bot/, core/) fail the build: run by
 * tests/architecture/boundaries.test.ts and `npm run lint`. Type-only imports vanish at
 * compile time and cannot make a run-time cycle, so they are not counted (decision 025).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A module must not import itself through others.',
      from: { path: '^(bot|core)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/|\\.spec\\.ts$' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
