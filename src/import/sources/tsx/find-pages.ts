import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const PAGE_FILE = /\.(tsx|jsx|ts|js|mdx)$/;
const NOT_A_PAGE =
  /(^_|\.d\.ts$|\.(test|spec|stories)\.[jt]sx?$|^(404|500|not-found|error|loading|layout|template|default|middleware)\.)/;
const SKIPPED_FOLDERS = new Set([
  'node_modules',
  'api',
  '.next',
  'dist',
  'build',
  'out',
  'components',
  '__tests__',
]);

export interface PageFile {
  /** Absolute path. */
  path: string;
  /** The address the page is served at, e.g. `/core-areas/1a`. */
  route: string;
}

/**
 * The pages of a site, by the convention its framework uses: Next.js `pages/` (or `src/pages/`),
 * Next.js `app/` (`page.tsx` files), `src/routes/`, or else the app's root component. Layouts,
 * error pages, API routes and components are not pages. Sorted index first, then in the order
 * of the scheme (contextual statement, core areas by number, specialist areas, future plans).
 */
export function findPages(root: string): PageFile[] {
  for (const folder of ['pages', 'src/pages', 'app', 'src/app', 'src/routes', 'routes']) {
    const base = path.join(root, folder);
    if (!isDirectory(base)) continue;
    const appRouter = folder.endsWith('app');
    const pages = walk(base)
      .filter((file) =>
        appRouter ? /^page\.(tsx|jsx|ts|js|mdx)$/.test(path.basename(file)) : true,
      )
      .filter((file) => appRouter || !NOT_A_PAGE.test(path.basename(file)))
      .map((file) => ({ path: file, route: routeOf(path.relative(base, file), appRouter) }));
    if (pages.length > 0) return sortPages(pages);
  }
  for (const candidate of [
    'src/App.tsx',
    'src/App.jsx',
    'App.tsx',
    'App.jsx',
    'src/app.tsx',
    'src/main.tsx',
    'index.tsx',
  ])
    if (isFile(path.join(root, candidate)))
      return [{ path: path.join(root, candidate), route: '/' }];
  return [];
}

function walk(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (
        !SKIPPED_FOLDERS.has(entry.name) &&
        !entry.name.startsWith('_') &&
        !entry.name.startsWith('.')
      )
        found.push(...walk(full));
    } else if (PAGE_FILE.test(entry.name)) found.push(full);
  }
  return found;
}

function routeOf(relative: string, appRouter: boolean): string {
  let parts = relative.split(path.sep);
  if (appRouter)
    parts = parts.slice(0, -1).filter((part) => !/^\(.*\)$/.test(part) && !part.startsWith('@'));
  else {
    const last = parts.pop()!.replace(PAGE_FILE, '');
    if (last !== 'index') parts.push(last);
  }
  return `/${parts.join('/')}`;
}

export function sortPages<T extends { route: string }>(pages: T[]): T[] {
  return [...pages].sort(
    (a, b) =>
      rank(a.route) - rank(b.route) || a.route.localeCompare(b.route, 'en', { numeric: true }),
  );
}

/** Where a page's address puts it in a portfolio's order. */
function rank(route: string): number {
  const name = route.toLowerCase();
  if (name === '/') return 0;
  if (/context|about|introduction|intro\b/.test(name)) return 10;
  const area =
    /(?:^|[^a-z0-9])(?:core-?area-?|area-?|section-?|criterion-?)?([1-5])-?([a-e])?(?:[^a-z0-9]|$)/.exec(
      name,
    );
  if (area && !/specialist|advanced/.test(name))
    return 20 + Number(area[1]) * 10 + (area[2] ? area[2].charCodeAt(0) - 96 : 0);
  if (/specialist/.test(name)) return 80;
  if (/advanced/.test(name)) return 85;
  if (/future|plan/.test(name)) return 90;
  if (/declaration|confirm/.test(name)) return 95;
  if (/reference|evidence|appendix|bibliograph/.test(name)) return 97;
  return 75;
}

function isDirectory(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

function isFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}
