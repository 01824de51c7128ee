import type { Heading as MdHeading, RootContent } from 'mdast';
import { stringify } from 'yaml';
import { extractFile } from '../model/extract-file.js';
import { parseMarkdown } from '../model/parse-markdown.js';
import { normalise, type Recogniser } from '../model/recognise-heading.js';
import type { Section } from '../model/types.js';
import { excerpt, markdownWords } from './count-words.js';
import { resolvePageLinks, type OutputHeadings } from './page-links.js';
import type { Segmented, SegmentedDoc } from './segment-pages.js';
import { loadOutline } from '../outline/load-outline.js';
import type { DroppedText, ImportedSection, PlannedImportFile, UnplacedText } from './types.js';

/** Headings that open something other than the criterion before them. */
const NOT_CONTENT =
  /^(?:appendix|appendices|about(?: me)?|contents|table of contents|home|index|navigation|menu|glossary)\b/i;

export const UNPLACED_FILE = 'unplaced.md';

interface Item {
  doc: SegmentedDoc;
  node: RootContent;
  /** Depth of the heading the run of text this node belongs to started with (0: none). */
  base: number;
}

interface UnplacedRun {
  doc: SegmentedDoc;
  nodes: RootContent[];
}

export interface WrittenSections {
  files: PlannedImportFile[];
  sections: ImportedSection[];
  unplaced: UnplacedText[];
  /** Words of headings cmalt wrote (titles where the source had none). */
  added: number;
  written: number;
  /** Headings of core areas over their criteria, left out of every file. */
  dropped: DroppedText[];
}

/**
 * Writes each section into a file of its own, as `cmalt init` lays them out, copying the
 * source's text block by block. Text between two criteria of a page stays with the one before;
 * text before the first criterion, or under an appendix-like heading, goes to unplaced.md.
 */
export function writeSections(
  segmented: Segmented,
  options: { keepGroupHeadings?: boolean } = {},
): WrittenSections {
  const owner = new Map<RootContent, Section>();
  for (const section of segmented.sections)
    for (const chunk of section.chunks) for (const node of chunk.nodes) owner.set(node, section);

  const items = new Map<Section, Item[]>();
  const runs: UnplacedRun[] = [];
  for (const doc of segmented.docs) {
    let last: Section | undefined;
    let base = 0;
    let run: UnplacedRun | undefined;
    let attaching = false;
    for (const node of doc.nodes) {
      const section = owner.get(node);
      if (section) {
        if (section !== last || run) base = node.type === 'heading' ? node.depth : 0;
        if (section !== last && node.type !== 'heading') base = 0;
        last = section;
        run = undefined;
        attaching = false;
        push(items, section, { doc, node, base });
        continue;
      }
      if (!run && !attaching) {
        const heading = node.type === 'heading' ? node : undefined;
        const text = heading ? headingText(doc, heading) : '';
        // A core area heading ends the criterion before it: what follows is the area's own.
        const closes =
          heading &&
          ((base > 0 && heading.depth < base) ||
            NOT_CONTENT.test(text) ||
            groupAreas(text, segmented.recogniser).length > 0);
        attaching = Boolean(last && !closes);
        if (!attaching) {
          run = { doc, nodes: [] };
          runs.push(run);
        }
      }
      if (attaching && last) push(items, last, { doc, node, base });
      else run?.nodes.push(node);
    }
  }

  // A Markdown portfolio split with --restructure keeps every line the candidate wrote.
  const dropped = options.keepGroupHeadings ? [] : dropGroupHeadings(runs, segmented.recogniser);

  if (!options.keepGroupHeadings)
    for (const section of segmented.sections)
      dropped.push(...dropLeadingGroupLabel(section, items.get(section), segmented.recogniser));

  const files: PlannedImportFile[] = [];
  const sections: ImportedSection[] = [];
  const headings: OutputHeadings = new Map();
  let added = 0;
  const generatedBy = new Map<string, number>();
  for (const section of segmented.sections) {
    const list = items.get(section) ?? [];
    const path = `${section.id}.md`;
    const front = stringify({ section: section.id, title: section.title }, { lineWidth: 0 });
    const blocks: string[] = [];
    const first = list[0];
    const opensWithHeading =
      first?.node.type === 'heading' &&
      section.heading &&
      first.node.position?.start.line === section.heading.line;
    let generated = 0;
    if (!opensWithHeading) {
      const title = /^[1-4][abc]?$/.test(section.id)
        ? `${section.id} ${section.title}`
        : section.title;
      blocks.push(`# ${title}`);
      generated = markdownWords(parseMarkdown(`# ${title}`));
    }
    const lead = leadWithoutLabel(list, Boolean(opensWithHeading), segmented.recogniser);
    list.forEach((item, index) => {
      // Text before the first part heading of a section that has parts is its description.
      if (index === lead) {
        blocks.push('## Description');
        generated += 1;
      }
      blocks.push(render(item, index === 0 && Boolean(opensWithHeading)));
    });
    const body = blocks.join('\n\n') + '\n';
    files.push({ path, content: `---\n${front}---\n\n${body}`, purpose: section.title });
    added += generated;
    generatedBy.set(path, generated);
    sections.push({
      id: section.id,
      title: section.title,
      file: path,
      from: [
        ...new Set(list.map((i) => i.doc.page.origin(i.node.position?.start.line ?? 1))),
      ].slice(0, 3),
      wordsRead: list.reduce((sum, i) => sum + markdownWords(i.node), 0),
      wordsWritten: 0,
      parts: [...new Set(section.parts.map((p) => p.label))],
    });
    collectHeadings(headings, path, body, list);
  }

  const unplaced: UnplacedText[] = [];
  if (runs.some((r) => r.nodes.length)) {
    const blocks: string[] = [
      '# Text to place\n\n<!--\nThe import could not tell which section this text belongs to: each piece says where it came\nfrom. Move it into the right section file, or delete what is not part of your portfolio.\nFor a heading of your own, a line under `map:` in cmalt.yml tells cmalt where it belongs,\nfor example `map: { "My teaching": 2a }`. Delete this file when it is empty.\n-->',
    ];
    for (const run of runs) {
      if (!run.nodes.length) continue;
      const start = run.nodes[0]?.position?.start.line ?? 1;
      const where = run.doc.page.origin(start);
      const heading =
        run.nodes[0]?.type === 'heading' ? headingText(run.doc, run.nodes[0]) : undefined;
      const words = run.nodes.reduce((sum, n) => sum + markdownWords(n), 0);
      const text = run.nodes.map((n) => nodeText(run.doc, n)).join(' ');
      unplaced.push({ where, heading, words, excerpt: excerpt(text.replace(/[#*_>`[\]]/g, '')) });
      blocks.push(`<!-- from ${where.replaceAll('--', '- -')} -->`);
      for (const node of run.nodes) blocks.push(render({ doc: run.doc, node, base: 0 }, false));
    }
    const body = blocks.join('\n\n') + '\n';
    files.push({ path: UNPLACED_FILE, content: body, purpose: 'text the import could not place' });
    collectHeadings(
      headings,
      UNPLACED_FILE,
      body,
      runs.flatMap((r) => r.nodes.map((node) => ({ doc: r.doc, node, base: 0 }))),
    );
    added += 3;
    generatedBy.set(UNPLACED_FILE, 3); // "Text to place"
  }

  resolvePageLinks(files, headings, segmented.docs);
  // Words written are counted again from the files as written, less the titles cmalt added.
  let written = 0;
  for (const file of files) {
    const text = String(file.content).replace(/^---\n[\s\S]*?\n---\n/, '');
    const words = markdownWords(parseMarkdown(text)) - (generatedBy.get(file.path) ?? 0);
    written += words;
    const section = sections.find((s) => s.file === file.path);
    if (section) section.wordsWritten = words;
  }
  return { files, sections, unplaced, added, written, dropped };
}

/**
 * A heading that names a whole core area ("Core Area 1: Operational issues") over the criteria
 * that follow it is the portfolio's outline, not text to place: with nothing under it of its
 * own, it is left out and counted. A core area the outline does not know is text like any other.
 */
function dropGroupHeadings(runs: UnplacedRun[], recogniser: Recogniser): DroppedText[] {
  const dropped: DroppedText[] = [];
  for (const run of runs) {
    const [node] = run.nodes;
    if (run.nodes.length !== 1 || node?.type !== 'heading') continue;
    const text = headingText(run.doc, node);
    if (!groupAreas(text, recogniser).length) continue;
    dropped.push({
      file: run.doc.page.file,
      what: 'group heading',
      where: run.doc.page.origin(node.position?.start.line ?? 1),
      words: markdownWords(node),
      excerpt: excerpt(text),
    });
    run.nodes = [];
  }
  return dropped;
}

/**
 * The index of the first block of unlabelled text in a section whose later text is labelled
 * (Reflection, Evidence...), or -1: such text is the description, as `init` lays it out.
 */
function leadWithoutLabel(list: Item[], opens: boolean, recogniser: Recogniser): number {
  const start = opens ? 1 : 0;
  const partAt = list.findIndex((item, index) => index >= start && partOf(item, recogniser));
  if (partAt <= start) return -1;
  const first = partOf(list[partAt]!, recogniser);
  if (first === 'description') return -1;
  const lead = list.slice(start, partAt);
  return lead.some((i) => i.node.type !== 'heading') ? start : -1;
}

function partOf(item: Item, recogniser: Recogniser): string | undefined {
  const { node, doc } = item;
  let text: string | undefined;
  if (node.type === 'heading') text = headingText(doc, node);
  else if (
    node.type === 'paragraph' &&
    node.children.length === 1 &&
    node.children[0]?.type === 'strong'
  )
    text = nodeText(doc, node).replace(/^\*\*|\*\*:?$/g, '');
  if (!text) return undefined;
  const found = recogniser.recognise(text);
  return found.part && !found.section ? found.part : undefined;
}

function push(map: Map<Section, Item[]>, section: Section, item: Item) {
  const list = map.get(section);
  if (list) list.push(item);
  else map.set(section, [item]);
}

function nodeText(doc: SegmentedDoc, node: RootContent): string {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return doc.text.slice(start, end);
}

function headingText(doc: SegmentedDoc, heading: MdHeading): string {
  const first = heading.children[0]?.position?.start.offset;
  const last = heading.children[heading.children.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return '';
  return doc.text.slice(first, last).trim();
}

/** A block as written: headings moved under the section's own `#` heading, the rest verbatim. */
function render(item: Item, opening: boolean): string {
  const { doc, node, base } = item;
  if (node.type !== 'heading') return nodeText(doc, node);
  const depth = opening
    ? 1
    : Math.min(6, Math.max(2, base > 0 ? node.depth - base + 1 : node.depth));
  return `${'#'.repeat(depth)} ${headingText(doc, node)}`;
}

/** Records where each source heading ended up, so links to it can follow. */
function collectHeadings(map: OutputHeadings, path: string, body: string, list: Item[]) {
  const written = extractFile(path, parseMarkdown(body), body).headings.filter((h) => !h.pseudo);
  const bySlugText = new Map(written.map((h) => [h.text, h.slug]));
  for (const { doc, node } of list) {
    if (node.type !== 'heading') continue;
    const text = extractFile('', { type: 'root', children: [node] }, doc.text).headings[0]?.text;
    if (!text) continue;
    const key = `${doc.page.file}\u0000${text}`;
    if (!map.has(key)) map.set(key, { path, slug: bySlugText.get(text) ?? '' });
  }
  for (const { doc } of list) {
    const key = `${doc.page.file}\u0000`;
    if (!map.has(key)) map.set(key, { path, slug: '' });
  }
}

/** The core areas a group heading names ("Core Area 1: ...", "Core areas 3 and 4: ..."), or none. */
function groupAreas(text: string, recogniser: Recogniser): number[] {
  const found = recogniser.recognise(text);
  if (found.section) return [];
  // "Core areas 3 and 4: the wider context and communication" heads two areas at once.
  const named = found.area
    ? [found.area]
    : (/^core areas ([1-4])(?: and ([1-4]))?(?= |$)/.exec(normalise(text))?.slice(1) ?? [])
        .filter(Boolean)
        .map(Number);
  const known = new Set(loadOutline().sections.flatMap((s) => (s.area ? [s.area] : [])));
  return named.length && named.every((area) => known.has(area)) ? named : [];
}

/**
 * A page that is one criterion often names its core area above the criterion's own heading
 * (`<p class="kicker">Core Area 1: Operational issues</p>`): that label is left out, so the
 * section opens with its heading.
 */
function dropLeadingGroupLabel(
  section: Section,
  list: Item[] | undefined,
  recogniser: Recogniser,
): DroppedText[] {
  const dropped: DroppedText[] = [];
  const opening = section.heading?.line;
  while (list?.length && opening !== undefined) {
    const { doc, node } = list[0]!;
    if ((node.position?.start.line ?? opening) >= opening) break;
    if (node.type !== 'heading' && node.type !== 'paragraph') break;
    const text =
      node.type === 'heading' ? headingText(doc, node) : nodeText(doc, node).replace(/[*_`]/g, '');
    if (!groupAreas(text, recogniser).length) break;
    dropped.push({
      file: doc.page.file,
      what: 'group heading',
      where: doc.page.origin(node.position?.start.line ?? 1),
      words: markdownWords(node),
      excerpt: excerpt(text),
    });
    list.shift();
  }
  return dropped;
}
