import type { Severity } from '../config/schema.js';
import type { Portfolio, Problem } from '../model/types.js';

/** What a rule reports; the engine adds the rule id and the configured severity. */
export type Report = Omit<Problem, 'ruleId' | 'severity' | 'fatal'> & {
  /** A rule may report a finding as less certain than its configured severity (never more). */
  severity?: Severity;
};

export interface RuleContext<Options> {
  portfolio: Portfolio;
  options: Options;
  report(report: Report): void;
}

export interface RuleDocs {
  /** Why an assessor cares, in a sentence or two. */
  why: string;
  /** A short example that triggers the rule. */
  bad: string;
  /** The same example, fixed. */
  good: string;
}

export type RuleCategory =
  | 'structure'
  | 'balance'
  | 'evidence'
  | 'leftovers'
  | 'accessibility'
  | 'privacy'
  | 'principles'
  | 'reflection';

export interface Rule<Options extends object = object> {
  /** Stable, kebab-case; used in cmalt.yml and in inline comments. */
  id: string;
  category: RuleCategory;
  /** One line, for `cmalt rules`. */
  summary: string;
  severity: Severity;
  /** Heuristic rules guess; their severity is set by their measured precision. */
  heuristic?: boolean;
  /** Default options; cmalt.yml may override any of them. */
  defaults: Options;
  docs: RuleDocs;
  check(context: RuleContext<Options>): void;
}

/** Keeps option types while collecting rules of different option shapes in one list. */
export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
