import { defineRule } from '../rule.js';

export const textWall = defineRule({
  id: 'text-wall',
  category: 'accessibility',
  summary: 'Paragraphs are short enough to read on screen',
  severity: 'info',
  defaults: { maxWords: 250 },
  docs: {
    why: 'Walls of text are hard to read on screen and with a screen reader, and assessors have named them among accessibility problems; short paragraphs also show your thinking step by step.',
    bad: 'A single 400-word paragraph describing a whole project.',
    good: 'Three paragraphs of 100 to 150 words: what you did, what happened, what you learned; or a list for a run of examples.',
  },
  check({ portfolio, options, report }) {
    const maxWords = Number(options.maxWords) || 250;
    for (const file of portfolio.files) {
      for (const paragraph of file.paragraphs) {
        if (paragraph.words <= maxWords) continue;
        report({
          file: paragraph.file,
          line: paragraph.line,
          column: paragraph.column,
          section: paragraph.section,
          message: `this paragraph is ${paragraph.words} words long (over ${maxWords}), a wall of text on screen`,
          hint: 'Split it where the topic changes, or turn a run of examples into a list.',
        });
      }
    }
  },
});
