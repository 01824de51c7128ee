import { defineRule } from '../rule.js';
import { checkAreaCount } from './support/content-area-count.js';

export const advancedCount = defineRule({
  id: 'advanced-count',
  category: 'structure',
  summary: 'Senior CMALT has an advanced area; other pathways have none',
  severity: 'error',
  defaults: {},
  docs: {
    why: 'Senior CMALT needs at least one advanced area showing leadership in practice, implementation, policy or research. CMALT and Associate CMALT have none, so an advanced area there usually means the pathway in cmalt.yml is wrong.',
    bad: 'A Senior CMALT portfolio with two specialist areas and no advanced area.',
    good: 'cmalt.yml:\n\npathway: senior\nadvanced:\n  - Leadership and learning technology\n\nand advanced-1.md with `section: advanced-1` in its front matter.',
  },
  check({ portfolio, report }) {
    checkAreaCount('advanced', portfolio, report);
  },
});
