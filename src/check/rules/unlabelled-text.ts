import { defineRule } from '../rule.js';
import { plural } from './support/content-format.js';
import { assessedSections, partsLabelled, requiredParts } from './support/content-sections.js';

export const unlabelledText = defineRule({
  id: 'unlabelled-text',
  category: 'structure',
  summary: 'Text in an assessed section sits under a Description, Reflection or Evidence heading',
  severity: 'warning',
  defaults: { minWords: 40 },
  docs: {
    why: 'Once a section has part headings, text that sits under none of them is neither description nor reflection to the reader, and cmalt cannot count it towards either.',
    bad: '# 1a Constraints and benefits\n\nThree paragraphs about the tools I compared...\n\n## Reflection\n\n...',
    good: '# 1a Constraints and benefits\n\n## Description\n\nThree paragraphs about the tools I compared...\n\n## Reflection\n\n...',
  },
  check({ portfolio, options, report }) {
    for (const section of assessedSections(portfolio)) {
      // Sections with no part labels at all are part-missing's concern.
      const required = requiredParts(portfolio, section);
      if (!required.some((kind) => partsLabelled(section, kind).length)) continue;
      const paragraphs = partsLabelled(section, 'unlabelled').flatMap((p) => p.paragraphs);
      const words = paragraphs.reduce((sum, p) => sum + p.words, 0);
      const first = paragraphs.find((p) => p.words > 0);
      if (!first || words < options.minWords) continue;
      report({
        file: first.file,
        line: first.line,
        column: first.column,
        section: section.id,
        message: `${plural(words, 'word')} of ${section.id} sit under no Description, Reflection or Evidence heading, starting here (${plural(paragraphs.length, 'paragraph')})`,
        hint: `Move this text under the part it belongs to, or add a heading above it such as \`## Description\`. An introduction of under ${options.minWords} words is fine.`,
      });
    }
  },
});
