import type { Element, Root as HastRoot } from 'hast';
import type { RootContent } from 'mdast';
import type { Portfolio, Section, SourceFile } from '../model/types.js';
import { normaliseHeadings } from './normalise-headings.js';
import { renderChunk } from './render-chunk.js';
import { rewriteLinks } from './rewrite-links.js';
import { sanitise } from './sanitise.js';
import { sectionHeading } from './section-label.js';
import type { SiteMap } from './site-map.js';
import { LAYOUT_IDS, pageFileForExtra, pageFileForSection } from './site-paths.js';
import type { SkippedLink } from './types.js';

/** One page's content, sanitised, with its headings starting at h2 under the page title. */
export interface PageContent {
  file: string;
  kind: 'section' | 'extra';
  title: string;
  /** The id the page title carries: the slug of the candidate's own section heading, if any. */
  titleId?: string;
  section?: Section;
  content: HastRoot;
}

interface PlannedPage {
  file: string;
  kind: PageContent['kind'];
  title: string;
  section?: Section;
  chunks: { source: SourceFile; nodes: RootContent[] }[];
  /** The heading the page title replaces, written as `line:column` in the first chunk. */
  titleHeading?: string;
}

/** Plans every page, renders them in two passes (ids first, then links) and returns their content. */
export async function renderPages(
  portfolio: Portfolio,
  map: SiteMap,
  skipped: SkippedLink[],
  onPage?: (file: string) => void,
): Promise<PageContent[]> {
  const planned = planPages(portfolio, map);
  const firstPass = [];
  for (const page of planned) {
    const used = new Set(LAYOUT_IDS);
    let titleId: string | undefined;
    const chunks = [];
    for (const [i, chunk] of page.chunks.entries()) {
      const nodes = chunk.nodes.filter((node) => {
        const start = node.position?.start;
        const isTitle = i === 0 && start && `${start.line}:${start.column}` === page.titleHeading;
        if (isTitle && node.type === 'heading')
          titleId = headingSlug(chunk.source, start.line, start.column);
        return !isTitle;
      });
      const tree = await renderChunk({
        source: chunk.source,
        nodes,
        idPrefix: `${page.file.replace(/\.html$/, '')}-${i + 1}-`,
      });
      if (titleId && i === 0) {
        used.add(titleId);
        map.addAnchor(chunk.source.path, titleId, { page: page.file, id: titleId });
      }
      registerIds(tree, chunk.source.path, page.file, used, map);
      chunks.push({ source: chunk.source, tree });
    }
    firstPass.push({ page, chunks, titleId });
  }

  const pages: PageContent[] = [];
  for (const { page, chunks, titleId } of firstPass) {
    const content: HastRoot = { type: 'root', children: [] };
    for (const chunk of chunks) {
      const first = chunk.tree.children.find((c) => c.position)?.position?.start;
      rewriteLinks(chunk.tree, {
        map,
        fromFile: chunk.source.path,
        page: page.file,
        skipped,
        fallback: { line: first?.line ?? 1, column: first?.column ?? 1 },
        links: chunk.source.links,
      });
      const clean = await sanitise(chunk.tree);
      content.children.push(...clean.children);
    }
    normaliseHeadings(content, 2);
    pages.push({
      file: page.file,
      kind: page.kind,
      title: page.title,
      titleId,
      section: page.section,
      content,
    });
    onPage?.(page.file);
  }
  return pages;
}

function planPages(portfolio: Portfolio, map: SiteMap): PlannedPage[] {
  const byPath = new Map(portfolio.files.map((f) => [f.path, f]));
  const pages: PlannedPage[] = [];
  const firstLine = new Map<string, { page: string; line: number }>();
  for (const section of portfolio.sections) {
    const file = pageFileForSection(section.id);
    map.pages.add(file);
    const chunks = section.chunks.flatMap((c) => {
      const source = byPath.get(c.file);
      return source ? [{ source, nodes: c.nodes }] : [];
    });
    for (const chunk of chunks) {
      const line = chunk.nodes[0]?.position?.start.line ?? 0;
      const known = firstLine.get(chunk.source.path);
      if (!known || line < known.line) firstLine.set(chunk.source.path, { page: file, line });
    }
    pages.push({
      file,
      kind: 'section',
      title: sectionHeading(section, portfolio.sections),
      section,
      chunks,
      titleHeading: titleHeadingOf(section),
    });
  }
  for (const [path, { page }] of firstLine) map.pageOfFile.set(path, page);

  // Markdown files with no section (an appendix, say) get a page when a page links to them.
  const queue = portfolio.files.flatMap((f) => f.links.filter((l) => l.section !== undefined));
  const taken = new Set(map.pages);
  // Read with a cursor: shifting a queue of many links moves the whole array each time.
  for (let next = 0; next < queue.length; next++) {
    const link = queue[next];
    if (!link) continue;
    const target = map.resolve(link.url, link.file);
    if (target.kind !== 'markdown' || map.pageOfFile.has(target.file.path)) continue;
    const source = target.file;
    const file = pageFileForExtra(source.path, taken);
    taken.add(file);
    map.pages.add(file);
    map.pageOfFile.set(source.path, file);
    const first = source.tree.children.find((n) => n.type !== 'definition');
    const titleNode = first?.type === 'heading' && first.depth === 1 ? first : undefined;
    const heading = titleNode?.position
      ? source.headings.find((h) => h.line === titleNode.position?.start.line)
      : undefined;
    pages.push({
      file,
      kind: 'extra',
      title: frontMatterTitle(source) ?? heading?.text ?? source.path,
      chunks: [{ source, nodes: source.tree.children }],
      titleHeading: heading ? `${heading.line}:${heading.column}` : undefined,
    });
    for (const l of source.links) queue.push(l);
  }
  return pages;
}

/** The candidate's heading that opened the section, unless it also names a part (`1a Description`). */
function titleHeadingOf(section: Section): string | undefined {
  const heading = section.heading;
  if (!heading || heading.file !== section.chunks[0]?.file) return undefined;
  if (section.parts.some((p) => p.heading === heading)) return undefined;
  return `${heading.line}:${heading.column}`;
}

function headingSlug(source: SourceFile, line: number, column: number): string | undefined {
  return source.headings.find((h) => h.line === line && h.column === column && h.slug)?.slug;
}

function frontMatterTitle(source: SourceFile): string | undefined {
  const title = source.data.title;
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}

/** Gives every id on a page a unique value and records where each `file#id` now lives. */
function registerIds(
  tree: HastRoot | Element,
  file: string,
  page: string,
  used: Set<string>,
  map: SiteMap,
): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const id = child.properties.id;
    if (typeof id === 'string' && id) {
      let unique = id;
      for (let n = 2; used.has(unique); n++) unique = `${id}-${n}`;
      used.add(unique);
      child.properties.id = unique;
      map.addAnchor(file, id, { page, id: unique });
    }
    const name = child.properties.name;
    if (child.tagName === 'a' && typeof name === 'string' && name)
      map.addAnchor(file, name, { page, id: name });
    registerIds(child, file, page, used, map);
  }
}
