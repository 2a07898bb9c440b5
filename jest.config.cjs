// Every test tier in one run: `npm test` (scripts/test.mjs picks the projects).
module.exports = {
  projects: ['<rootDir>/packages/domain', '<rootDir>/apps/api', '<rootDir>/apps/web', '<rootDir>/e2e'],
  // Integration and browser tests start a real app and database; in a projects run only the root timeout counts.
  testTimeout: 90_000,
};
