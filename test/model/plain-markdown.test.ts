import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownPages } from '../helpers/markdown-pages.js';
import { random } from '../bench/generate-portfolio.js';
import { guessLabels } from '../../src/model/defined-labels.js';
import { cutIntoPieces } from '../../src/model/markdown-pieces.js';
import { readPlainMarkdown } from '../../src/model/plain-markdown.js';

const reference = unified().use(remarkParse).use(remarkGfm);
const tree = (text: string) => JSON.stringify(reference.parse(text));
const plain = (text: string) => readPlainMarkdown(text, guessLabels(text));

/** Pieces the plain reader must read itself, each exactly as remark-gfm does. */
const PLAIN = [
  '- [Evidence 1](evidence/e1.pdf)\n- [Evidence 2](evidence/missing-2.pdf)\n',
  '## Evidence index\n\n- [Plan 3](evidence/plan.pdf), [in 1a](1a.md#reflection), [above](#week-1)',
  '- [Record][r1], [notes][N1]\n\n- [top](#evidence-index)\n- [1b](1b.md)\n\n[r1]: evidence/x.pdf\n[n1]: evidence/notes.pdf',
  '1. First [step](a.md)\n2. Second\n\n3. Loose third',
  '7) Seven\n8) Eight',
  '* Star\n* Star two\n\n* Star three, after a blank',
  '+ Plus',
  'Evidence for this:\n- [the plan](plan.pdf)\n* [a new list](b.md)\n1. [and another](c.md)\n\n3. [and one more](d.md)\n3. [of three](e.md)',
  'A paragraph of two lines,\nwith a [link](b.md) on the second.\n\n"Quoted," she said (twice); 10:30 – 50% of £20…',
  '# One\n## Two [link](x.md)\n### Three: a 2026 review?\nText under it.\n\n- An item after a blank.\n# A heading right under it',
  'Überprüfung der Lehre, café, naïve façade, 学习技术.',
  '[Évidence]: evidence/é.pdf\n\nSee [the file][évidence] and [C# notes](c.md).',
  '',
  '\n\n',
  'Last line without a newline',
  '| Evidence | Section | Source |\n| --- | :---: | ---: |\n| [Plan 9](evidence/e1.pdf) | [1a](1a.md#reflection) | [guide](https://alt.ac.uk/g/9) |\n| [Log 9][r9] |  1b  | Notes: 10% |\n\n- [Record][r9]\n\n[r9]: evidence/e3.pdf',
  '## Costs\n| Tool | Cost |\n| :-- | --: |',
];

/** Pieces that look plain but are not, or read in ways the plain reader does not build. */
const NEAR_PLAIN = [
  'Text with *emphasis*',
  'Text with _emphasis_',
  'A `code` span',
  'An ![image](e.png)',
  'Trailing spaces  \nmake a break',
  'A line\\\nwith a hard break',
  '- item\nlazy continuation',
  'A paragraph\n2. not a list',
  '- [ ] a task\n- [x] done',
  '- [x](done.md) is a link, not a task',
  'Setext heading\n---',
  'Setext heading\n===',
  '- - -',
  '* * *',
  '# Closed heading #',
  '#  Two spaces',
  '#NoSpace',
  '####### Seven',
  '- # heading in an item',
  '- > quote in an item',
  '- 1. list in an item',
  '[ref]: https://example.ac.uk "Title"',
  '[ref]: evidence/a.pdf\n"a title on the next line"',
  '[ref]: evidence/a.pdf\n(a title in brackets)',
  'Text\n[ref]: evidence/a.pdf',
  '- item\n[ref]: evidence/a.pdf',
  'Uses [missing][nope] and [shortcut].',
  'A note[^1].\n\n[^1]: The note.',
  'See https://example.ac.uk or www.alt.ac.uk or me@example.ac.uk.',
  'Fish &amp; chips',
  'A\ttab',
  'A <span>tag</span>',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  'a | b\n--- | ---',
  '    indented code',
  ' One space in',
  '> A quote',
  '```\ncode\n```',
  'Struck ~through~',
  'Empty [](link.md)',
  '[Title](a.md "with a title")',
  '[Spaced](a b.md)',
  '[Angled](<a.md>)',
  '[Nested [brackets]](a.md)',
  'Windows\r\nline ends',
  '- one\n2. two, more of one',
  'Emoji 🎓 in text',
  'Text\n| a | b |\n| - | - |',
  '| a | b |\n| - | - |\ntext after',
  '| a | b |\n| - | - |\n- an item after',
  '| a | b |\n| - | - | - |',
  '| a | b |\n| - | - |\n| 1 |',
  '| a | b |\n| - | - |\n| 1 | 2 | 3 |',
  '| a |  |\n| - | - |',
  '| a \\| b |\n| - |',
  '| a |',
  'a | b\n- | -',
  '|a|b|\n|-|-|',
  '| [x](a|b) |\n| - |',
  '| a |\n| - |\n|',
];

const PLAIN_LINES = [
  '',
  '',
  '',
  '- [Evidence 4](evidence/e4.pdf)',
  '- [Record][r1], [guide](https://alt.ac.uk/g/1), [log](evidence/e2.pdf)',
  '- Plain item text.',
  '* Star item',
  '1. [First](a.md)',
  '2. Second',
  '3) Paren',
  '### Week 3',
  '# Title (draft)',
  'A paragraph line, with [a link](b.md).',
  'Another line: 10:30, "quoted" and 50%!',
  '[r1]: evidence/e1.pdf',
  '[n2]: https://example.ac.uk/n/2',
  'See [notes][n2] and [Notes][N2].',
  '| Plan | [b](b.md) |',
  '| --- | :-: |',
  '| [Log][r1] | Week 2 |',
  '| Plan | [b](b.md) |\n| --- | :-: |\n| [Log][r1] | Week 2 |\n| Notes | [c](c.md#top) |',
  '| Tool | Cost |\n| :-- | --: |',
];

const TRICKY_LINES = [
  'See [undefined][zz].',
  'Some *emphasis* here.',
  '  Indented line',
  'Trailing space ',
  '- [ ] task',
  '---',
  '===',
  '| a | b |',
  '| - | - |',
  'Text with www.example.ac.uk',
  '> quoted',
  '```',
  '<div>',
  '  - nested item',
];

/** Mostly plain lines, with one in eight from the tricky ones. */
function randomPage(seed: number): string {
  const next = random(seed);
  const count = 2 + Math.floor(next() * 14);
  const pick = (lines: string[]) => lines[Math.floor(next() * lines.length)]!;
  return Array.from({ length: count }, () =>
    pick(next() < 0.125 ? TRICKY_LINES : PLAIN_LINES),
  ).join('\n');
}

describe('readPlainMarkdown', () => {
  it.each(PLAIN.map((text, index) => [index, text]))('reads plain piece %i, %j', (_, text) => {
    const read = plain(text);
    expect(read).toBeDefined();
    expect(JSON.stringify(read)).toBe(tree(text));
  });

  it.each(NEAR_PLAIN.map((text, index) => [index, text]))(
    'declines piece %i, %j, or reads it as remark-gfm does',
    (_, text) => {
      for (const page of [text, `Before.\n\n${text}\n\nAfter.`, `- item\n${text}`]) {
        const read = plain(page);
        if (read) expect(JSON.stringify(read), page).toBe(tree(page));
      }
    },
  );

  it('declines what it cannot build, rather than reading it wrongly', () => {
    const declined = NEAR_PLAIN.filter((text) => plain(text) === undefined);
    expect(declined.length).toBeGreaterThanOrEqual(NEAR_PLAIN.length - 2);
  });

  it('reads 25,000 random pages of plain and nearly plain lines as remark-gfm does', () => {
    let read = 0;
    let tables = 0;
    for (let seed = 1; seed <= 25_000; seed++) {
      const text = randomPage(seed);
      const result = plain(text);
      if (!result) continue;
      read++;
      if (result.children.some((node) => node.type === 'table')) tables++;
      expect(JSON.stringify(result), `page ${seed}:\n${text}`).toBe(tree(text));
    }
    // Enough of them are plain, tables too, for the comparison to mean something.
    expect(read).toBeGreaterThan(800);
    expect(tables).toBeGreaterThan(20);
  });

  it('reads every piece of the examples, fixtures and corpus it accepts as remark-gfm does', async () => {
    const pages = await markdownPages();
    let read = 0;
    const differ: string[] = [];
    for (const { file, text } of pages) {
      for (const piece of cutIntoPieces(text, 0)) {
        const result = plain(piece.text);
        if (!result) continue;
        read++;
        if (JSON.stringify(result) !== tree(piece.text))
          differ.push(`${file}:${piece.lineOffset + 1}`);
      }
    }
    expect(differ).toEqual([]);
    expect(read).toBeGreaterThan(pages.length);
  });
});
