import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('text-wall', () => {
  it('passes paragraphs of ordinary length', async () => {
    const problems = await runRule('text-wall', {
      '1a.md': `# 1a Constraints\n\n${words(200)}\n\n${words(150)}\n`,
    });
    expect(problems).toEqual([]);
  });

  it('reports a paragraph over 250 words, as info, and follows maxWords', async () => {
    const files = { '1a.md': `# 1a Constraints\n\n${words(120)}\n\n${words(310)}\n` };
    const problems = await runRule('text-wall', files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '1a.md', line: 5, severity: 'info', section: '1a' });
    expect(problems[0]?.message).toBe(
      'this paragraph is 310 words long (over 250), a wall of text on screen',
    );
    expect(await runRule('text-wall', files, { 'text-wall': { maxWords: 100 } })).toHaveLength(2);
  });
});
