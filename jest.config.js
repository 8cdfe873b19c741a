/** Unit specs beside the code (core/, bot/) and cross-folder tests under tests/. */
module.exports = {
  testEnvironment: 'node',
  // jose 6 and FormatJS are ESM-only and Jest on Node 20 cannot require() ESM: swc compiles it to CommonJS.
  transform: {
    '^.+\\.tsx?$': ['@swc/jest'],
    '/node_modules/(jose|intl-messageformat|@formatjs)/.+\\.js$': ['@swc/jest'],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose|intl-messageformat|@formatjs)/)'],
  testMatch: [
    '<rootDir>/core/**/*.spec.ts',
    '<rootDir>/bot/**/*.spec.ts',
    '<rootDir>/tests/**/*.test.ts',
  ],
  setupFiles: ['<rootDir>/tests/support/loopback-only.ts'],
  // Builds tab/dist if stale, for the browser tests and the service's static tab routes.
  globalSetup: '<rootDir>/tests/support/build-tab.global-setup.ts',
  // Generous: the machines are shared, and a start of the service with its database once took
  // over 30 s under load there. Tests never assert on time; this only bounds a hang.
  testTimeout: 60000,
  // One keep-alive client socket of the auth-matrix test outlives its server (under study);
  // on 2 cores jest runs in band, and a lingering handle must not hang CI after the summary.
  forceExit: true,
  // One process for 230 files ran out of heap (4 GB) at the 208th: modules and stores that test
  // files leave behind add up. A worker past this size after a file is replaced by a new one
  // (jest then uses a worker even on one core, still one file at a time).
  workerIdleMemoryLimit: '2GB',
};
