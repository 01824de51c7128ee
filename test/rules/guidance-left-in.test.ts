import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, fixtures, runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
const own =
  'In 2024 I compared three lecture capture tools against what our nursing students needed.';

describe('guidance-left-in', () => {
  it('passes guidance kept inside an HTML comment', async () => {
    const problems = await runRule('guidance-left-in', {
      'cmalt.yml': config,
      '1a.md': `---\nsection: 1a\n---\n# 1a\n\n<!--\nCandidates should demonstrate both their understanding and use of learning technology.\n-->\n\n${own}\n`,
    });
    expect(problems).toEqual([]);
  });

  it('passes the example portfolios, which name laws the guidance also names', async () => {
    for (const dir of [
      path.join(examples, 'cmalt-lin-okafor'),
      path.join(fixtures, 'layouts', 'bold-headings'),
    ])
      expect(await runRule('guidance-left-in', dir)).toEqual([]);
  });

  it("reports ALT's guidance voice pasted into a section, quoting it", async () => {
    const problems = await runRule('guidance-left-in', {
      'cmalt.yml': config,
      '1a.md': `---\nsection: 1a\n---\n# 1a\n\n${own}\n\nEvidence could include a needs analysis or an options appraisal.\n`,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: '1a.md',
      line: 8,
      column: 1,
      section: '1a',
      severity: 'error',
    });
    expect(problems[0]?.message).toBe(
      'this paragraph repeats ALT\'s guidance wording: "Evidence could include a needs analysis or an options appraisal."',
    );
  });

  it("reports a passage copied from cmalt's own guidance for the section", async () => {
    const problems = await runRule('guidance-left-in', {
      'cmalt.yml': config,
      '1a.md': `---\nsection: 1a\n---\n# 1a\n\n## Description\n\nHow you decide which technology fits a need, starting from the learners, the teaching and the organisation.\n`,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(8);
    expect(problems[0]?.message).toBe(
      'this paragraph repeats words from the guidance cmalt gives for 1a: "How you decide which technology fits a need, starting from the learners, the…"',
    );
  });

  it('finds every passage of ALT guidance pasted into the pasted-guidance layout', async () => {
    const dir = path.join(fixtures, 'layouts', 'pasted-guidance');
    const expected = JSON.parse(await readFile(path.join(dir, 'expected.json'), 'utf8')) as {
      guidance: { file: string; line: number }[];
    };
    const problems = await runRule('guidance-left-in', dir);
    expect(problems.map((p) => `${p.file}:${p.line}`).sort()).toEqual(
      expected.guidance.map((g) => `${g.file}:${g.line}`).sort(),
    );
  });
});
