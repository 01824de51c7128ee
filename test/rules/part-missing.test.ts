import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
const front = '---\nsection: 1a\n---\n# 1a Constraints and benefits\n\n';
const description =
  '## Description\n\nIn 2024 I compared three lecture capture tools for the school.\n\n';
const reflection =
  '## Reflection\n\nLooking back, I gave too much weight to cost and too little to support.\n\n';
const evidence = '## Evidence\n\n- [Options appraisal (PDF)](evidence/options.pdf)\n';

describe('part-missing', () => {
  it('passes a section with description, reflection and evidence', async () => {
    const problems = await runRule('part-missing', {
      'cmalt.yml': config,
      '1a.md': front + description + reflection + evidence,
    });
    expect(problems).toEqual([]);
  });

  it('accepts evidence cited in the text when there is no Evidence heading', async () => {
    const problems = await runRule('part-missing', {
      'cmalt.yml': config,
      '1a.md':
        front +
        '## Description\n\nI wrote an [options appraisal](evidence/options.pdf) for the school.\n\n' +
        reflection,
    });
    expect(problems).toEqual([]);
  });

  it('reports a missing reflection at the section heading', async () => {
    const problems = await runRule('part-missing', {
      'cmalt.yml': config,
      '1a.md': front + description + evidence,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '1a.md', line: 4, section: '1a', severity: 'error' });
    expect(problems[0]?.message).toBe(
      '1a has no reflection: cmalt found Description and Evidence headings but no Reflection heading',
    );
  });

  it('reports a part heading with nothing under it at that heading', async () => {
    const problems = await runRule('part-missing', {
      'cmalt.yml': config,
      '1a.md': front + description + '## Reflection\n\n' + evidence,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 10 });
    expect(problems[0]?.message).toBe(
      '1a\'s Reflection heading ("Reflection") has nothing under it',
    );
  });

  it('gives one warning, not three errors, for a section with no part headings', async () => {
    const problems = await runRule('part-missing', {
      'cmalt.yml': config,
      '1a.md':
        front +
        'I compared three tools ([options appraisal](evidence/options.pdf)).\n\n> Looking back, I chose too quickly.\n',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', line: 4 });
    expect(problems[0]?.message).toBe(
      '1a has no Description/Reflection/Evidence headings, so cmalt cannot tell its parts apart',
    );
    expect(problems[0]?.hint).toContain('If the blockquote at line 8 is your reflection');
  });

  it('adds an evidence error when an unlabelled section links to nothing', async () => {
    const problems = await runRule('part-missing', {
      'cmalt.yml': config,
      '1a.md': front + 'I compared three tools and chose one.\n',
    });
    expect(problems.map((p) => p.severity).sort()).toEqual(['error', 'warning']);
    expect(problems.find((p) => p.severity === 'error')?.message).toBe(
      '1a has no evidence: no Evidence heading and no links to evidence anywhere in it',
    );
  });
});
