import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from '@babel/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPortfolio } from '../../src/check/check-portfolio.js';
import { applyImportPlan } from '../../src/import/apply-import-plan.js';
import type { ImportPlan } from '../../src/import/index.js';
import { planImport } from '../../src/import/plan-import.js';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import type { Portfolio } from '../../src/model/types.js';
import { countWords } from '../../src/model/words.js';
import {
  FUTURE_PLANS_PAGE,
  HOME_PAGE,
  SPECIALIST_PAGE,
} from './sources/fixtures/vite-portfolio-pages.js';
import {
  AREAS,
  CRITERIA,
  NOT_IN_PUBLIC,
  SPECIALIST_CASES,
  viteReactSite,
} from './sources/fixtures/vite-react-site.js';
import { writeSite } from './sources/fixtures/write-site.js';

const ELEVEN = [
  'contextual-statement',
  '1a',
  '1b',
  '1c',
  '2a',
  '2b',
  '3a',
  '3b',
  '4a',
  'specialist-1',
  'future-plans',
];

/** Words a visitor reads in a JSX page: its text and the strings of its data, not its nav. */
function jsxProseWords(source: string): number {
  const program = parse(source, { sourceType: 'module', plugins: ['jsx', 'typescript'] });
  let words = 0;
  const walk = (node: unknown, parentKey?: string): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((child) => walk(child, parentKey));
    const n = node as { type?: string; [key: string]: unknown };
    if (n.type === 'ImportDeclaration' || n.type === 'JSXAttribute' || parentKey === 'key') return;
    if (n.type === 'JSXElement') {
      const name = (n.openingElement as { name: { name?: string } }).name.name;
      if (name === 'nav') return;
    }
    if (n.type === 'JSXText' || (n.type === 'StringLiteral' && parentKey !== 'key'))
      words += countWords(String(n.value));
    for (const [key, value] of Object.entries(n))
      if (key !== 'loc' && key !== 'start' && key !== 'end') walk(value, key);
  };
  walk(program.program);
  return words;
}

/** Every word of the source's prose, counted from the site's own data and pages. */
function sourceProseWords(): number {
  let words = 0;
  for (const area of AREAS) words += countWords(`Core Area ${area.number}: ${area.title}`);
  for (const c of CRITERIA) {
    const texts = [
      `${c.id} ${c.title}`,
      'Description Reflection Evidence',
      ...c.description,
      ...(c.examples ?? []).flatMap((e) => [e.heading, ...e.paragraphs]),
      c.image?.caption ?? '',
      ...c.reflection,
      c.evidenceNote ?? '',
      ...c.evidence.map((e) => e.label),
    ];
    words += texts.reduce((sum, text) => sum + countWords(text), 0);
  }
  for (const item of SPECIALIST_CASES)
    words += [item.title, ...item.paragraphs].reduce((sum, text) => sum + countWords(text), 0);
  return (
    words +
    jsxProseWords(HOME_PAGE) +
    jsxProseWords(SPECIALIST_PAGE) +
    jsxProseWords(FUTURE_PLANS_PAGE)
  );
}

describe('cmalt import: a Vite + React portfolio of 11 criteria', () => {
  let site: string;
  let out: string;
  let plan: ImportPlan;
  let portfolio: Portfolio;
  beforeAll(async () => {
    site = writeSite(viteReactSite());
    plan = await planImport({ source: site });
    out = await mkdtemp(path.join(tmpdir(), 'cmalt-import-vite-'));
    await applyImportPlan(out, plan);
    portfolio = await loadPortfolio(out);
  });
  afterAll(async () => {
    for (const dir of [site, out]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('maps every one of the 11 criteria to its own section file', () => {
    expect(plan.kind).toBe('tsx');
    expect(plan.sections.map((s) => [s.id, s.file])).toEqual(ELEVEN.map((id) => [id, `${id}.md`]));
    for (const s of plan.sections) expect(s.wordsWritten, s.id).toBe(s.wordsRead);
  });

  it('writes the prose within 5% of the source’s words, and the totals balance exactly', () => {
    const prose = sourceProseWords();
    const { read, written, dropped } = plan.totals;
    console.log(
      `vite-react: prose ${prose}, read ${read}, written ${written}, left out ${dropped} (${(((written - prose) / prose) * 100).toFixed(2)}%)`,
    );
    expect(prose).toBeGreaterThan(11_500);
    expect(read).toBe(written + dropped);
    expect(Math.abs(written - prose) / prose).toBeLessThan(0.05);
  });

  it('leaves out the core area headings over their criteria, and nothing of the criteria', () => {
    const groups = plan.dropped.filter((d) => d.what === 'group heading');
    expect(groups.map((d) => d.excerpt)).toEqual(
      AREAS.map((a) => `Core Area ${a.number}: ${a.title}`),
    );
    expect(plan.dropped.filter((d) => d.what !== 'group heading').map((d) => d.what)).toEqual([
      'navigation',
    ]);
    expect(plan.unplaced.map((u) => u.heading)).toEqual(['Aisha Mensah']);
  });

  it('turns route links into links between the section files', async () => {
    const home = await readFile(path.join(out, 'contextual-statement.md'), 'utf8');
    expect(home).toMatch(/\[my choice of recording tools\]\(1a\.md(#[a-z0-9-]+)?\)/);
    expect(home).toMatch(/\[the digital champions network\]\(4a\.md(#[a-z0-9-]+)?\)/);
    const specialist = await readFile(path.join(out, 'specialist-1.md'), 'utf8');
    expect(specialist).toMatch(/\[1c\]\(1c\.md(#[a-z0-9-]+)?\)/);
    expect(specialist).toMatch(/\[future\s+plans\]\(future-plans\.md\)/);
    expect(specialist).not.toContain('cmalt-import:');
  });

  it('copies evidence and images from public/ and lists the files the site never had', async () => {
    const copied = plan.evidence.map((e) => e.to);
    expect(copied).toEqual(
      expect.arrayContaining([
        'evidence/recording-tools-comparison.pdf',
        'evidence/caption-accuracy.png',
        'evidence/group-override.png',
        'evidence/accessible-tests-standard.pdf',
      ]),
    );
    expect(plan.missing.map((m) => m.url).sort()).toEqual([...NOT_IN_PUBLIC].sort());
    const onePage = await readFile(path.join(out, '1a.md'), 'utf8');
    expect(onePage).toContain('](evidence/recording-tools-comparison.pdf)');
    expect(onePage).toContain('](evidence/caption-accuracy.png)');
  });

  it('check finds every criterion with its description, reflection and evidence', () => {
    const result = checkPortfolio(portfolio);
    expect(result.sections.map((s) => s.id)).toEqual(expect.arrayContaining(ELEVEN));
    for (const s of result.sections.filter((s) => s.assessed)) {
      expect(s.description, s.id).toBeGreaterThan(0);
      expect(s.reflection, s.id).toBeGreaterThan(0);
      expect(s.evidenceItems, s.id).toBeGreaterThan(0);
    }
    expect(portfolio.config.candidate).toBe('Aisha Mensah');
    expect(portfolio.config.specialist).toEqual(['Accessible digital assessment']);
  });
});
