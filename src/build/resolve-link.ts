import path from 'node:path';
import { splitLocal, targetKind } from '../model/link-target.js';
import type { AssetFile, Portfolio, SourceFile } from '../model/types.js';

/** What a link written in a portfolio file points at, in portfolio terms (before pages exist). */
export type LinkTarget =
  | { kind: 'external'; href: string }
  | { kind: 'anchor'; anchor: string }
  | { kind: 'markdown'; file: SourceFile; anchor?: string }
  | { kind: 'asset'; asset: AssetFile; anchor?: string }
  | { kind: 'skip'; reason: string };

export interface FileIndex {
  markdown: Map<string, SourceFile>;
  /** Jekyll-style spellings of a Markdown file: `x.html`, `x/`, `x`, its permalink. */
  aliases: Map<string, SourceFile>;
  assets: Map<string, AssetFile>;
}

const MARKDOWN = /\.(md|markdown)$/i;

export function createFileIndex(portfolio: Portfolio): FileIndex {
  const markdown = new Map(portfolio.files.map((f) => [f.path, f]));
  const aliases = new Map<string, SourceFile>();
  const alias = (key: string, file: SourceFile) => {
    const clean = key.replace(/^\/+|\/+$/g, '');
    if (!aliases.has(clean)) aliases.set(clean, file);
  };
  for (const file of portfolio.files) {
    const stem = file.path.replace(MARKDOWN, '');
    alias(stem, file);
    alias(`${stem}.html`, file);
    if (/(^|\/)(index|readme)$/i.test(stem))
      alias(stem.replace(/(^|\/)(index|readme)$/i, ''), file);
    const permalink = file.data.permalink;
    if (typeof permalink === 'string') alias(permalink, file);
  }
  const assets = new Map(portfolio.assets.map((a) => [a.path, a]));
  return { markdown, aliases, assets };
}

/**
 * Resolves a link as written in `fromFile`. Nothing outside the portfolio resolves: `../`
 * beyond the folder, `file:` URLs and Windows paths are refused, and a site-absolute path
 * (`/assets/x.pdf`, as Jekyll sites write) is read from the portfolio folder, never from `/`.
 */
export function resolveLink(url: string, fromFile: string, index: FileIndex): LinkTarget {
  const trimmed = url.trim();
  const kind = targetKind(trimmed);
  switch (kind) {
    case 'web':
    case 'email':
      return { kind: 'external', href: trimmed };
    case 'computer':
      return {
        kind: 'skip',
        reason: 'points to a file on the author’s own computer, which assessors cannot open',
      };
    case 'other': {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
      return {
        kind: 'skip',
        reason: scheme ? `uses the ${scheme}: scheme, which the site never links to` : 'is empty',
      };
    }
    case 'anchor':
      return { kind: 'anchor', anchor: splitLocal(trimmed).anchor ?? '' };
    case 'local':
      return resolveLocal(trimmed, fromFile, index);
  }
}

function resolveLocal(url: string, fromFile: string, index: FileIndex): LinkTarget {
  const { path: rawPath, anchor } = splitLocal(url);
  if (rawPath.includes('\0')) return { kind: 'skip', reason: 'is not a valid path' };
  const candidates: string[] = [];
  if (rawPath.startsWith('/')) {
    const clean = path.posix.normalize(rawPath).replace(/^\/+/, '');
    candidates.push(clean);
    // A Jekyll site under a base URL writes `/<baseurl>/assets/x.pdf`.
    const rest = clean.split('/').slice(1).join('/');
    if (rest) candidates.push(rest);
  } else {
    const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), rawPath));
    if (joined === '..' || joined.startsWith('../')) {
      return { kind: 'skip', reason: 'points outside the portfolio folder' };
    }
    candidates.push(joined === '.' ? '' : joined);
  }
  for (const candidate of candidates) {
    const key = candidate.replace(/\/+$/, '');
    const md = index.markdown.get(key);
    if (md) return { kind: 'markdown', file: md, anchor };
    const asset = index.assets.get(key);
    if (asset) return { kind: 'asset', asset, anchor };
    const aliased = index.aliases.get(key);
    if (aliased) return { kind: 'markdown', file: aliased, anchor };
  }
  const shown = candidates[0] || rawPath;
  return {
    kind: 'skip',
    reason: rawPath.startsWith('/')
      ? `is not a file in the portfolio folder (${rawPath})`
      : `there is no file ${shown} in the portfolio`,
  };
}
