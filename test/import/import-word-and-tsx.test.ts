import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.js';
import { applyImportPlan } from '../../src/import/apply-import-plan.js';
import { planImport } from '../../src/import/plan-import.js';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import { buildAltTemplateDocx } from './sources/fixtures/alt-template-docx.js';
import { NEXT_PAGES_SITE } from './sources/fixtures/next-pages-site.js';
import { writeSite } from './sources/fixtures/write-site.js';

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

async function importInto(source: string) {
  const plan = await planImport({ source });
  const out = await mkdtemp(path.join(tmpdir(), 'cmalt-import-'));
  temps.push(out);
  await applyImportPlan(out, plan);
  return { plan, out, portfolio: await loadPortfolio(out) };
}

describe('cmalt import: Word and JSX/TSX sources through the whole pipeline', () => {
  it('maps a Word document in ALT’s template, keeps its words and builds', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'cmalt-docx-'));
    temps.push(folder);
    const file = path.join(folder, 'Priya Raman CMALT portfolio.docx');
    await writeFile(file, await buildAltTemplateDocx());
    const { plan, out, portfolio } = await importInto(file);

    // Every word of the document's text is written; the comment (9 words) and the tracked
    // deletion (7 words) are read too, and reported as left out.
    expect(plan.totals.read).toBe(plan.totals.written + plan.totals.dropped);
    expect(plan.totals.dropped).toBe(16);
    expect(plan.totals.written).toBe(229);
    expect(portfolio.sections.map((s) => s.id)).toEqual(
      expect.arrayContaining(['contextual-statement', '1a']),
    );
    // The title page is the candidate's name; positions are the document's paragraphs.
    expect(portfolio.config.candidate).toBe('Priya Raman');
    expect(plan.unplaced.map((u) => u.where)).toEqual([
      'Priya Raman CMALT portfolio.docx, paragraph 1',
    ]);
    expect(plan.sections.find((s) => s.id === '1b')?.from[0]).toBe(
      'Priya Raman CMALT portfolio.docx, paragraph 22',
    );
    const unplaced = await readFile(path.join(out, 'unplaced.md'), 'utf8');
    expect(unplaced).toContain('<!-- from Priya Raman CMALT portfolio.docx, paragraph 1 -->');
    // The embedded screenshot travels into evidence/ with its alternative text.
    expect(plan.files.some((f) => f.path.startsWith('evidence/'))).toBe(true);
    await buildSite(portfolio, { out: path.join(out, 'dist'), force: true } as never);
  });

  it('takes the name from the Title property, never from the template’s “Your Name”', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'cmalt-docx-'));
    temps.push(folder);
    const named = path.join(folder, 'portfolio.docx');
    await writeFile(
      named,
      await buildAltTemplateDocx({
        titlePage: 'Your Name',
        title: 'Priya Raman – CMALT portfolio',
      }),
    );
    const plan = await planImport({ source: named });
    expect(plan.config.find((g) => g.key === 'candidate')).toEqual({
      key: 'candidate',
      value: 'Priya Raman',
      from: 'the Title property of portfolio.docx',
    });

    const unnamed = path.join(folder, 'template.docx');
    await writeFile(unnamed, await buildAltTemplateDocx({ titlePage: 'Your Name' }));
    const guess = (await planImport({ source: unnamed })).config.find((g) => g.key === 'candidate');
    expect(guess?.from).toBe('no name found in the source: write yours');
  });

  it('maps a Next.js site’s pages, keeps its words and builds', async () => {
    const site = writeSite(NEXT_PAGES_SITE);
    temps.push(site);
    const { plan, out, portfolio } = await importInto(site);

    expect(plan.totals.read).toBe(plan.totals.written + plan.totals.dropped);
    expect(plan.totals.read).toBeGreaterThan(300);
    expect(portfolio.sections.map((s) => s.id)).toEqual(
      expect.arrayContaining(['1a', '2b', 'future-plans']),
    );
    await buildSite(portfolio, { out: path.join(out, 'dist'), force: true } as never);
  });
});
