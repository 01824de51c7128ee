import { describe, expect, it } from 'vitest';
import { findQuotes, splitSentences } from '../../src/reflection/split-sentences.js';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits at full stops, question marks and exclamation marks before a capital', () => {
    expect(sentences('I ran it. Did it work? Yes! Mostly.')).toEqual([
      'I ran it.',
      'Did it work?',
      'Yes!',
      'Mostly.',
    ]);
  });

  it('does not split after titles, initials or common abbreviations', () => {
    expect(
      sentences('Dr Smith and Prof. Jones read Kolb, D. A. (1984) closely. It helped.'),
    ).toEqual(['Dr Smith and Prof. Jones read Kolb, D. A. (1984) closely.', 'It helped.']);
    expect(sentences('We used tools, e.g. Padlet and Miro. Then we stopped.')).toHaveLength(2);
  });

  it('does not split inside a quotation', () => {
    const text = 'One student wrote: "It was hard. It was useful." The mentor agreed.';
    expect(sentences(text)).toEqual([
      'One student wrote: "It was hard. It was useful."',
      'The mentor agreed.',
    ]);
  });

  it('keeps decimals and a lower-case continuation together', () => {
    expect(sentences('Completion rose to 27.5 per cent. in the second run it fell.')).toHaveLength(
      1,
    );
  });

  it('returns nothing for blank text and one span for text with no full stop', () => {
    expect(sentences('   ')).toEqual([]);
    expect(sentences('Back to top')).toEqual(['Back to top']);
  });
});

describe('findQuotes', () => {
  it('finds double, curly and single quotations but not apostrophes', () => {
    const text = `The students' view: 'it saved time', “very clear” and "don't change it".`;
    const quoted = findQuotes(text).map((q) => text.slice(q.start, q.end));
    expect(quoted).toEqual([`'it saved time'`, '“very clear”', `"don't change it"`]);
  });
});
