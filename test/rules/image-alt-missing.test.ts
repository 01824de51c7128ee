import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runRule } from '../helpers/portfolio.js';

describe('image-alt-missing', () => {
  it('passes described images and decorative HTML images with alt=""', async () => {
    const problems = await runRule('image-alt-missing', {
      '1b.md': [
        '# 1b Technical knowledge',
        '',
        '![The course template with the assignment briefs pinned at the top](img/template.png)',
        '',
        '<img src="img/divider.png" alt="">',
        '',
      ].join('\n'),
    });
    expect(problems).toEqual([]);
  });

  it('reports the one <img> without alt in the bold-headings blog', async () => {
    const problems = await runRule(
      'image-alt-missing',
      path.join(fixtures, 'layouts', 'bold-headings'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: '_posts/2023-05-16-section-1c.md',
      line: 12,
      section: '1c',
      severity: 'error',
    });
    expect(problems[0]?.message).toBe(
      'image `/assets/images/totara-app-login.png` has no alt attribute, so screen readers announce only its file name',
    );
  });

  it('reports empty Markdown alt text as an error and a file name as alt text as a warning', async () => {
    const problems = await runRule('image-alt-missing', {
      '2b.md': [
        '# 2b Target learners',
        '',
        '![](img/survey-chart.png)',
        '',
        '![IMG_2041.jpg](img/IMG_2041.jpg) and ![Screenshot 2023-05-02 at 10.41.07](img/s.png)',
        '',
      ].join('\n'),
    });
    expect(problems.map((p) => [p.line, p.column, p.severity])).toEqual([
      [3, 1, 'error'],
      [5, 1, 'warning'],
      [5, 39, 'warning'],
    ]);
    expect(problems[0]?.message).toBe(
      'image `img/survey-chart.png` has no alternative text (nothing between the square brackets)',
    );
    expect(problems[1]?.message).toBe(
      'image `img/IMG_2041.jpg` has a file name as its alternative text ("IMG_2041.jpg")',
    );
  });
});
