import {
  changedPracticeIn,
  forwardLookIn,
  type PhraseHit,
} from '../../reflection/cues-practice.js';
import { readingsIn, type Reading } from '../../reflection/read-portfolio.js';
import { defineRule } from '../rule.js';
import { plural, quoteList } from './support/content-format.js';
import { assessedSections, partPlace, requiredParts } from './support/content-sections.js';
import { areaReflection } from './support/reflection-area.js';
import { weigh } from './support/reflection-function.js';

// Evidence lists and bibliographies are not where a candidate says what comes next.
const NOT_PROSE = new Set(['evidence', 'references']);

/** "line 9", "lines 7 and 13", "lines 13, 15 and 17", or "lines 13–29" for more. */
function lines(readings: readonly Reading[]): string {
  const all = readings.map((r) => r.paragraph.line);
  if (all.length === 1) return `line ${all[0]}`;
  if (all.length > 3) return `lines ${all[0]}–${all[all.length - 1]}`;
  return `lines ${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

/**
 * Rolfe's "now what?" is answered by a look forward ("next time I would...") or by a change
 * already made ("I now..."): a reflection with either has finished its cycle.
 */
function answersNowWhat(reading: Reading, lookingBack: PhraseHit[]): boolean {
  const text = reading.paragraph.text;
  return forwardLookIn(text, lookingBack).length > 0 || changedPracticeIn(text).length > 0;
}

export const forwardLookMissing = defineRule({
  id: 'forward-look-missing',
  category: 'reflection',
  heuristic: true,
  summary: "Each criterion's reflection says what you will do next, or now do differently",
  // Info: on files written after tuning 11 of its first 15 reports were right, and 3 of 6 on the
  // layout fixtures (test/fixtures/reflection-rules). Warning needs 0.8.
  severity: 'info',
  defaults: { minWords: 20 },
  docs: {
    why: 'Reflective models end in action: Gibbs\' action plan, Rolfe\'s "now what?". Assessors look for what you will do next, would do differently or already do differently, and a reflection that only looks back reads as unfinished. cmalt looks in the criterion for "next time", "in future", "I will", "I would", "I plan to", "going forward", "from now on", and for changed practice such as "I now..." or "since then I...". "I would have..." looks back, so it does not count.',
    bad: '## Reflection\n\nLooking back, I gave too much weight to the features list. I should have asked the tutors how they planned their sessions.',
    good: '## Reflection\n\nLooking back, I gave too much weight to the features list. Next time I compare tools I will ask the people who will use them to rank the criteria before the trial.',
  },
  check({ portfolio, options, report }) {
    for (const section of assessedSections(portfolio)) {
      if (!requiredParts(portfolio, section).includes('reflection')) continue;
      const own = readingsIn(portfolio, section);
      // A page-closing reflection (see reflection-area) belongs to every criterion on the page.
      const area = areaReflection(portfolio, section);
      const readings = area && area.sections.at(-1) !== section ? [...own, ...area.closing] : own;
      // The reflection: what sits under a Reflection heading, else what reads as reflection.
      const headed = readings.filter((r) => r.part.label === 'reflection');
      const reflection = headed.length
        ? headed
        : readings.filter((r) => !NOT_PROSE.has(r.part.label) && weigh(r).fn === 'reflection');
      const words = reflection.reduce((sum, r) => sum + r.paragraph.words, 0);
      if (words < options.minWords) continue;
      // A forward look counts wherever it is in the criterion's prose, not only under the heading.
      const lookingBack: PhraseHit[] = [];
      // The reflection first: that is where a forward look usually is, and the search stops there.
      const rest = readings.filter((r) => !NOT_PROSE.has(r.part.label) && !reflection.includes(r));
      if ([...reflection, ...rest].some((r) => answersNowWhat(r, lookingBack))) continue;
      const back = lookingBack.length
        ? `; ${quoteList(lookingBack.slice(0, 2).map((h) => `${h.words}…`))} ${lookingBack.length === 1 ? 'looks' : 'look'} back, not forward`
        : '';
      report({
        ...partPlace(section, 'reflection'),
        section: section.id,
        message: `${section.id}'s reflection (${lines(reflection)}, ${plural(words, 'word')}) never says what you will do next or now do differently: nothing like "next time I would…", "in future I will…", "I plan to…" or "I now…"${back}`,
        hint: 'End the reflection with what you will do next, would do differently next time, or already do differently, and why (Gibbs\' action plan, Rolfe\'s "now what?"). A sentence or two is enough.',
      });
    }
  },
});
