import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runRule } from '../helpers/portfolio.js';

describe('evidence-uncited', () => {
  it('passes when every evidence file is linked, shown by a Liquid include, or a theme file', async () => {
    expect(
      await runRule('evidence-uncited', path.join(fixtures, 'layouts', 'jekyll-en-dash')),
    ).toEqual([]);
    const problems = await runRule('evidence-uncited', {
      '1b.md':
        '# 1b Technical knowledge\n\n{% include fig.html id="course-template" %}\n\n- [Guide](evidence/guide.pdf)\n',
      'evidence/guide.pdf': 'pdf',
      'evidence/README.md': '# Evidence\n',
      'assets/img/course-template.png': 'png',
      'assets/images/logo.png': 'png',
      'assets/css/site.css': 'body {}',
    });
    expect(problems).toEqual([]);
  });

  it('reports an evidence file no page cites', async () => {
    const problems = await runRule('evidence-uncited', {
      '1a.md':
        '# 1a Constraints\n\n- [Options paper](evidence/options-paper.pdf)\n- [Matrix](evidence/Comparison%20Matrix.pdf)\n',
      'evidence/options-paper.pdf': 'pdf',
      // link-broken already says the link above was meant for this file.
      'evidence/comparison-matrix.pdf': 'pdf',
      'evidence/focus-group-notes.pdf': 'x'.repeat(3000),
      'evidence/social-care-statement.txt': 'Statement from the module leader.',
    });
    expect(problems.map((p) => p.file)).toEqual([
      'evidence/focus-group-notes.pdf',
      'evidence/social-care-statement.txt',
    ]);
    expect(problems[0]).toMatchObject({
      file: 'evidence/focus-group-notes.pdf',
      line: 1,
      severity: 'warning',
    });
    expect(problems[0]?.message).toBe(
      'evidence/focus-group-notes.pdf (3 KB) is in an evidence folder, but no link or image in the portfolio cites it',
    );
  });
});
