import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
// 24 words.
const sentence =
  'Over the next two years I want to complete a short course in research methods and use it to evaluate the captioning pilot properly. ';
const plans = (sentences: number) =>
  `---\nsection: future-plans\n---\n# Future plans\n\n${sentence.repeat(sentences)}\n`;

describe('future-plans-length', () => {
  it('passes plans of 200 to 500 words', async () => {
    expect(
      await runRule('future-plans-length', { 'cmalt.yml': config, 'future-plans.md': plans(10) }),
    ).toEqual([]);
  });

  it('reports plans that are too short, with the count and the range', async () => {
    const problems = await runRule('future-plans-length', {
      'cmalt.yml': config,
      'future-plans.md': plans(2),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'future-plans.md',
      line: 4,
      section: 'future-plans',
      severity: 'warning',
    });
    expect(problems[0]?.message).toBe('future plans has 48 words; ALT asks for 200 to 500 words');
  });

  it('reports plans that are too long', async () => {
    const problems = await runRule('future-plans-length', {
      'cmalt.yml': config,
      'future-plans.md': plans(21),
    });
    expect(problems[0]?.message).toBe('future plans has 504 words; ALT asks for 200 to 500 words');
  });

  it('takes a different range from cmalt.yml', async () => {
    const problems = await runRule(
      'future-plans-length',
      { 'cmalt.yml': config, 'future-plans.md': plans(2) },
      { 'future-plans-length': { min: 40 } },
    );
    expect(problems).toEqual([]);
  });
});
