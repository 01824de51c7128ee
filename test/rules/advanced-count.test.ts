import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const advanced = {
  'advanced-1.md':
    '---\nsection: advanced-1\ntitle: Frameworks and strategies\n---\n# Advanced area: Frameworks and strategies\n\nI wrote the strategy.\n',
};

describe('advanced-count', () => {
  it('passes a Senior portfolio with an advanced area', async () => {
    const problems = await runRule('advanced-count', {
      'cmalt.yml': 'candidate: Morgan Hale\npathway: senior\n',
      ...advanced,
    });
    expect(problems).toEqual([]);
  });

  it('reports a Senior portfolio with no advanced area', async () => {
    const problems = await runRule('advanced-count', {
      'cmalt.yml': 'candidate: Morgan Hale\npathway: senior\n',
      '1a.md': '---\nsection: 1a\n---\n# 1a\n\nText.\n',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '', line: 1, severity: 'error' });
    expect(problems[0]?.message).toBe(
      'Senior CMALT needs one or more advanced areas; cmalt found none',
    );
  });

  it('warns when a CMALT portfolio has an advanced area, pointing at the pathway', async () => {
    const problems = await runRule('advanced-count', {
      'cmalt.yml': 'candidate: Lin Okafor\npathway: cmalt\n',
      ...advanced,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'advanced-1.md',
      section: 'advanced-1',
      severity: 'warning',
    });
    expect(problems[0]?.message).toBe(
      'CMALT has no advanced areas, but cmalt found one: "Frameworks and strategies" (advanced-1.md)',
    );
    expect(problems[0]?.hint).toContain('`pathway: senior`');
  });
});
