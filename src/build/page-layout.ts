import { escapeHtml } from './html.js';

export interface NavEntry {
  href: string;
  title: string;
  code?: string;
  current?: boolean;
}

export interface PageFrame {
  /** The page's h1, as text. */
  heading: string;
  headingId?: string;
  /** A short line above the h1 (e.g. `Core area 1 · assessed`), as text. */
  eyebrow?: string;
  /** Sanitised HTML of the page body. */
  body: string;
  site: SiteIdentity;
  nav: NavEntry[];
  previous?: NavEntry;
  next?: NavEntry;
  /** Wide pages (the evidence matrix) drop the line-length limit. */
  wide?: boolean;
}

export interface SiteIdentity {
  candidate: string;
  pathwayTitle: string;
  homeHref: string;
  /** A link to the stylesheet, or the CSS itself for the one-file portfolio. */
  style: { href: string } | { css: string };
}

export function siteName(site: SiteIdentity): string {
  return site.candidate ? `${site.candidate}: CMALT portfolio` : 'CMALT portfolio';
}

/** The document every page shares: skip link, header, contents, main, previous/next, footer. */
export function pageLayout(frame: PageFrame): string {
  const { site } = frame;
  const documentTitle =
    frame.heading === siteName(site) ? frame.heading : `${frame.heading} · ${siteName(site)}`;
  const idAttr = frame.headingId ? ` id="${escapeHtml(frame.headingId)}"` : '';
  const eyebrow = frame.eyebrow ? `<p class="eyebrow">${escapeHtml(frame.eyebrow)}</p>\n` : '';
  return `${documentStart(documentTitle, site)}
<div class="layout">
${contentsNav(frame.nav)}
<main id="cmalt-main" tabindex="-1"${frame.wide ? ' class="wide"' : ''}>
${eyebrow}<h1${idAttr}>${escapeHtml(frame.heading)}</h1>
${frame.body}
${pager(frame.previous, frame.next)}
</main>
</div>
${documentEnd(site)}`;
}

export function documentStart(title: string, site: SiteIdentity): string {
  const style =
    'css' in site.style
      ? `<style>\n${site.style.css}\n</style>`
      : `<link rel="stylesheet" href="${escapeHtml(site.style.href)}">`;
  const subtitle = site.pathwayTitle
    ? `<p class="site-subtitle">${escapeHtml(site.pathwayTitle)} portfolio</p>`
    : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cmalt">
<title>${escapeHtml(title)}</title>
${style}
</head>
<body>
<a class="skip-link" href="#cmalt-main">Skip to main content</a>
<header class="site-header">
<div class="site-header-inner">
<p class="site-title"><a href="${escapeHtml(site.homeHref)}">${escapeHtml(site.candidate || 'CMALT portfolio')}</a></p>
${subtitle}
</div>
</header>`;
}

export function documentEnd(site: SiteIdentity): string {
  const who = site.candidate ? `${escapeHtml(site.candidate)} · ` : '';
  const pathway = site.pathwayTitle
    ? `${escapeHtml(site.pathwayTitle)} portfolio`
    : 'CMALT portfolio';
  return `<footer class="site-footer">
<p>${who}${pathway} · Built with cmalt from Markdown</p>
</footer>
</body>
</html>
`;
}

export function contentsNav(entries: NavEntry[]): string {
  const items = entries.map((entry) => {
    const current = entry.current ? ' aria-current="page"' : '';
    return `<li><a href="${escapeHtml(entry.href)}"${current}>${entryLabel(entry)}</a></li>`;
  });
  return `<nav class="site-nav" id="cmalt-nav" aria-label="Portfolio contents">
<p class="nav-title">Contents</p>
<ol>
${items.join('\n')}
</ol>
</nav>`;
}

/** A code and a title in their own spans, so wrapped titles hang clear of the code. */
export function entryLabel(entry: NavEntry): string {
  const code = entry.code ? `<span class="code">${escapeHtml(entry.code)}</span> ` : '';
  return `${code}<span class="title">${escapeHtml(entry.title)}</span>`;
}

function pager(previous?: NavEntry, next?: NavEntry): string {
  if (!previous && !next) return '';
  const link = (entry: NavEntry, rel: 'prev' | 'next') =>
    `<a class="${rel === 'prev' ? 'previous' : 'next'}" rel="${rel}" href="${escapeHtml(entry.href)}"><span class="pager-label">${rel === 'prev' ? 'Previous' : 'Next'}</span> <span class="pager-title">${escapeHtml(entry.code ? `${entry.code} ${entry.title}` : entry.title)}</span></a>`;
  return `<nav class="pager" id="cmalt-pager" aria-label="Previous and next page">
${previous ? link(previous, 'prev') : ''}
${next ? link(next, 'next') : ''}
</nav>`;
}
