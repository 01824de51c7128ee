import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

export interface Entry {
  /** Relative path with forward slashes. */
  path: string;
  /** `file <sha256>`, `dir`, `link -> target` or `other`, and the mtime when asked for. */
  what: string;
}

/**
 * Every entry under `dir` (hidden ones included), without following links, so a change to
 * any file's content, a new file, a removed one or a retargeted link shows up in a diff.
 * Folders that cannot be read are recorded as such rather than failing the snapshot.
 */
export async function snapshot(dir: string, options: { mtimes?: boolean } = {}): Promise<Entry[]> {
  const out: Entry[] = [];
  const walk = async (folder: string, prefix: string) => {
    let names: string[];
    try {
      names = (await readdir(folder)).sort();
    } catch (error) {
      out.push({
        path: prefix || '.',
        what: `unreadable ${(error as NodeJS.ErrnoException).code}`,
      });
      return;
    }
    for (const name of names) {
      const full = path.join(folder, name);
      const relative = prefix ? `${prefix}/${name}` : name;
      const info = await lstat(full);
      const time = options.mtimes ? ` @${info.mtimeMs}` : '';
      if (info.isSymbolicLink()) {
        out.push({ path: relative, what: `link -> ${await readlink(full)}${time}` });
      } else if (info.isDirectory()) {
        out.push({ path: relative, what: `dir${time}` });
        await walk(full, relative);
      } else if (info.isFile()) {
        out.push({ path: relative, what: `file ${await hashFile(full)}${time}` });
      } else {
        out.push({ path: relative, what: `other${time}` });
      }
    }
  };
  await walk(dir, '');
  return out;
}

/**
 * Streamed, a chunk at a time: hashing a 120 MB file in one call would stop this thread for
 * seconds on a busy machine, and with it the tests that watch a build's output as it runs.
 */
async function hashFile(file: string): Promise<string> {
  try {
    const hash = createHash('sha256');
    await pipeline(createReadStream(file), hash);
    return hash.digest('hex');
  } catch (error) {
    return `unreadable ${(error as NodeJS.ErrnoException).code}`;
  }
}
