import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runRule } from '../helpers/portfolio.js';

const layouts = path.join(fixtures, 'layouts');

describe('link-broken', () => {
  it('reports exactly the renamed appendix anchor in the Jekyll en-dash portfolio', async () => {
    const problems = await runRule('link-broken', path.join(layouts, 'jekyll-en-dash'));
    expect(problems).toHaveLength(1);
    const [broken] = problems;
    expect(broken).toMatchObject({
      file: 'core-area-1.md',
      line: 78,
      column: 3,
      severity: 'error',
      section: '1c',
    });
    expect(broken?.message).toContain('`appendix.md#appendix-d-staff-survey`');
    expect(broken?.message).toContain('did you mean #appendix-d-staff-digital-confidence-survey?');
  });

  it('resolves baseurl links, %20 and Jekyll post links, and reports a case-only mismatch', async () => {
    const problems = await runRule('link-broken', path.join(layouts, 'single-file'));
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['portfolio.md:134']);
    expect(problems[0]?.message).toBe(
      'link `assets/survey-results.PDF` differs only in letter case from assets/survey-results.pdf; it works on Windows and macOS but breaks on the web',
    );
    expect(await runRule('link-broken', path.join(layouts, 'bold-headings'))).toEqual([]);
  });

  it('passes .md pages linked as .html, without extension, by permalink, and kramdown anchors', async () => {
    const problems = await runRule('link-broken', {
      'index.md': [
        '# 1a – Constraints and benefits',
        '',
        'See [the appendix](appendix.html#appendix-a-survey), [again](appendix#appendix-a-survey),',
        '[by permalink](/evidence-appendix/), [kramdown anchor](#a--constraints-and-benefits),',
        '[the top](#top), [the folder](evidence/) and ![a bar chart of survey replies](evidence/chart%20v2.png).',
        '',
      ].join('\n'),
      'appendix.md': '---\npermalink: /evidence-appendix/\n---\n## Appendix A: Survey\n',
      'evidence/chart v2.png': 'png',
    });
    expect(problems).toEqual([]);
  });

  it('reports a missing file with a near match, and a missing anchor in the same page', async () => {
    const problems = await runRule('link-broken', {
      '1a.md': [
        '# 1a Constraints',
        '',
        '- [Survey results](evidence/survey-result.pdf)',
        '- [Back to the start](#constraint)',
        '',
      ].join('\n'),
      'evidence/survey-results.pdf': 'pdf',
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: '1a.md', line: 3, column: 3, severity: 'error' });
    expect(problems[0]?.message).toBe(
      'link `evidence/survey-result.pdf` points to evidence/survey-result.pdf, which is not in the portfolio; did you mean evidence/survey-results.pdf?',
    );
    expect(problems[1]?.line).toBe(4);
    expect(problems[1]?.message).toContain('but this page has no heading or id with that anchor');
  });
});
