import type { Portfolio, Problem } from '../model/types.js';
import { createSilencer } from './controls.js';
import type { AnyRule, Report } from './rule.js';
import { resolveRules } from './rule-settings.js';
import { allRules } from './rules/index.js';
import { compareProblems } from './sort-problems.js';
import { summariseSections, totals, type SectionSummary, type Totals } from './summarise.js';

export interface CheckResult {
  problems: Problem[];
  sections: SectionSummary[];
  totals: Totals;
  /** True when loading failed so badly that no rule could run (exit 2). */
  fatal: boolean;
}

export interface CheckOptions {
  rules?: AnyRule[];
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;

/** Runs every enabled rule over the model. Never prints, never throws for bad content. */
export function checkPortfolio(portfolio: Portfolio, options: CheckOptions = {}): CheckResult {
  const fatal = portfolio.problems.some((p) => p.fatal);
  const problems: Problem[] = [...portfolio.problems];
  if (!fatal) {
    const { resolved, problems: settingProblems } = resolveRules(
      options.rules ?? allRules,
      portfolio.config,
    );
    problems.push(...settingProblems);
    for (const { rule, severity, options: ruleOptions } of resolved) {
      if (severity === 'off') continue;
      const report = (r: Report) => {
        const own =
          r.severity && SEVERITY_RANK[r.severity] < SEVERITY_RANK[severity] ? r.severity : severity;
        problems.push({ ...r, ruleId: rule.id, severity: own });
      };
      try {
        rule.check({ portfolio, options: ruleOptions, report });
      } catch (error) {
        // One broken rule must not hide what the others found; the failure is itself reported.
        problems.push({
          ruleId: rule.id,
          severity: 'error',
          file: '',
          line: 1,
          column: 1,
          message: `the rule ${rule.id} failed inside cmalt: ${(error as Error).message}`,
          hint: 'This is a bug in cmalt. Please report it with the portfolio layout that caused it.',
        });
      }
    }
  }
  const silenced = createSilencer(portfolio.files);
  const kept = dedupe(problems.filter((p) => p.fatal || !silenced(p))).sort(compareProblems);
  return {
    problems: kept,
    sections: summariseSections(portfolio, kept),
    totals: totals(portfolio, kept),
    fatal,
  };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.ruleId}\0${p.file}\0${p.line}\0${p.column}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
