import { constants } from 'node:fs';
import { mkdir, open, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PlannedFile } from './scaffold-options.js';

export interface ApplyResult {
  created: string[];
  /** Files that already existed (or whose section the portfolio already has): left exactly as they were. */
  skipped: { path: string; reason: string }[];
}

export interface ApplyOptions {
  dryRun?: boolean;
  /** Plan entries to leave out although their file does not exist, with the reason. */
  alreadyCovered?: Map<string, string>;
}

/**
 * Writes the plan without ever overwriting: each file is created with O_EXCL, so a file that
 * appeared meanwhile is skipped, not replaced. If anything fails, only what this run created is removed.
 */
export async function applyPlan(
  root: string,
  plan: PlannedFile[],
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const result: ApplyResult = { created: [], skipped: [] };
  const createdDirs: string[] = [];
  try {
    for (const file of plan) {
      const covered = options.alreadyCovered?.get(file.path);
      if (covered) {
        result.skipped.push({ path: file.path, reason: covered });
        continue;
      }
      const full = path.join(root, file.path);
      if (await exists(full)) {
        result.skipped.push({ path: file.path, reason: 'already exists' });
        continue;
      }
      if (options.dryRun) {
        result.created.push(file.path);
        continue;
      }
      createdDirs.push(...(await makeDirs(path.dirname(full))));
      if (await writeNew(full, file.content)) result.created.push(file.path);
      else result.skipped.push({ path: file.path, reason: 'already exists' });
    }
  } catch (error) {
    if (!options.dryRun) await rollBack(root, result.created, createdDirs);
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

/** Creates missing folders and returns the ones it created, deepest last. */
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

async function writeNew(file: string, content: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(content, 'utf8');
  } catch (error) {
    await handle.close();
    await rm(file, { force: true });
    throw error;
  }
  await handle.close();
  return true;
}

async function rollBack(root: string, created: string[], dirs: string[]) {
  for (const file of [...created].reverse()) await rm(path.join(root, file), { force: true });
  for (const dir of [...dirs].reverse()) await rmdir(dir).catch(() => undefined);
}
