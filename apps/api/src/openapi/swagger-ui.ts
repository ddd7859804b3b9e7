import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NextFunction, Request, Response } from 'express';

export const DOCS_PATH = '/docs';
const DOCUMENT_PATH = '/docs-json';

/**
 * Swagger UI's page may load its script, stylesheet and icons from this origin and fetch the document; it sets
 * inline styles (hence 'unsafe-inline' for styles only) and embeds SVG icons as data: URLs. Nothing inline runs.
 * Only /docs gets this policy; every other answer keeps the API's `default-src 'none'`.
 */
export const DOCS_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The page at /docs: Swagger UI reading /docs-json, with no inline script (the CSP allows none). */
export const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>factcheck API</title>
  <link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css">
  <link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-32x32.png">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${DOCS_PATH}/swagger-ui-bundle.js"></script>
  <script src="${DOCS_PATH}/docs.js"></script>
</body>
</html>
`;

/** Starts Swagger UI; a file of its own so that the page's CSP needs no 'unsafe-inline' for scripts. */
const START_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '${DOCUMENT_PATH}',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    validatorUrl: null,
    persistAuthorization: false,
    displayOperationId: false,
    defaultModelsExpandDepth: 0,
  });
});
`;

/** The files of swagger-ui-dist the page uses; nothing else of the package is served. */
const ASSETS: Record<string, { file?: string; body?: string; type: string }> = {
  '/swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
  '/swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
  '/favicon-32x32.png': { file: 'favicon-32x32.png', type: 'image/png' },
  '/docs.js': { body: START_SCRIPT, type: 'text/javascript; charset=utf-8' },
};

/**
 * Serves Swagger UI's files under /docs (mounted there, so `request.path` is relative to it). Anything else falls
 * through to the API, whose 404 is a problem document like every other.
 */
export function swaggerUiAssets() {
  const root = swaggerUiDist();
  const cache = new Map<string, Buffer>();
  return (request: Request, response: Response, next: NextFunction) => {
    const asset = Object.hasOwn(ASSETS, request.path) ? ASSETS[request.path] : undefined;
    if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    let content = cache.get(request.path);
    if (!content) {
      content = asset.body !== undefined ? Buffer.from(asset.body) : readFileSync(join(root, asset.file!));
      cache.set(request.path, content);
    }
    response.setHeader('Content-Type', asset.type);
    response.setHeader('Cache-Control', 'public, max-age=3600');
    response.end(request.method === 'HEAD' ? undefined : content);
  };
}

/** swagger-ui-dist as @nestjs/swagger depends on it, so the UI is the version the document generator targets. */
function swaggerUiDist(): string {
  const fromSwagger = createRequire(require.resolve('@nestjs/swagger'));
  return dirname(fromSwagger.resolve('swagger-ui-dist/package.json'));
}
