import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownPages } from '../helpers/markdown-pages.js';
import { random } from '../bench/generate-portfolio.js';
import { cutIntoPieces } from '../../src/model/markdown-pieces.js';
import { parseInPieces, parseMarkdown } from '../../src/model/parse-markdown.js';

const reference = unified().use(remarkParse).use(remarkGfm);
const tree = (text: string) => JSON.stringify(reference.parse(text));

/** Blocks that read differently if a page is cut in the wrong place. */
const BLOCKS = [
  '- one\n- two',
  '- three\n\n- four, loose',
  '* star\n* star two',
  '+ plus',
  '1. first\n2. second',
  '2. starts at two\n3. three',
  '1) paren\n2) paren two',
  '- [ ] a task\n- [x] done',
  '- outer\n  - inner\n  - inner two\n- outer two',
  '- item with\nlazy continuation',
  '- item\n\n  second paragraph of the item',
  'A paragraph\n2. not a list, since two cannot interrupt it',
  'A paragraph\n- a list that interrupts it',
  'Setext heading\n---',
  'Setext heading\n===',
  '- - -',
  '***',
  '# A heading',
  '> A quote\n> - with a list\n- a list after it',
  '> quote\nlazy line',
  '```\ncode\n\n- not a list\n# not a heading\n```',
  '~~~~ info\n~~~\n\nstill code\n~~~~',
  '    indented code\n\n    more code',
  '<!-- a comment\n\n- not a list\n\nstill the comment -->',
  '<pre>\n\n# kept\n\n</pre>',
  '<div>\nhtml block\n</div>',
  '<span>Inline HTML</span> starting a paragraph',
  '- <div>\n- an item after HTML in an item',
  '10. ten\n11. eleven',
  '1. one\n\n2. loose two',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '[ref]: https://example.ac.uk/ref "Title"',
  'Uses [the reference][ref], [Ref] and [REF][] and [missing][nope].',
  '[Other ref]:\n  evidence/plan.pdf',
  'Uses [other ref] later.',
  '> [quoted]: evidence/quoted.pdf',
  '- [listed]: evidence/listed.pdf',
  'Uses [quoted] and [listed].',
  'A note[^1] and another[^two].',
  '[^1]: The first note.\n\n    Its second paragraph.',
  '[^two]: The second note.',
  '```\n[fenced]: not-a-definition\n```',
  'Uses [fenced] which is not defined.',
  'Text with *emphasis*\r\nand a CRLF line.',
  'A line\\\nwith a hard break',
  '',
];

function randomPage(seed: number): string {
  const next = random(seed);
  const parts: string[] = [];
  const count = 4 + Math.floor(next() * 16);
  for (let i = 0; i < count; i++) {
    parts.push(BLOCKS[Math.floor(next() * BLOCKS.length)]!);
    parts.push(next() < 0.5 ? '\n' : '\n\n');
  }
  return parts.join('');
}

describe('parseInPieces', () => {
  it('reads every page of the examples, fixtures and corpus exactly as remark-gfm does', async () => {
    const pages = await markdownPages();
    let pieces = 0;
    const differ: string[] = [];
    for (const { file, text } of pages) {
      pieces += cutIntoPieces(text, 1).length;
      for (const size of [1, 200])
        if (JSON.stringify(parseInPieces(text, size)) !== tree(text))
          differ.push(`${file} (${size})`);
    }
    expect(differ).toEqual([]);
    // Cut at every safe place, the pages make several pieces each.
    expect(pieces).toBeGreaterThan(pages.length * 5);
  });

  it.each(BLOCKS.filter(Boolean).map((block, index) => [index, block]))(
    'reads block %i, %j, with every other block after it, as remark-gfm does',
    (_, block) => {
      for (const other of BLOCKS)
        for (const gap of ['\n', '\n\n']) {
          const text = `${block}${gap}${other}${gap}${block}`;
          expect(JSON.stringify(parseInPieces(text, 1)), text).toBe(tree(text));
        }
    },
  );

  it('reads 400 random pages of those blocks as remark-gfm does', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomPage(seed);
      expect(JSON.stringify(parseInPieces(text, 1)), `page ${seed}:\n${text}`).toBe(tree(text));
    }
  });

  it('cuts a long list between its items and joins it again', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `${i + 1}. [Item ${i}](e/${i}.pdf)`).join(
      '\n',
    );
    expect(cutIntoPieces(text, 500).length).toBeGreaterThan(30);
    const read = parseInPieces(text, 500)!;
    expect(read.children).toHaveLength(1);
    expect(read.children[0]).toMatchObject({ type: 'list', ordered: true, start: 1 });
    expect(JSON.stringify(read)).toBe(tree(text));
  });

  it('never cuts inside fenced code or a comment, however long', () => {
    const code = Array.from({ length: 200 }, (_, i) => `line ${i}\n\n- not an item`).join('\n');
    for (const text of [`\`\`\`\n${code}\n\`\`\``, `<!--\n${code}\n-->`]) {
      expect(cutIntoPieces(text, 1)).toHaveLength(1);
      expect(cutIntoPieces(`${text}\n\nAfter.\n\nMore.`, 1)).toHaveLength(3);
    }
  });

  it('is what parseMarkdown uses for a long page, with the same tree', () => {
    const text = Array.from(
      { length: 3000 },
      (_, i) => `- [Evidence ${i}][e${i % 50}] and [the plan](evidence/plan-${i}.pdf)`,
    )
      .concat(['', ...Array.from({ length: 50 }, (_, i) => `[e${i}]: evidence/e${i}.pdf`)])
      .join('\n');
    expect(text.length).toBeGreaterThan(40_000);
    expect(JSON.stringify(parseMarkdown(text))).toBe(tree(text));
  });
});
