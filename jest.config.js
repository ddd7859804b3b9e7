/**
 * `npm test` runs both tiers; `npm run test:unit` the first alone.
 *  - unit: `*.spec.ts` beside the code, no Postgres or Redis;
 *  - integration: use cases on a database of their own (`*.int-spec.ts`, beside the code, rows from libs/testing's
 *    RowFactory), the extraction's threads and bounds at full size (`*.int-spec.ts` too), and the apps end to end (`test/*.e2e-spec.ts`); each suite gets its own database, copied from a
 *    migrated template, and its own queue prefix.
 */
const base = require('./jest.base');

module.exports = {
  projects: [
    {
      ...base,
      displayName: 'unit',
      roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/*.spec.ts'],
    },
    {
      ...base,
      displayName: 'integration',
      roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
      testMatch: ['**/*.int-spec.ts', '<rootDir>/test/*.e2e-spec.ts'],
    },
  ],
  // A global option: jest reads it here, not from the projects.
  testTimeout: base.testTimeout,
  maxWorkers: 2,
};
