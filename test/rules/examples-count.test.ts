import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
const section = (evidence: string) =>
  `---\nsection: 2b\n---\n# 2b Target learners\n\n## Description\n\nI surveyed the apprentices.\n\n## Reflection\n\nI changed the timetable.\n\n## Evidence\n\n${evidence}\n`;

describe('examples-count', () => {
  it('passes a section citing two distinct evidence items', async () => {
    const problems = await runRule('examples-count', {
      'cmalt.yml': config,
      '2b.md': section(
        '- [Apprentice survey summary (PDF)](evidence/survey.pdf)\n- [Revised timetable (PDF)](evidence/timetable.pdf)',
      ),
    });
    expect(problems).toEqual([]);
  });

  it('counts the same file cited twice once, and informs at the Evidence heading', async () => {
    const problems = await runRule('examples-count', {
      'cmalt.yml': config,
      '2b.md': section(
        '- [Apprentice survey summary (PDF)](evidence/survey.pdf)\n- [Survey again](./evidence/survey.pdf)',
      ),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '2b.md', line: 14, section: '2b', severity: 'info' });
    expect(problems[0]?.message).toBe(
      '2b cites one evidence item ("Apprentice survey summary (PDF)"); assessors look for two or more distinct examples or evidence items',
    );
  });

  it('reports an Evidence part with no items in it', async () => {
    const problems = await runRule('examples-count', {
      'cmalt.yml': config,
      '2b.md': section('Available on request.'),
    });
    expect(problems[0]?.message).toContain('2b cites no evidence items');
  });
});
