import type { Section } from '../../model/types.js';
import { readingsIn, type Reading } from '../../reflection/read-portfolio.js';
import { defineRule } from '../rule.js';
import { plural } from './support/content-format.js';
import {
  assessedSections,
  hasLabelledParts,
  requiredParts,
  sectionPlace,
} from './support/content-sections.js';
import { areaReflection } from './support/reflection-area.js';
import { listNotes, weigh, wordsOf, type Weighed } from './support/reflection-function.js';

/** Rounded down, so 29.8% never reads as "30%, below the 30%". */
const below = (share: number) => `${Math.floor(share * 100)}%`;

interface Balance {
  reflective: Weighed[];
  descriptive: Weighed[];
  reflection: number;
  total: number;
}

function balanceOf(readings: readonly Reading[]): Balance {
  const weighed = readings.map(weigh);
  const reflective = weighed.filter((w) => w.fn === 'reflection');
  const descriptive = weighed.filter((w) => w.fn === 'description');
  const reflection = wordsOf(reflective);
  return { reflective, descriptive, reflection, total: reflection + wordsOf(descriptive) };
}

export const reflectionShareInferred = defineRule({
  id: 'reflection-share-inferred',
  category: 'reflection',
  heuristic: true,
  summary: 'Where a criterion has no part headings, about a third of its prose reflects',
  // Warning: on first measurement 8 of its 9 reports on the labelled set were right, 3 of 3 on
  // files written after tuning (test/fixtures/reflection-rules, reflection-rules-precision.test.ts).
  severity: 'warning',
  defaults: { min: 0.3, minWords: 150 },
  docs: {
    why: 'Too little reflection is the reason assessors give most often for referring a portfolio; in portfolios that passed, reflection was 29% to 54% of a criterion. Where a criterion has Description and Reflection headings, reflection-share measures it; where it has none, cmalt reads what each paragraph does instead.',
    bad: '# 1a Constraints and benefits\n\n(three paragraphs on the tools you compared, the trial you ran and what was chosen)',
    good: '# 1a Constraints and benefits\n\n(two paragraphs on what you compared and chose)\n\n(a paragraph on what the trial showed you and why, and what you would weigh differently next time)',
  },
  check({ portfolio, options, report }) {
    const covered = new Set<Section>();
    for (const section of assessedSections(portfolio)) {
      if (!requiredParts(portfolio, section).includes('reflection')) continue;
      // Where part headings exist, reflection-share measures the parts; this rule does not repeat it.
      if (hasLabelledParts(section) || covered.has(section)) continue;
      const area = areaReflection(portfolio, section);
      if (area && area.sections.every((s) => !hasLabelledParts(s))) {
        // A closing reflection for the whole page speaks for each criterion on it: judge them together.
        const pooled = balanceOf(area.sections.flatMap((s) => readingsIn(portfolio, s)));
        if (pooled.total > 0 && pooled.reflection / pooled.total >= options.min) {
          for (const s of area.sections) covered.add(s);
          continue;
        }
      }
      const balance = balanceOf(readingsIn(portfolio, section));
      if (balance.total < options.minWords) continue;
      const share = balance.reflection / balance.total;
      if (share >= options.min) continue;
      const paragraphs = balance.reflective.length + balance.descriptive.length;
      const found = balance.reflective.length
        ? `${balance.reflective.length} of ${plural(paragraphs, 'paragraph')} (${balance.reflection} of ${plural(balance.total, 'word')}) read as reflection: ${listNotes(balance.reflective.map((w) => `line ${w.reading.paragraph.line} (${w.cues.slice(0, 2).join('; ')})`))}`
        : `none of its ${plural(paragraphs, 'paragraph')} (${plural(balance.total, 'word')}) reads as reflection; they say what happened, not what it meant`;
      report({
        ...sectionPlace(section),
        section: section.id,
        message: `reading each paragraph, reflection is ${below(share)} of ${section.id}'s prose: ${found}; assessors look for about a third`,
        hint: `${section.id} has no Description or Reflection headings, so cmalt read what each paragraph does. Add reflection: what worked and why, what did not, what you learned and what you would do next time. Headings would help assessors find it.`,
      });
    }
  },
});
