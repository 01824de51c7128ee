import { defineRule } from '../rule.js';
import { quote } from './support/content-format.js';
import { findGuidance, loadGuidanceText } from './support/content-guidance-text.js';
import { portfolioPages } from './support/content-sections.js';

export const guidanceLeftIn = defineRule({
  id: 'guidance-left-in',
  category: 'leftovers',
  heuristic: true,
  summary: "No ALT guidance or template prompt is left in the candidate's text",
  severity: 'error',
  defaults: { minShared: 2, minShare: 0.4 },
  docs: {
    why: "Assessors refer portfolios with ALT's guidance or template prompts left in: it reads as unfinished, and pasted guidance of up to 2,500 words has been found inside criteria. cmalt looks for ALT's own phrasing (templates/leftovers/guidance-phrases.yml) and for passages copied from the guidance that `cmalt init` puts in each file. Guidance inside an HTML comment is fine: it never reaches the assessors.",
    bad: '## 1a Description\n\nCandidates should demonstrate both their understanding and use of learning technology.\n\nIn 2023 I compared three lecture capture tools...',
    good: '## 1a Description\n\n<!-- Candidates should demonstrate both their understanding and use of learning technology. -->\n\nIn 2023 I compared three lecture capture tools...',
  },
  check({ portfolio, options, report }) {
    const guidance = loadGuidanceText();
    // The portfolio's own pages, including text between sections (an area's introduction),
    // where pasted guidance often sits; a README beside the portfolio is not read.
    for (const file of portfolioPages(portfolio)) {
      for (const paragraph of file.paragraphs) {
        const match = findGuidance(paragraph.text, guidance, options);
        if (!match) continue;
        const from =
          match.source.kind === 'phrase'
            ? "ALT's guidance wording"
            : `words from the guidance cmalt gives for ${match.source.file}`;
        report({
          file: paragraph.file,
          line: paragraph.line,
          column: paragraph.column,
          ...(paragraph.section ? { section: paragraph.section } : {}),
          message: `this paragraph repeats ${from}: ${quote(match.text)}`,
          hint: 'Delete the guidance and write about your own practice in your own words. To keep guidance while you draft, put it inside an HTML comment (`<!--` ... `-->`), which assessors never see.',
        });
      }
    }
  },
});
