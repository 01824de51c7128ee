import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { checkOne } from '../../src/check/check-cohort.js';
import { readParagraphs } from '../../src/check/reporters/paragraph-readings.js';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import type { Portfolio } from '../../src/model/types.js';
import { readingsOf } from '../../src/reflection/read-portfolio.js';
import { fixtures } from '../helpers/portfolio.js';

const examples = path.resolve(fixtures, '..', '..', 'examples');
const dirs = (root: string) =>
  readdirSync(root)
    .map((d) => path.join(root, d))
    .filter((d) => statSync(d).isDirectory());
const portfolios = [
  ...dirs(examples),
  ...dirs(path.join(fixtures, 'layouts')),
  ...dirs(path.join(fixtures, 'build')),
];

/** Lines of every paragraph node with words, read from the Markdown tree itself. */
function proseLines(tree: Root): number[] {
  const lines: number[] = [];
  visitParents(tree, 'paragraph', (node: Nodes, ancestors: Nodes[]) => {
    if (node.type !== 'paragraph') return;
    const children = node.children;
    // A bold line standing alone at the top level is a heading, not prose.
    const only = children.length === 1 ? children[0] : undefined;
    if (ancestors.length === 1 && only?.type === 'strong') return;
    // An image alone is a figure, not prose: its alternative text is checked elsewhere.
    if (!/[\p{L}\p{N}]/u.test(toString(node, { includeImageAlt: false }))) return;
    lines.push(node.position?.start.line ?? 0);
  });
  return lines;
}

/** `file:line` of every prose paragraph of the portfolio, read from its Markdown trees. */
function proseParagraphs(portfolio: Portfolio): string[] {
  return portfolio.files.flatMap((file) =>
    proseLines(file.tree).map((line) => `${file.path}:${line}`),
  );
}

const LABELS = ['description', 'reflection', 'evidence', 'other'];

describe('every prose paragraph gets a reading', () => {
  it.each(portfolios.map((p) => [path.relative(path.dirname(examples), p), p]))(
    '%s',
    async (_name, root) => {
      const portfolio = await loadPortfolio(root as string);
      const read = readingsOf(portfolio).all;
      const seen = new Set(read.map((r) => `${r.paragraph.file}:${r.paragraph.line}`));
      const prose = proseParagraphs(portfolio);
      for (const where of prose) expect(seen.has(where), where).toBe(true);
      expect(prose.length).toBeGreaterThan(0);
      for (const r of read) expect(LABELS).toContain(r.label);
    },
  );
});

describe('cmalt check --explain reads every prose paragraph', () => {
  // The route `cmalt check` takes: check the folder, keep the portfolio without its trees
  // (as a worker thread sends it back), and read it as the JSON and terminal reporters do.
  it.each(portfolios.map((p) => [path.relative(path.dirname(examples), p), p]))(
    '%s',
    async (_name, root) => {
      const prose = proseParagraphs(await loadPortfolio(root as string));
      const entry = await checkOne(root as string);
      for (const portfolio of [entry.portfolio, structuredClone(entry.portfolio)]) {
        const readings = readParagraphs(portfolio);
        const seen = readings.map((r) => `${r.file}:${r.line}`);
        expect(new Set(seen).size, 'each paragraph read once').toBe(seen.length);
        expect([...seen].sort()).toEqual([...prose].sort());
        for (const r of readings) {
          expect(LABELS).toContain(r.label);
          expect(new Set(r.cues).size, `cues of ${r.file}:${r.line} named once`).toBe(
            r.cues.length,
          );
        }
      }
    },
  );

  it('reads the pages outside any section of the worked example', async () => {
    const entry = await checkOne(path.join(examples, 'cmalt-lin-okafor'));
    const outside = readParagraphs(entry.portfolio).filter((r) => r.section === null);
    const files = new Set(outside.map((r) => r.file));
    expect(files).toContain('README.md');
    expect(files).toContain('evidence/README.md');
  });

  it('keeps the section a paragraph belongs to across the thread boundary', async () => {
    const entry = await checkOne(path.join(examples, 'cmalt-lin-okafor'));
    const sent = structuredClone(entry.portfolio);
    const sections = (p: Portfolio) => readParagraphs(p).map((r) => `${r.file}:${r.section}`);
    expect(sections(sent)).toEqual(sections(entry.portfolio));
    expect(readParagraphs(sent).filter((r) => r.section === '1a').length).toBeGreaterThan(0);
  });
});

describe('the library reads every kind of place', () => {
  it('reads the contextual statement, future plans, list items and blockquotes', async () => {
    const portfolio = await loadPortfolio(path.join(examples, 'cmalt-lin-okafor'));
    const read = readingsOf(portfolio).all;
    const sections = new Set(read.map((r) => r.section?.id));
    expect(sections).toContain('contextual-statement');
    expect(sections).toContain('future-plans');
    expect(read.some((r) => r.paragraph.container === 'list')).toBe(true);
    const quoted = await loadPortfolio(path.join(fixtures, 'layouts', 'blockquote-reflections'));
    expect(readingsOf(quoted).all.some((r) => r.paragraph.container === 'blockquote')).toBe(true);
  });
});
