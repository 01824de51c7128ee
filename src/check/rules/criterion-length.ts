import { defineRule } from '../rule.js';
import { count, plural } from './support/content-format.js';
import { assessedSections, sectionPlace } from './support/content-sections.js';

export const criterionLength = defineRule({
  id: 'criterion-length',
  category: 'balance',
  heuristic: true,
  summary: 'Each assessed section is within an advisory length',
  severity: 'info',
  defaults: { min: 250, max: 1600 },
  docs: {
    why: "There is no official word limit. ALT's note for candidates suggests half a page to a page per criterion with 2 to 3 examples (about 250 to 600 words), and a Pass with Distinction portfolio ran 900 to 1,600. Far outside that range, a criterion is usually too thin to show reflection or too long for assessors to find it.",
    bad: '## 3b Policies and standards\n\n(120 words in all)',
    good: '## 3b Policies and standards\n\n(400 to 800 words: two or three examples, each described and reflected on)',
  },
  check({ portfolio, options, report }) {
    for (const section of assessedSections(portfolio)) {
      const words = section.words;
      if (words === 0) continue;
      const short = words < options.min;
      if (!short && words <= options.max) continue;
      report({
        ...sectionPlace(section),
        section: section.id,
        message: `${section.id} has ${plural(words, 'word')}; criteria usually run ${count(options.min)} to ${count(options.max)} words`,
        hint: short
          ? 'Check that each example is described and reflected on; 2 to 3 distinct examples usually need more room.'
          : 'Check that every example earns its place; assessors read every section, and a shorter one with clear reflection grades better than a long account.',
      });
    }
  },
});
