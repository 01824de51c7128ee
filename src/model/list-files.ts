import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { Problem } from './types.js';

/** Folders that are never part of a portfolio: build output, dependencies, site generators' own files. */
export const ALWAYS_IGNORED = [
  '**/node_modules/**',
  '**/.*/**',
  '**/.*',
  'dist/**',
  '_site/**',
  '_layouts/**',
  '_includes/**',
  '_sass/**',
  '_data/**',
  'vendor/**',
  'Gemfile',
  'Gemfile.lock',
  '_config.yml',
  'cmalt.yml',
];

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
 * Lists the portfolio's files without following links out of it: a symbolic link is kept only
 * when it resolves to a file inside the portfolio folder.
 */
export async function listFiles(root: string, ignore: string[]): Promise<Listing> {
  const realRoot = await realpath(root);
  const entries = await glob('**/*', {
    cwd: root,
    ignore: [...ALWAYS_IGNORED, ...ignore],
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    expandDirectories: false,
  });
  entries.sort();
  const listing: Listing = { markdown: [], assets: [], problems: [] };
  for (const relative of entries) {
    const absolutePath = path.join(root, relative);
    const info = await inspect(absolutePath, realRoot);
    if ('problem' in info) {
      listing.problems.push({
        ruleId: 'file-unreadable',
        severity: 'warning',
        file: relative,
        line: 1,
        column: 1,
        message: info.problem,
        hint: info.hint,
      });
      continue;
    }
    const file = { path: relative, absolutePath, size: info.size };
    (MARKDOWN.test(relative) ? listing.markdown : listing.assets).push(file);
  }
  return listing;
}

async function inspect(
  file: string,
  realRoot: string,
): Promise<{ size: number } | { problem: string; hint: string }> {
  try {
    const link = await lstat(file);
    if (!link.isSymbolicLink()) return { size: link.size };
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
          hint: 'Move the files into the portfolio folder.',
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
