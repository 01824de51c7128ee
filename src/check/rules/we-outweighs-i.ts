import { defineRule } from '../rule.js';
import { quote, times } from './support/content-format.js';
import { countPronouns } from './support/content-pronouns.js';
import { assessedSections, partPlace, partsLabelled } from './support/content-sections.js';

export const weOutweighsI = defineRule({
  id: 'we-outweighs-i',
  category: 'balance',
  heuristic: true,
  summary: 'The description says what you did ("I"), not only what the team did ("we")',
  severity: 'warning',
  defaults: { ratio: 1.0, minCount: 5 },
  docs: {
    why: 'Assessors grade your own practice. When "we" and "the team" outnumber "I", they cannot see your part and refer the criterion. cmalt counts both in the description (or the whole section when it has no Description heading).',
    bad: 'We reviewed the options and our team chose Panopto. We then trained staff and we wrote the guides.',
    good: 'The team reviewed three options. I wrote the comparison and recommended Panopto; I then designed the staff training and wrote two of the four guides.',
  },
  check({ portfolio, options, report }) {
    for (const section of assessedSections(portfolio)) {
      const described = partsLabelled(section, 'description');
      const parts = described.length ? described : partsLabelled(section, 'unlabelled');
      const texts = parts.flatMap((p) => p.paragraphs.map((para) => para.text));
      const { we, i, weExamples } = countPronouns(texts);
      if (we < options.minCount || we <= options.ratio * i) continue;
      const where = described.length ? `${section.id}'s description` : section.id;
      report({
        ...(described.length
          ? partPlace(section, 'description')
          : partPlace(section, 'unlabelled')),
        section: section.id,
        message: `${where} says "we", "our" or "the team" ${times(we)} and "I", "my" or "me" ${times(i)} (e.g. ${weExamples.map((w) => quote(w)).join(', ')})`,
        hint: 'Keep "we" for what the team did, and say in the first person what you did yourself: "I wrote...", "I proposed...", "I ran...".',
      });
    }
  },
});
