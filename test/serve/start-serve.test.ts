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
});
