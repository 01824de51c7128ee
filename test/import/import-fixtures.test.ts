import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.js';
import { applyImportPlan } from '../../src/import/apply-import-plan.js';
import { planImport } from '../../src/import/plan-import.js';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import { countWords } from '../../src/model/words.js';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures');
const CORE = [
  'contextual-statement',
  '1a',
  '1b',
  '1c',
  '2a',
  '2b',
  '3a',
  '3b',
  '4a',
  'future-plans',
  'declaration',
];
const LANDMARKS = new Set([
  'navigation',
  'site header',
  'site footer',
  'sidebar',
  'script',
  'style',
  'form',
  'visitors’ comments',
  'post details',
  'hidden',
  'button',
  // "Core Area 1: Operational issues" over 1a–1c: the outline, not text to place.
  'group heading',
]);

const cases = [
  {
    name: 'google-sites',
    source: 'import/google-sites',
    sections: [...CORE, 'specialist-1'],
    pathway: 'cmalt',
    candidate: 'Priya Raman',
  },
  {
    name: 'wordpress',
    source: 'import/wordpress',
    sections: [...CORE, 'specialist-1'],
    pathway: 'cmalt',
    candidate: 'Tomasz Nowak',
  },
  {
    name: 'single saved page',
    source: 'import/single-page/Sam Okoro CMALT portfolio.html',
    sections: [...CORE, 'specialist-1', 'specialist-2', 'advanced-1'],
    pathway: 'senior',
    candidate: 'Sam Okoro',
  },
];

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

/** Visible words of the source pages, counted without the importer's own code. */
async function sourceWords(source: string): Promise<number> {
  const files = source.endsWith('.html')
    ? [source]
    : (await readdir(source, { recursive: true }))
        .filter((f) => f.endsWith('.html'))
        .map((f) => path.join(source, f));
  let sum = 0;
  for (const file of files) {
    const tree = fromHtml(await readFile(file, 'utf8'));
    const body = tree.children.find((c) => c.type === 'element' && c.tagName === 'html');
    const bodyEl =
      body && 'children' in body
        ? body.children.find((c) => c.type === 'element' && c.tagName === 'body')
        : undefined;
    sum += countWords(toText(bodyEl ?? tree));
  }
  return sum;
}

describe.each(cases)('cmalt import: $name', (c) => {
  it('maps every criterion, keeps every word and builds', async () => {
    const source = path.join(fixtures, c.source);
    const plan = await planImport({ source });
    const out = await mkdtemp(path.join(tmpdir(), 'cmalt-import-'));
    temps.push(out);
    await applyImportPlan(out, plan);

    // Words in equal words out: only page furniture is left out.
    expect(plan.totals.read).toBe(await sourceWords(source));
    expect(plan.totals.read).toBe(plan.totals.written + plan.totals.dropped);
    for (const d of plan.dropped) expect(LANDMARKS.has(d.what), d.what).toBe(true);
    for (const s of plan.sections) expect(s.wordsWritten, s.id).toBe(s.wordsRead);
    console.log(
      `${c.name}: read ${plan.totals.read}, written ${plan.totals.written}, dropped ${plan.totals.dropped}`,
    );

    const portfolio = await loadPortfolio(out);
    expect(
      portfolio.problems.filter((p) => p.ruleId === 'config' && p.severity === 'error'),
    ).toEqual([]);
    expect(portfolio.config.pathway).toBe(c.pathway);
    expect(portfolio.config.candidate).toBe(c.candidate);
    expect(portfolio.sections.map((s) => s.id).sort()).toEqual([...c.sections].sort());
    // What check counts (paragraphs and headings of every file) is what the import says it wrote.
    const checked = portfolio.files.reduce(
      (sum, f) =>
        sum +
        f.paragraphs.reduce((a, p) => a + p.words, 0) +
        f.headings.reduce((a, h) => a + countWords(h.text), 0),
      0,
    );
    expect(checked).toBe(plan.totals.written + plan.totals.added);

    const built = await buildSite(portfolio, { out: path.join(out, 'dist') } as never);
    expect(built).toBeTruthy();
  });
});

describe('cmalt import: a Markdown portfolio', () => {
  it('splits a layout check reads into one file per section with --restructure', async () => {
    const source = path.join(fixtures, 'layouts', 'combined-headings');
    const before = await loadPortfolio(source);
    const plan = await planImport({ source, restructure: true });
    const out = await mkdtemp(path.join(tmpdir(), 'cmalt-import-md-'));
    temps.push(out);
    await applyImportPlan(out, plan);
    const after = await loadPortfolio(out);
    expect(after.sections.map((s) => s.id)).toEqual(before.sections.map((s) => s.id));
    for (const s of after.sections) expect(s.file).toBe(`${s.id}.md`);
    expect(plan.totals.read).toBe(plan.totals.written);
    console.log(
      `markdown combined-headings: read ${plan.totals.read}, written ${plan.totals.written}`,
    );
  });

  it('leaves it as it is without --restructure', async () => {
    const plan = await planImport({ source: path.join(fixtures, 'layouts', 'combined-headings') });
    expect(plan.leftAsIs).toBe(true);
    expect(plan.files).toEqual([]);
  });
});
