import { constants } from 'node:fs';
import { copyFile, mkdir, open, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';

// Writing that never replaces a file: shared by `init` and `import`, which both add only new files.

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Creates missing folders and returns the ones it created, deepest last. */
export async function makeDirs(dir: string): Promise<string[]> {
  const missing: string[] = [];
  let current = dir;
  while (!(await exists(current))) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing) await mkdir(folder);
  return missing;
}

/** Creates a file that must not exist yet (O_EXCL); false when one appeared meanwhile. */
export async function writeNew(file: string, content: string | Uint8Array): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(content);
  } catch (error) {
    await handle.close();
    await rm(file, { force: true });
    throw error;
  }
  await handle.close();
  return true;
}

/** COPYFILE_EXCL: the copy fails rather than replace a file that appeared meanwhile. */
export async function copyNew(from: string, to: string): Promise<boolean> {
  try {
    await copyFile(from, to, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Removes what one run created, files first and then the folders it made, newest first. */
export async function rollBack(root: string, created: string[], dirs: string[]): Promise<void> {
  for (const file of [...created].reverse()) await rm(path.join(root, file), { force: true });
  for (const dir of [...dirs].reverse()) await rmdir(dir).catch(() => undefined);
}
