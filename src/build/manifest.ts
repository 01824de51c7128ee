import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { SiteFile } from './types.js';

export const MANIFEST_FILE = 'manifest.json';

export interface ManifestInfo {
  generator: string;
  candidate: string;
  pathway: string;
}

export interface Manifest extends ManifestInfo {
  files: SiteFile[];
}

/** SHA-256 of a file, read as a stream so a large video costs no more memory than a small page. */
export async function hashFile(file: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash, { signal });
  return hash.digest('hex');
}

/** Every file under `dir`, site-relative with forward slashes, in a stable (code point) order. */
export async function listTree(dir: string): Promise<{ path: string; absolutePath: string }[]> {
  const out: { path: string; absolutePath: string }[] = [];
  const walk = async (folder: string, prefix: string) => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full, relative);
      else if (entry.isFile()) out.push({ path: relative, absolutePath: full });
    }
  };
  await walk(dir, '');
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Hashes every file in the site and writes manifest.json beside them. It carries no date, so
 * the same portfolio always gives the same manifest. Returns the files, the manifest included.
 */
export async function writeManifest(
  dir: string,
  info: ManifestInfo,
  options: {
    signal?: AbortSignal;
    onFile?: (file: string, done: number, total: number) => void;
  } = {},
): Promise<SiteFile[]> {
  const listed = (await listTree(dir)).filter((f) => f.path !== MANIFEST_FILE);
  const files: SiteFile[] = [];
  for (const [i, file] of listed.entries()) {
    options.signal?.throwIfAborted();
    const [sha256, stats] = await Promise.all([
      hashFile(file.absolutePath, options.signal),
      stat(file.absolutePath),
    ]);
    files.push({ path: file.path, size: stats.size, sha256 });
    options.onFile?.(file.path, i + 1, listed.length);
  }
  const manifest: Manifest = { ...info, files };
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const manifestPath = path.join(dir, MANIFEST_FILE);
  await writeFile(manifestPath, text);
  files.push({
    path: MANIFEST_FILE,
    size: Buffer.byteLength(text),
    sha256: createHash('sha256').update(text).digest('hex'),
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
