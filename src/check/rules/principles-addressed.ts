import type { Paragraph } from '../../model/types.js';
import { defineRule } from '../rule.js';
import { loadPrinciples } from './support/link-principles.js';

const SHOWN_CUES = 8;

export const principlesAddressed = defineRule({
  id: 'principles-addressed',
  category: 'principles',
  summary: 'Each of the four core principles shows somewhere in the portfolio',
  severity: 'warning',
  heuristic: true,
  defaults: { minWords: 1000 },
  docs: {
    why: 'Assessors grade the four core principles across the whole portfolio, though no section is set aside for them: the interplay of technology and learning, keeping up to date, learning from colleagues of other backgrounds, and sharing effective practice. cmalt looks for phrases that usually show each one (listed in templates/principles.yml); it is a reminder, not a grade.',
    bad: 'A portfolio that never says how the candidate keeps up to date with new technologies.',
    good: 'In 1b: "I keep up to date through the ALT Members Group webinars and our regional network; after a webinar on H5P branching I piloted ..."',
  },
  check({ portfolio, options, report }) {
    const paragraphs = portfolio.files.flatMap((f) => f.paragraphs);
    // A first draft or a fresh scaffold cannot show the principles yet; say nothing until it can.
    const words = paragraphs.reduce((sum, p) => sum + p.words, 0);
    if (!paragraphs.length || words < (Number(options.minWords) || 0)) return;
    for (const principle of loadPrinciples()) {
      // Two places are enough to know a principle shows across the portfolio.
      const places: Paragraph[] = [];
      for (const p of paragraphs) {
        if (principle.find(p.text)) places.push(p);
        if (places.length === 2) break;
      }
      if (places.length > 1) continue;
      const only = places[0];
      if (only) {
        const cue = principle.find(only.text) ?? '';
        report({
          file: only.file,
          line: only.line,
          column: only.column,
          section: only.section,
          severity: 'info',
          message: `the core principle "${principle.name}" shows in only this paragraph (cmalt found "${cue}")`,
          hint: 'Assessors look for the principles across the portfolio: show it in another section too, with what you did and what changed.',
        });
        continue;
      }
      const cues = principle.cues
        .slice(0, SHOWN_CUES)
        .map((c) => `"${c}"`)
        .join(', ');
      report({
        file: '',
        line: 1,
        column: 1,
        message: `nothing in the portfolio visibly addresses the core principle "${principle.name}" (looked for ${cues} and ${Math.max(principle.cues.length - SHOWN_CUES, 0)} more phrases)`,
        hint: 'Assessors grade the four principles across the whole portfolio: say where your practice shows this one, with an example of what you did and what changed.',
      });
    }
  },
});
