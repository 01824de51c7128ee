import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { isInside, realFileInside } from '../build/safe-path.js';
import { LIVE_CSS, LIVE_JS } from './live-assets.js';
import type { LiveEvents } from './live-events.js';
import { injectPanel, LIVE_PREFIX, livePanel, waitingPage } from './live-panel.js';
import type { RebuildOutcome } from './types.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.mp4': 'video/mp4',
};

/**
 * Answers one request: the live assets and events, a page of the latest site, or a piece of
 * evidence the site links to, read from the portfolio (`root`). Nothing else in the portfolio
 * is served.
 */
export async function serveRequest(
  request: IncomingMessage,
  response: ServerResponse,
  outcome: RebuildOutcome,
  events: LiveEvents,
  root: string,
): Promise<void> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    response.writeHead(400).end('bad address');
    return;
  }
  if (pathname === `${LIVE_PREFIX}events`) return events.add(response, outcome.version);
  if (pathname === `${LIVE_PREFIX}live.js`) return send(response, '.js', LIVE_JS);
  if (pathname === `${LIVE_PREFIX}live.css`) return send(response, '.css', LIVE_CSS);

  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const page = relative.replace(/^\/+/, '');
  if (!outcome.siteDir) {
    if (path.extname(page) === '.html')
      return send(response, '.html', waitingPage(livePanel(outcome, page)));
    response.writeHead(404).end('not built yet');
    return;
  }
  const built = path.resolve(outcome.siteDir, page);
  if (!isInside(outcome.siteDir, built)) {
    response.writeHead(403).end('outside the site');
    return;
  }
  const evidence = outcome.evidence.find((e) => e.path === page);
  const file = evidence ? await realFileInside(root, path.join(root, evidence.source)) : built;
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) {
    response.writeHead(404, { 'content-type': TYPES['.txt'] }).end(`${page} is not in the site`);
    return;
  }
  const extension = path.extname(file).toLowerCase();
  if (!evidence && extension === '.html') {
    const html = await readFile(file, 'utf8');
    return send(response, '.html', injectPanel(html, livePanel(outcome, page)));
  }
  response.writeHead(200, {
    'content-type': TYPES[extension] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(response);
}

function send(response: ServerResponse, extension: string, body: string): void {
  response.writeHead(200, {
    'content-type': TYPES[extension] ?? 'text/plain',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  response.end(body);
}
