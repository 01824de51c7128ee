import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runRule } from '../helpers/portfolio.js';

const section = (id: string, body = 'I did things.') =>
  `---\nsection: ${id}\n---\n# ${id}\n\n${body}\n`;
const core = [
  'contextual-statement',
  '1a',
  '1b',
  '1c',
  '2a',
  '2b',
  '3a',
  '3b',
  '4a',
  'future-plans',
  'declaration',
];

describe('section-missing', () => {
  it('passes a CMALT portfolio with every section', async () => {
    const files = Object.fromEntries(
      [...core, 'specialist-1'].map((id) => [`${id}.md`, section(id)]),
    );
    const problems = await runRule('section-missing', {
      'cmalt.yml': 'candidate: A\npathway: cmalt\n',
      ...files,
    });
    expect(problems).toEqual([]);
  });

  it('names each missing section and the headings it could not place', async () => {
    const files = Object.fromEntries(
      core.filter((id) => id !== '2b').map((id) => [`${id}.md`, section(id)]),
    );
    const problems = await runRule('section-missing', {
      'cmalt.yml': 'candidate: A\npathway: cmalt\n',
      ...files,
      'learners.md': '# Knowing my students\n\nText.\n',
    });
    expect(problems.map((p) => p.section)).toEqual(['2b']);
    expect(problems[0]?.message).toContain(
      'section 2b (An understanding of your target learners) is missing',
    );
    expect(problems[0]?.message).toContain('"Knowing my students"');
    expect(problems[0]?.severity).toBe('error');
  });

  it('leaves counting specialist and advanced areas to their own rules', async () => {
    const files = Object.fromEntries(
      [...core, 'specialist-1'].map((id) => [`${id}.md`, section(id)]),
    );
    const problems = await runRule('section-missing', {
      'cmalt.yml': 'candidate: A\npathway: senior\n',
      ...files,
    });
    expect(problems).toEqual([]);
    const counted = await runRule('specialist-count', {
      'cmalt.yml': 'candidate: A\npathway: senior\n',
      ...files,
    });
    expect(counted).toHaveLength(1);
  });

  it('accepts the 2016 layout: one core area 3 section and 4b instead of 4a', async () => {
    const ids = [
      'contextual-statement',
      '1a',
      '1b',
      '1c',
      '2a',
      '2b',
      '3',
      '4b',
      'specialist-1',
      'future-plans',
      'declaration',
    ];
    const files = Object.fromEntries(ids.map((id) => [`${id}.md`, section(id)]));
    const problems = await runRule('section-missing', {
      'cmalt.yml': "candidate: A\npathway: cmalt\nguidelines: '2016'\n",
      ...files,
    });
    expect(problems).toEqual([]);
  });

  it('maps a Jekyll portfolio with en-dash headings to every section', async () => {
    expect(
      await runRule('section-missing', path.join(fixtures, 'layouts', 'jekyll-en-dash')),
    ).toEqual([]);
  });
});
