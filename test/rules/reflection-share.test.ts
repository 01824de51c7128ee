import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
// 19 words each.
const did =
  'I set up a pilot of lecture capture in three modules and trained the six lecturers who taught them. ';
const learned =
  'I learned that the lecturers needed time to rehearse, so next time I would start the training much earlier. ';
const section = (description: number, reflection: number) =>
  `---\nsection: 1a\n---\n# 1a Constraints and benefits\n\n## Description\n\n${did.repeat(description)}\n\n## Reflection\n\n${learned.repeat(reflection)}\n\n## Evidence\n\n- [Pilot report (PDF)](evidence/pilot.pdf)\n`;

describe('reflection-share', () => {
  it('passes a section where reflection is a third or more', async () => {
    expect(
      await runRule('reflection-share', { 'cmalt.yml': config, '1a.md': section(12, 8) }),
    ).toEqual([]);
  });

  it('reports thin reflection at the Reflection heading, with the share and the counts', async () => {
    const problems = await runRule('reflection-share', {
      'cmalt.yml': config,
      '1a.md': section(24, 6),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: '1a.md',
      line: 10,
      section: '1a',
      severity: 'warning',
    });
    expect(problems[0]?.message).toBe(
      "reflection is 19% of 1a's 573 words (114 words), below the 30% cmalt looks for; assessors expect about a third",
    );
  });

  it('leaves unlabelled sections to part-missing, and takes its threshold from cmalt.yml', async () => {
    const unlabelled = `---\nsection: 1a\n---\n# 1a\n\n${did.repeat(20)}\n`;
    expect(await runRule('reflection-share', { 'cmalt.yml': config, '1a.md': unlabelled })).toEqual(
      [],
    );
    expect(
      await runRule(
        'reflection-share',
        { 'cmalt.yml': config, '1a.md': section(24, 6) },
        { 'reflection-share': { min: 0.15 } },
      ),
    ).toEqual([]);
  });
});
