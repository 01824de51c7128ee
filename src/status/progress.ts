import type { CheckResult } from '../check/check-portfolio.js';
import { resolveRules } from '../check/rule-settings.js';
import { allRules } from '../check/rules/index.js';
import { requiredSections } from '../check/rules/section-missing.js';
import { requiredParts } from '../check/rules/support/content-sections.js';
import { weigh, wordsOf } from '../check/rules/support/reflection-function.js';
import { sectionDef } from '../outline/load-outline.js';
import type { Portfolio, Section } from '../model/types.js';
import { readingsIn } from '../reflection/read-portfolio.js';

export interface WordRange {
  min?: number;
  max?: number;
  /** The rule whose settings give the range, so cmalt.yml changes it in one place. */
  ruleId: 'criterion-length' | 'future-plans-length';
}

export type LengthVerdict = 'missing' | 'empty' | 'short' | 'within' | 'long' | 'no-range';

/** Where one section stands: the words, the parts, what the prose does and the evidence. */
export interface SectionProgress {
  id: string;
  title: string;
  /** Portfolio-relative file the section starts in ('' when missing). */
  file: string;
  present: boolean;
  assessed: boolean;
  words: number;
  range?: WordRange;
  length: LengthVerdict;
  /** For assessed sections: whether each part the outline asks for has words. */
  parts?: { description: boolean; reflection: boolean; evidence: boolean };
  /**
   * Share of the prose that reflects, as the paragraph classifier reads it (what the
   * reflection rules weigh): reflective words over reflective and descriptive words.
   * Undefined when the section has no such prose yet.
   */
  reflectionShare?: number;
  evidenceItems: number;
  errors: number;
  warnings: number;
  infos: number;
}

interface LengthOptions {
  min?: number;
  max?: number;
}

/** The advisory ranges exactly as the length rules will apply them, cmalt.yml included. */
function lengthSettings(
  portfolio: Portfolio,
): Map<string, { off: boolean; options: LengthOptions }> {
  const { resolved } = resolveRules(allRules, portfolio.config);
  const settings = new Map<string, { off: boolean; options: LengthOptions }>();
  for (const { rule, severity, options } of resolved)
    if (rule.id === 'criterion-length' || rule.id === 'future-plans-length')
      settings.set(rule.id, { off: severity === 'off', options: options as LengthOptions });
  return settings;
}

function rangeFor(
  portfolio: Portfolio,
  id: string,
  assessed: boolean,
  settings: ReturnType<typeof lengthSettings>,
): WordRange | undefined {
  if (assessed) {
    const setting = settings.get('criterion-length');
    if (!setting || setting.off) return undefined;
    return { min: setting.options.min, max: setting.options.max, ruleId: 'criterion-length' };
  }
  if (id === 'future-plans' || id === 'review-future-plans') {
    const setting = settings.get('future-plans-length');
    if (!setting || setting.off) return undefined;
    // As future-plans-length does: its own options, else the outline's range.
    const outline = sectionDef(portfolio.outline, id)?.words;
    const min = setting.options.min ?? outline?.min;
    const max = setting.options.max ?? outline?.max;
    if (min === undefined && max === undefined) return undefined;
    return { min, max, ruleId: 'future-plans-length' };
  }
  return undefined;
}

function verdict(words: number, range: WordRange | undefined): LengthVerdict {
  if (words === 0) return 'empty';
  if (!range) return 'no-range';
  if (range.min !== undefined && words < range.min) return 'short';
  if (range.max !== undefined && words > range.max) return 'long';
  return 'within';
}

function reflectionShare(portfolio: Portfolio, section: Section): number | undefined {
  const weighed = readingsIn(portfolio, section).map(weigh);
  const reflection = wordsOf(weighed.filter((w) => w.fn === 'reflection'));
  const description = wordsOf(weighed.filter((w) => w.fn === 'description'));
  const total = reflection + description;
  return total ? reflection / total : undefined;
}

/**
 * One line per section, in the portfolio's order, then a line for each section the pathway
 * requires that is not there yet. Counts of problems come from the check result.
 */
export function sectionProgress(portfolio: Portfolio, result: CheckResult): SectionProgress[] {
  const settings = lengthSettings(portfolio);
  const lines: SectionProgress[] = portfolio.sections.map((section) => {
    const mine = result.problems.filter((p) => p.section === section.id);
    const errors = mine.filter((p) => p.severity === 'error').length;
    const warnings = mine.filter((p) => p.severity === 'warning').length;
    const range = rangeFor(portfolio, section.id, section.assessed, settings);
    const asked = requiredParts(portfolio, section);
    const has = (part: 'description' | 'reflection' | 'evidence') =>
      part === 'evidence'
        ? section.wordsByPart.evidence > 0 || section.evidence.length > 0
        : section.wordsByPart[part] > 0;
    return {
      id: section.id,
      title: section.title,
      file: section.file,
      present: true,
      assessed: section.assessed,
      words: section.words,
      range,
      length: verdict(section.words, range),
      parts: asked.length
        ? {
            description: has('description'),
            reflection: has('reflection'),
            evidence: has('evidence'),
          }
        : undefined,
      reflectionShare: section.assessed ? reflectionShare(portfolio, section) : undefined,
      evidenceItems: section.evidence.length,
      errors,
      warnings,
      infos: mine.length - errors - warnings,
    };
  });
  const present = new Set(portfolio.sections.map((s) => s.id));
  for (const id of requiredSections(portfolio)) {
    if (present.has(id)) continue;
    const def = sectionDef(portfolio.outline, id.replace(/-\d+$/, ''));
    const mine = result.problems.filter((p) => p.section === id);
    const errors = mine.filter((p) => p.severity === 'error').length;
    const warnings = mine.filter((p) => p.severity === 'warning').length;
    lines.push({
      id,
      title: def?.title ?? id,
      file: '',
      present: false,
      assessed: def?.assessed ?? false,
      words: 0,
      range: rangeFor(portfolio, id, def?.assessed ?? false, settings),
      length: 'missing',
      evidenceItems: 0,
      errors,
      warnings,
      infos: mine.length - errors - warnings,
    });
  }
  return lines;
}
