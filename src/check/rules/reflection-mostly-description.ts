import { readingsIn } from '../../reflection/read-portfolio.js';
import { defineRule } from '../rule.js';
import { percent, plural } from './support/content-format.js';
import { assessedSections, sectionPlace } from './support/content-sections.js';
import { listNotes, paragraphNote, weigh, wordsOf } from './support/reflection-function.js';

export const reflectionMostlyDescription = defineRule({
  id: 'reflection-mostly-description',
  category: 'reflection',
  heuristic: true,
  summary: 'What sits under a Reflection heading reflects, rather than describing what happened',
  // Warning: on first measurement 8 of its 9 reports on the labelled set were right, 4 of 4 on
  // files written after tuning (test/fixtures/reflection-rules, reflection-rules-precision.test.ts).
  severity: 'warning',
  defaults: { share: 0.6, minWords: 80 },
  docs: {
    why: 'Assessors refer criteria where the reflection is an account of what happened, or a list of achievements, under a Reflection heading. cmalt reads what each paragraph does (it says why in `cmalt check --explain`) and flags a Reflection part of 80 words or more where over 60% of the words read as description. A paragraph that says how your practice changed, or what you will do next, counts as reflection even when it is told as actions.',
    bad: '## Reflection\n\nI set up the template for the faculty, configured Panopto for 210 modules and ran monthly drop-ins on Turnitin.\n\nIn 2023 I completed the Teams administrator course and became the faculty contact for live events.\n\n(and more of the same)',
    good: '## Reflection\n\nThe template saved set-up time, but I had assumed staff wanted more features; the drop-ins showed they wanted fewer choices. I now start every template from the three tasks staff do most, and next time I will test it with two lecturers before launch.',
  },
  check({ portfolio, options, report }) {
    for (const section of assessedSections(portfolio)) {
      const readings = readingsIn(portfolio, section);
      for (const part of section.parts) {
        if (part.label !== 'reflection') continue;
        const weighed = readings.filter((r) => r.part === part).map(weigh);
        const total = wordsOf(weighed);
        if (total < options.minWords) continue;
        const described = weighed.filter((w) => w.fn === 'description');
        const words = wordsOf(described);
        if (words <= options.share * total) continue;
        const at = part.heading ?? sectionPlace(section);
        report({
          file: at.file,
          line: at.line,
          column: at.column,
          section: section.id,
          message: `${described.length} of ${plural(weighed.length, 'paragraph')} under ${section.id}'s Reflection heading read as description (${words} of ${plural(total, 'word')}, ${percent(words / total)}): ${listNotes(described.map((w) => paragraphNote(w)))}`,
          hint: 'Reflection says what the experience meant: what worked and why, what did not, what you learned and what you would do next time. Keep the account of what happened under Description and write that here instead.',
        });
      }
    }
  },
});
