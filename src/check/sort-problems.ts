import type { Problem } from '../model/types.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The same order every run: by file, position, then severity and rule. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/** Worst first: errors, then warnings, then infos; within each, the usual order. */
export function compareBySeverity(a: Problem, b: Problem): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareProblems(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
