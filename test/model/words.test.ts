import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSegmentedWords, countSimpleWords, countWords } from '../../src/model/words.js';
import { examples } from '../helpers/portfolio.js';

const dataset = readFileSync(
  path.resolve(import.meta.dirname, '../reflection/dataset.jsonl'),
  'utf8',
)
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

const exampleProse = readdirSync(examples, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) => readFileSync(path.join(examples, f), 'utf8').split(/\n{2,}/));

describe('countWords', () => {
  it.each([
    ["I don't think so.", 4],
    ['In 2024 I trained 2,400 students; 3.5% failed.', 8],
    ['Moodle, H5P and e.g. Panopto: done', 6],
    ['See https://example.org/a/b and www.example.org too', 3],
    ['Le café était très bon', 5],
    ['', 0],
  ])('%s has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts plain prose exactly as Intl.Segmenter does', () => {
    const texts = [...dataset, ...exampleProse, 'a:b 1:2 x,y 1,2 a_b ’quoted’ don’t ... -- 3.4.5'];
    for (const text of texts) {
      if (!/^[\t\n\r\x20-\x7E\u00A0\u2013\u2014\u2018\u2019\u201C\u201D\u2026]*$/.test(text))
        continue;
      expect(countSimpleWords(text), text).toBe(countSegmentedWords(text));
    }
    expect(texts.length).toBeGreaterThan(300);
  });
});
