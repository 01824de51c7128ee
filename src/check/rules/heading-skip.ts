import { defineRule } from '../rule.js';
import { sectionAt } from './support/link-places.js';

export const headingSkip = defineRule({
  id: 'heading-skip',
  category: 'accessibility',
  summary: 'Headings go down one level at a time (## then ###, not ## then ####)',
  severity: 'warning',
  defaults: {},
  docs: {
    why: 'Screen reader users move through a page by its heading levels; a skipped level looks like missing content. A page may start at any level.',
    bad: '## 1a – Constraints and benefits\n#### Reflection',
    good: '## 1a – Constraints and benefits\n### Reflection',
  },
  check({ portfolio, report }) {
    for (const file of portfolio.files) {
      const headings = file.headings.filter((h) => !h.pseudo).sort((a, b) => a.line - b.line);
      for (let i = 1; i < headings.length; i++) {
        const previous = headings[i - 1];
        const heading = headings[i];
        if (!previous || !heading || heading.depth <= previous.depth + 1) continue;
        const wanted = '#'.repeat(previous.depth + 1);
        report({
          file: file.path,
          line: heading.line,
          column: heading.column,
          section: sectionAt(portfolio, file.path, heading.line),
          message: `heading "${heading.text}" is level ${heading.depth} but follows the level ${previous.depth} heading "${previous.text}" (line ${previous.line}), skipping level ${previous.depth + 1}`,
          hint: `Make it \`${wanted} ${heading.text}\`, or add the missing level above it.`,
        });
      }
    }
  },
});
