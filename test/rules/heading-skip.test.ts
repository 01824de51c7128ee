import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runRule } from '../helpers/portfolio.js';

describe('heading-skip', () => {
  it('passes headings that go down one level at a time, starting at any level', async () => {
    expect(await runRule('heading-skip', path.join(fixtures, 'layouts', 'jekyll-en-dash'))).toEqual(
      [],
    );
    const problems = await runRule('heading-skip', {
      '1a.md':
        '### 1a Constraints\n\n#### Description\n\nText.\n\n## Core Area 2\n\n**Evidence**\n',
    });
    expect(problems).toEqual([]);
  });

  it('reports the 2016 specialist option whose parts jump from # to ###', async () => {
    const problems = await runRule('heading-skip', path.join(fixtures, 'layouts', 'legacy-2016'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'specialist-option.md',
      line: 3,
      column: 1,
      section: 'specialist-1',
      severity: 'warning',
    });
    expect(problems[0]?.message).toBe(
      'heading "Description" is level 3 but follows the level 1 heading "Specialist Option: VLE administration and maintenance" (line 1), skipping level 2',
    );
    expect(problems[0]?.hint).toContain('`## Description`');
  });
});
