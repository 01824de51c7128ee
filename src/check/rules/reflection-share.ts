import { defineRule } from '../rule.js';
import { count, percent, plural } from './support/content-format.js';

/** Rounded down, so 29.8% never reads as "30%, below the 30%". */
const below = (share: number) => `${Math.floor(share * 100)}%`;
import {
  assessedSections,
  partPlace,
  partsLabelled,
  requiredParts,
} from './support/content-sections.js';
import type { Section } from '../../model/types.js';

export const reflectionShare = defineRule({
  id: 'reflection-share',
  category: 'balance',
  heuristic: true,
  summary: 'Reflection is a fair share (about a third) of each assessed section',
  severity: 'warning',
  defaults: { min: 0.3, minWords: 150 },
  docs: {
    why: 'Too little reflection is the reason assessors give most often for referring a portfolio. In portfolios that passed, reflection was 29% to 54% of a criterion. cmalt measures the words under your Reflection heading against the section (references left out).',
    bad: '## Description\n\n(520 words on what you did)\n\n## Reflection\n\nIt went well and I learned a lot.',
    good: '## Description\n\n(350 words on what you did)\n\n## Reflection\n\n(250 words: what worked and why, what did not, what you would change, and what you now do differently)',
  },
  check({ portfolio, options, report }) {
    for (const section of assessedSections(portfolio)) {
      if (!requiredParts(portfolio, section).includes('reflection')) continue;
      // Only where the parts are labelled can the reflection be measured; part-missing handles the rest.
      if (!partsLabelled(section, 'reflection').length) continue;
      const total = labelledWords(section);
      const reflection = section.wordsByPart.reflection;
      if (total < options.minWords || reflection === 0) continue;
      const share = reflection / total;
      if (share >= options.min) continue;
      report({
        ...partPlace(section, 'reflection'),
        section: section.id,
        message: `reflection is ${below(share)} of ${section.id}'s ${count(total)} words (${plural(reflection, 'word')}), below the ${percent(options.min)} cmalt looks for; assessors expect about a third`,
        hint: 'Add to the reflection rather than cutting the description first: say why things worked or did not, what you would do differently, and what changed in your practice afterwards.',
      });
    }
  },
});

/**
 * The words cmalt can attribute to a part: unlabelled text (reported by unlabelled-text) might be
 * either, and a bibliography is not the candidate's writing.
 */
function labelledWords(section: Section): number {
  const { unlabelled = 0, references = 0 } = section.wordsByPart;
  return Math.max(0, section.words - unlabelled - references);
}
