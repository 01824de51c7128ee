import GithubSlugger from 'github-slugger';

/** File names the builder writes itself; evidence may never land on them. */
export const RESERVED_FILES = new Set([
  'index.html',
  'evidence.html',
  'portfolio.html',
  'manifest.json',
  'site.css',
]);

/** Ids the page layout uses; content ids are renamed if they would collide. */
export const LAYOUT_IDS = ['cmalt-main', 'cmalt-nav', 'cmalt-title', 'cmalt-pager'];

export function pageFileForSection(sectionId: string): string {
  return `${sectionId}.html`;
}

/** A page for a Markdown file that holds no section (an appendix, say): named after its path. */
export function pageFileForExtra(sourcePath: string, taken: Set<string>): string {
  const base =
    new GithubSlugger().slug(sourcePath.replace(/\.(md|markdown)$/i, '').replace(/\//g, ' ')) ||
    'page';
  let name = `${base}.html`;
  for (let n = 2; taken.has(name) || RESERVED_FILES.has(name); n++) name = `${base}-${n}.html`;
  return name;
}

/** Where a portfolio file is copied in the site: the same relative path, unless that is taken. */
export function sitePathForAsset(sourcePath: string, pages: Set<string>): string {
  if (RESERVED_FILES.has(sourcePath) || pages.has(sourcePath)) return `files/${sourcePath}`;
  return sourcePath;
}

/** Encodes each segment of a site path for an href (spaces, #, ? and % survive). */
export function encodeSitePath(sitePath: string): string {
  return sitePath.split('/').map(encodeURIComponent).join('/');
}

/**
 * Turns a site-relative path into the href a page uses: relative, so the site works from a
 * folder or a zip, or under the base URL when one is given. Every page sits at the site root.
 */
export function siteHref(sitePath: string, baseUrl?: string, anchor?: string): string {
  const hash = anchor === undefined ? '' : `#${encodeURIComponent(anchor)}`;
  const encoded = encodeSitePath(sitePath);
  return `${baseUrl ?? ''}${encoded}${hash}`;
}

/** `cmalt/` or `https://x/cmalt` → `/cmalt/` style, always ending in a slash. */
export function normaliseBaseUrl(baseUrl: string | undefined): string | undefined {
  if (baseUrl === undefined) return undefined;
  const trimmed = baseUrl.trim();
  if (!trimmed || trimmed === '.') return undefined;
  const withLead =
    /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

export function slugify(text: string): string {
  return new GithubSlugger().slug(text);
}
