import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { toPosix } from '../util/paths.js';
import type { Problem } from './types.js';

/** Never part of a portfolio: build output, dependencies, hidden files, site generators' own files. */
const IGNORED_NAMES = new Set([
  'node_modules',
  'dist',
  '_site',
  '_layouts',
  '_includes',
  '_sass',
  '_data',
  'vendor',
]);
const IGNORED_ROOT_FILES = new Set(['Gemfile', 'Gemfile.lock', '_config.yml', 'cmalt.yml']);
/** The bundle `cmalt build --zip` writes beside the site is output, not evidence. */
const BUILT_ZIP = /-cmalt-portfolio\.zip$/;

export interface ListedFile {
  path: string;
  absolutePath: string;
  size: number;
}

export interface Listing {
  markdown: ListedFile[];
  assets: ListedFile[];
  problems: Problem[];
}

const MARKDOWN = /\.(md|markdown)$/i;

/**
 * Lists the portfolio's files without ever leaving it: symbolic links are kept only when they
 * resolve to a file inside the portfolio folder, and linked folders are not entered.
 */
export async function listFiles(root: string, ignore: string[]): Promise<Listing> {
  const realRoot = await realpath(root);
  const ignored = ignore.length ? picomatch(ignore, { dot: true }) : () => false;
  const listing: Listing = { markdown: [], assets: [], problems: [] };
  const found: ListedFile[] = [];

  const walk = async (dir: string) => {
    const entries = [];
    for await (const entry of await opendir(dir)) entries.push(entry);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolutePath = path.join(dir, entry.name);
      const relative = toPosix(path.relative(root, absolutePath));
      const atRoot = dir === root;
      if (
        ignored(relative) ||
        (atRoot && (IGNORED_ROOT_FILES.has(entry.name) || BUILT_ZIP.test(entry.name)))
      )
        continue;
      if (entry.isDirectory()) {
        if (!(atRoot && IGNORED_NAMES.has(entry.name)) && entry.name !== 'node_modules')
          await walk(absolutePath);
        continue;
      }
      if (entry.isSymbolicLink()) {
        const target = await followLink(absolutePath, realRoot);
        if ('problem' in target)
          listing.problems.push(unreadable(relative, target.problem, target.hint));
        else found.push({ path: relative, absolutePath, size: target.size });
        continue;
      }
      if (entry.isFile())
        found.push({ path: relative, absolutePath, size: (await stat(absolutePath)).size });
    }
  };
  await walk(root);

  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of found)
    (MARKDOWN.test(file.path) ? listing.markdown : listing.assets).push(file);
  return listing;
}

function unreadable(file: string, message: string, hint: string): Problem {
  return {
    ruleId: 'file-unreadable',
    severity: 'warning',
    file,
    line: 1,
    column: 1,
    message,
    hint,
  };
}

async function followLink(
  file: string,
  realRoot: string,
): Promise<{ size: number } | { problem: string; hint: string }> {
  try {
    const target = await realpath(file);
    if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
      return {
        problem:
          'is a symbolic link to a file outside the portfolio folder, so cmalt leaves it out',
        hint: 'Copy the file into the portfolio folder instead of linking to it.',
      };
    }
    const info = await stat(target);
    return info.isFile()
      ? { size: info.size }
      : {
          problem: 'is a symbolic link to a folder; cmalt does not follow it',
          hint: 'Move the files into the portfolio folder instead of linking to them.',
        };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      return {
        problem: 'is a symbolic link that loops back on itself',
        hint: 'Delete the link or point it at a real file.',
      };
    if (code === 'ENOENT')
      return {
        problem: 'is a symbolic link to a file that does not exist',
        hint: 'Delete the link or point it at a real file.',
      };
    return {
      problem: `cannot be read (${code ?? 'unknown error'})`,
      hint: 'Check the file permissions.',
    };
  }
}
