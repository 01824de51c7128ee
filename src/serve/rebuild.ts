import path from 'node:path';
import { BuildError } from '../build/build-error.js';
import { buildSite } from '../build/build-site.js';
import { checkPortfolio } from '../check/check-portfolio.js';
import { loadPortfolio } from '../model/load-portfolio.js';
import type { Problem } from '../model/types.js';
import type { RebuildOutcome } from './types.js';

/** Problems that mean a file (or the whole portfolio) could not be read as written. */
const BLOCKING_RULES = new Set(['config', 'front-matter', 'file-unreadable', 'portfolio-folder']);

/**
 * Loads, checks and builds the portfolio into `tempDir/site`. A portfolio with errors is
 * still built (the preview is for fixing them); one that cannot be read keeps the last good
 * site and reports why.
 */
export async function rebuild(
  root: string,
  tempDir: string,
  previous: RebuildOutcome | undefined,
): Promise<RebuildOutcome> {
  const started = performance.now();
  const version = (previous?.version ?? 0) + 1;
  const portfolio = await loadPortfolio(root);
  const check = checkPortfolio(portfolio);
  const blocking = check.problems.filter((p) => p.fatal || BLOCKING_RULES.has(p.ruleId));
  const base = {
    version,
    problems: check.problems,
    blocking,
    errors: check.totals.errors,
    warnings: check.totals.warnings,
  };
  const kept = () => ({
    ...base,
    built: false,
    siteDir: previous?.siteDir,
    pages: previous?.pages ?? [],
    evidence: previous?.evidence ?? [],
    ms: performance.now() - started,
  });
  if (check.fatal) return kept();
  try {
    const result = await buildSite(portfolio, {
      out: path.join(tempDir, 'site'),
      force: true,
      evidenceInPlace: true,
    });
    return {
      ...base,
      built: true,
      siteDir: result.outDir,
      pages: result.pages,
      evidence: result.evidence.map(({ path, source }) => ({ path, source })),
      ms: performance.now() - started,
    };
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    const failure: Problem = {
      ruleId: 'build',
      severity: 'error',
      file: '',
      line: 1,
      column: 1,
      message: error.message,
      hint: error.hint,
    };
    return { ...kept(), blocking: [failure, ...blocking], errors: base.errors + 1 };
  }
}
