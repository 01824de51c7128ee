import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runRule } from '../helpers/portfolio.js';

describe('evidence-reused', () => {
  it('passes evidence cited by at most two sections, and links between sections', async () => {
    expect(
      await runRule('evidence-reused', path.join(fixtures, 'layouts', 'jekyll-en-dash')),
    ).toEqual([]);
    const problems = await runRule('evidence-reused', {
      '1a.md': '---\nsection: 1a\n---\n# 1a\n\n### Evidence\n\n- [Report](evidence/report.pdf)\n',
      '1b.md':
        '---\nsection: 1b\n---\n# 1b\n\nAs in [1a](1a.md).\n\n### Evidence\n\n- [Report](evidence/report.pdf)\n',
      '1c.md': '---\nsection: 1c\n---\n# 1c\n\nAs in [1a](1a.md).\n',
      'evidence/report.pdf': 'pdf',
    });
    expect(problems).toEqual([]);
  });

  it('reports the evaluation report cited by three sections under different spellings', async () => {
    const problems = await runRule(
      'evidence-reused',
      path.join(fixtures, 'layouts', 'single-file'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'portfolio.md',
      line: 210,
      section: 'specialist-1',
      severity: 'warning',
    });
    expect(problems[0]?.message).toBe(
      'assets/Evaluation Report.pdf is cited as evidence by 3 sections (1a, 1c, specialist-1); assessors look for a range of evidence, not the same item reused',
    );
  });

  it('follows the max option', async () => {
    const problems = await runRule(
      'evidence-reused',
      path.join(fixtures, 'layouts', 'single-file'),
      {
        'evidence-reused': { max: 3 },
      },
    );
    expect(problems).toEqual([]);
  });
});
