import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

describe('link-outside', () => {
  it('passes relative links that stay inside the portfolio, even from a subfolder', async () => {
    const problems = await runRule('link-outside', {
      'sections/1a.md': '# 1a Constraints\n\n[Options paper](../evidence/options.pdf)\n',
      'evidence/options.pdf': 'pdf',
    });
    expect(problems).toEqual([]);
  });

  it('reports links that climb out of the folder and absolute disk paths', async () => {
    const problems = await runRule('link-outside', {
      '1a.md': [
        '# 1a Constraints',
        '',
        'I compared three tools ([options paper](../../shared/options-paper.pdf)).',
        '',
        '- [Notes](../README.md)',
        '- [Screenshot](/Users/sam/Pictures/moodle.png)',
        '',
      ].join('\n'),
    });
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, 25],
      [5, 3],
      [6, 3],
    ]);
    expect(problems[0]).toMatchObject({ severity: 'error', section: '1a' });
    expect(problems[0]?.message).toContain('points to a file outside the portfolio folder');
    expect(problems[1]?.message).toContain(
      'points to a Markdown page outside the portfolio folder (../README.md)',
    );
    expect(problems[2]?.message).toBe(
      "link `/Users/sam/Pictures/moodle.png` is a path on your own computer's disk, which assessors cannot open",
    );
  });
});
