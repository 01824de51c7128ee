import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('italic-long', () => {
  it('passes italics kept for titles and short phrases', async () => {
    const problems = await runRule('italic-long', {
      '2a.md': `# 2a Teaching and learning\n\nReading *Teaching in a Digital Age* changed how I plan. ${words(60)}\n`,
    });
    expect(problems).toEqual([]);
  });

  it('reports a paragraph written wholly in italics and one with a long italic quotation', async () => {
    const problems = await runRule('italic-long', {
      '2a.md': [
        '# 2a Teaching and learning',
        '',
        `*${words(25)}*`,
        '',
        `A student told us: *${words(45)}* ${words(40)}`,
        '',
      ].join('\n'),
    });
    expect(problems.map((p) => [p.line, p.severity, p.section])).toEqual([
      [3, 'warning', '2a'],
      [5, 'warning', '2a'],
    ]);
    expect(problems[0]?.message).toBe(
      'this whole paragraph (25 words) is in italics, which is hard to read at length',
    );
    expect(problems[1]?.message).toBe(
      "45 of this paragraph's 89 words are in italics (more than 40), which is hard to read at length",
    );
  });
});
