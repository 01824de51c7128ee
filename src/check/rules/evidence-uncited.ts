import { defineRule } from '../rule.js';
import { citations, isEvidenceFile } from './support/link-evidence.js';
import { formatSize } from './support/link-formats.js';

export const evidenceUncited = defineRule({
  id: 'evidence-uncited',
  category: 'evidence',
  summary: 'Every file in an evidence folder is cited somewhere',
  severity: 'warning',
  defaults: {},
  docs: {
    why: 'A file in evidence/ that no section links to is either evidence you meant to cite (and the criterion lacks it) or a leftover that still makes the zip bigger and may hold personal data.',
    bad: 'evidence/focus-group-notes.pdf exists, but no page links to it.',
    good: 'A link in the evidence list of the criterion it supports: [Focus group notes (PDF)](evidence/focus-group-notes.pdf)',
  },
  check({ portfolio, report }) {
    const { cited } = citations(portfolio);
    for (const asset of portfolio.assets) {
      if (!isEvidenceFile(asset.path) || cited.has(asset.path)) continue;
      report({
        file: asset.path,
        line: 1,
        column: 1,
        message: `${asset.path} (${formatSize(asset.size)}) is in an evidence folder, but no link or image in the portfolio cites it`,
        hint: 'Link to it from the evidence of the criterion it supports, or move it out of the portfolio folder if it is not evidence.',
      });
    }
  },
});
