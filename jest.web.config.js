/** The web desk in a real browser (`npm run test:web`): Debian's Chromium driven by playwright-core, the API in-process. */
const base = require('./jest.base');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/web'],
  testRegex: '.*\\.web-spec\\.ts$',
  globalSetup: '<rootDir>/test/web/build.global-setup.js',
  globalTeardown: '<rootDir>/test/web/build.global-teardown.js',
  testTimeout: 120000,
  maxWorkers: 1,
};
