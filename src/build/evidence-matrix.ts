import path from 'node:path';
import { isLocalTarget } from '../model/link-target.js';
import type { Portfolio, Section } from '../model/types.js';
import { escapeHtml, formatBytes } from './html.js';
import { sectionLabel } from './section-label.js';
import { placeLink, type SiteMap } from './site-map.js';

export interface EvidenceItem {
  key: string;
  label: string;
  href: string;
  /** `PDF, 240 KB`, `web page, www.example.org`, `appendix`. */
  meta: string;
  /** Section ids that cite the item, in portfolio order. */
  citedBy: string[];
}

export interface EvidenceColumn {
  id: string;
  short: string;
  title: string;
  href: string;
}

export interface EvidenceMatrix {
  columns: EvidenceColumn[];
  items: EvidenceItem[];
}

export const MATRIX_PAGE = 'evidence.html';

/**
 * Every piece of evidence against the sections that cite it, so an assessor sees at a glance
 * whether one item carries the whole portfolio. Links to other sections are cross-references,
 * not evidence; links that cannot be followed are left to the skipped list.
 */
export function buildEvidenceMatrix(portfolio: Portfolio, map: SiteMap): EvidenceMatrix {
  const sectionPages = new Set(portfolio.sections.map((s) => `${s.id}.html`));
  const items = new Map<string, EvidenceItem>();
  const citing = new Set<string>();
  const ranks = new Map<string, number>();
  for (const section of portfolio.sections) {
    // Every citation, not only the first of each target, so the best label can be chosen.
    const citations = section.links.filter(
      (l) => (l.part === 'evidence' || isLocalTarget(l.url)) && !l.url.trim().startsWith('#'),
    );
    for (const link of citations) {
      const placed = placeLink(map, link.url, link.file, MATRIX_PAGE);
      let key: string;
      let meta: string;
      let fallback: string;
      if (placed.kind === 'asset') {
        key = `asset:${placed.asset.path}`;
        const ext = path.extname(placed.asset.path).slice(1).toUpperCase();
        meta = `${ext ? `${ext}, ` : ''}${formatBytes(placed.asset.size)}`;
        fallback = path.posix.basename(placed.asset.path);
      } else if (placed.kind === 'external') {
        key = `web:${placed.href}`;
        meta = hostOf(placed.href);
        fallback = placed.href;
      } else if (placed.kind === 'page' && !sectionPages.has(placed.page)) {
        key = `page:${placed.href}`;
        meta = 'in this portfolio';
        fallback = placed.href;
      } else continue;
      const item = items.get(key) ?? { key, label: '', href: placed.href, meta, citedBy: [] };
      // The text of a link in an Evidence part names the item best; an image's alt text least.
      const rank = !link.text.trim()
        ? 0
        : link.kind === 'image'
          ? 1
          : link.part === 'evidence'
            ? 3
            : 2;
      if (rank > (ranks.get(key) ?? -1)) {
        item.label = link.text.trim() || fallback;
        ranks.set(key, rank);
      }
      if (!item.citedBy.includes(section.id)) item.citedBy.push(section.id);
      items.set(key, item);
      citing.add(section.id);
    }
  }
  const columns = portfolio.sections
    .filter((s) => s.assessed || citing.has(s.id))
    .map((s) => column(s, portfolio.sections));
  return { columns, items: [...items.values()] };
}

function column(section: Section, all: Section[]): EvidenceColumn {
  const { code, title } = sectionLabel(section, all);
  const numbered = /^(specialist|advanced|review-cpd)-(\d+)$/.exec(section.id);
  const many = all.filter((s) => s.kind === section.kind).length > 1;
  let short = code ?? title;
  if (numbered) {
    const word = { specialist: 'Specialist', advanced: 'Advanced', 'review-cpd': 'CPD' }[
      numbered[1] as 'specialist' | 'advanced' | 'review-cpd'
    ];
    short = many ? `${word} ${numbered[2]}` : word;
  }
  return {
    id: section.id,
    short,
    title: code ? `${code} ${title}` : title,
    href: `${section.id}.html`,
  };
}

function hostOf(href: string): string {
  if (href.startsWith('mailto:')) return 'email';
  try {
    return `web, ${new URL(href, 'https://example.invalid').host}`;
  } catch {
    return 'web';
  }
}

/** The matrix as an accessible table: row and column headers with scope, a caption, totals. */
export function renderEvidenceMatrix(
  matrix: EvidenceMatrix,
  hrefOf: (page: string) => string,
): string {
  if (!matrix.items.length) {
    return '<p>No section cites any evidence yet. Link your evidence files from each section’s Evidence part and build again.</p>';
  }
  const { columns, items } = matrix;
  const reused = items.filter((i) => i.citedBy.length > 2).length;
  const head = columns
    .map(
      (c) =>
        `<th scope="col"><a href="${escapeHtml(hrefOf(c.href))}" title="${escapeHtml(c.title)}">${escapeHtml(c.short)}</a></th>`,
    )
    .join('');
  const rows = items.map((item) => {
    const cells = columns
      .map((c) =>
        item.citedBy.includes(c.id)
          ? `<td><span class="mark" aria-hidden="true">●</span><span class="visually-hidden">cited</span></td>`
          : '<td></td>',
      )
      .join('');
    const count = item.citedBy.length;
    return `<tr><th scope="row"><a href="${escapeHtml(item.href)}">${escapeHtml(item.label)}</a><span class="meta">${escapeHtml(item.meta)}</span></th>${cells}<td${count > 2 ? ' class="many"' : ''}>${count}</td></tr>`;
  });
  const totals = columns
    .map((c) => `<td>${items.filter((i) => i.citedBy.includes(c.id)).length}</td>`)
    .join('');
  return `<p>${items.length} ${items.length === 1 ? 'item' : 'items'} of evidence across ${columns.length} sections. Each row is one piece of evidence; a dot marks each section that cites it.${reused ? ` ${reused} ${reused === 1 ? 'item is' : 'items are'} cited by more than two sections.` : ''}</p>
<div class="table-scroll" role="region" aria-labelledby="evidence-caption" tabindex="0">
<table class="matrix">
<caption id="evidence-caption">Evidence cited by each section</caption>
<thead><tr><th scope="col">Evidence</th>${head}<th scope="col">Sections</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot><tr><th scope="row">Items cited</th>${totals}<td></td></tr></tfoot>
</table>
</div>`;
}
