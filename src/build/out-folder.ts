import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { BuildError } from './build-error.js';
import { MANIFEST_FILE } from './manifest.js';
import { isInside } from './safe-path.js';
import { slugify } from './site-paths.js';

/** Folders inside a portfolio that the loader never reads as portfolio content. */
const IGNORED_TOP_FOLDERS = new Set(['dist', '_site', 'node_modules', 'vendor']);

/**
 * The site folder, from --out: relative to the portfolio unless absolute. Inside the
 * portfolio it must be a folder the loader ignores (`dist/`, `_site/`, a dot folder or one in
 * `ignore:`), or the next check and build would read the site as portfolio content.
 */
export function resolveOutDir(
  root: string,
  out: string | undefined,
  ignore: string[] = [],
): string {
  const outDir = path.resolve(root, out ?? 'dist');
  if (isInside(outDir, root)) {
    throw new BuildError(
      `the site folder ${outDir} would contain the portfolio itself`,
      'Give --out a new folder, e.g. --out dist (the default).',
    );
  }
  if (isInside(root, outDir)) {
    const first = path.relative(root, outDir).split(path.sep)[0] ?? '';
    const ignored =
      IGNORED_TOP_FOLDERS.has(first) ||
      first.startsWith('.') ||
      ignore.some((glob) => glob.replace(/\/?(\*\*)?\/?\*?$/, '') === first);
    if (!ignored) {
      throw new BuildError(
        `--out ${out} is inside the portfolio folder, so cmalt would read the built site as part of your portfolio next time`,
        `Use --out dist (the default), a folder outside the portfolio, or add "${first}/**" to ignore: in cmalt.yml.`,
      );
    }
  }
  return outDir;
}

/** The zip sits beside the site folder (never inside it), named for the candidate. */
export function zipPathFor(outDir: string, candidate: string): string {
  const slug = slugify(candidate);
  return path.join(path.dirname(outDir), `${slug ? `${slug}-` : ''}cmalt-portfolio.zip`);
}

/** Refuses to replace a folder cmalt did not build, unless it is empty. */
export async function checkReplaceable(outDir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(outDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR')
      throw new BuildError(`${outDir} is a file, not a folder`, 'Give --out the name of a folder.');
    throw error;
  }
  if (!entries.length || (await builtByCmalt(outDir))) return;
  throw new BuildError(
    `${outDir} already holds files that cmalt did not build, so it was left alone`,
    'Choose another folder with --out, or empty that one first.',
  );
}

async function builtByCmalt(outDir: string): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(path.join(outDir, MANIFEST_FILE), 'utf8')) as {
      generator?: unknown;
    };
    return typeof manifest.generator === 'string' && manifest.generator.startsWith('cmalt');
  } catch {
    return false;
  }
}

/** A hidden folder beside the site folder: the loader ignores it while it exists. */
export async function makeStaging(outDir: string): Promise<string> {
  const parent = path.dirname(outDir);
  await mkdir(parent, { recursive: true });
  const staging = path.join(
    parent,
    `.${path.basename(outDir)}.cmalt-${randomBytes(6).toString('hex')}`,
  );
  await mkdir(staging);
  return staging;
}

/** Swaps the finished site in for the previous one; the old one is removed only after the swap. */
export async function publishSite(staging: string, outDir: string): Promise<void> {
  const old = `${staging}-old`;
  let moved = false;
  try {
    await rename(outDir, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (moved) await rename(old, outDir).catch(() => undefined);
    throw error;
  }
  if (moved) await rm(old, { recursive: true, force: true });
}
