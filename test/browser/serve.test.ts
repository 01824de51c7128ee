import axe from 'axe-core';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeHandle } from '../../src/serve/index.js';
import { copyToTemp, examples } from '../helpers/portfolio.js';
import {
  launchChromium,
  requireChromium,
  runsInBrowser,
  warnIfSkipped,
} from '../helpers/chromium.js';

// The page.evaluate callbacks run in the browser. The project compiles without DOM types,
// so these name only what the callbacks use.
declare const document: unknown;
declare const window: {
  axe: typeof axe;
  cmaltLoadedBefore?: boolean;
  scrollTo(x: number, y: number): void;
};

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const repo = path.resolve(import.meta.dirname, '..', '..');
/** Long enough for a rebuild on a busy machine; a page that never reloads fails well before the test's own limit. */
const RELOAD_MS = 20_000;

warnIfSkipped('browser tests');

const NEW_TEXT =
  'In spring 2026 the Vevox pilot reached 1,140 pharmacy students across nine modules.';

describe.runIf(runsInBrowser)('cmalt serve in a browser', () => {
  let browser: Browser;
  let page: Page;
  let handle: ServeHandle;
  let dir: string;
  let original: string;
  let edited: string;

  beforeAll(async () => {
    requireChromium('browser tests');
    dir = await copyToTemp(path.join(examples, 'cmalt-lin-okafor'));
    original = await readFile(path.join(dir, '1a.md'), 'utf8');
    // A paragraph added to the reflection, with a date still to fill in, and an evidence item
    // whose file has not been added yet: what a half-finished save looks like.
    edited = original.replace(
      '\n## Evidence\n\n',
      `\n${NEW_TEXT} The lecturers' survey closed on [insert date].\n\n## Evidence\n\n- [Vevox pilot results for pharmacy (PDF, 3 pages)](evidence/vevox-pilot-results.pdf)\n`,
    );
    expect(edited).not.toBe(original);
    handle = await startServe({ root: dir, port: 0 });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await handle?.close();
  });

  const panel = () => page.locator('#cmalt-live');
  const lineOf = (text: string, needle: string) =>
    text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  /** Saves `text` as 1a.md and waits until the open page has reloaded by itself and shows `expected`. */
  async function saveAndWait(text: string, expected: () => Promise<void>): Promise<void> {
    await page.evaluate(() => {
      window.cmaltLoadedBefore = true;
    });
    const reloaded = page.waitForEvent('load', { timeout: RELOAD_MS });
    await writeFile(path.join(dir, '1a.md'), text);
    await reloaded;
    await expected();
    // A page that reloaded has lost what the old one set on window.
    expect(await page.evaluate(() => window.cmaltLoadedBefore)).toBeUndefined();
  }

  it('reloads the open page on a save, with the new text and the problems check finds', async () => {
    await page.goto(`${handle.url}1a.html`);
    await expect(panel().locator('h2').textContent()).resolves.toBe(
      'Live check: no problems in 1a',
    );
    expect(await page.locator('main').textContent()).not.toContain(NEW_TEXT);

    await saveAndWait(edited, () =>
      page.locator('main').getByText(NEW_TEXT).waitFor({ timeout: RELOAD_MS }),
    );
    await expect(panel().locator('h2').textContent()).resolves.toBe('Live check: 2 problems in 1a');
    const items = await panel().locator('li').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain(
      `Error 1a.md:${lineOf(edited, '[insert date]')} placeholder text left in 1a: "[insert date]" (placeholder-text)`,
    );
    expect(items[1]).toContain(
      `Error 1a.md:${lineOf(edited, 'vevox-pilot-results.pdf')} link evidence/vevox-pilot-results.pdf points to evidence/vevox-pilot-results.pdf, which is not in the portfolio (link-broken)`,
    );
    // The built file itself carries no panel: it is added only as the page is sent.
    const built = await readFile(path.join(handle.latest.siteDir ?? '', '1a.html'), 'utf8');
    expect(built).toContain(NEW_TEXT);
    expect(built).not.toContain('cmalt-live');
  }, 60_000);

  it('has no WCAG 2.2 AA violations with the panel open and listing problems, as photographed for the README', async () => {
    await expect(page.locator('#cmalt-live-toggle').getAttribute('aria-expanded')).resolves.toBe(
      'true',
    );
    expect(await panel().locator('#cmalt-live-body').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const shots = path.join(repo, 'test', '.tmp', 'screenshots');
    await mkdir(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'serve-panel.png') });
    await copyFile(
      path.join(shots, 'serve-panel.png'),
      path.join(repo, 'test', 'screenshots', 'serve-panel.png'),
    );
  }, 60_000);

  it('leaves room below the page, so its end can scroll out from under the panel', async () => {
    await page.evaluate(() => window.scrollTo(0, 1e7));
    const footer = await page.locator('footer').boundingBox();
    const box = await panel().boundingBox();
    if (!footer || !box) throw new Error('the footer or the panel is not on the page');
    expect(footer.y + footer.height).toBeLessThanOrEqual(box.y);
  }, 60_000);

  it('folds the list away with its button, and keeps it folded across a reload', async () => {
    const toggle = page.locator('#cmalt-live-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#cmalt-live-body').isVisible()).toBe(false);
    await page.reload();
    expect(await page.locator('#cmalt-live-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#cmalt-live-toggle').click();
    expect(await page.locator('#cmalt-live-body').isVisible()).toBe(true);
  }, 60_000);

  it('shows broken front matter with its file and line, keeps serving, and recovers on the next good save', async () => {
    const broken = edited.replace('title: An understanding', 'title: "An understanding');
    expect(broken).not.toBe(edited);
    await saveAndWait(broken, () =>
      panel().locator('[role="alert"]').waitFor({ state: 'attached', timeout: RELOAD_MS }),
    );
    const alert = await panel().locator('[role="alert"]').textContent();
    expect(alert).toContain('A file could not be read.');
    expect(alert).toContain(
      `1a.md:${lineOf(broken, 'title:')} the front matter (the block between the --- lines) is not valid YAML: Missing closing "quote (front-matter)`,
    );
    expect(await axeViolations(page)).toEqual([]);
    // The server still answers every page while the file is broken.
    expect((await page.request.get(`${handle.url}index.html`)).status()).toBe(200);

    await saveAndWait(edited, () =>
      panel().locator('[role="alert"]').waitFor({ state: 'detached', timeout: RELOAD_MS }),
    );
    await expect(panel().locator('h2').textContent()).resolves.toBe('Live check: 2 problems in 1a');
    expect(await page.locator('main').textContent()).toContain(NEW_TEXT);
  }, 60_000);

  it('keeps the last good page on screen while cmalt.yml cannot be read, and recovers', async () => {
    const config = path.join(dir, 'cmalt.yml');
    const good = await readFile(config, 'utf8');
    const broken = good.replace('candidate: Lin Okafor', 'candidate: "Lin Okafor');
    expect(broken).not.toBe(good);
    await page.evaluate(() => {
      window.cmaltLoadedBefore = true;
    });
    let reloaded = page.waitForEvent('load', { timeout: RELOAD_MS });
    await writeFile(config, broken);
    await reloaded;
    await panel().locator('[role="alert"]').waitFor({ state: 'attached', timeout: RELOAD_MS });
    const alert = await panel().locator('[role="alert"]').textContent();
    expect(alert).toContain(
      'The preview could not be rebuilt, so it shows the last version that worked.',
    );
    expect(alert).toMatch(/cmalt\.yml:\d+ cmalt\.yml is not valid YAML: Missing closing "quote/);
    expect(await page.locator('main').textContent()).toContain(NEW_TEXT);
    expect(await page.evaluate(() => window.cmaltLoadedBefore)).toBeUndefined();

    reloaded = page.waitForEvent('load', { timeout: RELOAD_MS });
    await writeFile(config, good);
    await reloaded;
    await panel().locator('[role="alert"]').waitFor({ state: 'detached', timeout: RELOAD_MS });
    await expect(panel().locator('h2').textContent()).resolves.toBe('Live check: 2 problems in 1a');
  }, 60_000);
});

/** Every WCAG 2.2 AA violation axe finds on the open page, as `rule: help (targets)`. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (tags) => {
    const run = await window.axe.run(document as never, {
      runOnly: { type: 'tag', values: tags },
    });
    return run.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }, TAGS);
}
