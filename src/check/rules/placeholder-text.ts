import type { Link, SourceFile } from '../../model/types.js';
import { defineRule } from '../rule.js';
import { quoteList } from './support/content-format.js';
import { findPlaceholders } from './support/content-placeholders.js';
import { portfolioPages, sectionAt } from './support/content-sections.js';
import { proseLines } from './support/content-source-text.js';

export const placeholderText = defineRule({
  id: 'placeholder-text',
  category: 'leftovers',
  summary: 'No placeholders (TODO, TBC, [insert date], lorem ipsum, empty links) are left in',
  severity: 'error',
  defaults: {},
  docs: {
    why: 'A placeholder tells assessors the portfolio is unfinished, and an empty link is a broken link: ALT checks that every link works before assessment.',
    bad: '## Evidence\n\n- [Workshop slides]() TODO\n- Signed: [insert name]',
    good: '## Evidence\n\n- [Workshop slides (PDF)](evidence/workshop-slides.pdf)\n- Signed: Lin Okafor',
  },
  check({ portfolio, report }) {
    for (const file of portfolioPages(portfolio)) {
      for (const line of proseLines(file)) {
        const found = findPlaceholders(line.text);
        const first = found[0];
        if (!first) continue;
        const section = sectionAt(portfolio, file.path, line.line)?.id;
        report({
          file: file.path,
          line: line.line,
          column: first.index + 1,
          ...(section ? { section } : {}),
          message: `placeholder text left in${section ? ` ${section}` : ''}: ${quoteList(found.map((f) => f.text))}`,
          hint: 'Replace the placeholder with the finished text, or delete it. Notes to yourself can go in an HTML comment (`<!-- TODO: ... -->`), which assessors never see.',
        });
      }
      for (const link of file.links) {
        if (link.kind !== 'link' || link.url.trim() !== '' || !emptyAsWritten(file, link)) continue;
        report({
          file: link.file,
          line: link.line,
          column: link.column,
          ...(link.section ? { section: link.section } : {}),
          message: `the link "${link.text || '(no text)'}" has an empty target: ${link.html ? '`href=""`' : `\`[${link.text}]()\``}`,
          hint: 'Put the address or the evidence file between the brackets, e.g. `[Workshop slides (PDF)](evidence/workshop-slides.pdf)`, or remove the link.',
        });
      }
    }
  },
});

/** The model reads a Liquid target (`]({{ "/a.pdf" | relative_url }})`) as empty; the source shows whether it is. */
function emptyAsWritten(file: SourceFile, link: Link): boolean {
  const line = file.text.split(/\r\n|\r|\n/)[link.line - 1] ?? '';
  const rest = line.slice(link.column - 1);
  return link.html
    ? /^<a\b[^>]*\bhref\s*=\s*(?:""|'')/i.test(rest)
    : /^\[(?:[^\]\\]|\\.)*\]\(\s*(?:<\s*>)?\s*\)/.test(rest);
}
