import { defineRule } from '../rule.js';
import { quote } from './support/content-format.js';
import {
  cleanLine,
  findDate,
  mentionsAssessor,
  namesManager,
  signatureIn,
} from './support/content-declaration.js';
import { sectionPlace } from './support/content-sections.js';
import { sectionLines } from './support/content-source-text.js';

const DECLARATIONS = new Set(['declaration', 'review-declaration']);

export const declarationSigned = defineRule({
  id: 'declaration-signed',
  category: 'structure',
  summary: 'The declaration is signed and dated, and names no line manager as assessor',
  severity: 'error',
  defaults: {},
  docs: {
    why: 'ALT needs your signed name and the date on the declaration before the portfolio can go to assessors. A nominated assessor must not be your line manager.',
    bad: '# Declaration\n\nI confirm that this portfolio is my own work.',
    good: '# Declaration\n\nI confirm that this portfolio is my own work.\n\nSigned: Lin Okafor\nDate: 2026-03-14',
  },
  check({ portfolio, report }) {
    const candidate = portfolio.config.candidate.trim().toLowerCase();
    for (const section of portfolio.sections) {
      if (!DECLARATIONS.has(section.id) || section.words === 0) continue;
      const lines = sectionLines(portfolio, section).map((l) => ({
        ...l,
        text: cleanLine(l.text),
      }));
      const signature = signatureIn(lines.map((l) => l.text));
      const byName = candidate && lines.some((l) => l.text.toLowerCase().includes(candidate));
      const date = lines.map((l) => findDate(l.text)).find(Boolean);
      const signed = Boolean(signature || byName);
      if (!signed || !date) {
        report({
          ...sectionPlace(section),
          section: section.id,
          message:
            !signed && !date
              ? `the ${section.title.toLowerCase()} has no signed name and no date`
              : !signed
                ? `the ${section.title.toLowerCase()} has a date (${date}) but no signed name`
                : `the ${section.title.toLowerCase()} is signed (${signature ?? portfolio.config.candidate}) but not dated`,
          hint: `End the declaration with your name and the date you sign, e.g. \`Signed: ${portfolio.config.candidate || 'Lin Okafor'}\` and \`Date: 2026-03-14\` on lines of their own.`,
        });
      }
      checkManager(lines, section.id, report);
    }
    const relationship = portfolio.config.assessor?.relationship;
    const manager = relationship ? namesManager(relationship) : undefined;
    if (relationship && manager) {
      report({
        file: 'cmalt.yml',
        line: 1,
        column: 1,
        severity: 'warning',
        message: `your nominated assessor is described in cmalt.yml as ${quote(relationship)}; ALT does not accept your line manager as an assessor`,
        hint: 'Nominate a CMALT holder who does not manage you and did not help produce your evidence, or leave the nomination out and ALT will appoint both assessors.',
      });
    }
  },
});

function checkManager(
  lines: { file: string; line: number; text: string }[],
  section: string,
  report: Parameters<(typeof declarationSigned)['check']>[0]['report'],
) {
  // A paragraph (lines up to a blank one) that nominates an assessor and calls them a line manager.
  let block: typeof lines = [];
  const flush = () => {
    const text = block.map((l) => l.text).join(' ');
    const first = block[0];
    block = [];
    if (!first || !mentionsAssessor(text)) return;
    const manager = namesManager(text);
    if (!manager) return;
    report({
      file: first.file,
      line: first.line,
      column: 1,
      section,
      severity: 'warning',
      message: `the nominated assessor appears to be your line manager ("${manager}"): ${quote(text)}`,
      hint: 'ALT does not accept your line manager, or anyone who helped produce your evidence, as an assessor. Nominate another CMALT holder, or none: ALT will then appoint both assessors.',
    });
  };
  for (const line of lines) {
    if (line.text) block.push(line);
    else flush();
  }
  flush();
}
