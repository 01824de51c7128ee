import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

describe('link-text-undescriptive', () => {
  it('passes link texts that name their target', async () => {
    const problems = await runRule('link-text-undescriptive', {
      '4a.md':
        '# 4a Working with others\n\nSee the [slides from my ALT-C talk](https://example.org/slides) and the [survey results (PDF)](evidence/survey.pdf).\n',
    });
    expect(problems).toEqual([]);
  });

  it('reports "click here" and bare addresses, and is gentler with references', async () => {
    const problems = await runRule('link-text-undescriptive', {
      '4a.md': [
        '# 4a Working with others',
        '',
        'The survey results are [here](evidence/survey.pdf). To read the guide, [Click here!](evidence/guide.pdf)',
        '',
        'My slides are at https://www.slideshare.net/sam/assessment-redesign-2024.',
        '',
        '### References',
        '',
        'Jisc (2023) Digital experience insights. Available at: https://www.jisc.ac.uk/digital-experience-insights',
        '',
      ].join('\n'),
    });
    expect(problems.map((p) => [p.line, p.column, p.severity])).toEqual([
      [3, 24, 'warning'],
      [3, 72, 'warning'],
      [5, 18, 'warning'],
      [9, 56, 'info'],
    ]);
    expect(problems[0]?.message).toBe('link text "here" does not say where the link goes');
    expect(problems[1]?.message).toBe('link text "Click here!" does not say where the link goes');
    expect(problems[2]?.message).toBe(
      'the address `https://www.slideshare.net/sam/assessment-redesign-2024` is its own link text; screen readers read it out character by character',
    );
  });
});
