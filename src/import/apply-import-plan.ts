import { copyNew, exists, makeDirs, rollBack, writeNew } from '../util/write-new.js';
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
      await rollBack(root, result.created, createdDirs);
    }
    throw error;
  }
  return result;
}
