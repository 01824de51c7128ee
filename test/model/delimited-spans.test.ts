import { describe, expect, it } from 'vitest';
import {
  blank,
  delimitedSpans,
  HTML_COMMENT,
  LIQUID,
  replaceDelimited,
} from '../../src/model/delimited-spans.js';

describe('replaceDelimited', () => {
  it('replaces Liquid tags as the lazy regex would, keeping length', () => {
    const text = 'See {% link a.md %} and {{ "b.pdf" | relative_url }} {% unclosed';
    const out = replaceDelimited(text, LIQUID, blank);
    expect(out).toBe(text.replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, blank));
    expect(out).toHaveLength(text.length);
  });

  it('runs an unclosed HTML comment to the end, but leaves an unclosed Liquid tag alone', () => {
    expect(replaceDelimited('a {% b <!-- c\nd', [HTML_COMMENT, ...LIQUID], blank)).toBe(
      'a {% b       \n ',
    );
  });

  it('lists the spans in order', () => {
    expect(delimitedSpans('{{ a }} x {% b %} {{ c', LIQUID)).toEqual(['{{ a }}', '{% b %}']);
  });

  it('reads 200,000 unclosed openers in one pass', () => {
    const text = '{% '.repeat(200_000) + '<!-- '.repeat(50_000);
    expect(replaceDelimited(text, LIQUID, blank)).toBe(text);
    expect(replaceDelimited(text, [HTML_COMMENT], blank).trim()).toBe('{% '.repeat(200_000).trim());
  });
});
