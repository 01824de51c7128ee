import { checkPortfolio, type CheckResult } from '../check/check-portfolio.js';
import { loadPortfolio } from '../model/load-portfolio.js';
import type { Portfolio } from '../model/types.js';
import { keyDates, parseIsoDate, type IsoDate, type KeyDate } from './dates.js';
import { nextSteps, type NextStep } from './next-steps.js';
import { sectionProgress, type SectionProgress } from './progress.js';

export interface StatusOptions {
  /** The date to count days from, YYYY-MM-DD. The CLI passes the real date; tests a fixed one. */
  today: IsoDate;
}

/** Everything `cmalt status` shows, as data. */
export interface PortfolioStatus {
  root: string;
  candidate: string;
  pathway: string;
  today: IsoDate;
  sections: SectionProgress[];
  next: NextStep[];
  dates: KeyDate[];
  /** The check's totals, so status and check never disagree. */
  totals: CheckResult['totals'];
  /** True when the folder could not be read at all. */
  fatal: boolean;
}

/** Builds the status of a portfolio already loaded and checked. */
export function statusOf(
  portfolio: Portfolio,
  result: CheckResult,
  options: StatusOptions,
): PortfolioStatus {
  if (!parseIsoDate(options.today))
    throw new RangeError(`today must be a date in the form YYYY-MM-DD, not "${options.today}"`);
  const sections = sectionProgress(portfolio, result);
  return {
    root: portfolio.root,
    candidate: portfolio.config.candidate,
    pathway: portfolio.config.pathway,
    today: options.today,
    sections,
    next: nextSteps(
      result,
      sections.map((s) => s.id),
    ),
    dates: keyDates(portfolio.config, options.today),
    totals: result.totals,
    fatal: result.fatal,
  };
}

/** Loads and checks the portfolio in `dir` (with the check engine, as `cmalt check` does). */
export async function portfolioStatus(
  dir: string,
  options: StatusOptions,
): Promise<PortfolioStatus> {
  const portfolio = await loadPortfolio(dir);
  return statusOf(portfolio, checkPortfolio(portfolio), options);
}
