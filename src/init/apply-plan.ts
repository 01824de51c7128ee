import path from 'node:path';
import { exists, makeDirs, rollBack, writeNew } from '../util/write-new.js';
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
