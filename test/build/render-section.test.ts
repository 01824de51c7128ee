import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.js';
import { guidanceComment } from '../../src/init/section-file.js';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import { writePortfolio } from '../helpers/portfolio.js';
import { buildFiles, CONFIG, headingsOf, mainOf, section } from './build-helpers.js';

describe('rendering a section page', () => {
  it('has exactly one h1, the section title, and carries the heading anchor onto it', async () => {
    const { read } = await buildFiles({
      '1a.md': section(
        '1a',
        '# 1a My choices of technology\n\n## Description\n\nText.\n\n## Reflection\n\nMore text.',
      ),
    });
    const html = await read('1a.html');
    expect(headingsOf(html).filter((h) => h === 'h1')).toHaveLength(1);
    expect(html).toMatch(
      /<h1 id="1a-my-choices-of-technology">1a An understanding of the constraints and benefits of different technologies<\/h1>/,
    );
    expect(headingsOf(mainOf(html))).toEqual(['h1', 'h2', 'h2']);
  });

  it.each([
    [
      'h1 parts under an h1 title',
      '# 1a T\n\n# Description\n\nx\n\n# Reflection\n\ny',
      ['h2', 'h2'],
    ],
    ['h3 parts with no title', '### Description\n\nx\n\n### Reflection\n\ny', ['h2', 'h2']],
    [
      'a skipped level',
      '## Description\n\nx\n\n#### Example\n\ny\n\n## Reflection\n\nz',
      ['h2', 'h3', 'h2'],
    ],
    [
      'a deeper first heading',
      '#### Case\n\nx\n\n## Description\n\ny\n\n### Detail\n\nz',
      ['h2', 'h2', 'h3'],
    ],
    ['raw HTML headings', '<h1>Description</h1>\n\nx\n\n<h5>Detail</h5>\n\ny', ['h2', 'h3']],
  ])('demotes the candidate’s headings: %s', async (_name, body, expected) => {
    const { read } = await buildFiles({ '1a.md': section('1a', body) });
    const main = mainOf(await read('1a.html'));
    // The first heading in main is the page's own h1.
    expect(headingsOf(main)).toEqual(['h1', ...expected]);
  });

  it('drops every HTML comment, so template guidance never reaches the site', async () => {
    const guidance = guidanceComment('1a');
    const { read, result } = await buildFiles(
      {
        '1a.md': section(
          '1a',
          `# 1a Choosing technology\n\n${guidance}\n\n## Description\n\nMy own words.<!-- inline note -->\n\n<!-- a second comment -->\n\n## Reflection\n\nMore of my words.`,
        ),
      },
      { singleFile: true },
    );
    for (const file of ['1a.html', 'index.html', 'portfolio.html', 'evidence.html']) {
      const html = await read(file);
      expect(html).not.toContain('<!--');
      expect(html).not.toContain('What this section must show');
      expect(html).not.toContain('Pitfalls assessors refer portfolios for');
      expect(html).not.toContain('inline note');
    }
    expect(await read('1a.html')).toContain('My own words.');
    expect(result.skipped).toEqual([]);
  });

  it('renders GFM tables, footnotes, task lists and details without losing their content', async () => {
    const { read } = await buildFiles({
      '1a.md': section(
        '1a',
        '## Description\n\n| Tool | Cost |\n| --- | --- |\n| Moodle | £0 |\n\nA claim.[^1]\n\n- [x] piloted\n- [ ] evaluated\n\n<details>\n<summary>Full data</summary>\n\nHidden detail.\n\n</details>\n\n<figure><img src="x.png" alt="x" width="10"><figcaption>Caption</figcaption></figure>\n\n[^1]: The source.',
      ),
    });
    const main = mainOf(await read('1a.html'));
    expect(main).toContain('<table>');
    expect(main).toContain('<td>Moodle</td>');
    expect(main).toMatch(/<details>\s*<summary>Full data<\/summary>/);
    expect(main).toContain('<figcaption>Caption</figcaption>');
    expect(main).toMatch(/☑\s+piloted/);
    expect(main).toMatch(/☐\s+evaluated/);
    expect(main).not.toContain('<input');
    // Footnote links point at ids on the same page.
    const refs = [...main.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const id of refs) expect(main).toContain(`id="${id}"`);
  });

  it('gives each id on a page one element, even when two files share a heading', async () => {
    const { read } = await buildFiles({
      'a.md': '---\nsection: 1a\n---\n\n## Description\n\nOne.\n',
      'b.md': '# 1a Second file\n\n## Description\n\nTwo. [back](#description)\n',
    });
    const html = await read('1a.html');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes one page per section in portfolio order, a home page and the evidence matrix', async () => {
    const { result, read } = await buildFiles({
      '2a.md': section('2a', '## Description\n\nx'),
      '1a.md': section('1a', '## Description\n\nx'),
      'declaration.md': section('declaration', 'Signed: Sam Rivera\n\nDate: 2026-03-01'),
    });
    expect(result.pages.map((p) => p.file)).toEqual([
      'index.html',
      '1a.html',
      '2a.html',
      'declaration.html',
      'evidence.html',
    ]);
    const home = await read('index.html');
    expect(home).toContain('Sam Rivera');
    expect(home).toContain('<a href="evidence.html">evidence matrix</a>');
    const first = await read('1a.html');
    expect(first).toContain('rel="prev" href="index.html"');
    expect(first).toContain('rel="next" href="2a.html"');
    expect(await read('declaration.html')).toContain('<h1>Declaration</h1>');
  });
});

describe('rendering leaves the portfolio as it was read', () => {
  it('gives headings their ids beside raw HTML and footnotes, without changing the trees', async () => {
    const body = [
      '## Description',
      '',
      'I ran the pilot.[^1] <span class="note">Raw HTML</span>',
      '',
      '### Workshop plan',
      '',
      '<details><summary>Plan</summary>The plan.</details>',
      '',
      '## Reflection',
      '',
      'It worked, see [the plan][plan].',
      '',
      '[^1]: With six colleagues.',
      '[plan]: evidence/plan.pdf',
    ].join('\n');
    const dir = await writePortfolio({ 'cmalt.yml': CONFIG, '1a.md': section('1a', body) });
    const portfolio = await loadPortfolio(dir);
    const before = JSON.stringify(portfolio.files.map((file) => file.tree));
    const { outDir } = await buildSite(portfolio, {});
    expect(JSON.stringify(portfolio.files.map((file) => file.tree))).toBe(before);
    const html = await readFile(path.join(outDir, '1a.html'), 'utf8');
    expect(html).toMatch(/<h2 id="description">Description<\/h2>/);
    expect(html).toMatch(/<h3 id="workshop-plan">Workshop plan<\/h3>/);
    expect(html).toMatch(/<details><summary>Plan<\/summary>The plan.<\/details>/);
  });
});

describe('a file holding several sections', () => {
  it('resolves references and footnotes in one section against definitions in another', async () => {
    const body = [
      '# 1a Technology choices',
      '',
      'I chose Moodle, see [the plan][plan] and the note.[^cost]',
      '',
      '# 1b Technical knowledge',
      '',
      'The <abbr title="Virtual learning environment">VLE</abbr> audit.',
      '',
      '[plan]: evidence/plan.pdf',
      '[^cost]: It cost nothing.',
    ].join('\n');
    const { read } = await buildFiles({ 'portfolio.md': body, 'evidence/plan.pdf': '%PDF-1.4' });
    const first = mainOf(await read('1a.html'));
    expect(first).toMatch(/<a href="evidence\/plan\.pdf"[^>]*>the plan<\/a>/);
    expect(first).toContain('It cost nothing.');
    expect(first).not.toContain('VLE');
    const second = mainOf(await read('1b.html'));
    expect(second).toContain('<abbr title="Virtual learning environment">VLE</abbr>');
    expect(second).not.toContain('It cost nothing.');
  });
});
