import { defineRule } from '../rule.js';

export const italicLong = defineRule({
  id: 'italic-long',
  category: 'accessibility',
  summary: 'No long passages in italics',
  severity: 'warning',
  defaults: { maxWords: 40 },
  docs: {
    why: 'Long runs of italic text are hard to read, particularly for dyslexic readers; assessors have referred portfolios for heavy italics.',
    bad: '*In my reflection I want to look back on the pilot and consider what went well and what I would change ...* (a whole paragraph in italics)',
    good: 'The same paragraph in plain text; quotations as a blockquote (`> `) without italics; italics kept for titles and single words.',
  },
  check({ portfolio, options, report }) {
    const maxWords = Number(options.maxWords) || 40;
    for (const file of portfolio.files) {
      for (const paragraph of file.paragraphs) {
        const { words, italicWords } = paragraph;
        const whole = words > 20 && italicWords >= words * 0.9;
        if (italicWords <= maxWords && !whole) continue;
        report({
          file: paragraph.file,
          line: paragraph.line,
          column: paragraph.column,
          section: paragraph.section,
          message: whole
            ? `this whole paragraph (${words} words) is in italics, which is hard to read at length`
            : `${italicWords} of this paragraph's ${words} words are in italics (more than ${maxWords}), which is hard to read at length`,
          hint: 'Use plain text; keep italics for titles and single words, and show quotations as a blockquote (a line starting with `> `).',
        });
      }
    }
  },
});
