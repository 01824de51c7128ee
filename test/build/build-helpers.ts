import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite } from '../../src/build/build-site.js';
import type { BuildOptions, BuildResult } from '../../src/build/types.js';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import { writePortfolio } from '../helpers/portfolio.js';

export const smallPortfolio = path.resolve(
  import.meta.dirname,
  '..',
  'fixtures',
  'build',
  'small-portfolio',
);

export const CONFIG = 'candidate: Sam Rivera\npathway: cmalt\n';

export interface Built {
  dir: string;
  result: BuildResult;
  /** Reads a file of the built site as text. */
  read(file: string): Promise<string>;
}

/** Builds a portfolio folder (already on disk) and gives access to what was written. */
export async function buildDir(dir: string, options: BuildOptions = {}): Promise<Built> {
  const portfolio = await loadPortfolio(dir);
  const result = await buildSite(portfolio, options);
  return { dir, result, read: (file) => readFile(path.join(result.outDir, file), 'utf8') };
}

/** Writes a portfolio from files (a cmalt.yml is added unless given) and builds it. */
export async function buildFiles(
  files: Record<string, string | Buffer>,
  options: BuildOptions = {},
): Promise<Built> {
  const dir = await writePortfolio({ 'cmalt.yml': CONFIG, ...files });
  return buildDir(dir, options);
}

/** A section file whose front matter names the section, so no heading is needed. */
export function section(id: string, body: string): string {
  return `---\nsection: ${id}\n---\n\n${body}\n`;
}

/** The inside of <main>, where the candidate's content is. */
export function mainOf(html: string): string {
  const match = /<main[^>]*>([\s\S]*)<\/main>/.exec(html);
  if (!match?.[1]) throw new Error('no <main> in page');
  return match[1];
}

export function headingsOf(html: string): string[] {
  return [...html.matchAll(/<(h[1-6])[\s>]/g)].map((m) => m[1] ?? '');
}
