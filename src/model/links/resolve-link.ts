import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { splitLocal, targetKind } from '../link-target.js';
import type { Portfolio, SourceFile } from '../types.js';
import { anchorsOf, isBuiltInAnchor } from './anchors.js';
import { similarNames } from './similar-names.js';
import { pageKey, readSiteInfo, type SiteInfo } from './site-info.js';

/** How a local path was found: from the linking file, from the portfolio root, or as a site path. */
export type Via = 'file' | 'root' | 'site';

export type Resolution =
  /** Web, e-mail, computer and other links: not the resolver's business. */
  | { kind: 'not-local' }
  | { kind: 'found'; path: string; anchor?: string; via: Via; folder?: boolean }
  /** The file exists, but its name differs in letter case from the link. */
  | { kind: 'case'; path: string; written: string; via: Via }
  | { kind: 'missing-file'; path: string; similar: string[] }
  | { kind: 'missing-anchor'; path: string; anchor: string; similar: string[]; via: Via }
  /** Leaves the portfolio folder (`../`) or is an absolute path on the author's disk. */
  | { kind: 'outside'; path: string; reason: 'parent' | 'absolute' };

interface PortfolioIndex {
  root: string;
  paths: Set<string>;
  byLowerCase: Map<string, string>;
  folders: Set<string>;
  markdown: Map<string, SourceFile>;
  site: SiteInfo;
  /** Folder → its names as `fold` gives them, read once; null for no such folder, 'ask' when unreadable. */
  listings: Map<string, Set<string> | null | 'ask'>;
  /** Each link resolved once: several rules ask about every link. Keyed by file, then address. */
  resolved: Map<string, Map<string, Resolution>>;
}

const indexes = new WeakMap<Portfolio, PortfolioIndex>();

/** Disk locations no portfolio link should name: they exist only on the author's computer. */
const FILESYSTEM = /^\/(?:home|Users|mnt|Volumes|media|private|tmp|var|opt|srv|root|etc|usr)\//;

function indexOf(portfolio: Portfolio): PortfolioIndex {
  const known = indexes.get(portfolio);
  if (known) return known;
  const all = [...portfolio.files.map((f) => f.path), ...portfolio.assets.map((a) => a.path)];
  const byLowerCase = new Map<string, string>();
  const folders = new Set<string>();
  for (const p of all) {
    if (!byLowerCase.has(p.toLowerCase())) byLowerCase.set(p.toLowerCase(), p);
    for (let dir = path.posix.dirname(p); dir !== '.'; dir = path.posix.dirname(dir))
      folders.add(dir);
  }
  const index: PortfolioIndex = {
    root: portfolio.root,
    paths: new Set(all),
    byLowerCase,
    folders,
    markdown: new Map(portfolio.files.map((f) => [f.path, f])),
    site: readSiteInfo(portfolio.root, portfolio.files),
    listings: new Map(),
    resolved: new Map(),
  };
  indexes.set(portfolio, index);
  return index;
}

/** The Markdown file at a portfolio path, if there is one. */
export function markdownFile(portfolio: Portfolio, filePath: string): SourceFile | undefined {
  return indexOf(portfolio).markdown.get(filePath);
}

/** The Jekyll settings of the portfolio's _config.yml ('' for each one missing). */
export function siteInfo(portfolio: Portfolio): SiteInfo {
  return indexOf(portfolio).site;
}

/**
 * Turns a link into a portfolio file and anchor the way readers will meet it: relative to the
 * linking file first, then from the portfolio root, then as a site path under the Jekyll baseurl.
 * `.md` pages may be linked as `.html`, without extension, or by permalink.
 */
export function resolveLink(portfolio: Portfolio, link: { url: string; file: string }): Resolution {
  const index = indexOf(portfolio);
  let inFile = index.resolved.get(link.file);
  if (!inFile) index.resolved.set(link.file, (inFile = new Map()));
  let resolution = inFile.get(link.url);
  if (!resolution) inFile.set(link.url, (resolution = resolve(index, link)));
  return resolution;
}

function resolve(index: PortfolioIndex, link: { url: string; file: string }): Resolution {
  const kind = targetKind(link.url);
  if (kind === 'anchor') {
    const anchor = splitLocal(link.url).anchor ?? '';
    return checkAnchor(index, { kind: 'found', path: link.file, via: 'file' }, anchor);
  }
  if (kind !== 'local') return { kind: 'not-local' };
  const { path: written, anchor } = splitLocal(link.url);
  if (!written) return checkAnchor(index, { kind: 'found', path: link.file, via: 'file' }, anchor);

  const root = index.root.split(path.sep).join('/');
  if (written.startsWith(root + '/')) return { kind: 'outside', path: written, reason: 'absolute' };

  const attempts: { candidate: string; via: Via }[] = [];
  // `.`, `./` and `/` name the portfolio itself: its home page or, on GitHub, its file list.
  if (/^(?:\.?\/?|\/)$/.test(written))
    return { kind: 'found', path: '', via: 'file', folder: true };
  if (written.startsWith('/')) {
    const rest = normalise(written.replace(/^\/+/, ''));
    const site = (candidate: string) => {
      if (!candidate.startsWith('..')) attempts.push({ candidate, via: 'site' });
    };
    site(rest);
    const base = index.site.baseurl;
    if (base && (rest === base || rest.startsWith(base + '/'))) site(rest.slice(base.length + 1));
    const slash = rest.indexOf('/');
    if (slash > 0) site(rest.slice(slash + 1));
  } else {
    const joined = normalise(path.posix.join(path.posix.dirname(link.file), written));
    if (joined === '..' || joined.startsWith('../'))
      return { kind: 'outside', path: joined, reason: 'parent' };
    attempts.push({ candidate: joined, via: 'file' });
    const fromRoot = normalise(written);
    if (fromRoot !== joined && !fromRoot.startsWith('..'))
      attempts.push({ candidate: fromRoot, via: 'root' });
  }

  for (const { candidate, via } of attempts) {
    const found = lookUp(index, candidate, false);
    if (found) return checkAnchor(index, { kind: 'found', via, ...found }, anchor);
  }
  for (const { candidate, via } of attempts) {
    const found = lookUp(index, candidate, true);
    if (found && !found.folder) return { kind: 'case', path: found.path, written: candidate, via };
  }
  // Files cmalt was told to ignore still exist on the site; the disk has the last word.
  for (const { candidate, via } of attempts) {
    if (candidate && onDisk(index, candidate)) return { kind: 'found', path: candidate, via };
  }
  if (written.startsWith('/') && FILESYSTEM.test(written))
    return { kind: 'outside', path: written, reason: 'absolute' };
  const first = attempts[0]?.candidate ?? written;
  const sameType = [...index.paths].filter((p) => sameKind(p, first));
  const byName = similarNames(
    path.posix.basename(first),
    sameType.map((p) => path.posix.basename(p)),
  );
  return {
    kind: 'missing-file',
    path: first,
    similar: byName
      .flatMap((name) => sameType.filter((p) => path.posix.basename(p) === name))
      .slice(0, 3),
  };
}

/**
 * Whether a path exists under the portfolio folder. Each folder is listed once, so a page of
 * many links to missing files asks the disk once, not once per link. The listing only rules
 * names out: the disk still confirms a name it holds (a broken symbolic link is listed but does
 * not exist; a name differing in letter case exists on a case-insensitive disk).
 */
function onDisk(index: PortfolioIndex, candidate: string): boolean {
  const absolute = path.join(index.root, candidate);
  const folder = path.posix.dirname(candidate);
  let names = index.listings.get(folder);
  if (names === undefined) {
    try {
      names = new Set(readdirSync(path.join(index.root, folder)).map(fold));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      names = code === 'ENOENT' || code === 'ENOTDIR' ? null : 'ask';
    }
    index.listings.set(folder, names);
  }
  if (names === 'ask') return existsSync(absolute);
  return names !== null && names.has(fold(path.posix.basename(candidate))) && existsSync(absolute);
}

function fold(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Files a mistyped link may have meant: the same extension, or any page for a page link. */
function sameKind(file: string, wanted: string): boolean {
  const page = /^(?:\.md|\.markdown|\.html?|)$/;
  const a = path.posix.extname(file).toLowerCase();
  const b = path.posix.extname(wanted).toLowerCase();
  return a === b || (page.test(a) && page.test(b));
}

function normalise(p: string): string {
  const clean = path.posix.normalize(p).replace(/^\.\//, '');
  return clean === '.' || clean === './' ? '' : clean;
}

function lookUp(
  index: PortfolioIndex,
  candidate: string,
  ignoreCase: boolean,
): { path: string; folder?: boolean } | undefined {
  const has = (p: string) =>
    ignoreCase ? index.byLowerCase.get(p.toLowerCase()) : index.paths.has(p) ? p : undefined;
  for (const variant of variantsOf(candidate)) {
    const found = has(variant);
    if (found) return { path: found };
  }
  if (ignoreCase) return undefined;
  const key = pageKey(candidate);
  const page = index.site.permalinks.get(key);
  if (page) return { path: page };
  for (const [post, file] of index.site.posts)
    if (key === post || key.endsWith('/' + post)) return { path: file };
  const folder = candidate.replace(/\/+$/, '');
  if (index.folders.has(folder)) return { path: folder, folder: true };
  return undefined;
}

/** The files a site path may stand for: Jekyll serves `a.md` as `a.html`, `a/` and `a`. */
function variantsOf(candidate: string): string[] {
  if (candidate === '' || candidate.endsWith('/'))
    return ['index.md', 'index.markdown', 'README.md', 'index.html'].map((n) => candidate + n);
  const ext = path.posix.extname(candidate).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const stem = candidate.slice(0, -ext.length);
    return [candidate, `${stem}.md`, `${stem}.markdown`];
  }
  if (ext === '')
    return [candidate, `${candidate}.md`, `${candidate}.markdown`, `${candidate}.html`].concat(
      ['index.md', 'README.md', 'index.html'].map((n) => `${candidate}/${n}`),
    );
  return [candidate];
}

function checkAnchor(
  index: PortfolioIndex,
  found: Extract<Resolution, { kind: 'found' }>,
  anchor: string | undefined,
): Resolution {
  if (anchor === undefined || found.folder) return found;
  const target = index.markdown.get(found.path);
  // Anchors inside PDFs (#page=3) and HTML files are not checked, but kept for whoever links on.
  if (!target || isBuiltInAnchor(anchor)) return { ...found, anchor };
  const anchors = anchorsOf(target);
  if (anchors.has(anchor)) return { ...found, anchor };
  return {
    kind: 'missing-anchor',
    path: found.path,
    anchor,
    similar: similarNames(anchor, [...target.anchors]),
    via: found.via,
  };
}
