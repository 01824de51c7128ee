import path from 'node:path';
import { checkPortfolio, type CheckResult } from '../../src/check/check-portfolio.js';
import type { ReportContext } from '../../src/check/reporters/reporter.js';
import { defineRule, type AnyRule } from '../../src/check/rule.js';
import { ruleById } from '../../src/check/rules/index.js';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import type { Portfolio } from '../../src/model/types.js';
import { writePortfolio } from '../helpers/portfolio.js';

/**
 * A small, real portfolio: a contextual statement, a complete 1a, a 1b with broken front matter,
 * and a cmalt.yml that names a rule that does not exist. Every other section is missing.
 */
export const sampleFiles: Record<string, string> = {
  'cmalt.yml': 'candidate: Ada Test\npathway: cmalt\nrules:\n  reflection-shares: warning\n',
  'contextual-statement.md':
    '---\nsection: contextual-statement\n---\n# Contextual statement\n\nI support staff in a small college, and have done since 2019.\n',
  '1a.md': [
    '---',
    'section: 1a',
    '---',
    '# 1a An understanding of the constraints and benefits of different technologies',
    '',
    '## Description',
    '',
    'In 2022 I compared three tools for placement logs and recommended a pilot of PebblePad.',
    '',
    '## Reflection',
    '',
    'Looking back, the pilot worked because students could export their work. Next time I will ask who supports the tool in two years.',
    '',
    '## Evidence',
    '',
    '- [Comparison matrix](evidence/matrix.pdf)',
    '',
  ].join('\n'),
  'evidence/matrix.pdf': '%PDF-1.4\n',
  '1b.md': '---\nsection: 1b\ntitle: [unclosed\n---\n# 1b Technical knowledge\n\nI built things.\n',
};

/**
 * A rule made for these tests, so the reports do not change whenever a real rule is tuned. It
 * flags each Reflection heading, with the characters GitHub annotations must escape.
 */
export const thinReflection = defineRule({
  id: 'thin-reflection',
  category: 'balance',
  summary: 'Test rule: flags each reflection heading',
  severity: 'warning',
  defaults: {},
  docs: { why: 'test', bad: 'test', good: 'test' },
  check({ portfolio, report }) {
    for (const section of portfolio.sections)
      for (const part of section.parts)
        if (part.label === 'reflection' && part.heading)
          report({
            file: part.heading.file,
            line: part.heading.line,
            column: part.heading.column,
            section: section.id,
            message: `${section.id}: reflection is 57%, below 60%`,
            hint: 'Say what you would do differently.\nThen say why.',
          });
  },
});

/** A test rule that reports a note for every paragraph, to fill the annotation quota. */
export const everyParagraph = defineRule({
  id: 'every-paragraph',
  category: 'reflection',
  summary: 'Test rule: notes every paragraph',
  severity: 'info',
  defaults: {},
  docs: { why: 'test', bad: 'test', good: 'test' },
  check({ portfolio, report }) {
    for (const section of portfolio.sections)
      for (const part of section.parts)
        for (const paragraph of part.paragraphs)
          report({
            file: paragraph.file,
            line: paragraph.line,
            column: paragraph.column,
            section: section.id,
            message: `a paragraph of ${paragraph.words} words`,
          });
  },
});

export function registered(id: string): AnyRule {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

export interface Checked {
  dir: string;
  portfolio: Portfolio;
  result: CheckResult;
}

/** Writes the files to a temporary folder, loads them and checks them with the given rules. */
export async function checkFiles(
  files: Record<string, string> = sampleFiles,
  rules: AnyRule[] = [registered('section-missing'), thinReflection],
): Promise<Checked> {
  const dir = await writePortfolio(files);
  const portfolio = await loadPortfolio(dir);
  return { dir, portfolio, result: checkPortfolio(portfolio, { rules }) };
}

/** What the CLI would pass when run from the folder above the portfolio. */
export function contextFor(
  checked: Checked,
  overrides: Partial<ReportContext> = {},
): ReportContext {
  return {
    portfolio: checked.portfolio,
    colour: false,
    explain: false,
    displayRoot: 'portfolio',
    ...overrides,
  };
}

/** Snapshots hold no temporary folders and no colour codes. */
export function clean(text: string, dir: string): string {
  return (
    text
      .split(dir)
      .join('<portfolio>')
      .split(path.basename(dir))
      .join('<portfolio>')
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b\[[0-9;]*m/g, '')
  );
}
