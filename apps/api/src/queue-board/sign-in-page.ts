import { QUEUE_BOARD_PATH } from './queue-board.constants';

/** The sign-in page's policy: its own script and calls to this origin; nothing inline, no frames, no forms sent. */
export const SIGN_IN_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * What a browser that opens the dashboard without a session gets (with status 401): a form for an admin API key.
 * The key goes to POST /admin/queues/session in an Authorization header, never into an address or a form post.
 */
export const SIGN_IN_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>Queues – sign in</title>
</head>
<body>
  <main>
    <h1>Queues</h1>
    <p>The queue dashboard is for admins. Sign in with an admin API key; the session ends after 15 minutes without use.</p>
    <form id="sign-in">
      <label for="key">Admin API key</label>
      <input id="key" name="key" type="password" autocomplete="off" required>
      <button type="submit">Sign in</button>
    </form>
    <p id="error" role="alert"></p>
  </main>
  <script src="${QUEUE_BOARD_PATH}/sign-in.js"></script>
</body>
</html>
`;

export const SIGN_IN_SCRIPT = `document.getElementById('sign-in').addEventListener('submit', async function (event) {
  event.preventDefault();
  var error = document.getElementById('error');
  error.textContent = '';
  var key = document.getElementById('key').value.trim();
  try {
    var response = await fetch('${QUEUE_BOARD_PATH}/session', {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + key },
      credentials: 'same-origin',
    });
    if (response.status === 204) {
      location.reload();
      return;
    }
    var problem = await response.json().catch(function () { return {}; });
    error.textContent = problem.detail || 'Signing in failed (' + response.status + ').';
  } catch (failure) {
    error.textContent = 'The service did not answer.';
  }
});
`;
