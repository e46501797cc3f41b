const os = require('node:os');

module.exports = {
  testEnvironment: 'node',
  transform: { '\\.ts$': '<rootDir>/test/esbuild-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'cjs', 'json'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // Jest's default is one worker per core but one; the suite waits on Chromium, child servers and
  // the disk as much as it computes, so a worker per core (at least 2) halves it on 2 cores
  // (measured: 6.1 min instead of 10.8).
  maxWorkers: Math.max(2, os.cpus().length),
  reporters: ['default', '<rootDir>/test/summary-reporter.cjs'],
};
