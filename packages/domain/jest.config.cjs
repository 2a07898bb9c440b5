module.exports = {
  ...require('../../jest.swc.cjs'),
  displayName: 'domain',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
