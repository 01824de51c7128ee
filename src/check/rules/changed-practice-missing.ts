import { changedPracticeIn } from '../../reflection/cues-practice.js';
import { readingsIn } from '../../reflection/read-portfolio.js';
import { defineRule } from '../rule.js';
import { plural } from './support/content-format.js';
import { assessedSections, partPlace } from './support/content-sections.js';
import { areaReflection } from './support/reflection-area.js';

// The criterion where assessors most often ask for changed practice: awareness of learners is
// not enough. A data list so other criteria can be added if assessors' feedback shows the need.
const CRITERIA = new Set(['2b']);

export const changedPracticeMissing = defineRule({
  id: 'changed-practice-missing',
  category: 'reflection',
  heuristic: true,
  summary: '2b says how your practice changed because of what you learned about your learners',
  // Info: candidates phrase a change in endless ways, and on files written after tuning only 5 of
  // its first 9 reports were right (test/fixtures/reflection-rules). Warning needs 0.8.
  severity: 'info',
  defaults: { minWords: 100 },
  docs: {
    why: '2b asks for an understanding of your target learners, and assessors refer it when it shows awareness of learners without any change in practice. cmalt looks for a statement of change anywhere in 2b: "I now...", "as a result I...", "since then we...", "this led me to...", "I redesigned...".',
    bad: '## Reflection\n\nThe survey helped me understand our apprentices much better. I realised that most of them study late at night on a phone, and I now appreciate how little time they have.',
    good: '## Reflection\n\nThe survey showed me that most apprentices study late at night on a phone. I now design the Start here page for a narrow screen first, and I have split recordings into parts of under fifteen minutes.',
  },
  check({ portfolio, options, report }) {
    for (const section of assessedSections(portfolio)) {
      if (!CRITERIA.has(section.id)) continue;
      if (section.words < options.minWords) continue;
      const readings = [...readingsIn(portfolio, section)];
      // A page-closing reflection (see reflection-area) belongs to every criterion on the page.
      const area = areaReflection(portfolio, section);
      if (area && area.sections.at(-1) !== section) readings.push(...area.closing);
      if (readings.some((r) => changedPracticeIn(r.paragraph.text).length > 0)) continue;
      // The classifier's own "changed practice" cue takes "I now think" for a change; quoting
      // it here would contradict the message, so the evidence of awareness is another cue.
      const aware = readings
        .filter((r) => r.label === 'reflection')
        .slice(0, 2)
        .map((r) => {
          const cue = r.cues.find((c) => !c.startsWith('changed practice')) ?? 'reflective';
          return `${r.paragraph.line} (${cue})`;
        });
      const awareness = aware.length
        ? `it reflects on your learners at line ${aware.join(' and line ')}, but`
        : 'no paragraph reads as reflection, and';
      report({
        ...partPlace(section, 'reflection'),
        section: section.id,
        message: `${section.id} never says what you changed for your learners: ${awareness} none of its ${plural(section.words, 'word')} says "I now…", "as a result I…", "since then…", "this led me to…" or "I redesigned…"`,
        hint: 'Assessors refer 2b for awareness of learners without changed practice. Say what you now do differently because of what you learned about them (for example "I now split recordings into ten-minute parts because most apprentices watch on a phone after a shift"), and point to evidence of the change.',
      });
    }
  },
});
