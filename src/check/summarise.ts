import type { Portfolio, Problem, Section } from '../model/types.js';

export interface SectionSummary {
  id: string;
  title: string;
  file: string;
  assessed: boolean;
  words: number;
  /** Shares of the section's words, 0..1. */
  description: number;
  reflection: number;
  evidence: number;
  unlabelled: number;
  evidenceItems: number;
  errors: number;
  warnings: number;
  infos: number;
  status: 'ok' | 'warning' | 'error';
}

export interface Totals {
  files: number;
  sections: number;
  errors: number;
  warnings: number;
  infos: number;
}

function share(section: Section, part: keyof Section['wordsByPart']): number {
  return section.words ? section.wordsByPart[part] / section.words : 0;
}

export function summariseSections(portfolio: Portfolio, problems: Problem[]): SectionSummary[] {
  return portfolio.sections.map((section) => {
    const mine = problems.filter((p) => p.section === section.id);
    const errors = mine.filter((p) => p.severity === 'error').length;
    const warnings = mine.filter((p) => p.severity === 'warning').length;
    return {
      id: section.id,
      title: section.title,
      file: section.file,
      assessed: section.assessed,
      words: section.words,
      description: share(section, 'description'),
      reflection: share(section, 'reflection'),
      evidence: share(section, 'evidence'),
      unlabelled: share(section, 'unlabelled'),
      evidenceItems: section.evidence.length,
      errors,
      warnings,
      infos: mine.length - errors - warnings,
      status: errors ? 'error' : warnings ? 'warning' : 'ok',
    };
  });
}

export function totals(portfolio: Portfolio, problems: Problem[]): Totals {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  return {
    files: portfolio.files.length,
    sections: portfolio.sections.length,
    errors,
    warnings,
    infos: problems.length - errors - warnings,
  };
}
