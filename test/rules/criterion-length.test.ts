import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
// 19 words.
const sentence =
  'I set up a pilot of lecture capture in three modules and trained the six lecturers who taught them. ';
const section = (sentences: number) =>
  `---\nsection: 1b\n---\n# 1b Technical knowledge\n\n## Description\n\n${sentence.repeat(sentences)}\n`;

describe('criterion-length', () => {
  it('passes criteria of 250 to 1,600 words, as in the example portfolio', async () => {
    expect(
      await runRule('criterion-length', { 'cmalt.yml': config, '1b.md': section(20) }),
    ).toEqual([]);
    expect(await runRule('criterion-length', path.join(examples, 'cmalt-lin-okafor'))).toEqual([]);
  });

  it('informs about a thin criterion, with its word count', async () => {
    const problems = await runRule('criterion-length', {
      'cmalt.yml': config,
      '1b.md': section(6),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '1b.md', line: 4, section: '1b', severity: 'info' });
    expect(problems[0]?.message).toBe('1b has 114 words; criteria usually run 250 to 1,600 words');
  });

  it('informs about a very long criterion, using the range from cmalt.yml', async () => {
    const problems = await runRule(
      'criterion-length',
      { 'cmalt.yml': config, '1b.md': section(20) },
      { 'criterion-length': { max: 300 } },
    );
    expect(problems[0]?.message).toBe('1b has 380 words; criteria usually run 250 to 300 words');
  });
});
