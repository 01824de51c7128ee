import path from 'node:path';
import type { Portfolio, Problem } from '../../model/types.js';
import { toPosix } from '../../util/paths.js';

/** True when a problem is about the portfolio as a whole rather than a file in it. */
export function isPortfolioWide(problem: Problem): boolean {
  return problem.file === '';
}

/** The portfolio folder as the user would type it, always with forward slashes. */
export function rootPath(displayRoot: string): string {
  return toPosix(displayRoot) || '.';
}

/** A problem's file as the user would type it from where cmalt ran; the folder itself when portfolio-wide. */
export function displayPath(problem: Problem, displayRoot: string): string {
  const root = rootPath(displayRoot);
  return isPortfolioWide(problem) ? root : path.posix.join(root, problem.file);
}

/** `folder/file.md:12:5`, or just the folder for a problem about the whole portfolio. */
export function displayLocation(problem: Problem, displayRoot: string): string {
  const where = displayPath(problem, displayRoot);
  return isPortfolioWide(problem) ? where : `${where}:${problem.line}:${problem.column}`;
}

/**
 * The portfolio-relative file a CI tool should attach a problem to. Portfolio-wide problems go
 * to cmalt.yml, where the pathway that decides them is set; undefined when there is none.
 */
export function attachedFile(problem: Problem, portfolio: Portfolio): string | undefined {
  return isPortfolioWide(problem) ? portfolio.configFile : problem.file;
}
