import type { Config, Severity } from '../config/schema.js';
import type { Problem } from '../model/types.js';
import type { AnyRule } from './rule.js';

export interface ResolvedRule {
  rule: AnyRule;
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

/** Severity and options come from cmalt.yml; the rule only supplies defaults. */
export function resolveRules(
  rules: AnyRule[],
  config: Config,
): { resolved: ResolvedRule[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const known = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(config.rules)) {
    if (!known.has(id)) {
      problems.push({
        ruleId: 'config',
        severity: 'warning',
        file: 'cmalt.yml',
        line: 1,
        column: 1,
        message: `cmalt.yml sets a rule that does not exist: \`${id}\``,
        hint: `Run \`cmalt rules\` to list rule ids. Did you mean \`${closest(id, [...known])}\`?`,
      });
    }
  }
  const resolved = rules.map((rule) => {
    const setting = config.rules[rule.id];
    if (setting === undefined)
      return { rule, severity: rule.severity, options: { ...rule.defaults } };
    if (typeof setting === 'string')
      return { rule, severity: setting, options: { ...rule.defaults } };
    const { severity, ...options } = setting;
    return { rule, severity: severity ?? rule.severity, options: { ...rule.defaults, ...options } };
  });
  return { resolved, problems };
}

function closest(word: string, candidates: string[]): string {
  let best = candidates[0] ?? '';
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const score = distance(word, candidate);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(
        (row[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}
