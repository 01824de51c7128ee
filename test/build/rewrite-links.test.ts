import { describe, expect, it } from 'vitest';
import { buildFiles, mainOf, section } from './build-helpers.js';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

/** A portfolio whose 1a links to `url`; the other files give the links something to find. */
async function hrefOf(url: string, options: { baseUrl?: string } = {}) {
  const built = await buildFiles(
    {
      '1a.md': section(
        '1a',
        `## Description\n\nSee [the target](${url}).\n\n## Reflection\n\n### Own anchor\n\nText.`,
      ),
      'core-area-2.md':
        '# Core area 2\n\n## 2a Teaching processes\n\n### Description\n\nx\n\n## 2b Target learners\n\n### Learner survey\n\ny\n',
      'specialist-1.md': section('specialist-1', '# Accessibility\n\n## Description\n\nx'),
      'appendix.md':
        '---\ntitle: Appendix\npermalink: /appendix/\n---\n\n# Appendix\n\n## Appendix A: survey\n\nData.\n',
      'evidence/report.pdf': PDF,
      'evidence/My Report 2024.pdf': PDF,
      'assets/evidence/jekyll.pdf': PDF,
    },
    options,
  );
  const main = mainOf(await built.read('1a.html'));
  const link = /<(a|span)\b([^>]*)>the target<\/\1>/.exec(main);
  if (!link) throw new Error(`the link text is missing from 1a.html:\n${main}`);
  const href = /href="([^"]*)"/.exec(link[2] ?? '')?.[1];
  return { href: href ?? null, built };
}

describe('link rewriting', () => {
  it.each([
    ['a section file', 'specialist-1.md', 'specialist-1.html'],
    ['a section file and heading', 'specialist-1.md#description', 'specialist-1.html#description'],
    ['./ in front', './specialist-1.md#description', 'specialist-1.html#description'],
    ['a Jekyll .html link', 'specialist-1.html#description', 'specialist-1.html#description'],
    ['a Jekyll extensionless link', 'specialist-1#description', 'specialist-1.html#description'],
    [
      'a heading in a multi-section file',
      'core-area-2.md#learner-survey',
      '2b.html#learner-survey',
    ],
    [
      'a section heading in a multi-section file',
      'core-area-2.md#2b-target-learners',
      '2b.html#2b-target-learners',
    ],
    ['a multi-section file with no anchor', 'core-area-2.md', '2a.html'],
    ['an anchor on the same page', '#own-anchor', '#own-anchor'],
    [
      'a file that is no section (an appendix)',
      'appendix.md#appendix-a-survey',
      'appendix.html#appendix-a-survey',
    ],
    ['a Jekyll permalink', '/appendix/', 'appendix.html'],
    ['an evidence file', 'evidence/report.pdf', 'evidence/report.pdf'],
    [
      'an evidence file with a page anchor',
      'evidence/report.pdf#page=2',
      'evidence/report.pdf#page=2',
    ],
    [
      'an %20-encoded file name',
      'evidence/My%20Report%202024.pdf',
      'evidence/My%20Report%202024.pdf',
    ],
    ['a file name in <>', '<evidence/My Report 2024.pdf>', 'evidence/My%20Report%202024.pdf'],
    ['a site-absolute Jekyll path', '/assets/evidence/jekyll.pdf', 'assets/evidence/jekyll.pdf'],
    [
      'a site-absolute path under a base URL',
      '/my-portfolio/assets/evidence/jekyll.pdf',
      'assets/evidence/jekyll.pdf',
    ],
    ['a web page', 'https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['an email address', 'mailto:sam@example.ac.uk', 'mailto:sam@example.ac.uk'],
  ])('%s: %s → %s', async (_name, url, expected) => {
    const { href } = await hrefOf(url);
    expect(href).toBe(expected);
  });

  it.each([
    ['a missing file', 'evidence/missing.pdf', 'there is no file evidence/missing.pdf'],
    ['a path out of the folder', '../../etc/passwd', 'outside the portfolio folder'],
    ['an absolute path', '/etc/passwd', 'own disk'],
    ['a file on the author’s computer', 'file:///C:/Users/sam/report.pdf', 'author’s own computer'],
    ['a Windows path', 'C:\\Users\\sam\\report.pdf', 'author’s own computer'],
    ['a missing anchor on this page', '#nowhere', 'no heading or id #nowhere'],
    ['a script URL', 'javascript:alert(1)', 'javascript: scheme'],
  ])('leaves %s as plain text: %s', async (_name, url, reason) => {
    const { href, built } = await hrefOf(url);
    expect(href).toBeNull();
    const skipped = built.result.skipped.find((s) => s.url === url);
    expect(skipped).toMatchObject({ file: '1a.md', action: 'text' });
    expect(skipped?.reason).toContain(reason);
    expect(skipped?.line).toBeGreaterThan(1);
  });

  it('keeps a link to a page whose anchor is missing, and says so', async () => {
    const { href, built } = await hrefOf('specialist-1.md#no-such-heading');
    expect(href).toBe('specialist-1.html');
    expect(built.result.skipped).toEqual([
      expect.objectContaining({ url: 'specialist-1.md#no-such-heading', action: 'page' }),
    ]);
  });

  it('copies only the evidence that pages link to, under the same relative path', async () => {
    const { built } = await hrefOf('evidence/My%20Report%202024.pdf');
    expect(built.result.evidence.map((e) => e.path)).toEqual(['evidence/My Report 2024.pdf']);
    expect(built.result.files.map((f) => f.path)).toContain('evidence/My Report 2024.pdf');
    expect(built.result.files.map((f) => f.path)).not.toContain('evidence/report.pdf');
  });

  it('prefixes internal links with --base-url, and only then uses a leading slash', async () => {
    const page = await hrefOf('specialist-1.md#description', { baseUrl: 'cmalt' });
    expect(page.href).toBe('/cmalt/specialist-1.html#description');
    const file = await hrefOf('evidence/report.pdf', { baseUrl: '/cmalt/' });
    expect(file.href).toBe('/cmalt/evidence/report.pdf');
    const html = await file.built.read('1a.html');
    expect(html).toContain('<link rel="stylesheet" href="/cmalt/site.css">');
    expect(html).toContain('href="#cmalt-main"');

    const plain = await hrefOf('specialist-1.md');
    const hrefs = [...(await plain.built.read('1a.html')).matchAll(/(?:href|src)="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(hrefs.filter((h) => h?.startsWith('/'))).toEqual([]);
  });
});
