import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';

describe('section-empty', () => {
  it('passes sections that have text', async () => {
    const problems = await runRule('section-empty', {
      'cmalt.yml': config,
      '1a.md':
        '---\nsection: 1a\n---\n# 1a Constraints and benefits\n\nIn 2024 I compared three lecture capture tools.\n',
    });
    expect(problems).toEqual([]);
  });

  it('reports a scaffolded file that was never filled in, at its heading', async () => {
    const problems = await runRule('section-empty', {
      'cmalt.yml': config,
      '1a.md': '---\nsection: 1a\n---\n# 1a Constraints and benefits\n\nI compared tools.\n',
      '2b.md':
        '---\nsection: 2b\n---\n\n# 2b An understanding of your target learners\n\n<!--\nWhat this section must show:\n- changed practice\n-->\n',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: '2b.md',
      line: 5,
      section: '2b',
      severity: 'error',
    });
    expect(problems[0]?.message).toBe(
      '2b (An understanding of your target learners) is empty: it has only its heading and a guidance comment',
    );
  });

  it('reports an empty unassessed section too, with a hint that it is still required', async () => {
    const problems = await runRule('section-empty', {
      'cmalt.yml': config,
      'future-plans.md': '---\nsection: future-plans\n---\n# Future plans\n',
    });
    expect(problems[0]?.message).toContain('future-plans (Future plans) is empty: it has no text');
    expect(problems[0]?.hint).toContain('not graded');
  });
});
