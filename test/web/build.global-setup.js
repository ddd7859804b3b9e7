// The browser tests load the desk as users get it: built by Vite into dist/web and served by the API.
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

module.exports = () => {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(`Chromium is not at ${chromium}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: join(__dirname, '../..'), stdio: 'inherit' });
};
