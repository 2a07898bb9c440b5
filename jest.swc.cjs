// One @swc/jest transform for every project. decoratorMetadata is required: without it Nest's
// dependency injection silently receives undefined.
module.exports = {
  transform: {
    '^.+\\.(t|j|mj|cj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Node 20 jest cannot require() ESM, and more and more dependencies ship only ESM
  // (@nestjs/*, cookie, content-disposition…): everything goes through swc, cached after the first run.
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
