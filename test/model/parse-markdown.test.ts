import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownPages } from '../helpers/markdown-pages.js';
import {
  mayHoldTable,
  needsAutolinkSyntax,
  parseMarkdown,
} from '../../src/model/parse-markdown.js';

const reference = unified().use(remarkParse).use(remarkGfm);

// Addresses and tables that read differently if the wrong parser is picked.
const TRICKY = [
  'See https://example.com/a*b*c for it.',
  'See https://example.com/some_file_name_here.pdf',
  'See https://example.com/_private_/x and www.example.com/~~a~~',
  'Mail me at lin.okafor@example.ac.uk or mailto:x@y.org.',
  'Or lin_okafor@example.ac.uk, or xmpp:lin@example.org/home.',
  'See https://example.com/a?b=1&amp;c=2 now',
  'See https://example.com/path\\_x there',
  'See https://example.com/`code` there',
  'See https://example.com/[x](y) there',
  'See https://example.com/<b>x</b> there and <www.example.com/_a_>',
  'Trailing https://example.com/page). and (https://example.com/x)',
  '**https://example.com/bold**',
  'https://example.com/a_b_ c_ and www.example.com/a*b* c',
  '[The slides](https://example.com/a_b_c?x=1&y=2) and <https://example.com/_x_>',
  '| Evidence | Criterion |\n| --- | :-: |\n| https://example.com/a_b | 1a |',
  '> a | b\n> -|-\n> 1 | 2',
  'Costs | notes\n\nNo table here, just a pipe and\n---\nafter a heading.',
  '- item\n\n  | x |\n  |---|\n  | y |',
  'A line\r\n|---|\r\n| crlf |',
  'One column, no pipes\n:-\nstill a table',
  'A heading, not a table | really\n---',
  // Labels defined before and after their use, first thing on the page, and twice.
  '[^1]: A note on the first line.\n\nUses [^1], [^2], [ref] and [missing].\n\n[ref]: /x\n[^2]: Later.',
  '[Ref]: /a\n[ref]: /b\n\n[REF] and [ Ref ][] and [r\u00e9f]',
];

function referenceTree(text: string) {
  return JSON.stringify(reference.parse(text));
}

describe('parseMarkdown', () => {
  it.each(TRICKY)('reads %j exactly as remark-gfm does', (text) => {
    expect(JSON.stringify(parseMarkdown(text))).toBe(referenceTree(text));
  });

  it('reads every page of the examples, fixtures and corpus exactly as remark-gfm does', async () => {
    const pages = await markdownPages();
    expect(pages.length).toBeGreaterThan(100);
    const differ: string[] = [];
    for (const { file, text } of pages) {
      if (JSON.stringify(parseMarkdown(text)) !== referenceTree(text)) differ.push(file);
    }
    expect(differ).toEqual([]);
  });

  it('leaves out the table extension only where no line could be a table’s delimiter row', () => {
    expect(mayHoldTable('| a | b |\n|---|---|\n| 1 | 2 |')).toBe(true);
    expect(mayHoldTable('a | b\n:-: | --\n1 | 2')).toBe(true);
    expect(mayHoldTable('Before | after, in prose.\n\nA paragraph.')).toBe(false);
    expect(mayHoldTable('# Heading\n\n---\n\nNo pipes at all.')).toBe(false);
    expect(mayHoldTable('Setext | heading\n---')).toBe(false);
    expect(mayHoldTable('A one-column table\n:--')).toBe(true);
  });

  it('leaves out the bare-address extension only where every address is in a link', () => {
    expect(needsAutolinkSyntax('[Report](https://example.com/a_b_c?x=1&y=2) (2024).')).toBe(false);
    expect(needsAutolinkSyntax('<https://example.com/_x_> or [me](mailto:lin@example.org)')).toBe(
      false,
    );
    expect(needsAutolinkSyntax('See https://example.com/report.pdf')).toBe(true);
    expect(needsAutolinkSyntax('<www.example.com/x>')).toBe(true);
    expect(needsAutolinkSyntax('Email lin.okafor@example.org')).toBe(true);
  });
});
