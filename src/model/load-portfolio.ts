import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import type { Config } from '../config/schema.js';
import { loadOutline } from '../outline/load-outline.js';
import { assembleSections } from './assemble-sections.js';
import { listFiles } from './list-files.js';
import { readMarkdownFile } from './read-markdown-file.js';
import {
  createRecogniser,
  recogniseFileName,
  type Recognised,
  type Recogniser,
} from './recognise-heading.js';
import { segmentFile, type RawSection, type SegmentOptions } from './segment-file.js';
import type { Portfolio, Problem, SourceFile } from './types.js';

const FRONT_MATTER_KEYS = ['section', 'criterion', 'cmalt'];
const SECTION_ID =
  /^(?:[1-4][abc]|3|contextual-statement|future-plans|declaration|(?:specialist|advanced|review-cpd)-\d+|review-[a-z-]+)$/;

/**
 * Loads a portfolio folder into the one model every command reads. Bad content becomes
 * problems with file and line; only a folder that cannot be read at all yields a fatal problem.
 */
export async function loadPortfolio(dir: string): Promise<Portfolio> {
  const root = path.resolve(dir);
  const outline = loadOutline();
  // A folder that cannot be read at all is the one problem that stops everything (exit 2).
  const unreadable = (message: string, hint: string): Portfolio => ({
    root,
    config: assumedConfig('cmalt'),
    outline,
    files: [],
    sections: [],
    assets: [],
    problems: [
      {
        ruleId: 'portfolio-folder',
        severity: 'error',
        fatal: true,
        file: '',
        line: 1,
        column: 1,
        message,
        hint,
      },
    ],
  });

  const folder = await stat(root).catch((error: NodeJS.ErrnoException) => error);
  if (folder instanceof Error && folder.code === 'ENOENT') {
    return unreadable(
      `there is no folder ${dir}`,
      'Check the path, or create a portfolio there with `cmalt init`.',
    );
  }
  if (folder instanceof Error || !folder.isDirectory()) {
    return unreadable(
      `${dir} is not a folder cmalt can read`,
      'Give the path of the folder that holds your portfolio files.',
    );
  }

  const loaded = await loadConfig(root);
  const problems: Problem[] = [...loaded.problems];

  let listing;
  try {
    listing = await listFiles(root, loaded.config?.ignore ?? []);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return unreadable(
      `the folder ${dir} cannot be read (${code})`,
      'Check that you may read the folder and everything in it.',
    );
  }
  problems.push(...listing.problems);

  const reads = await Promise.all(listing.markdown.map((file) => readMarkdownFile(file)));
  const files: SourceFile[] = [];
  for (const read of reads) {
    problems.push(...read.problems);
    if (read.source) files.push(read.source);
  }

  const config = loaded.config ?? assumedConfig(inferPathway(files));
  const recogniser = createRecogniser(outline, {
    specialist: config.specialist,
    advanced: config.advanced,
  });
  const { fileMap, headingMap } = readMap(config, recogniser);
  const raws: RawSection[] = [];
  reads.forEach((read) => {
    if (!read.source || !read.contents) return;
    const options: SegmentOptions = {
      file: read.source.path,
      nodes: read.source.tree.children,
      contents: read.contents,
      recogniser,
      fileSection: fileSection(read.source, recogniser, fileMap),
      headingMap,
    };
    raws.push(...segmentFile(options));
  });
  const byPath = new Map(files.map((f) => [f.path, f]));
  const sections = assembleSections(raws, byPath, outline, config);

  if (!loaded.file) {
    problems.push({
      ruleId: 'config',
      severity: 'info',
      file: '',
      line: 1,
      column: 1,
      message: `no cmalt.yml found, so cmalt assumed the ${config.pathway} pathway`,
      hint: 'Create cmalt.yml beside your Markdown files with your name and pathway, e.g.\ncandidate: Lin Okafor\npathway: cmalt',
    });
  }

  return {
    root,
    config,
    configFile: loaded.file,
    outline,
    files,
    sections,
    assets: listing.assets,
    problems,
  };
}

export function assumedConfig(pathway: Config['pathway']): Config {
  return {
    candidate: '',
    pathway,
    guidelines: '2019',
    specialist: [],
    advanced: [],
    review: false,
    map: {},
    ignore: [],
    rules: {},
  };
}

/** Without a cmalt.yml: Senior if the portfolio has an advanced area, otherwise CMALT. */
function inferPathway(files: SourceFile[]): Config['pathway'] {
  const advanced = files.some(
    (f) =>
      f.headings.some((h) => /\badvanced area\b/i.test(h.text)) ||
      /^advanced/i.test(String(f.data.section ?? '')),
  );
  return advanced ? 'senior' : 'cmalt';
}

function readMap(config: Config, recogniser: Recogniser) {
  const fileMap = new Map<string, Recognised>();
  const headingMap = new Map<string, Recognised>();
  for (const [key, value] of Object.entries(config.map)) {
    const found = toRecognised(value, recogniser);
    if (!found) continue;
    if (/\.(md|markdown)$/i.test(key)) fileMap.set(key.replace(/^\.\//, ''), found);
    else headingMap.set(key.toLowerCase().trim(), found);
  }
  return { fileMap, headingMap };
}

function toRecognised(value: string, recogniser: Recogniser): Recognised | undefined {
  const id = value.trim();
  const numbered = /^(specialist|advanced|review-cpd)-(\d+)$/.exec(id);
  if (numbered) return { section: numbered[1], number: Number(numbered[2]) };
  if (SECTION_ID.test(id)) return { section: id };
  const found = recogniser.recognise(id);
  return found.section ? { ...found, part: undefined } : undefined;
}

function fileSection(
  source: SourceFile,
  recogniser: Recogniser,
  fileMap: Map<string, Recognised>,
): SegmentOptions['fileSection'] {
  const mapped = fileMap.get(source.path);
  if (mapped) return { found: mapped, recognisedBy: 'config-map' };
  for (const key of FRONT_MATTER_KEYS) {
    const value = source.data[key];
    if (typeof value === 'string' || typeof value === 'number') {
      const found = toRecognised(String(value), recogniser);
      if (found) return { found, recognisedBy: 'front-matter' };
    }
  }
  const title = source.data.title;
  if (typeof title === 'string') {
    const found = recogniser.recognise(title, true);
    if (found.section || found.area)
      return { found: { ...found, part: undefined }, recognisedBy: 'front-matter' };
  }
  const fromName = recogniseFileName(recogniser, path.posix.basename(source.path));
  if (fromName.section || fromName.area) return { found: fromName, recognisedBy: 'file-name' };
  return undefined;
}
