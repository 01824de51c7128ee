import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';

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

async function hashFile(file: string): Promise<string> {
  try {
    return createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  } catch (error) {
    return `unreadable ${(error as NodeJS.ErrnoException).code}`;
  }
}
