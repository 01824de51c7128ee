import { defineRule } from '../rule.js';
import { plural } from './support/content-format.js';
import { assessedSections, partPlace, partsLabelled } from './support/content-sections.js';

export const descriptionOutweighsReflection = defineRule({
  id: 'description-outweighs-reflection',
  category: 'balance',
  heuristic: true,
  summary: 'The description is not much longer than the reflection',
  severity: 'warning',
  defaults: { ratio: 2.5 },
  docs: {
    why: 'Assessors refer criteria where the account of what happened crowds out the reflection on it. In portfolios that passed, description ran 30% to 39% of a criterion and reflection 29% to 54%.',
    bad: '## Description\n\n(600 words listing what the project delivered)\n\n## Reflection\n\n(120 words)',
    good: '## Description\n\n(300 words: what you did, your own part in it)\n\n## Reflection\n\n(250 words: what you learned and what you changed)',
  },
  check({ portfolio, options, report }) {
    for (const section of assessedSections(portfolio)) {
      if (!partsLabelled(section, 'description').length) continue;
      const description = section.wordsByPart.description;
      const reflection = section.wordsByPart.reflection;
      // No reflection at all is part-missing's finding.
      if (reflection === 0 || description <= options.ratio * reflection) continue;
      const times = (description / reflection).toFixed(1).replace(/\.0$/, '');
      report({
        ...partPlace(section, 'description'),
        section: section.id,
        message: `${section.id}'s description (${plural(description, 'word')}) is ${times} times its reflection (${plural(reflection, 'word')})`,
        hint: `Cut description to what a reader needs to follow the reflection, and move evaluation ("this worked because...", "next time I would...") into the reflection. cmalt flags a description over ${options.ratio} times the reflection.`,
      });
    }
  },
});
