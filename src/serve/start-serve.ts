import { watch } from 'chokidar';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LiveEvents } from './live-events.js';
import { rebuild } from './rebuild.js';
import { ServeError } from './serve-error.js';
import { serveRequest } from './serve-request.js';
import type { RebuildOutcome, ServeHandle, ServeOptions } from './types.js';

/** Folders a save inside never changes the portfolio: build output, dependencies, version control. */
const UNWATCHED = new Set(['node_modules', '.git', 'dist', '_site', 'vendor']);

/**
 * Builds the portfolio into a temporary folder, serves it on this computer, and rebuilds on
 * every save, telling open pages to reload. Never writes inside the portfolio.
 */
export async function startServe(options: ServeOptions): Promise<ServeHandle> {
  const root = path.resolve(options.root);
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'cmalt-serve-'));
  const events = new LiveEvents();
  let latest: RebuildOutcome;
  try {
    latest = await rebuild(root, tempDir, undefined);
  } catch (error) {
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  options.onRebuild?.(latest);

  // One rebuild at a time; saves that arrive meanwhile are folded into one more.
  let running: Promise<RebuildOutcome> | undefined;
  let again = false;
  let closed = false;
  const runRebuild = async (): Promise<RebuildOutcome> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        latest = await rebuild(root, tempDir, latest);
        if (closed) break;
        events.send(latest.version);
        options.onRebuild?.(latest);
      } while (again);
      return latest;
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const server = createServer((request, response) => {
    serveRequest(request, response, latest, events, root).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end('cmalt could not read this file of the preview');
    });
  });
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await rm(tempDir, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new ServeError(
        `port ${options.port} is already in use`,
        'Close the other preview or program using it, or choose another with --port, e.g. --port 4001.',
      );
    if (code === 'EACCES')
      throw new ServeError(
        `this computer does not allow cmalt to use port ${options.port}`,
        'Choose a port above 1024, e.g. --port 4000.',
      );
    throw error;
  }
  const { port } = server.address() as AddressInfo;

  const debounceMs = options.debounceMs ?? 40;
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(root, {
    ignoreInitial: true,
    ignored: (file: string) => {
      const first = path.relative(root, file).split(path.sep)[0] ?? '';
      return UNWATCHED.has(first);
    },
  });
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void runRebuild().catch(() => undefined), debounceMs);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    url: `http://${host}:${port}/`,
    port,
    tempDir,
    get latest() {
      return latest;
    },
    rebuild: runRebuild,
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      await watcher.close();
      events.closeAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await running?.catch(() => undefined);
      await rm(tempDir, { recursive: true, force: true });
    },
  };
}
