import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadPortfolio } from '../model/load-portfolio.js';
import { loadOutline } from '../outline/load-outline.js';
import { createRecogniser } from '../model/recognise-heading.js';
import { toPosix } from '../util/paths.js';
import { markdownWords } from './count-words.js';
import { guessConfig } from './guess-config.js';
import type { HtmlSource } from './html-source.js';
import { htmlToPage } from './html-to-page.js';
import { ImportError } from './import-error.js';
import {
  findSourceFiles,
  readPageText,
  readSourceBytes,
  MAX_PAGE_BYTES,
  MAX_PAGES,
} from './read-source-files.js';
import { readDocx, readTsxSite } from './read-source-kind.js';
import { guessPathwayId, segmentPages, type Segmented } from './segment-pages.js';
import { SiteLinks } from './site-links.js';
import type { ImportPlan, IntermediatePage } from './types.js';
import { writeSections } from './write-sections.js';

export interface ImportOptions {
  /** Absolute path of what to import: a saved page, a site folder, a document, a Markdown portfolio. */
  source: string;
  /** Split a Markdown portfolio `check` already reads into one file per section. */
  restructure?: boolean;
  /** How to name the source in messages and in cmalt.yml (default: its base name). */
  shownAs?: string;
}

/**
 * The whole import as data: reads the source, maps it onto sections and plans every file to
 * write. Nothing is written here (see applyImportPlan). A source that cannot be read throws an
 * ImportError naming it.
 */
export async function planImport(options: ImportOptions): Promise<ImportPlan> {
  const source = options.source;
  const shown = options.shownAs ?? path.basename(source);
  const info = await stat(source).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    throw new ImportError(
      info.code === 'ENOENT'
        ? `there is no file or folder ${shown}`
        : `${shown} cannot be read (${info.code ?? 'error'})`,
      'Give the saved web page, the folder your site builder exported, a Word document, or a Markdown portfolio folder.',
    );
  }
  if (info.isFile()) return planFile(source, shown);
  if (!info.isDirectory()) throw new ImportError(`${shown} is neither a file nor a folder`);

  const found = await findSourceFiles(source);
  // A Vite or Create React App project keeps an index.html shell beside its TSX pages: the
  // pages are the portfolio, the shell holds only a script tag.
  if (found.jsx.length && (await isFile(path.join(source, 'package.json'))))
    return planHtmlSources('tsx', shown, await readTsxSite(source), source);
  if (found.html.length) {
    if (found.html.length > MAX_PAGES)
      throw new ImportError(
        `${shown} holds ${found.html.length} web pages, more than the ${MAX_PAGES} of any portfolio`,
        'Import the folder of the portfolio itself, not a folder that holds it among other sites.',
      );
    return planHtmlSite(source, shown, found.html);
  }
  if (found.markdown.length) return planMarkdown(source, shown, options.restructure ?? false);
  if (found.documents.length) {
    const sources: HtmlSource[] = [];
    for (const file of found.documents) {
      const bytes = await readSourceBytes(path.join(source, file), file, MAX_PAGE_BYTES);
      sources.push(await readDocx(bytes, file));
    }
    return planHtmlSources('docx', shown, sources, source);
  }
  if (found.jsx.length) return planHtmlSources('tsx', shown, await readTsxSite(source), source);
  throw new ImportError(
    `${shown} holds no pages cmalt can import (no .html, .md, .docx, .odt, .jsx or .tsx files)`,
    'Give the folder your site builder exported (Google Sites: Download; WordPress: an HTML export), a saved page, or a Word document.',
  );
}

async function planFile(file: string, shown: string): Promise<ImportPlan> {
  const name = path.basename(file);
  if (/\.html?$/i.test(name)) return planHtmlSite(path.dirname(file), shown, [name]);
  if (/\.(docx|odt)$/i.test(name)) {
    const bytes = await readSourceBytes(file, shown, MAX_PAGE_BYTES);
    return planHtmlSources('docx', shown, [await readDocx(bytes, name)], path.dirname(file));
  }
  if (/\.(jsx|tsx)$/i.test(name))
    return planHtmlSources('tsx', shown, await readTsxSite(file), path.dirname(file));
  if (/\.(md|markdown)$/i.test(name))
    throw new ImportError(
      `${shown} is a Markdown file: cmalt reads Markdown portfolios as they are`,
      'Give the folder that holds it: `cmalt import <folder> --restructure` splits it into one file per section, and `cmalt check <folder>` reads it as it is.',
    );
  throw new ImportError(
    `cmalt cannot import ${shown}: it reads web pages (.html), Word documents (.docx, .odt), JSX/TSX sites and Markdown folders`,
    'Save the portfolio from where you wrote it as a web page or a Word document, and import that.',
  );
}

async function planHtmlSite(root: string, shown: string, files: string[]): Promise<ImportPlan> {
  const sources: HtmlSource[] = [];
  for (const file of files) {
    const html = await readPageText(path.join(root, file), files.length === 1 ? shown : file);
    sources.push({ file, html, assets: [], notices: [] });
  }
  return planHtmlSources('html', shown, sources, root);
}

/**
 * The one path every HTML-shaped source takes: saved pages, a Word document or a TSX site read
 * into HtmlSource. `root` is the folder relative links are resolved in (undefined: none).
 */
export async function planHtmlSources(
  kind: string,
  shown: string,
  sources: HtmlSource[],
  root: string | undefined,
): Promise<ImportPlan> {
  const routes = new Map(
    sources.flatMap((s) => (s.route ? [[s.route, toPosix(s.file)] as const] : [])),
  );
  const links = new SiteLinks(root, new Set(sources.map((s) => toPosix(s.file))), routes);
  const pages = sources.map((s) => ({
    ...htmlToPage(toPosix(s.file), s.html, links.forPage(toPosix(s.file), s.assets), s.notices),
    ...(s.title ? { titleProperty: s.title } : {}),
  }));
  if (!pages.some((p) => p.wordsRead > 0))
    throw new ImportError(
      `${shown} has no text to import`,
      'Check that this is the portfolio: a page saved from the browser holds its text; a page that only loads its text with scripts needs to be saved after it has loaded ("Web page, complete").',
    );
  const segmented = segmentPages(pages, loadOutline());
  const plan = finishPlan(kind, shown, pages, segmented);
  plan.files.push(...links.files);
  plan.evidence = links.evidence;
  plan.missing = links.missing;
  return plan;
}

function finishPlan(
  kind: string,
  shown: string,
  pages: IntermediatePage[],
  segmented: Segmented,
): ImportPlan {
  const written = writeSections(segmented, { keepGroupHeadings: kind === 'markdown' });
  const config = guessConfig(segmented.docs, segmented.sections, guessPathwayId(pages), shown);
  const dropped = [...pages.flatMap((p) => p.dropped), ...written.dropped];
  const notices = pages.flatMap((p) => p.notices);
  const noticeWords = notices.reduce((sum, n) => sum + (n.words ?? 0), 0);
  return {
    kind,
    source: shown,
    files: [
      {
        path: 'cmalt.yml',
        content: config.content,
        purpose: 'your settings, guessed from the source',
      },
      ...written.files,
    ],
    sections: written.sections,
    unplaced: written.unplaced,
    dropped,
    evidence: [],
    missing: [],
    notices,
    config: config.guesses,
    totals: {
      // Words the reader set aside (a comment, a tracked deletion) were read from the source too.
      read: pages.reduce((sum, p) => sum + p.wordsRead, 0) + noticeWords,
      written: written.written,
      dropped: dropped.reduce((sum, d) => sum + d.words, 0) + noticeWords,
      added: written.added,
    },
  };
}

/** A Markdown portfolio is read by the model exactly as `check` reads it, then split when asked. */
async function planMarkdown(
  root: string,
  shown: string,
  restructure: boolean,
): Promise<ImportPlan> {
  const portfolio = await loadPortfolio(root);
  const fatal = portfolio.problems.find((p) => p.fatal);
  if (fatal) throw new ImportError(`${shown}: ${fatal.message}`, fatal.hint);
  const pages: IntermediatePage[] = portfolio.files.map((f) => ({
    file: f.path,
    markdown: f.text,
    origin: (line) => `${f.path}:${line}`,
    title: typeof f.data.title === 'string' ? f.data.title : undefined,
    data: f.data,
    wordsRead: markdownWords(f.tree),
    dropped: [],
    notices: [],
    anchors: new Map(f.headings.map((h) => [h.slug, h.text])),
  }));
  const segmented: Segmented = {
    docs: portfolio.files.map((f, i) => ({
      page: pages[i]!,
      text: f.text,
      nodes: f.tree.children,
      source: f,
    })),
    sections: portfolio.sections,
    config: portfolio.config,
    recogniser: createRecogniser(loadOutline(), portfolio.config),
  };
  const plan = finishPlan('markdown', shown, pages, segmented);
  if (!restructure) {
    plan.leftAsIs = true;
    plan.files = [];
    return plan;
  }
  if (portfolio.configFile) {
    plan.files[0] = {
      path: 'cmalt.yml',
      copyFrom: path.join(root, 'cmalt.yml'),
      purpose: 'your settings, as they were',
    };
    plan.config = [];
  }
  // Evidence keeps its place, so links written relative to the portfolio folder still work.
  for (const asset of portfolio.assets)
    plan.files.push({
      path: asset.path,
      copyFrom: asset.absolutePath,
      purpose: 'evidence, copied as it was',
    });
  plan.evidence = portfolio.assets.map((a) => ({ from: a.path, to: a.path, bytes: a.size }));
  return plan;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
