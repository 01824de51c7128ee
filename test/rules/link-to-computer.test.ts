import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runRule } from '../helpers/portfolio.js';

describe('link-to-computer', () => {
  it('passes links to files inside the portfolio', async () => {
    const problems = await runRule('link-to-computer', {
      '4a.md': '# 4a Working with others\n\n- [Feedback (PDF)](evidence/feedback.pdf)\n',
      'evidence/feedback.pdf': 'pdf',
    });
    expect(problems).toEqual([]);
  });

  it("reports the single-file portfolio's file:/// link to the author's PC", async () => {
    const problems = await runRule(
      'link-to-computer',
      path.join(fixtures, 'layouts', 'single-file'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'portfolio.md',
      line: 187,
      column: 3,
      section: '4a',
    });
    expect(problems[0]?.message).toBe(
      'link `file:///C:/Users/jo/Documents/cmalt/feedback.docx` points to a file on your own computer, which assessors cannot open',
    );
    expect(problems[0]?.hint).toContain('Copy feedback.docx into the portfolio folder');
  });

  it('reports drive letters and network shares, and points to a copy already in the portfolio', async () => {
    const problems = await runRule('link-to-computer', {
      '1c.md': [
        '# 1c Deployment',
        '',
        '- [Training log](C:\\Users\\sam\\Desktop\\training-log.xlsx)',
        '- <a href="\\\\fileserver\\elearning\\rollout.pdf">Roll-out plan</a>',
        '',
      ].join('\n'),
      'evidence/training-log.pdf': 'pdf',
    });
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
    expect(problems[0]?.hint).toBe(
      'The portfolio already holds evidence/training-log.pdf: link to that instead.',
    );
    expect(problems[1]?.message).toContain('points to a shared drive on your own network');
  });
});
