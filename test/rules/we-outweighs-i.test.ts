import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
const section = (description: string) =>
  `---\nsection: 1c\n---\n# 1c Supporting deployment\n\n## Description\n\n${description}\n\n## Reflection\n\nWe learned a lot as a team, and we will do it again.\n`;

describe('we-outweighs-i', () => {
  it('passes a description that says what the candidate did', async () => {
    const problems = await runRule('we-outweighs-i', {
      'cmalt.yml': config,
      '1c.md': section(
        'The team reviewed three options. I wrote the comparison and I recommended Panopto. We piloted it and I trained staff, and I wrote the guides.',
      ),
    });
    expect(problems).toEqual([]);
  });

  it('does not count "our students" or "our VLE" as hiding who did the work', async () => {
    const problems = await runRule('we-outweighs-i', {
      'cmalt.yml': config,
      '1c.md': section(
        'Our students use our VLE daily, our staff rely on it, and our college and our university fund it. I moved it to the cloud.',
      ),
    });
    expect(problems).toEqual([]);
  });

  it('warns when "we" outweighs "I", showing both counts and the words', async () => {
    const problems = await runRule('we-outweighs-i', {
      'cmalt.yml': config,
      '1c.md': section(
        'We reviewed the options and our team chose Panopto. We then trained staff, we wrote the guides and the team ran the launch. I helped.',
      ),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: '1c.md',
      line: 6,
      section: '1c',
      severity: 'warning',
    });
    expect(problems[0]?.message).toBe(
      '1c\'s description says "we", "our" or "the team" 5 times and "I", "my" or "me" once (e.g. "We reviewed", "our team", "We then")',
    );
  });
});
