import type { Archiver, ZipOptions } from 'archiver';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

// archiver 7 is CommonJS exporting a factory; the installed @types/archiver describe archiver 8's
// classes, so the factory is typed here.
const archiver = createRequire(import.meta.url)('archiver') as (
  format: 'zip',
  options: ZipOptions,
) => Archiver;

export interface ZipEntry {
  /** Path inside the zip, forward slashes. */
  name: string;
  absolutePath: string;
}

export interface ZipWriteOptions {
  signal?: AbortSignal;
  onEntry?: (name: string, done: number, total: number) => void;
  /**
   * Called with the finished size before the zip replaces the previous one; returning false
   * throws the new zip away (it was over the size limit) and leaves the previous one as it was.
   */
  accept?: (size: number) => boolean;
}

export interface ZipWriteResult {
  size: number;
  entries: number;
  stored: number;
  deflated: number;
  written: boolean;
}

/** Already compressed: deflating them again costs time and saves nothing. */
export const STORED_EXTENSIONS = new Set([
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.mp4',
  '.mov',
  '.mp3',
  '.zip',
  '.gz',
  '.docx',
  '.pptx',
  '.xlsx',
]);

/** Every entry gets the same date and mode, so the same files always give the same bytes. */
export const FIXED_DATE = new Date('2000-01-01T00:00:00.000Z');
export const FIXED_MODE = 0o644;

export function isStored(name: string): boolean {
  return STORED_EXTENSIONS.has(path.posix.extname(name).toLowerCase());
}

/**
 * Streams the entries into a zip, one file at a time, so memory does not grow with the size of
 * the evidence. The zip is written to a temporary file beside `dest`, flushed to disk, then
 * renamed over `dest`: a failure or an abort leaves the previous zip untouched and no
 * temporary file behind.
 */
export async function writeZip(
  dest: string,
  entries: ZipEntry[],
  options: ZipWriteOptions = {},
): Promise<ZipWriteResult> {
  const { signal } = options;
  signal?.throwIfAborted();
  const dir = path.dirname(dest);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(dest)}.${randomBytes(6).toString('hex')}.tmp`);
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const archive = archiver('zip', { zlib: { level: 9 } });
  const output = createWriteStream(temp, { flags: 'wx', mode: 0o644 });
  try {
    const written = pipeline(archive, output, { signal });
    // Failures are awaited below; this only stops an early one counting as unhandled.
    written.catch(() => undefined);
    const ended = written.then(() => {
      throw new Error('the zip stream ended before every file was added');
    });
    ended.catch(() => undefined);
    let stored = 0;
    for (const [i, entry] of sorted.entries()) {
      signal?.throwIfAborted();
      const store = isStored(entry.name);
      if (store) stored++;
      const added = once(archive, 'entry', { signal });
      const source = createReadStream(entry.absolutePath);
      // archiver does not pass on a source's read error; without this the zip would wait forever.
      const unreadable = new Promise<never>((_, reject) => source.once('error', reject));
      unreadable.catch(() => undefined);
      archive.append(source, { name: entry.name, date: FIXED_DATE, mode: FIXED_MODE, store });
      await Promise.race([added, ended, unreadable]);
      options.onEntry?.(entry.name, i + 1, sorted.length);
    }
    await Promise.all([archive.finalize(), written]);
    await syncFile(temp);
    const { size } = await stat(temp);
    const result = { size, entries: sorted.length, stored, deflated: sorted.length - stored };
    if (options.accept && !options.accept(size)) {
      await rm(temp, { force: true });
      return { ...result, written: false };
    }
    await rename(temp, dest);
    await syncFolder(dir);
    return { ...result, written: true };
  } catch (error) {
    archive.abort();
    output.destroy();
    await rm(temp, { force: true });
    throw error;
  }
}

/** Flushes the finished zip to disk before it is renamed into place. */
async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable; not every file system allows it, and that is fine. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const folder = await open(dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch {
    // Best effort only.
  }
}
