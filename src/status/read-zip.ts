import { readFile, stat } from 'node:fs/promises';
import { StatusError } from './status-error.js';
import { CONTENT_LIMIT, safeJoin } from './write-tree.js';

/** A zip larger than this is not an earlier portfolio (ALT's limit for a submission is 25 MB). */
export const ZIP_LIMIT = 512 * 1024 * 1024;
/** At most this many bytes are unpacked in all, whatever the zip claims. */
export const UNPACKED_LIMIT = 256 * 1024 * 1024;
export const ENTRY_LIMIT = 50_000;

export interface ZipFileEntry {
  /** Path inside the zip, forward slashes. */
  name: string;
  /** Size once unpacked. */
  size: number;
  /** The bytes, for files small enough to be read; large evidence keeps only its size. */
  content?: Uint8Array;
}

export interface ReadZip {
  entries: ZipFileEntry[];
  /** Entries left out because their path would leave the folder (`../`, `/etc/...`). */
  unsafe: string[];
}

/**
 * Reads a zip's entries into memory with fflate. Sizes are guarded before anything is
 * unpacked (fflate unpacks an entry into a buffer of its declared size and no more), paths
 * that would leave the folder are refused, and large files are listed by size only.
 */
export async function readZip(file: string, shown: string): Promise<ReadZip> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (info.code === 'ENOENT')
      throw new StatusError(
        `there is no file ${shown}`,
        'Give the path of the zip of the earlier version, for example the one `cmalt build --zip` made.',
      );
    throw new StatusError(
      `${shown} cannot be read (${info.code ?? 'error'})`,
      'Check that you may read it.',
    );
  }
  if (!info.isFile())
    throw new StatusError(`${shown} is not a file`, 'Give the path of a .zip file.');
  if (info.size > ZIP_LIMIT)
    throw new StatusError(
      `${shown} is ${Math.round(info.size / 1024 / 1024)} MB, too large to be an earlier portfolio`,
      'Give the zip of the portfolio itself: its Markdown files, or the site `cmalt build --zip` made.',
    );
  const { unzipSync } = await import('fflate');
  const data = new Uint8Array(await readFile(file));
  const listed: ZipFileEntry[] = [];
  const unsafe: string[] = [];
  const rawNames = new Map<ZipFileEntry, string>();
  let unpacked = 0;
  let files;
  try {
    files = unzipSync(data, {
      filter(entry) {
        if (entry.name.endsWith('/')) return false;
        if (listed.length >= ENTRY_LIMIT)
          throw new StatusError(
            `${shown} holds more than ${ENTRY_LIMIT.toLocaleString('en-GB')} files`,
            'Give the zip of the portfolio itself, not of a larger folder.',
          );
        if (!safeJoin('/x', entry.name)) {
          unsafe.push(entry.name);
          return false;
        }
        const listing = { name: entry.name.replace(/\\/g, '/'), size: entry.originalSize };
        listed.push(listing);
        rawNames.set(listing, entry.name);
        const read =
          entry.originalSize <= CONTENT_LIMIT && unpacked + entry.originalSize <= UNPACKED_LIMIT;
        if (read) unpacked += entry.originalSize;
        return read;
      },
    });
  } catch (error) {
    if (error instanceof StatusError) throw error;
    throw new StatusError(
      `${shown} is not a zip cmalt can read (${(error as Error).message})`,
      'Make the zip again, or compare with a git commit instead: --since <commit or date>.',
    );
  }
  for (const entry of listed) {
    const bytes = files[rawNames.get(entry) ?? entry.name];
    if (bytes) entry.content = bytes;
  }
  return { entries: listed, unsafe };
}
