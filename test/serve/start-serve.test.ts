import { readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServe, type ServeHandle } from '../../src/serve/index.js';
import { copyToTemp, examples } from '../helpers/portfolio.js';

describe('startServe', () => {
  let handle: ServeHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('serves the site with the live panel, rebuilds on a change, and leaves the portfolio alone', async () => {
    const dir = await copyToTemp(path.join(examples, 'cmalt-lin-okafor'));
    const before = (await readdir(dir)).sort();
    handle = await startServe({ root: dir });
    const page = await (await fetch(`${handle.url}1a.html`)).text();
    expect(page).toContain('id="cmalt-live"');
    expect(page).toContain('aria-expanded="true"');
    const built = await readFile(path.join(handle.latest.siteDir ?? '', '1a.html'), 'utf8');
    expect(built).not.toContain('cmalt-live');

    const file = path.join(dir, '1a.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\n\nA freshly saved sentence.\n`);
    const outcome = await handle.rebuild();
    expect(outcome.version).toBeGreaterThan(1);
    expect(await (await fetch(`${handle.url}1a.html`)).text()).toContain(
      'A freshly saved sentence.',
    );

    const tempDir = handle.tempDir;
    await handle.close();
    handle = undefined;
    expect(existsSync(tempDir)).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(before);
  }, 60_000);

  it('serves the evidence the site links to from the portfolio, without copying it, and nothing else', async () => {
    const dir = await copyToTemp(path.join(examples, 'cmalt-lin-okafor'));
    handle = await startServe({ root: dir });
    const chart = 'evidence/caption-accuracy-comparison.png';
    expect(handle.latest.evidence).toContainEqual({ path: chart, source: chart });
    expect(existsSync(path.join(handle.latest.siteDir ?? '', chart))).toBe(false);
    const response = await fetch(handle.url + chart);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(
      await readFile(path.join(dir, chart)),
    );

    // A new version of the file is what the next request gets, with no rebuild.
    await writeFile(path.join(dir, chart), 'a replaced chart');
    expect(await (await fetch(handle.url + chart)).text()).toBe('a replaced chart');

    for (const unlinked of ['1a.md', 'cmalt.yml', 'evidence/', '../1a.md', '%2e%2e/cmalt.yml'])
      expect((await fetch(handle.url + unlinked)).status, unlinked).toBeGreaterThanOrEqual(400);
  }, 60_000);
});
