import { mkdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Files bigger than this are written as empty files of the same size (sparse, so they cost
 * no disk): the check reads Markdown, cmalt.yml and small site templates, and only needs the
 * size of evidence such as a video. Keeps reading an old version fast and small.
 */
export const CONTENT_LIMIT = 4 * 1024 * 1024;

/** Joins a relative path from a repository or a zip onto `root`, or undefined if it would leave it. */
export function safeJoin(root: string, relative: string): string | undefined {
  if (!relative || relative.includes('\0')) return undefined;
  const clean = relative.replace(/\\/g, '/');
  if (clean.startsWith('/') || /^[a-z]:/i.test(clean)) return undefined;
  if (clean.split('/').some((segment) => segment === '..')) return undefined;
  const full = path.resolve(root, clean);
  const inside = path.relative(root, full);
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  return full;
}

/** Writes one file of an earlier version: its bytes, or (for large evidence) only its size. */
export async function writeVersionFile(
  root: string,
  relative: string,
  content: Uint8Array | { size: number },
): Promise<boolean> {
  const full = safeJoin(root, relative);
  if (!full) return false;
  await mkdir(path.dirname(full), { recursive: true });
  try {
    // 'wx': a name a zip holds twice is written once, never over what is there.
    await writeFile(full, content instanceof Uint8Array ? content : '', { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  if (!(content instanceof Uint8Array)) await truncate(full, content.size);
  return true;
}
