module.exports = {
  testEnvironment: 'node',
  transform: { '\\.ts$': '<rootDir>/test/esbuild-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'cjs', 'json'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/summary-reporter.cjs'],
};
