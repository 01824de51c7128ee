import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import type { AssetFile, Link, Portfolio } from '../../../model/types.js';
import { delimitedSpans, LIQUID } from '../../../model/delimited-spans.js';
import { resolveLink } from '../../../model/links/resolve-link.js';

/** Folders candidates keep evidence in; any folder whose name contains "evidence" counts too. */
const EVIDENCE_FOLDER =
  /evidence|^(?:assets?|files?|appendi(?:x|ces)|attachments?|documents?|docs|uploads?|images?|img|media|downloads?|pdfs?|figures?|screenshots?)$/i;
/** Site machinery rather than evidence: styles, scripts, fonts, icons. */
const THEME_EXTENSION = /\.(?:css|s[ac]ss|less|m?js|map|woff2?|ttf|otf|eot|ico|json|ya?ml|xml)$/i;
const THEME_FOLDER =
  /^(?:css|js|javascripts?|scripts?|styles?|stylesheets|fonts?|sass|scss|vendor|theme|icons?|favicons?)$/i;
/** The site's own pictures: `logo.png`, `favicon-32x32.png`, `avatar@2x.jpg`, `header-dark.jpg`. */
const THEME_NAME =
  /^(?:favicon|logo|avatar|banner|header|background|bg|profile|apple-touch-icon|site-icon|og-image|social-card|social-preview)(?:[-_@.](?:\d+x?\d*|dark|light|small|large|white|black|image|img|pic|photo))*\.[a-z0-9]+$/i;
const NOT_EVIDENCE_NAME = /^(?:readme|index|license|licence)\b/i;
/** Files the site's own templates may mention an asset in. */
const SITE_TEMPLATES = ['_includes/**', '_layouts/**', '_data/**', '_sass/**', '_config.yml'];
const SITE_TEXT = /\.(?:html?|css|s[ac]ss|js|ya?ml|json|xml|liquid)$/i;
const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** An asset that looks like evidence a candidate put there, not part of the site's look. */
export function isEvidenceFile(asset: string): boolean {
  const folders = path.posix.dirname(asset).split('/');
  const name = path.posix.basename(asset);
  if (folders[0] === '.' || !folders.some((f) => EVIDENCE_FOLDER.test(f))) return false;
  if (folders.some((f) => THEME_FOLDER.test(f))) return false;
  return !THEME_EXTENSION.test(name) && !THEME_NAME.test(name) && !NOT_EVIDENCE_NAME.test(name);
}

interface Citations {
  /** Portfolio paths some link, image, front matter value or site template points at. */
  cited: Set<string>;
  /** The links that cite each path, in file order. */
  links: Map<string, Link[]>;
}

const cache = new WeakMap<Portfolio, Citations>();

/** What the portfolio cites: resolved links and images, front matter paths, and Liquid includes. */
export function citations(portfolio: Portfolio): Citations {
  const known = cache.get(portfolio);
  if (known) return known;
  const cited = new Set<string>();
  const links = new Map<string, Link[]>();
  const assetsIn = (folder: string) =>
    portfolio.assets.filter((a) => a.path.startsWith(folder + '/')).map((a) => a.path);
  for (const file of portfolio.files) {
    for (const link of file.links) {
      const found = resolveLink(portfolio, link);
      // A broken link with one near match was meant for that file: link-broken says so already.
      if (found.kind === 'missing-file' && found.similar.length === 1 && found.similar[0])
        cited.add(found.similar[0]);
      if (found.kind !== 'found' && found.kind !== 'case' && found.kind !== 'missing-anchor')
        continue;
      const paths = found.kind === 'found' && found.folder ? assetsIn(found.path) : [found.path];
      for (const p of paths) {
        cited.add(p);
        links.set(p, [...(links.get(p) ?? []), link]);
      }
    }
    for (const value of strings(file.data)) {
      const found = resolveLink(portfolio, { url: value, file: file.path });
      if (found.kind === 'found') cited.add(found.path);
    }
  }
  const texts = [...liquidTags(portfolio), ...siteTemplates(portfolio)];
  for (const asset of portfolio.assets) {
    if (cited.has(asset.path)) continue;
    if (texts.some((text) => mentions(text, asset))) cited.add(asset.path);
  }
  const result = { cited, links };
  cache.set(portfolio, result);
  return result;
}

/** `{% include fig.html id="vle-dashboard" %}` shows assets/img/vle-dashboard.png without a link. */
function mentions(text: string, asset: AssetFile): boolean {
  const name = path.posix.basename(asset.path);
  const stem = path.posix.basename(name, path.posix.extname(name));
  return (
    text.includes(name) ||
    (stem.length >= 4 && new RegExp(`["'/ ]${escape(stem)}["'. ]`).test(text))
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function liquidTags(portfolio: Portfolio): string[] {
  return portfolio.files.flatMap((f) => delimitedSpans(f.text, LIQUID));
}

function siteTemplates(portfolio: Portfolio): string[] {
  let names: string[] = [];
  try {
    names = globSync(SITE_TEMPLATES, { cwd: portfolio.root, onlyFiles: true, dot: false });
  } catch {
    names = [];
  }
  names.push(...portfolio.assets.map((a) => a.path).filter((p) => SITE_TEXT.test(p)));
  const texts: string[] = [];
  for (const name of names) {
    try {
      const full = path.join(portfolio.root, name);
      if (statSync(full).size <= MAX_TEMPLATE_BYTES) texts.push(readFileSync(full, 'utf8'));
    } catch {
      // An unreadable template cannot cite anything.
    }
  }
  return texts;
}

function strings(value: unknown, depth = 0): string[] {
  if (depth > 4) return [];
  if (typeof value === 'string') return /^[\w./-]+\.[a-z0-9]{2,5}$/i.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, depth + 1));
  if (value && typeof value === 'object')
    return Object.values(value).flatMap((v) => strings(v, depth + 1));
  return [];
}
