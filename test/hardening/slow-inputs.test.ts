import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBinWithin } from './support/bin.js';
import { makeCaseFolder, MINIMAL_CONFIG, removeCaseFolders } from './support/case-folder.js';

// Small pages (well under the 5 MB limit) that once made cmalt run for minutes. A page that
// loads in a second must check in seconds too; the bin is killed at the limit, so a regression
// fails here quickly instead of hanging the suite.

const LIMIT_MS = 10_000;

const pages: { name: string; body: string }[] = [
  {
    // Before the fix in src/model/read-source.ts, the loader itself took minutes on this.
    name: '200,000 Liquid tags that never close (600 KB)',
    body: `# 1a\n\n## Description\n\n${'{% '.repeat(200_000)}\n`,
  },
  {
    name: '200,000 Liquid outputs that never close (600 KB)',
    body: `# 1a\n\n## Description\n\n${'{{ '.repeat(200_000)}\n`,
  },
  {
    name: 'a run of 40,000 spaces inside a paragraph (40 KB)',
    body: `# 1a\n\n## Description\n\nBefore${' '.repeat(40_000)}after.\n`,
  },
  {
    name: '4,000 web addresses written as <autolinks> on one line (150 KB)',
    body: `# 1a\n\n## Evidence\n\n${Array.from({ length: 4000 }, (_, i) => `<https://example.org/evidence/${i}>`).join(' ')}\n`,
  },
  {
    name: '50,000 HTML comments that never close (250 KB)',
    body: `# 1a\n\n## Description\n\n${'<!-- '.repeat(50_000)}\n`,
  },
  {
    // Before the fix in src/model/nesting-depth.ts this took four minutes to load.
    name: 'lists nested 1,000 deep (1 MB)',
    body: `# 1a\n\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`,
  },
];

afterAll(removeCaseFolders);

describe('small pages that must not take minutes to check', () => {
  it.concurrent.for(pages)('$name', { timeout: LIMIT_MS * 3 }, async ({ name, body }) => {
    const f = await makeCaseFolder(name.replace(/[^a-z0-9]+/gi, '-'));
    await f.write('cmalt.yml', MINIMAL_CONFIG);
    await f.write('1a.md', body);
    const run = await runBinWithin(['check', f.dir], {
      cwd: path.dirname(f.dir),
      timeoutMs: LIMIT_MS,
    });
    expect(run.timedOut, `check was killed after ${run.ms} ms`).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(/This is a bug|failed inside cmalt/);
  });
});
