/** Where Bull Board is served; the web desk leaves this path to the API. */
export const QUEUE_BOARD_PATH = '/admin/queues';

/** The session cookie: HttpOnly, SameSite=Strict, sent to QUEUE_BOARD_PATH only. */
export const SESSION_COOKIE = 'factcheck_queue_board';

/**
 * Bull Board's page: its scripts, styles and icons from this origin (it sets inline styles and a <base href>);
 * its web fonts from Google are refused, so it falls back to the system's. Its JSON answers keep the API's policy.
 */
export const BOARD_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
