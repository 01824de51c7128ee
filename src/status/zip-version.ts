import path from 'node:path';
import { readZip, type ZipFileEntry } from './read-zip.js';
import { isBuiltSite, siteSnapshot } from './site-snapshot.js';
import type { VersionSnapshot } from './snapshot.js';
import { StatusError } from './status-error.js';
import { writeVersionFile } from './write-tree.js';

const MARKDOWN = /\.(?:md|markdown)$/i;
/** Folders a zip tool adds that are not part of anyone's portfolio. */
const NOISE = /^(?:__MACOSX\/|\.git\/)|(?:^|\/)\.DS_Store$/;

export type ZipVersion =
  | { kind: 'sources'; written: number; unsafe: string[] }
  | { kind: 'site'; snapshot: VersionSnapshot; unsafe: string[] };

/**
 * The folder inside the zip that is the portfolio: the one holding cmalt.yml nearest the top,
 * else the one folder everything sits in (a zip of `my-portfolio/`), else the top.
 */
function portfolioPrefix(entries: readonly ZipFileEntry[]): string {
  const configs = entries
    .filter((e) => path.posix.basename(e.name) === 'cmalt.yml')
    .map((e) => path.posix.dirname(e.name))
    .sort((a, b) => a.split('/').length - b.split('/').length);
  if (configs[0] !== undefined) return configs[0] === '.' ? '' : `${configs[0]}/`;
  const tops = new Set(entries.map((e) => (e.name.includes('/') ? e.name.split('/')[0] : '')));
  const [only] = [...tops];
  return tops.size === 1 && only ? `${only}/` : '';
}

/**
 * Reads an earlier zip. A zip of the portfolio folder (Markdown files) is unpacked into
 * `dest` so it can be loaded and checked like the folder itself. The zip `cmalt build --zip`
 * makes holds the built site and no Markdown (assessors need only the site), so its pages
 * are read back for words and evidence instead.
 */
export async function readZipVersion(
  file: string,
  shown: string,
  dest: string,
): Promise<ZipVersion> {
  const { entries: all, unsafe } = await readZip(file, shown);
  const entries = all.filter((e) => !NOISE.test(e.name));
  if (entries.some((e) => MARKDOWN.test(e.name))) {
    const prefix = portfolioPrefix(entries);
    let written = 0;
    for (const entry of entries) {
      if (!entry.name.startsWith(prefix)) continue;
      const relative = entry.name.slice(prefix.length);
      if (await writeVersionFile(dest, relative, entry.content ?? { size: entry.size })) written++;
    }
    return { kind: 'sources', written, unsafe };
  }
  // `cmalt build --zip` puts the site in one folder named after the candidate.
  const manifest = entries.find((e) => path.posix.basename(e.name) === 'manifest.json');
  const sitePrefix = manifest ? path.posix.dirname(manifest.name) : '.';
  const site = entries
    .filter((e) => sitePrefix === '.' || e.name.startsWith(`${sitePrefix}/`))
    .map((e) => ({
      ...e,
      name: sitePrefix === '.' ? e.name : e.name.slice(sitePrefix.length + 1),
    }));
  if (isBuiltSite(site)) return { kind: 'site', snapshot: siteSnapshot(site, shown), unsafe };
  throw new StatusError(
    `${shown} holds neither Markdown files nor a site built by cmalt`,
    'Give a zip of your portfolio folder, or the zip `cmalt build --zip` made.',
  );
}
