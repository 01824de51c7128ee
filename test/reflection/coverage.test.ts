import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
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

describe('every prose paragraph gets a reading', () => {
  it.each(portfolios.map((p) => [path.relative(path.dirname(examples), p), p]))(
    '%s',
    async (_name, root) => {
      const portfolio = await loadPortfolio(root as string);
      const read = readingsOf(portfolio).all;
      const seen = new Set(read.map((r) => `${r.paragraph.file}:${r.paragraph.line}`));
      let prose = 0;
      for (const file of portfolio.files)
        for (const line of proseLines(file.tree)) {
          prose++;
          expect(seen.has(`${file.path}:${line}`), `${file.path}:${line}`).toBe(true);
        }
      expect(prose).toBeGreaterThan(0);
      for (const r of read)
        expect(['description', 'reflection', 'evidence', 'other']).toContain(r.label);
    },
  );

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
