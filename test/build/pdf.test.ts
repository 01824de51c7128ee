import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { existsSync } from 'node:fs';
import { appendFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookmarks, type Bookmark } from '../../src/build/pdf/pdf-structure.js';
import { copyToTemp, examples } from '../helpers/portfolio.js';
import { runBin, runCli, type CliRun } from '../helpers/run-cli.js';
import { CHROMIUM, requireChromium, runsInBrowser, warnIfSkipped } from '../helpers/chromium.js';

warnIfSkipped('PDF tests');

/** Text with all white space removed: PDF text runs break and join words differently. */
const squash = (text: string) => text.replace(/\s+/g, '');

interface SiteSection {
  file: string;
  /** The contents entry's title, without the code. */
  title: string;
  /** The section's heading as the PDF shows it (code and title). */
  heading: string;
  /** Runs of the page's prose, each ending where a link to evidence or the web does. */
  runs: string[];
}

function elements(node: Root | Element, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    else found.push(...elements(child, test));
  }
  return found;
}

const hasClass = (e: Element, name: string) =>
  Array.isArray(e.properties.className) && e.properties.className.includes(name);

/**
 * A paragraph's text cut after each link the print stylesheet follows with its address, so
 * every run reads the same in the PDF as on the page.
 */
function runsOf(block: Element): string[] {
  const runs: string[] = [''];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type === 'text') runs[runs.length - 1] += child.value;
      if (child.type !== 'element') continue;
      walk(child);
      if (
        child.tagName === 'a' &&
        (hasClass(child, 'evidence-link') || hasClass(child, 'external-link'))
      )
        runs.push('');
    }
  };
  walk(block);
  return runs.map(squash).filter((r) => r.length >= 12);
}

async function siteSections(site: string): Promise<SiteSection[]> {
  const home = fromHtml(await readFile(path.join(site, 'index.html'), 'utf8'));
  const [main] = elements(home, (e) => e.tagName === 'main');
  if (!main) throw new Error('the home page has no main');
  const entries = elements(main, (e) => e.tagName === 'ol' && hasClass(e, 'contents')).flatMap(
    (list) => elements(list, (e) => e.tagName === 'a'),
  );
  const links = [
    ...entries.map((a) => ({
      file: String(a.properties.href),
      title: toText(elements(a, (e) => hasClass(e, 'title'))[0] ?? a).trim(),
    })),
    { file: 'evidence.html', title: 'Evidence matrix' },
  ];
  return Promise.all(
    links.map(async ({ file, title }) => {
      const page = fromHtml(await readFile(path.join(site, decodeURIComponent(file)), 'utf8'));
      const [pageMain] = elements(page, (e) => e.tagName === 'main');
      if (!pageMain) throw new Error(`${file} has no main`);
      const [h1] = elements(pageMain, (e) => e.tagName === 'h1');
      const blocks = elements(pageMain, (e) => ['p', 'li', 'td', 'th', 'dd'].includes(e.tagName));
      return {
        file,
        title,
        heading: toText(h1 ?? pageMain).trim(),
        runs: blocks.filter((b) => !elements(b, (e) => e.tagName === 'p').length).flatMap(runsOf),
      };
    }),
  );
}

function flatten(items: Bookmark[]): Bookmark[] {
  return items.flatMap((item) => [item, ...flatten(item.children)]);
}

function linkUris(pdf: PDFDocument): string[] {
  const uris: string[] = [];
  for (const page of pdf.getPages()) {
    const annots = page.node.Annots();
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const action = annots?.lookup(i, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookup(PDFName.of('URI'));
      if (uri instanceof PDFString || uri instanceof PDFHexString) uris.push(uri.decodeText());
    }
  }
  return uris;
}

describe.runIf(runsInBrowser)('cmalt build --pdf', () => {
  let run: CliRun;
  let dir: string;
  let site: string;
  let bytes: Uint8Array;
  let pdf: PDFDocument;
  /** Each page's text, white space removed, the footer line taken off. */
  let pages: string[];
  let footers: (string | undefined)[];
  let sections: SiteSection[];

  beforeAll(async () => {
    requireChromium('PDF tests');
    dir = await copyToTemp(path.join(examples, 'cmalt-lin-okafor'));
    await appendFile(
      path.join(dir, 'future-plans.md'),
      '\nThe [CMALT scheme guidance](https://www.alt.ac.uk/certified-membership) sets out what the review after three years asks for.\n',
    );
    run = await runBin(['build', dir, '--pdf', '--zip'], { env: { CHROME_PATH: CHROMIUM } });
    site = path.join(dir, 'dist');
    bytes = new Uint8Array(await readFile(path.join(site, 'portfolio.pdf')));
    pdf = await PDFDocument.load(bytes);
    const document = await getDocument({ data: bytes.slice() }).promise;
    pages = [];
    footers = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      const text = squash(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
      const footer = /LinOkafor:CMALTportfolioPage(\d+)of(\d+)/.exec(text);
      footers.push(footer?.[0]);
      pages.push(footer ? text.replace(footer[0], '') : text);
    }
    sections = await siteSections(site);
  }, 120_000);

  it('reports the PDF with the number of pages it really has', () => {
    expect(run.stderr).not.toContain('cmalt:');
    expect(run.code).toBe(0);
    const reported = /^✔ PDF: (.+) \((\d+) pages, \d+ KB\)$/m.exec(run.stdout);
    expect(reported?.[1]).toBe(path.join(site, 'portfolio.pdf'));
    expect(Number(reported?.[2])).toBe(pdf.getPageCount());
    expect(pages).toHaveLength(pdf.getPageCount());
    // A page for the contents and at least one for each of the 14 sections.
    expect(pdf.getPageCount()).toBeGreaterThan(15);
  });

  it('numbers every page in its footer', () => {
    const total = pages.length;
    expect(footers).toEqual(pages.map((_, i) => `LinOkafor:CMALTportfolioPage${i + 1}of${total}`));
  });

  it('holds the text of every section of the site', () => {
    const text = pages.join('');
    expect(sections.length).toBeGreaterThan(12);
    for (const section of sections) {
      expect(section.runs.length, section.file).toBeGreaterThan(0);
      for (const runText of section.runs)
        expect(text, section.file).toContain(runText.slice(0, 60));
    }
  });

  it('lists each section in the contents with the page its heading is on', () => {
    const contents = pages[0] ?? '';
    const entries = [...sections, { title: 'Evidence files', heading: 'Evidence files' }];
    // Each row reads code, title, page number; the next row's code follows straight on.
    const escape = (text: string) => squash(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const rows = new RegExp(entries.map((e) => `${escape(e.heading)}(\\d+)`).join(''));
    const listed = rows.exec(contents);
    expect(listed, contents).not.toBeNull();
    const numbers = listed?.slice(1).map(Number) ?? [];
    const headingPages = entries.map(
      (entry) => pages.findIndex((p, i) => i > 0 && p.includes(squash(entry.heading))) + 1,
    );
    expect(numbers).toEqual(headingPages);
    expect(numbers[0]).toBe(2);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
  });

  it('has a bookmark for every section, in order, opening the page it starts on', () => {
    const marks = flatten(bookmarks(pdf));
    let at = -1;
    for (const section of sections) {
      const index = marks.findIndex((m, i) => i > at && m.title === section.heading);
      expect(index, section.heading).toBeGreaterThan(at);
      const page = pages.findIndex((p, i) => i > 0 && p.includes(squash(section.heading))) + 1;
      expect(marks[index]?.page, section.heading).toBe(page);
      at = index;
    }
  });

  it('keeps links: to the web, and to evidence beside the PDF', () => {
    const uris = linkUris(pdf);
    expect(uris).toContain('https://www.alt.ac.uk/certified-membership');
    expect(uris).toContain('evidence/ally-rollout-plan.pdf');
    expect(uris.filter((u) => u.startsWith('file:'))).toEqual([]);
  });

  it('is tagged, with a structure tree and the document language', () => {
    const markInfo = pdf.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo?.get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)).toBeDefined();
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toContain('en-GB');
  });

  it('goes into the manifest and the zip, and leaves nothing else behind', async () => {
    const manifest = JSON.parse(await readFile(path.join(site, 'manifest.json'), 'utf8')) as {
      files: { path: string; size: number }[];
    };
    expect(manifest.files).toContainEqual(
      expect.objectContaining({ path: 'portfolio.pdf', size: bytes.length }),
    );
    expect((await readdir(site)).filter((f) => f.startsWith('.'))).toEqual([]);
    expect((await readdir(dir)).filter((f) => f.startsWith('.dist'))).toEqual([]);
  });
});

describe('cmalt build --pdf without a browser', () => {
  it('names CHROME_PATH when it points at nothing, builds nothing and exits 2', async () => {
    const dir = await copyToTemp(path.join(examples, 'cmalt-lin-okafor'));
    const missing = path.join(dir, 'no-such-chrome');
    const result = await runCli(['build', dir, '--pdf'], { env: { CHROME_PATH: missing } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cmalt: CHROME_PATH is set to ${missing}`);
    expect(result.stderr).toContain('Set CHROME_PATH to the full path');
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  });

  it('says so calmly when CHROME_PATH names a file that is not a browser', async () => {
    const dir = await copyToTemp(path.join(examples, 'cmalt-lin-okafor'));
    const notes = path.join(dir, 'evidence', 'README.md');
    const result = await runCli(['build', dir, '--pdf'], { env: { CHROME_PATH: notes } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^cmalt: ${notes.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} could not be started to print the PDF: `,
        'm',
      ),
    );
    expect(result.stderr).toContain('Check that it is Chrome or Chromium');
    expect(result.stderr).not.toContain('    at ');
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    expect((await readdir(dir)).filter((f) => f.startsWith('.dist'))).toEqual([]);
  });
});
