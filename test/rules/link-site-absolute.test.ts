import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runRule } from '../helpers/portfolio.js';

describe('link-site-absolute', () => {
  it('passes relative links and Jekyll {{ site.baseurl }} links', async () => {
    expect(
      await runRule('link-site-absolute', path.join(fixtures, 'layouts', 'jekyll-en-dash')),
    ).toEqual([]);
    expect(
      await runRule('link-site-absolute', {
        '1a.md': '# 1a Constraints\n\n[Options paper](evidence/options.pdf)\n',
        'evidence/options.pdf': 'pdf',
      }),
    ).toEqual([]);
  });

  it('says once that hard-coded /baseurl/ links break in a zip', async () => {
    const problems = await runRule(
      'link-site-absolute',
      path.join(fixtures, 'layouts', 'single-file'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'portfolio.md',
      line: 48,
      column: 3,
      severity: 'info',
    });
    expect(problems[0]?.message).toBe(
      '`/my-cmalt/assets/device-options-paper.pdf` and 15 other links in portfolio.md start with / (a site address under /my-cmalt): they work on the published site, but not in a zip or offline copy',
    );
  });
});
