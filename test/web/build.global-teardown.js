const { rmSync } = require('node:fs');

module.exports = () => {
  if (process.env.FACTCHECK_TEST_WEB_DESK_DIR)
    rmSync(process.env.FACTCHECK_TEST_WEB_DESK_DIR, { recursive: true, force: true });
};
