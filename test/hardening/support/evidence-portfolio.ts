import { randomBytes } from 'node:crypto';
import { appendFile, copyFile, link, mkdtemp, open, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copyExample, type CaseFolder } from './case-folder.js';

/** Where build puts the zip for the example: beside the site folder, named for the candidate. */
export const ZIP_NAME = 'lin-okafor-cmalt-portfolio.zip';

/** The CMALT example (it passes check) with extra evidence files linked from 1a. */
export async function exampleWithEvidence(f: CaseFolder, files: Record<string, Buffer | string>) {
  await copyExample(f.dir);
  for (const [name, content] of Object.entries(files)) {
    await f.write(`evidence/${name}`, content);
    await appendFile(path.join(f.dir, '1a.md'), `- [Raw data: ${name}](evidence/${name})\n`);
  }
}

/** Pseudo-random bytes: they do not compress, so zipping them takes real time and space. */
export function noise(bytes: number): Buffer {
  return randomBytes(bytes);
}

let bigFile: Promise<string> | undefined;

/** One large file of noise, written once per run and hard-linked (or copied) into each case. */
export function sharedNoiseFile(bytes: number): Promise<string> {
  bigFile ??= (async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cmalt-hardening-noise-'));
    const file = path.join(dir, 'noise.csv');
    const handle = await open(file, 'w');
    const chunk = 8 * 1024 * 1024;
    for (let written = 0; written < bytes; written += chunk)
      await handle.write(randomBytes(Math.min(chunk, bytes - written)));
    await handle.close();
    return file;
  })();
  return bigFile;
}

export async function removeSharedNoise(): Promise<void> {
  if (bigFile) await rm(path.dirname(await bigFile), { recursive: true, force: true });
  bigFile = undefined;
}

export async function placeNoise(source: string, dest: string): Promise<void> {
  await rm(dest, { force: true });
  await link(source, dest).catch(() => copyFile(source, dest));
}

/** Staging folders and temporary zips that a build leaves behind only when it fails to clean up. */
export async function leftoversIn(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => /\.cmalt-[0-9a-f]+|\.tmp$/.test(n));
}
