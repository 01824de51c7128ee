import axe from 'axe-core';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.js';
import type { BuildResult } from '../../src/build/types.js';
import { applyImportPlan } from '../../src/import/apply-import-plan.js';
import { planImport } from '../../src/import/plan-import.js';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import { copyToTemp, examples, fixtures } from '../helpers/portfolio.js';
import { serveFolder } from './static-server.js';
import {
  launchChromium,
  requireChromium,
  runsInBrowser,
  warnIfSkipped,
} from '../helpers/chromium.js';

// The page.evaluate callbacks run in the browser. The project compiles without DOM types,
// so these name only what the callbacks use.
interface PageElement {
  id: string;
  style: Record<string, string>;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number };
  append(child: PageElement): void;
  remove(): void;
}
declare const document: {
  documentElement: { lang: string };
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement> & { length: number };
  createElement(tag: string): PageElement;
};
declare const window: { axe: typeof axe };

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const repo = path.resolve(import.meta.dirname, '..', '..');

warnIfSkipped('browser tests');

/** The example portfolio when it is there, else the build fixture. */
function portfolioSource(): string {
  const example = path.join(examples, 'cmalt-lin-okafor');
  return existsSync(path.join(example, 'cmalt.yml'))
    ? example
    : path.join(fixtures, 'build', 'small-portfolio');
}

describe.runIf(runsInBrowser)('the built site in a browser', () => {
  let browser: Browser;
  let page: Page;
  let result: BuildResult;
  let server: Awaited<ReturnType<typeof serveFolder>>;

  beforeAll(async () => {
    requireChromium('browser tests');
    const dir = await copyToTemp(portfolioSource());
    result = await buildSite(await loadPortfolio(dir), { singleFile: true });
    server = await serveFolder(result.outDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pageFiles = () => [...result.pages.map((p) => p.file), 'portfolio.html'];

  it('has no WCAG 2.2 AA violations on any page', async () => {
    expect(await axeFailures(page, server.url, pageFiles())).toEqual([]);
  }, 180_000);

  it('has one h1, a skip link first, landmarks and lang on every page', async () => {
    for (const file of pageFiles()) {
      await page.goto(server.url + file);
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: document.querySelectorAll('h1').length,
        firstFocusable: document
          .querySelector(
            'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
          )
          ?.getAttribute('href'),
        landmarks: ['header', 'nav[aria-label]', 'main#cmalt-main', 'footer'].every((s) =>
          document.querySelector(s),
        ),
      }));
      expect(facts, file).toEqual({
        lang: 'en-GB',
        h1: 1,
        firstFocusable: '#cmalt-main',
        landmarks: true,
      });
    }
  });

  it('loads every internal link, and every #anchor exists', async () => {
    const ids = new Map<string, Set<string>>();
    const links: { from: string; href: string }[] = [];
    for (const file of pageFiles()) {
      await page.goto(server.url + file);
      const found = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id], a[name]')].map(
          (e) => e.id || e.getAttribute('name') || '',
        ),
        hrefs: [...document.querySelectorAll('a[href]')]
          .map((a) => a.getAttribute('href') ?? '')
          .filter((h) => !/^(https?:|mailto:)/.test(h)),
      }));
      ids.set(file, new Set(found.ids));
      links.push(...found.hrefs.map((href) => ({ from: file, href })));
    }
    expect(links.length).toBeGreaterThan(50);
    const problems: string[] = [];
    const statuses = new Map<string, number>();
    for (const { from, href } of links) {
      const target = new URL(href, server.url + from);
      const file = decodeURIComponent(target.pathname.slice(1));
      if (!statuses.has(file))
        statuses.set(file, (await page.request.get(target.origin + target.pathname)).status());
      if (statuses.get(file) !== 200) problems.push(`${from}: ${href} → ${statuses.get(file)}`);
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && !ids.get(file)?.has(anchor)) problems.push(`${from}: ${href} → no #${anchor}`);
    }
    expect(problems).toEqual([]);
  });

  it('looks calm and readable: screenshots of the home page and a section page', async () => {
    const shots = path.join(repo, 'test', '.tmp', 'screenshots');
    await mkdir(shots, { recursive: true });
    const section = result.pages.find((p) => p.section === '1a') ?? result.pages[1];
    await page.goto(`${server.url}index.html`);
    await page.screenshot({ path: path.join(shots, 'home.png') });
    await page.goto(server.url + (section?.file ?? 'index.html'));
    await page.screenshot({ path: path.join(shots, 'section.png') });
    await mkdir(path.join(repo, 'test', 'screenshots'), { recursive: true });
    await copyFile(
      path.join(shots, 'home.png'),
      path.join(repo, 'test', 'screenshots', 'home.png'),
    );
    await copyFile(
      path.join(shots, 'section.png'),
      path.join(repo, 'test', 'screenshots', 'section.png'),
    );
    // Text stays within a readable measure: no wider than 70 characters of the body font.
    const characters = await page.evaluate(() => {
      const p = document.querySelector('main p:not(.eyebrow)');
      if (!p) return 0;
      const ch = document.createElement('span');
      ch.style.width = '1ch';
      ch.style.display = 'inline-block';
      p.append(ch);
      const width = p.getBoundingClientRect().width / ch.getBoundingClientRect().width;
      ch.remove();
      return width;
    });
    expect(characters).toBeGreaterThan(40);
    expect(characters).toBeLessThanOrEqual(70.5);
  });
});

/** Every WCAG 2.2 AA violation axe finds on the given pages, as `file: rule: help (targets)`. */
async function axeFailures(page: Page, base: string, files: string[]): Promise<string[]> {
  const failures: string[] = [];
  for (const file of files) {
    await page.goto(base + file);
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async (tags) => {
      const run = await window.axe.run(document as never, {
        runOnly: { type: 'tag', values: tags },
      });
      return run.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
    }, TAGS);
    failures.push(...violations.map((v) => `${file}: ${v}`));
  }
  return failures;
}

describe.runIf(runsInBrowser)('an imported portfolio, built, in a browser', () => {
  it('has no WCAG 2.2 AA violations on any page of a Google Sites export once imported', async () => {
    const plan = await planImport({ source: path.join(fixtures, 'import', 'google-sites') });
    const dir = await mkdtemp(path.join(tmpdir(), 'cmalt-imported-'));
    await applyImportPlan(dir, plan);
    const built = await buildSite(await loadPortfolio(dir), { force: true });
    const served = await serveFolder(built.outDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const files = built.pages.map((p) => p.file);
      expect(files.length).toBeGreaterThan(10);
      expect(await axeFailures(page, served.url, files)).toEqual([]);
    } finally {
      await browser.close();
      await served.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
