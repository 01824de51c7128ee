import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { templatesDir } from '../../util/paths.js';
import { escapeHtml } from '../html.js';
import {
  documentEnd,
  documentStart,
  entryLabel,
  siteName,
  type SiteIdentity,
} from '../page-layout.js';
import type { CombinedParts } from '../single-file.js';

export interface PdfDocumentInput {
  /** The site's identity with the stylesheet inline. */
  site: SiteIdentity;
  /** Who and which pathway, shown above the contents. */
  intro: string;
  parts: CombinedParts;
}

/** The print-only styles the PDF adds to the site's stylesheet. */
export async function pdfStyles(): Promise<string> {
  return readFile(path.join(templatesDir, 'site', 'pdf.css'), 'utf8');
}

/**
 * The HTML printed to PDF: the title, who and which pathway, the contents with the page each
 * entry starts on (blank until the first printing has shown where they fall), then every
 * section. The numbers sit in a column of fixed width, so filling them in moves nothing.
 */
export function pdfDocument(input: PdfDocumentInput, pages: ReadonlyMap<string, number>): string {
  const { site, parts } = input;
  const rows = parts.nav.map((entry) => {
    const page = pages.get(entry.href.slice(1));
    const number = page === undefined ? '' : String(page);
    return `<li><a href="${escapeHtml(entry.href)}">${entryLabel(entry)} <span class="page">${number}</span></a></li>`;
  });
  return `${documentStart(siteName(site), { ...site, homeHref: '#cmalt-main' })}
<main id="cmalt-main">
<h1>${escapeHtml(siteName(site))}</h1>
${input.intro}
<h2 id="contents">Contents</h2>
<ol class="contents pdf-contents">
${rows.join('\n')}
</ol>
${parts.sections.join('\n')}
</main>
${documentEnd(site)}`;
}

/** The line at the foot of every page: whose portfolio, and the page number. */
export function pdfFooter(site: SiteIdentity): string {
  return `<div style="font-size: 8pt; color: #4f5961; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between;"><span>${escapeHtml(siteName(site))}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
