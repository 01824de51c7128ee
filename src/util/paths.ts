import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package's own folder, found from this file so it works from `src/` and from `dist/`. */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const templatesDir = path.join(packageRoot, 'templates');

/** Portfolio-relative paths are always written with forward slashes. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
