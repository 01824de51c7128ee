import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
// 19 words each.
const did =
  'I set up a pilot of lecture capture in three modules and trained the six lecturers who taught them. ';
const learned =
  'I learned that the lecturers needed time to rehearse, so next time I would start the training much earlier. ';
const section = (description: number, reflection: number) =>
  `---\nsection: 2a\n---\n# 2a Teaching and learning\n\n## Description\n\n${did.repeat(description)}\n\n## Reflection\n\n${learned.repeat(reflection)}\n`;

describe('description-outweighs-reflection', () => {
  it('passes a description up to two and a half times the reflection', async () => {
    expect(
      await runRule('description-outweighs-reflection', {
        'cmalt.yml': config,
        '2a.md': section(10, 4),
      }),
    ).toEqual([]);
  });

  it('reports a description that crowds out the reflection, at the Description heading', async () => {
    const problems = await runRule('description-outweighs-reflection', {
      'cmalt.yml': config,
      '2a.md': section(15, 4),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: '2a.md',
      line: 6,
      section: '2a',
      severity: 'warning',
    });
    expect(problems[0]?.message).toBe(
      "2a's description (285 words) is 3.8 times its reflection (76 words)",
    );
  });

  it('takes the ratio from cmalt.yml', async () => {
    expect(
      await runRule(
        'description-outweighs-reflection',
        { 'cmalt.yml': config, '2a.md': section(15, 4) },
        { 'description-outweighs-reflection': { ratio: 4 } },
      ),
    ).toEqual([]);
  });
});
