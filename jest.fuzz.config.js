/** The long fuzzing run (`npm run test:fuzz`): more and bigger hostile inputs than the seeded round in `npm test`. */
const base = require('./jest.base');

module.exports = {
  ...base,
  roots: ['<rootDir>/libs'],
  testRegex: '.*\\.fuzz\\.spec\\.ts$',
  // A new seed each run (fast-check prints it with any failure, to replay it); texts up to the API's 2 MB.
  globals: { FUZZ: { runs: 200, kb: 512 } },
  testTimeout: 60 * 60 * 1000,
};
