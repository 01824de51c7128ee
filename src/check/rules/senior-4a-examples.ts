import { pathwayById } from '../../outline/load-outline.js';
import { defineRule } from '../rule.js';
import { quoteList, spelled } from './support/content-format.js';
import { countExamples } from './support/content-examples.js';
import { sectionPlace } from './support/content-sections.js';

export const senior4aExamples = defineRule({
  id: 'senior-4a-examples',
  category: 'structure',
  heuristic: true,
  summary: 'Senior CMALT: 4a gives two or more examples of working with others',
  severity: 'warning',
  defaults: {},
  docs: {
    why: 'Senior CMALT asks 4a for two or more examples of communicating and working with others, so that your influence shows beyond one project. cmalt counts the subheadings under 4a, or paragraphs that open a new example ("First,", "A second example").',
    bad: '# 4a Communication and working with others\n\n## Description\n\nI led the VLE review with the library...\n\n## Reflection\n\n...',
    good: '# 4a Communication and working with others\n\n## Description\n\n### The VLE review with the library\n\n...\n\n### A regional network for digital accessibility\n\n...',
  },
  check({ portfolio, report }) {
    const pathway = pathwayById(portfolio.outline, portfolio.config.pathway);
    for (const [id, wanted] of Object.entries(pathway.examples)) {
      const section = portfolio.sections.find((s) => s.id === id);
      if (!section || section.words === 0) continue;
      const found = countExamples(portfolio, section);
      if (found.count >= wanted) continue;
      const asks = `${pathway.title} asks ${id} for ${spelled(wanted)} or more examples of working with others`;
      const hint = `Give each example its own subheading (e.g. \`### Example 1: the VLE review with the library\`) or open its paragraph with "First," / "A second example", so assessors see them as distinct.`;
      if (found.by === 'none') {
        report({
          ...sectionPlace(section),
          section: section.id,
          severity: 'info',
          message: `cmalt could not tell how many examples ${id} gives (no subheadings, no paragraphs opening with "First," or "Another example"); ${asks}`,
          hint,
        });
        continue;
      }
      report({
        ...sectionPlace(section),
        section: section.id,
        message: `${id} seems to give ${spelled(found.count)} example${found.count === 1 ? '' : 's'} (${found.by === 'subheadings' ? 'subheading' : 'opening'}${found.markers.length === 1 ? '' : 's'} ${quoteList(found.markers)}); ${asks}`,
        hint,
      });
    }
  },
});
