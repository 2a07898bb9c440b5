/** The portal's unit tests: TypeScript and JSX through the shared SWC transform, run in Node. */
module.exports = {
  ...require('../../jest.swc.cjs'),
  displayName: 'web',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
  moduleNameMapper: {
    '\\.css$': '<rootDir>/src/test/style-stub.cjs',
  },
};
