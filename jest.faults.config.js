/** The fault-injection suite (`npm run test:faults`): the apps as processes, killed, frozen and cut off on purpose. */
const base = require('./jest.base');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/faults'],
  testRegex: '.*\\.fault-spec\\.ts$',
  globalSetup: '<rootDir>/test/faults/build.global-setup.js',
  testTimeout: 180000,
  maxWorkers: 1,
};
