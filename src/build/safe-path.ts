import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** True when `child` is `parent` or lies inside it (both already absolute and resolved). */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The real path of a portfolio file, or undefined when it (or a symbolic link on the way)
 * leads outside the portfolio folder or is not a regular file. Checked again right before
 * each copy, so nothing outside the folder is ever read.
 */
export async function realFileInside(root: string, file: string): Promise<string | undefined> {
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInside(realRoot, real) || real === realRoot) return undefined;
    const info = await stat(real);
    return info.isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}
