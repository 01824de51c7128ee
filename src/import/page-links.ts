import { PAGE_LINK } from './site-links.js';
import type { SegmentedDoc } from './segment-pages.js';
import type { PlannedImportFile } from './types.js';

/** Where a source heading went: `${sourceFile}\0${heading text}` to file and anchor ('' text: the page). */
export type OutputHeadings = Map<string, { path: string; slug: string }>;

const MARKER = new RegExp(`${PAGE_LINK}([^)\\s>"]*)`, 'g');

/**
 * Turns the marks left on links between imported pages into links between the new section
 * files, following each anchor to the heading it sat under.
 */
export function resolvePageLinks(
  files: PlannedImportFile[],
  headings: OutputHeadings,
  docs: SegmentedDoc[],
): void {
  const pages = new Map(docs.map((d) => [d.page.file, d.page]));
  for (const file of files) {
    if (typeof file.content !== 'string' || !file.content.includes(PAGE_LINK)) continue;
    file.content = file.content.replace(MARKER, (_match, target: string) => {
      const hashAt = target.indexOf('#');
      const page = safeDecode(hashAt >= 0 ? target.slice(0, hashAt) : target);
      const anchor = hashAt >= 0 ? safeDecode(target.slice(hashAt + 1)) : '';
      const source = pages.get(page);
      const headingText = anchor ? (source?.anchors.get(anchor) ?? anchor) : '';
      const found =
        (headingText && headings.get(`${page}\u0000${headingText}`)) ||
        headings.get(`${page}\u0000`);
      if (!found) return anchor ? `#${anchor}` : '#';
      const slug = headingText && found.slug ? `#${found.slug}` : '';
      return found.path === file.path ? slug || '#' : `${found.path}${slug}`;
    });
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
