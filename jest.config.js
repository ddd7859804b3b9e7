/** Unit tests live beside the code (`*.spec.ts`); integration and end-to-end tests in `test/` (`*.e2e-spec.ts`).
 * Suites that touch Postgres or Redis each get their own database and queue prefix (see libs/testing). */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testRegex: '.*\\.(spec|e2e-spec)\\.ts$',
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testTimeout: 30000,
  maxWorkers: 2,
};
