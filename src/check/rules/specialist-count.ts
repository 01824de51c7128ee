import { defineRule } from '../rule.js';
import { checkAreaCount } from './support/content-area-count.js';

export const specialistCount = defineRule({
  id: 'specialist-count',
  category: 'structure',
  summary: 'The number of specialist areas matches the pathway',
  severity: 'error',
  defaults: {},
  docs: {
    why: 'CMALT asks for one or more specialist areas, Senior CMALT for exactly two complete ones, Associate CMALT for none. Too few and the portfolio is referred; an extra one is effort assessors will not grade.',
    bad: 'A Senior CMALT portfolio (`pathway: senior`) with one specialist area, "Accessibility".',
    good: 'cmalt.yml:\n\npathway: senior\nspecialist:\n  - Accessibility\n  - Staff development\n\nand a section for each, e.g. specialist-1.md and specialist-2.md.',
  },
  check({ portfolio, report }) {
    checkAreaCount('specialist', portfolio, report);
  },
});
