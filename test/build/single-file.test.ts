import { describe, expect, it } from 'vitest';
import { copyToTemp } from '../helpers/portfolio.js';
import { buildDir, smallPortfolio } from './build-helpers.js';

describe('--single-file', () => {
  it('writes one self-contained page: styles inline, local images embedded, other evidence listed', async () => {
    const built = await buildDir(await copyToTemp(smallPortfolio), { singleFile: true });
    const html = await built.read('portfolio.html');
    expect(html).toContain('<style>');
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html).toMatch(
      /<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="Bar chart of weekly page views/,
    );
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('<h2 id="evidence-files-title">Evidence files</h2>');
    expect(html).toContain(
      '<a class="evidence-link" href="evidence/Survey%20Results.pdf">evidence/Survey Results.pdf</a>',
    );
    expect(html).not.toMatch(/<a class="evidence-link" href="evidence\/chart\.png">evidence/);
    expect(built.result.singleFile).toMatchObject({ written: true, budget: { status: 'ok' } });
  });

  it('keeps every in-page link pointing at an id that exists, and every id unique', async () => {
    const built = await buildDir(await copyToTemp(smallPortfolio), { singleFile: true });
    const html = await built.read('portfolio.html');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) =>
      decodeURIComponent(m[1] ?? ''),
    );
    expect(targets.length).toBeGreaterThan(20);
    for (const target of targets) expect(ids).toContain(target);
    expect(html).not.toMatch(/href="[^"#]+\.html/);
    expect(html).toContain('href="#appendix--appendix-a-pilot-timeline"');
    expect(html).toContain(
      'href="#1a--1a--an-understanding-of-the-constraints-and-benefits-of-different-technologies"',
    );
  });
});
