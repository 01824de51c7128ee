import { beforeAll, describe, expect, it } from 'vitest';
import type { HtmlSource } from '../../../src/import/html-source.js';
import { SourceError } from '../../../src/import/sources/source-error.js';
import { readTsxSite, tsxFileToHtml } from '../../../src/import/sources/tsx-site.js';
import { PNG } from './fixtures/alt-template-docx.js';
import { headings, htmlWords } from './fixtures/html-words.js';
import { NEXT_PAGES_SITE } from './fixtures/next-pages-site.js';
import { writeSite } from './fixtures/write-site.js';

describe('a Next.js portfolio with a pages/ folder', () => {
  let pages: HtmlSource[];
  beforeAll(async () => {
    const root = writeSite({ ...NEXT_PAGES_SITE, 'public/images/quiz-settings.png': PNG });
    pages = await readTsxSite(root);
  });

  it('reads each page, index first, in the order of the scheme, and no component or API file', () => {
    expect(pages.map((page) => page.file)).toEqual([
      'pages/index.tsx',
      'pages/core-areas/1a.tsx',
      'pages/core-areas/2b.tsx',
      'pages/future-plans.tsx',
    ]);
  });

  it('keeps headings at their levels, from data arrays and inlined components', () => {
    expect(headings(pages[1]!.html)).toEqual([
      'h1 1a – An understanding of the constraints and benefits of different technologies',
      'h2 Description',
      'h3 Choosing an online quiz tool',
      'h3 Weighing sustainability',
      'h2 Reflection',
      'h2 Evidence',
    ]);
    expect(headings(pages[2]!.html)).toEqual([
      'h1 2b – An understanding of your target learners',
      'h2 Description',
      'h2 Reflection',
      'h3 Evidence',
    ]);
  });

  it('keeps links from JSON data and images as assets with their alt text', () => {
    expect(pages[0]!.html).toContain(
      '<a href="/core-areas/2b">2b: An understanding of your target learners</a>',
    );
    expect(pages[1]!.html).toContain('<a href="/evidence/board-minutes.pdf">');
    expect(pages[1]!.html).toContain(
      '<img src="quiz-settings.png" alt="The Moodle quiz settings page with the timing panel open">',
    );
    expect(pages[1]!.assets.map((asset) => asset.name)).toEqual(['quiz-settings.png']);
  });

  it('reads Markdown, inner HTML and tables, and reports text only the running site knows', () => {
    const page = pages[2]!;
    expect(page.html).toContain('<strong>one</strong>');
    expect(page.html).toContain('<li>Captions are switched on by default.</li>');
    expect(page.html).toContain('<em>anonymised</em>');
    expect(page.html).toContain('<td>Captions on by default</td>');
    expect(page.notices.map((notice) => [notice.kind, notice.where])).toEqual([
      ['dropped', 'pages/core-areas/2b.tsx:31'],
      ['warning', 'pages/core-areas/2b.tsx:34'],
    ]);
  });

  it('holds every word of the pages’ prose, none twice, and none of the layout', () => {
    expect(pages.map((page) => htmlWords(page.html))).toEqual([110, 200, 110, 40]);
    expect(pages.some((page) => page.html.includes('<nav'))).toBe(false);
  });
});

describe('one page given as text', () => {
  it('binds .map over literal data and reports imports it cannot follow', () => {
    const page = tsxFileToHtml(
      `import { intro } from './data';
const areas = [{ code: '3a', title: 'Legislation' }, { code: '3b', title: 'Policies' }];
export default function Page() {
  return <main><p>{intro}</p>{areas.map(({ code, title }) => <h2 key={code}>{code} {title}</h2>)}</main>;
}`,
      'page.tsx',
    );
    expect(headings(page.html)).toEqual(['h2 3a Legislation', 'h2 3b Policies']);
    expect(page.notices).toHaveLength(1);
    expect(page.notices[0]!.where).toBe('page.tsx:4');
  });

  it('a syntax error names the file, line and column', () => {
    const thrown = (() => {
      try {
        tsxFileToHtml(
          'export default function Page() {\n  return <p>Unclosed;\n}\n',
          'pages/1a.tsx',
        );
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(SourceError);
    expect((thrown as SourceError).message).toMatch(/^pages\/1a\.tsx:\d+:\d+: could not be read/);
  });
});
