import { resolveLink as resolveInPortfolio } from '../model/links/resolve-link.js';
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
  /** The portfolio as the build sees it: only assets that really live inside the folder. */
  portfolio: Portfolio;
  markdown: Map<string, SourceFile>;
  assets: Map<string, AssetFile>;
}

export function createFileIndex(portfolio: Portfolio): FileIndex {
  return {
    portfolio,
    markdown: new Map(portfolio.files.map((f) => [f.path, f])),
    assets: new Map(portfolio.assets.map((a) => [a.path, a])),
  };
}

/**
 * Resolves a link as written in `fromFile` with the same resolver `check` uses, so the site links
 * exactly what check said resolves. Nothing outside the portfolio resolves: `../` beyond the
 * folder, absolute paths, `file:` URLs and Windows paths become skipped links.
 */
export function resolveLink(url: string, fromFile: string, index: FileIndex): LinkTarget {
  const trimmed = url.trim();
  switch (targetKind(trimmed)) {
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
      break;
  }
  if (trimmed.includes('\0')) return { kind: 'skip', reason: 'is not a valid path' };
  const found = resolveInPortfolio(index.portfolio, { url: trimmed, file: fromFile });
  switch (found.kind) {
    case 'found':
    case 'missing-anchor': {
      // A missing anchor still reaches the right page; the page link says the anchor was lost.
      const anchor = found.anchor;
      if (found.kind === 'found' && found.folder)
        return { kind: 'skip', reason: 'points at a folder, not a file' };
      const md = index.markdown.get(found.path);
      if (md) return { kind: 'markdown', file: md, anchor };
      const asset = index.assets.get(found.path);
      if (asset) return { kind: 'asset', asset, anchor };
      return {
        kind: 'skip',
        reason: `${found.path} is not part of the portfolio (it is ignored or lies outside the folder)`,
      };
    }
    case 'case':
      return { kind: 'skip', reason: `differs only in letter case from ${found.path}` };
    case 'missing-file':
      return { kind: 'skip', reason: `there is no file ${found.path} in the portfolio` };
    case 'outside':
      return {
        kind: 'skip',
        reason:
          found.reason === 'parent'
            ? 'points outside the portfolio folder'
            : 'names a path on the author’s own disk',
      };
    case 'not-local':
      return { kind: 'skip', reason: 'is not a link cmalt can follow' };
  }
}
