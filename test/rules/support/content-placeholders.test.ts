import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../../src/check/rules/support/content-placeholders.js';

const texts = (line: string) => findPlaceholders(line).map((m) => m.text);

describe('findPlaceholders: instructions that open a sentence', () => {
  it.each([
    ['Add evidence here.', ['Add evidence here']],
    ['  - Insert the link here', ['Insert the link here']],
    ['> Paste your reflection here', ['Paste your reflection here']],
    ['3) Describe it here', ['Describe it here']],
    ['Done. Add a screenshot here', ['Add a screenshot here']],
    ['(insert link here)', ['insert link here']],
  ])('%j', (line, expected) => expect(texts(line)).toEqual(expected));

  it.each([
    'I chose to add more detail here because students asked.',
    'We could not write anything here-and-now.',
    '- We had to add notes here',
  ])('not mid-sentence: %j', (line) => expect(texts(line)).toEqual([]));

  it('reads a 40,000-space run and 4,000 autolinks without rescanning', () => {
    const spaces = `Before${' '.repeat(40_000)}after. Add evidence here`;
    expect(texts(spaces)).toEqual(['Add evidence here']);
    const links = Array.from({ length: 4000 }, (_, i) => `<https://example.org/e/${i}>`).join(' ');
    expect(texts(links)).toEqual([]);
  });
});
