import type { Config } from '../config/schema.js';
import { sectionDef, type Outline } from '../outline/load-outline.js';
import type { RawSection } from './segment-file.js';
import type { Heading, Link, Paragraph, Part, PartLabel, Section, SourceFile } from './types.js';
import { isLocalTarget, targetKey } from './link-target.js';

const PART_LABELS: PartLabel[] = [
  'description',
  'reflection',
  'evidence',
  'references',
  'summary',
  'unlabelled',
];

/** Gives each raw section its final id (numbering specialist and advanced areas, resolving 2016 areas). */
function resolveIds(raws: RawSection[], config: Config): (string | undefined)[] {
  const found = new Set(raws.map((r) => r.found.section).filter(Boolean));
  const used: Record<string, Set<number>> = {
    specialist: new Set(),
    advanced: new Set(),
    'review-cpd': new Set(),
  };
  for (const raw of raws) {
    const { section, number } = raw.found;
    if (section && section in used && number) used[section]?.add(number);
  }
  const titleNumber = (kind: string, title?: string) => {
    if (!title || (kind !== 'specialist' && kind !== 'advanced')) return undefined;
    const index = config[kind].findIndex((t) => t.toLowerCase() === title.toLowerCase());
    return index >= 0 ? index + 1 : undefined;
  };
  const assigned = new Map<RawSection, number>();
  return raws.map((raw) => {
    const { section, area, number, title } = raw.found;
    if (section && section in used) {
      let n = number ?? titleNumber(section, title) ?? assigned.get(raw);
      if (!n) {
        n = 1;
        while (used[section]?.has(n)) n++;
        used[section]?.add(n);
      }
      assigned.set(raw, n);
      return `${section}-${n}`;
    }
    if (section) return section;
    // A core area heading with no letter is the whole area only in portfolios without lettered criteria there.
    if (area === 3 && !found.has('3a') && !found.has('3b')) return '3';
    if (area === 4 && !found.has('4a') && !found.has('4b')) return '4a';
    return undefined;
  });
}

function lineIndex<T extends { line: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.line - b.line);
}

/** Merges raw sections that share an id, orders them as the outline does and fills in parts and counts. */
export function assembleSections(
  raws: RawSection[],
  files: Map<string, SourceFile>,
  outline: Outline,
  config: Config,
): Section[] {
  const ids = resolveIds(raws, config);
  const byId = new Map<string, Section>();
  const sectionsPerFile = new Map<string, number>();
  for (const raw of raws) sectionsPerFile.set(raw.file, (sectionsPerFile.get(raw.file) ?? 0) + 1);

  raws.forEach((raw, index) => {
    const id = ids[index];
    if (!id) return;
    const def = sectionDef(outline, id);
    if (!def) return;
    const source = files.get(raw.file);
    let section = byId.get(id);
    if (!section) {
      section = {
        id,
        kind: def.id,
        title: titleFor(id, def.title, raw, config, source),
        file: raw.file,
        line: raw.line,
        column: raw.column,
        recognisedBy: raw.recognisedBy,
        assessed: def.assessed,
        heading: raw.heading,
        parts: [],
        chunks: [],
        data: raw.heading && (sectionsPerFile.get(raw.file) ?? 0) > 1 ? {} : (source?.data ?? {}),
        words: 0,
        wordsByPart: Object.fromEntries(PART_LABELS.map((l) => [l, 0])) as Record<
          PartLabel,
          number
        >,
        links: [],
        evidence: [],
      };
      byId.set(id, section);
    }
    addBlocks(section, raw, source);
  });

  const order = new Map(outline.sections.map((s, i) => [s.id, i]));
  const sections = [...byId.values()].sort((a, b) => {
    const byKind = (order.get(a.kind) ?? 99) - (order.get(b.kind) ?? 99);
    return byKind || a.id.localeCompare(b.id, 'en', { numeric: true });
  });
  for (const section of sections) finish(section);
  return sections;
}

function titleFor(
  id: string,
  outlineTitle: string,
  raw: RawSection,
  config: Config,
  source?: SourceFile,
): string {
  const match = /^(specialist|advanced)-(\d+)$/.exec(id);
  if (/^review-cpd-\d+$/.test(id)) return raw.heading?.text ?? outlineTitle;
  if (!match) return outlineTitle;
  const kind = match[1] as 'specialist' | 'advanced';
  const fromConfig = config[kind][Number(match[2]) - 1];
  const fromFrontMatter = typeof source?.data.title === 'string' ? source.data.title : undefined;
  return fromConfig ?? raw.found.title ?? fromFrontMatter ?? raw.heading?.text ?? outlineTitle;
}

function addBlocks(section: Section, raw: RawSection, source?: SourceFile) {
  if (!source) return;
  const paragraphs = lineIndex(source.paragraphs);
  const links = lineIndex(source.links);
  section.chunks.push({ file: raw.file, nodes: raw.blocks.map((b) => b.node) });
  let part: Part | undefined;
  let lastHeading: Heading | undefined;
  let lastLabel: PartLabel | undefined;
  for (const block of raw.blocks) {
    if (!part || block.part !== lastLabel || block.partHeading !== lastHeading) {
      part = { label: block.part, heading: block.partHeading, paragraphs: [], links: [], words: 0 };
      section.parts.push(part);
      lastLabel = block.part;
      lastHeading = block.partHeading;
    }
    const start = block.node.position?.start.line ?? 0;
    const end = block.node.position?.end.line ?? start;
    for (const paragraph of within(paragraphs, start, end)) place(paragraph, section, part);
    for (const link of within(links, start, end)) place(link, section, part);
  }
  // A section opened by a heading may own nothing else; keep no empty unlabelled part for it.
  section.parts = section.parts.filter(
    (p) => p.label !== 'unlabelled' || p.paragraphs.length || p.links.length || p.heading,
  );
}

function place(item: Paragraph | Link, section: Section, part: Part) {
  item.section = section.id;
  item.part = part.label;
  if ('words' in item) part.paragraphs.push(item);
  else part.links.push(item);
}

function within<T extends { line: number }>(sorted: T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.line ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && (sorted[i]?.line ?? 0) <= end; i++)
    out.push(sorted[i] as T);
  return out;
}

function finish(section: Section) {
  const seen = new Set<string>();
  for (const part of section.parts) {
    part.words = part.paragraphs.reduce((sum, p) => sum + p.words, 0);
    section.wordsByPart[part.label] += part.words;
    section.words += part.words;
    section.links.push(...part.links);
    for (const link of part.links) {
      const counts = part.label === 'evidence' || isLocalTarget(link.url);
      if (!counts || /^#/.test(link.url)) continue;
      const key = targetKey(link.url);
      if (seen.has(key)) continue;
      seen.add(key);
      section.evidence.push(link);
    }
  }
}
