import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runRule } from '../helpers/portfolio.js';

describe('principles-addressed', () => {
  it('passes a portfolio that shows all four principles in several places', async () => {
    expect(
      await runRule('principles-addressed', path.join(fixtures, 'layouts', 'jekyll-en-dash')),
    ).toEqual([]);
  });

  it('reports a principle nothing addresses, naming the cues, and one shown only once, once there is enough text', async () => {
    const draft = {
      '1b.md': [
        '# 1b Technical knowledge',
        '',
        'I rebuilt the course pages so that students could find the assignment briefs on their phones.',
        '',
        'I worked with two teachers in the care department and learned from their way of planning.',
        '',
        'The H5P videos were watched far more after the pages changed, and colleagues in two other schools asked me to share them.',
        '',
        'I presented the videos at the regional network meeting in 2023.',
        '',
      ].join('\n'),
    };
    expect(await runRule('principles-addressed', draft)).toEqual([]);
    const problems = await runRule('principles-addressed', draft, {
      'principles-addressed': { minWords: 50 },
    });
    expect(problems.map((p) => [p.file, p.line, p.severity])).toEqual([
      ['', 1, 'warning'],
      ['1b.md', 3, 'info'],
    ]);
    expect(problems[0]?.message).toContain(
      'nothing in the portfolio visibly addresses the core principle "keeping up to date with new technologies" (looked for "keep up to date"',
    );
    expect(problems[1]?.message).toBe(
      'the core principle "exploring the interplay between technology and learning" shows in only this paragraph (cmalt found "students could")',
    );
  });
});
