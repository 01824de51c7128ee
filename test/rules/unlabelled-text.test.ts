import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
const parts =
  '## Description\n\nI compared three lecture capture tools.\n\n## Reflection\n\nI chose too quickly.\n\n## Evidence\n\n- [Options appraisal](evidence/options.pdf)\n';
const sentence =
  'Before I describe the tools, I want to set out the context of my school and its learners. ';

describe('unlabelled-text', () => {
  it('lets a short introduction stand above the first part heading', async () => {
    const problems = await runRule('unlabelled-text', {
      'cmalt.yml': config,
      '1a.md': `---\nsection: 1a\n---\n# 1a Constraints\n\n${sentence}\n\n${parts}`,
    });
    expect(problems).toEqual([]);
  });

  it('reports longer text under no part heading, at its first paragraph, with the word count', async () => {
    const problems = await runRule('unlabelled-text', {
      'cmalt.yml': config,
      '1a.md': `---\nsection: 1a\n---\n# 1a Constraints\n\n${sentence.repeat(2)}\n\n${sentence.repeat(2)}\n\n${parts}`,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 6, column: 1, section: '1a', severity: 'warning' });
    expect(problems[0]?.message).toBe(
      '72 words of 1a sit under no Description, Reflection or Evidence heading, starting here (2 paragraphs)',
    );
  });

  it('takes its threshold from cmalt.yml', async () => {
    const problems = await runRule(
      'unlabelled-text',
      { 'cmalt.yml': config, '1a.md': `---\nsection: 1a\n---\n# 1a\n\n${sentence}\n\n${parts}` },
      { 'unlabelled-text': { minWords: 10 } },
    );
    expect(problems).toHaveLength(1);
  });
});
