import type { CheckResult } from '../check/check-portfolio.js';
import { ruleById } from '../check/rules/index.js';
import { compareBySeverity } from '../check/sort-problems.js';
import type { Problem } from '../model/types.js';

/**
 * What assessors weigh most, first: a missing section or part or a broken piece of evidence
 * stops a portfolio at ALT's first screening; too little reflection is the reason given most
 * often for a referral; then a narrow range of evidence and examples; then everything else a
 * careful reader would fix; the length advisories last, since there is no official limit.
 */
export const STEP_GROUPS = [
  { id: 'missing-or-broken', title: 'Missing sections, parts or evidence' },
  { id: 'reflection', title: 'Too little reflection' },
  { id: 'range', title: 'Reused evidence and too few examples' },
  { id: 'other', title: 'Other things assessors notice' },
  { id: 'length', title: 'Length advisories' },
] as const;

export type StepGroup = (typeof STEP_GROUPS)[number]['id'];

/** Rules whose group is not the one their category suggests. */
const GROUP_BY_RULE: Record<string, StepGroup> = {
  'reflection-share': 'reflection',
  'description-outweighs-reflection': 'reflection',
  'we-outweighs-i': 'reflection',
  'evidence-reused': 'range',
  'evidence-uncited': 'range',
  'examples-count': 'range',
  'senior-4a-examples': 'range',
  'criterion-length': 'length',
  'future-plans-length': 'length',
  'evidence-format': 'other',
  // A file that cannot be read hides its sections; a cmalt.yml mistake stops the run before this.
  config: 'other',
  'front-matter': 'missing-or-broken',
  'file-unreadable': 'missing-or-broken',
  'portfolio-folder': 'missing-or-broken',
};

const GROUP_BY_CATEGORY: Record<string, StepGroup> = {
  structure: 'missing-or-broken',
  evidence: 'missing-or-broken',
  reflection: 'reflection',
  balance: 'reflection',
};

export function stepGroupOf(ruleId: string): StepGroup {
  const byRule = GROUP_BY_RULE[ruleId];
  if (byRule) return byRule;
  const category = ruleById(ruleId)?.category;
  return (category && GROUP_BY_CATEGORY[category]) || 'other';
}

export interface NextStep extends Problem {
  group: StepGroup;
}

/**
 * The check's own problems, reordered into what to do next: by group, then errors before
 * warnings before notes, then in the order the sections come in the portfolio.
 */
export function nextSteps(result: CheckResult, sectionOrder: readonly string[]): NextStep[] {
  const rank = new Map(STEP_GROUPS.map((g, i) => [g.id as StepGroup, i]));
  const place = new Map(sectionOrder.map((id, i) => [id, i]));
  const placeOf = (p: Problem) =>
    p.section === undefined ? -1 : (place.get(p.section) ?? sectionOrder.length);
  return result.problems
    .map((p) => ({ ...p, group: stepGroupOf(p.ruleId) }))
    .sort(
      (a, b) =>
        (rank.get(a.group) ?? 0) - (rank.get(b.group) ?? 0) ||
        compareSeverity(a, b) ||
        placeOf(a) - placeOf(b) ||
        compareBySeverity(a, b),
    );
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function compareSeverity(a: Problem, b: Problem): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}
