import type { RootContent } from 'mdast';
import type { Config } from '../config/schema.js';
import { assembleSections } from '../model/assemble-sections.js';
import { extractFile } from '../model/extract-file.js';
import { assumedConfig } from '../model/load-portfolio.js';
import { parseMarkdown } from '../model/parse-markdown.js';
import { createRecogniser, type Recognised, type Recogniser } from '../model/recognise-heading.js';
import { segmentFile } from '../model/segment-file.js';
import type { Section, SourceFile } from '../model/types.js';
import type { Outline } from '../outline/load-outline.js';
import type { IntermediatePage } from './types.js';

export interface SegmentedDoc {
  page: IntermediatePage;
  /** The Markdown the nodes' positions point into. */
  text: string;
  nodes: RootContent[];
  source: SourceFile;
}

export interface Segmented {
  docs: SegmentedDoc[];
  sections: Section[];
  config: Config;
  /** The recogniser the sections were found with, to read part headings again when writing. */
  recogniser: Recogniser;
}

/**
 * Places the pages' text into sections with the very recognisers `check` uses: a page's title
 * or file name can name its section, and headings inside it open the criteria they name.
 */
export function segmentPages(
  pages: IntermediatePage[],
  outline: Outline,
  config?: Config,
): Segmented {
  const used = config ?? assumedConfig(guessPathwayId(pages));
  const recogniser = createRecogniser(outline, {
    specialist: used.specialist,
    advanced: used.advanced,
  });
  const docs: SegmentedDoc[] = [];
  const raws = [];
  for (const page of pages) {
    const tree = parseMarkdown(page.markdown);
    const contents = extractFile(page.file, tree, page.markdown);
    const source: SourceFile = {
      path: page.file,
      absolutePath: '',
      data: page.data ?? {},
      frontMatterLines: 0,
      text: page.markdown,
      tree,
      headings: contents.headings,
      anchors: contents.anchors,
      comments: contents.comments,
      paragraphs: contents.paragraphs,
      links: contents.links,
    };
    docs.push({ page, text: page.markdown, nodes: tree.children, source });
    const found = pageSection(page, recogniser);
    raws.push(
      ...segmentFile({
        file: page.file,
        nodes: tree.children,
        contents,
        recogniser,
        fileSection: found ? { found, recognisedBy: 'file-name' } : undefined,
        headingMap: new Map(),
      }),
    );
  }
  const byPath = new Map(docs.map((d) => [d.page.file, d.source]));
  return {
    docs,
    sections: assembleSections(raws, byPath, outline, used),
    config: used,
    recogniser,
  };
}

/** A page that is one criterion says so in its title or its file name (`1a.html`, `core-area-2b.html`). */
function pageSection(page: IntermediatePage, recogniser: Recogniser): Recognised | undefined {
  // Site names come first or last in a page title ("1a – Constraints | Jo's CMALT"): try each part.
  const titleParts = (page.title ?? '').split(/\s+[|•·»–—-]\s+/);
  for (const part of [...titleParts, page.title ?? '']) {
    const found = recogniser.recognise(part, true);
    if (found.section || found.area) return { ...found, part: undefined };
  }
  const stem = page.file
    .split('/')
    .pop()!
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/^\d{4}-\d{2}-\d{2}-/, '')
    .replace(/[-_]+/g, ' ');
  const found = recogniser.recognise(stem, true);
  return found.section || found.area ? { ...found, part: undefined } : undefined;
}

/** Senior or Associate CMALT named in the text; otherwise the main pathway. */
export function guessPathwayId(pages: IntermediatePage[]): Config['pathway'] {
  const text = pages.map((p) => `${p.title ?? ''}\n${p.markdown}`).join('\n');
  if (/\bsenior\s+cmalt\b/i.test(text) || /\badvanced\s+area\b/i.test(text)) return 'senior';
  if (/\bassociate\s+cmalt\b/i.test(text) || /\bcmalt\s+associate\b/i.test(text))
    return 'associate';
  return 'cmalt';
}
