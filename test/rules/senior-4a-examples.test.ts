import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const senior = 'candidate: Morgan Hale\npathway: senior\n';
const para =
  'I worked with the library and the students union on this, and I shared what we learned.';
const fourA = (body: string) =>
  `---\nsection: 4a\n---\n# 4a Communication and working with others\n\n## Description\n\n${body}\n\n## Reflection\n\n${para}\n`;

describe('senior-4a-examples', () => {
  it('passes a Senior 4a with an example under each of two subheadings', async () => {
    const problems = await runRule('senior-4a-examples', {
      'cmalt.yml': senior,
      '4a.md': fourA(
        `### The VLE review with the library\n\n${para}\n\n### A regional accessibility network\n\n${para}`,
      ),
    });
    expect(problems).toEqual([]);
  });

  it('passes paragraphs that open distinct examples', async () => {
    const problems = await runRule('senior-4a-examples', {
      'cmalt.yml': senior,
      '4a.md': fourA(`First, ${para}\n\nA second example is the regional network. ${para}`),
    });
    expect(problems).toEqual([]);
  });

  it('warns when 4a gives one example, quoting the subheading', async () => {
    const problems = await runRule('senior-4a-examples', {
      'cmalt.yml': senior,
      '4a.md': fourA(`### The VLE review with the library\n\n${para}`),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: '4a.md',
      line: 4,
      section: '4a',
      severity: 'warning',
    });
    expect(problems[0]?.message).toBe(
      '4a seems to give one example (subheading "The VLE review with the library"); Senior CMALT asks 4a for two or more examples of working with others',
    );
  });

  it('only informs when it cannot tell the examples apart', async () => {
    const problems = await runRule('senior-4a-examples', {
      'cmalt.yml': senior,
      '4a.md': fourA(`${para}\n\n${para}`),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.severity).toBe('info');
    expect(problems[0]?.message).toContain('cmalt could not tell how many examples 4a gives');
  });

  it('does not apply to the CMALT pathway', async () => {
    const problems = await runRule('senior-4a-examples', {
      'cmalt.yml': 'candidate: Lin Okafor\npathway: cmalt\n',
      '4a.md': fourA(para),
    });
    expect(problems).toEqual([]);
  });
});
