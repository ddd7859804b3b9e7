/** What every jest configuration of the project shares: TypeScript through ts-jest, the @app/* path aliases. */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  // above waitFor's default wait (30 s), so that a test that times out says what it waited for
  testTimeout: 60000,
};
