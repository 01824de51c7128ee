import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The git repository a folder is in (the nearest folder up with a `.git`), or the folder
 * itself when it is in none yet: a new portfolio becomes its own repository.
 */
export function repositoryRoot(folder: string): string {
  for (let dir = path.resolve(folder); ;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(folder);
    dir = parent;
  }
}

/** The portfolio folder as the workflow names it: relative to the repository, forward slashes. */
export function folderInRepository(portfolioRoot: string): string {
  const relative = path.relative(repositoryRoot(portfolioRoot), path.resolve(portfolioRoot));
  return relative.split(path.sep).join('/');
}
