import { constants } from 'node:fs';
import { copyFile, mkdir, open, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportPlan } from './types.js';

export interface ImportWriteResult {
  created: string[];
  /** Files already in the folder: left exactly as they were, and not written. */
  kept: string[];
}

/**
 * Writes the plan as `cmalt init` does: only new files, each created with O_EXCL so nothing that
 * appears meanwhile is replaced; if anything fails, only what this run created is removed.
 */
export async function applyImportPlan(
  root: string,
  plan: ImportPlan,
  options: { dryRun?: boolean } = {},
): Promise<ImportWriteResult> {
  const result: ImportWriteResult = { created: [], kept: [] };
  const createdDirs: string[] = [];
  try {
    for (const file of plan.files) {
      const full = path.join(root, file.path);
      if (await exists(full)) {
        result.kept.push(file.path);
        continue;
      }
      if (options.dryRun) {
        result.created.push(file.path);
        continue;
      }
      createdDirs.push(...(await makeDirs(path.dirname(full))));
      const made = file.copyFrom
        ? await copyNew(file.copyFrom, full)
        : await writeNew(full, file.content ?? '');
      (made ? result.created : result.kept).push(file.path);
    }
  } catch (error) {
    if (!options.dryRun) {
      for (const file of [...result.created].reverse())
        await rm(path.join(root, file), { force: true });
      for (const dir of [...createdDirs].reverse()) await rmdir(dir).catch(() => undefined);
    }
    throw error;
  }
  return result;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

async function makeDirs(dir: string): Promise<string[]> {
  const missing: string[] = [];
  let current = dir;
  while (!(await exists(current))) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing) await mkdir(folder);
  return missing;
}

async function writeNew(file: string, content: string | Uint8Array): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(content);
  } catch (error) {
    await handle.close();
    await rm(file, { force: true });
    throw error;
  }
  await handle.close();
  return true;
}

/** COPYFILE_EXCL: the copy fails rather than replace a file that appeared meanwhile. */
async function copyNew(from: string, to: string): Promise<boolean> {
  try {
    await copyFile(from, to, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
