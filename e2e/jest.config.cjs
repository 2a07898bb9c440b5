module.exports = {
  ...require('../jest.swc.cjs'),
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  testTimeout: 90_000,
};
