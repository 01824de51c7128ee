import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AssetFile } from '../model/types.js';
import { escapeHtml, formatBytes, toHtml } from './html.js';
import { normaliseHeadings } from './normalise-headings.js';
import {
  contentsNav,
  documentEnd,
  documentStart,
  siteName,
  type NavEntry,
  type SiteIdentity,
} from './page-layout.js';
import { realFileInside } from './safe-path.js';
import { encodeSitePath } from './site-paths.js';
import type { BuildWarning } from './types.js';

export const SINGLE_FILE = 'portfolio.html';
/** Images up to this size are embedded; larger ones are listed with the other evidence files. */
export const MAX_EMBED_BYTES = 2 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};

export interface SinglePage {
  file: string;
  heading: string;
  headingId?: string;
  code?: string;
  navTitle: string;
  body: string;
}

export interface SingleFileInput {
  root: string;
  site: SiteIdentity;
  baseUrl?: string;
  /** The home page body, shown first under the document title. */
  home: string;
  pages: SinglePage[];
  /** Evidence copied into the site, by site path. */
  assets: { asset: AssetFile; sitePath: string }[];
}

/** The parts of the combined document, before they are laid out as one file or printed. */
export interface CombinedParts {
  /** The home page body, links rewritten to anchors in the document. */
  home: string;
  /** Each page as a `<section>`, then the list of evidence files not embedded, if any. */
  sections: string[];
  /** The contents: one entry per section, in order, each an in-document `#anchor`. */
  nav: NavEntry[];
  warnings: BuildWarning[];
}

/**
 * One self-contained HTML file: every page in order, the styles inline, local images
 * embedded as data: URIs (only files inside the portfolio, up to a size cap), and the other
 * evidence listed by name and size, to be found in the folder or zip beside it.
 */
export async function renderSingleFile(
  input: SingleFileInput,
): Promise<{ html: string; warnings: BuildWarning[] }> {
  const { home, sections, nav, warnings } = await renderCombined(input, 'page');
  const html = `${documentStart(siteName(input.site), { ...input.site, homeHref: '#cmalt-main' })}
<div class="layout">
${contentsNav(nav)}
<main id="cmalt-main" tabindex="-1">
<h1>${escapeHtml(siteName(input.site))}</h1>
${home}
${sections.join('\n')}
</main>
</div>
${documentEnd(input.site)}`;
  return { html, warnings };
}

/**
 * Every page as a section of one document, with ids prefixed by the page they came from and
 * links between pages turned into links within the document. `container` names what the
 * evidence list says the files are not inside: this page, or this PDF.
 */
export async function renderCombined(
  input: SingleFileInput,
  container: 'page' | 'PDF',
): Promise<CombinedParts> {
  const warnings: BuildWarning[] = [];
  const stems = new Map(input.pages.map((p) => [p.file, stemOf(p.file)]));
  const bySitePath = new Map(input.assets.map((a) => [a.sitePath, a]));
  const embedded = new Set<string>();
  const context: Context = { input, stems, bySitePath, embedded, warnings };

  const home = await transform(input.home, 'index.html', context, 2);
  const sections: string[] = [];
  for (const page of input.pages) {
    const stem = stems.get(page.file) ?? 'page';
    const headingId = `${stem}--${page.headingId ?? 'title'}`;
    const body = await transform(page.body, page.file, context, 3);
    sections.push(`<section class="portfolio-section" id="${escapeHtml(stem)}" aria-labelledby="${escapeHtml(headingId)}">
<h2 id="${escapeHtml(headingId)}">${escapeHtml(page.heading)}</h2>
${body}
</section>`);
  }
  const others = input.assets.filter((a) => !embedded.has(a.sitePath));
  if (others.length) sections.push(evidenceFiles(others, container, input.baseUrl));

  const nav: NavEntry[] = [
    ...input.pages.map((p) => ({ href: `#${stems.get(p.file)}`, code: p.code, title: p.navTitle })),
    ...(others.length ? [{ href: '#evidence-files', title: 'Evidence files' }] : []),
  ];
  return { home, sections, nav, warnings };
}

interface Context {
  input: SingleFileInput;
  stems: Map<string, string>;
  bySitePath: Map<string, { asset: AssetFile; sitePath: string }>;
  embedded: Set<string>;
  warnings: BuildWarning[];
}

function stemOf(file: string): string {
  return file.replace(/\.html$/, '');
}

async function transform(
  body: string,
  file: string,
  context: Context,
  top: number,
): Promise<string> {
  const tree = fromHtml(body, { fragment: true }) as Root;
  const stem = context.stems.get(file) ?? stemOf(file);
  const images: Element[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const props = child.properties;
      if (typeof props.id === 'string') props.id = `${stem}--${props.id}`;
      if (child.tagName === 'a' && typeof props.href === 'string')
        props.href = rewriteHref(props.href, stem, context);
      if (child.tagName === 'img') images.push(child);
      visit(child);
    }
  };
  visit(tree);
  for (const image of images) await embedImage(image, context);
  normaliseHeadings(tree, top);
  return toHtml(tree);
}

function rewriteHref(href: string, stem: string, context: Context): string {
  if (href.startsWith('#')) return `#${stem}--${href.slice(1)}`;
  const local = stripBase(href, context.input.baseUrl);
  if (local === undefined) return href;
  const match = /^([^/#?]+\.html)(?:#(.*))?$/.exec(local);
  if (!match) return local;
  const page = decodeURIComponent(match[1] ?? '');
  if (page === 'index.html') return '#cmalt-main';
  const target = context.stems.get(page);
  if (!target) return local;
  return match[2] ? `#${target}--${match[2]}` : `#${target}`;
}

function stripBase(href: string, baseUrl?: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
    if (!baseUrl || !href.startsWith(baseUrl)) return undefined;
  }
  if (baseUrl && href.startsWith(baseUrl)) return href.slice(baseUrl.length);
  return href;
}

async function embedImage(image: Element, context: Context): Promise<void> {
  const src = image.properties.src;
  if (typeof src !== 'string') return;
  const local = stripBase(src, context.input.baseUrl);
  if (local === undefined) return;
  let sitePath = local;
  try {
    sitePath = decodeURIComponent(local);
  } catch {
    return;
  }
  const found = context.bySitePath.get(sitePath);
  const mime = MIME[path.extname(sitePath).toLowerCase()];
  if (!found || !mime) return;
  const real = await realFileInside(context.input.root, found.asset.absolutePath);
  if (!real || found.asset.size > MAX_EMBED_BYTES) {
    if (found.asset.size > MAX_EMBED_BYTES)
      context.warnings.push({
        code: 'image-not-embedded',
        message: `${found.asset.path} is ${formatBytes(found.asset.size)}, too large to embed in ${SINGLE_FILE}; it is listed with the evidence files instead.`,
      });
    image.properties.src = encodeSitePath(sitePath);
    return;
  }
  const data = await readFile(real);
  image.properties.src = `data:${mime};base64,${data.toString('base64')}`;
  context.embedded.add(found.sitePath);
}

function evidenceFiles(
  assets: { asset: AssetFile; sitePath: string }[],
  container: 'page' | 'PDF',
  baseUrl?: string,
): string {
  const rows = assets.map(
    ({ asset, sitePath }) =>
      `<li><a class="evidence-link" href="${escapeHtml((baseUrl ?? '') + encodeSitePath(sitePath))}">${escapeHtml(sitePath)}</a> <span class="note">(${formatBytes(asset.size)})</span></li>`,
  );
  return `<section class="portfolio-section" id="evidence-files" aria-labelledby="evidence-files-title">
<h2 id="evidence-files-title">Evidence files</h2>
<p>These files are not inside this ${container}. They are in the folder or zip this ${container} came in, under the paths shown.</p>
<ul>
${rows.join('\n')}
</ul>
</section>`;
}
