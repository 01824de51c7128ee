import { sectionDef } from '../../outline/load-outline.js';
import { defineRule } from '../rule.js';
import { count, plural } from './support/content-format.js';
import { sectionPlace } from './support/content-sections.js';

const PLANS = new Set(['future-plans', 'review-future-plans']);

export const futurePlansLength = defineRule({
  id: 'future-plans-length',
  category: 'structure',
  summary: 'Future plans run to 200 to 500 words',
  severity: 'warning',
  // Without options, the range comes from the outline (templates/outline/sections.yml).
  defaults: {} as { min?: number; max?: number },
  docs: {
    why: 'Future plans are not graded, but ALT asks for them complete, at 200 to 500 words: a plan for your professional development, not a line or two.',
    bad: '# Future plans\n\nI hope to keep learning about new tools.',
    good: '# Future plans\n\nOver the next two years I want to... (200 to 500 words: what you will learn, how, with whom and by when)',
  },
  check({ portfolio, options, report }) {
    for (const section of portfolio.sections) {
      if (!PLANS.has(section.id) || section.words === 0) continue;
      const range = sectionDef(portfolio.outline, section.id)?.words;
      const min = options.min ?? range?.min;
      const max = options.max ?? range?.max;
      if (min === undefined && max === undefined) continue;
      const asked = `${count(min ?? 0)} to ${max === undefined ? 'any number of' : count(max)} words`;
      const short = min !== undefined && section.words < min;
      const long = max !== undefined && section.words > max;
      if (!short && !long) continue;
      report({
        ...sectionPlace(section),
        section: section.id,
        message: `${section.title.toLowerCase()} has ${plural(section.words, 'word')}; ALT asks for ${asked}`,
        hint: short
          ? 'Say what you plan to learn next, how (courses, projects, reading, people to learn from) and by when, and how it builds on the portfolio.'
          : `Keep the plans that matter most and cut the rest to ${count(max ?? 0)} words or fewer.`,
      });
    }
  },
});
