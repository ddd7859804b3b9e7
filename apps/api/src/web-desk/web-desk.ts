import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppConfig } from '@app/config';

/**
 * The desk's own pages may load their scripts, styles and images from this origin and call the API on it; nothing
 * inline, nothing from elsewhere. Every other answer keeps the API's `default-src 'none'`.
 */
const WEB_DESK_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Paths that belong to the API, never to the desk, whatever is or is not routed there (the queue dashboard and the
 * public fact-check pages too).
 */
const API_PATHS = /^\/(v1|health|metrics|docs|admin\/queues|fact-checks)(\/|$)/;

/** Built by `npm run build:web` into dist/web: beside dist/apps when compiled, under dist/ when run from source. */
function webDeskRoot(): string | null {
  const candidates = [join(__dirname, '../../../../web'), join(__dirname, '../../../../dist/web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/** Where the built desk this API serves is (WEB_DESK_DIR, or this install's dist/web), or null when it is not built. */
export function builtWebDesk(config: AppConfig): string | null {
  const root = config.WEB_DESK_DIR ?? webDeskRoot();
  return root && existsSync(join(root, 'index.html')) ? root : null;
}

/**
 * Serves the web desk's static files at `/`, and its index page for any other page path (the desk routes in the
 * browser), so that a bookmarked `/claims/<id>` opens. Requests under the API's paths, requests that are not
 * GET or HEAD and requests for anything but a page fall through to the API (and its 404 problem).
 */
export function webDesk(config: AppConfig): RequestHandler {
  const root = builtWebDesk(config);
  if (!root) {
    const wanted = config.WEB_DESK_DIR ?? webDeskRoot();
    new Logger('WebDesk').warn(
      `the web desk is not built${wanted ? ` in ${wanted}` : ''} (npm run build:web); / answers an index of the API`,
    );
    return (_request, _response, next) => next();
  }
  const index = join(root, 'index.html');
  const files = express.static(root, {
    index: false,
    redirect: false,
    setHeaders: (response, path) => {
      response.setHeader('Content-Security-Policy', WEB_DESK_POLICY);
      // Vite names the files under assets/ by their content hash, so they never change.
      response.setHeader(
        'Cache-Control',
        path.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATHS.test(request.path)) return next();
    files(request, response, (error?: unknown) => {
      if (error) return next(error);
      const isPage = !/\.[A-Za-z0-9]+$/.test(request.path) && request.accepts(['json', 'html']) === 'html';
      if (!isPage) return next();
      response.setHeader('Content-Security-Policy', WEB_DESK_POLICY);
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    });
  };
}
