// The browser tests load the desk as users get it, built by Vite and served by the API. They build it into a folder
// of their own, so a build of dist/web running at the same time (npm start, the fault suite) cannot pull the files
// away from under a test.
const { execFileSync } = require('node:child_process');
const { existsSync, mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = () => {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(`Chromium is not at ${chromium}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const outDir = mkdtempSync(join(tmpdir(), 'factcheck-web-desk-'));
  execFileSync('npm', ['run', '--silent', 'build:web', '--', '--outDir', outDir], {
    cwd: join(__dirname, '../..'),
    stdio: 'inherit',
  });
  // Test workers start after this and inherit the environment.
  process.env.FACTCHECK_TEST_WEB_DESK_DIR = outDir;
};
