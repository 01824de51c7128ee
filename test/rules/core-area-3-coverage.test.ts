import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, fixtures, runRule } from '../helpers/portfolio.js';

const cmalt = 'candidate: Lin Okafor\npathway: cmalt\n';
const senior = 'candidate: Morgan Hale\npathway: senior\n';
const section = (id: string, body: string, front = '') =>
  `---\nsection: ${id}\n${front}---\n# ${id}\n\n## Description\n\n${body}\n`;

describe('core-area-3-coverage', () => {
  it('passes laws and policies it detects in the text', async () => {
    const problems = await runRule('core-area-3-coverage', {
      'cmalt.yml': cmalt,
      '3a.md': section('3a', 'The UK GDPR changed how I plan learning analytics projects.'),
      '3b.md': section(
        '3b',
        "I audited our Moodle courses against the University's Accessibility Policy.",
      ),
    });
    expect(problems).toEqual([]);
  });

  it('passes what the candidate declares under covers:', async () => {
    const problems = await runRule('core-area-3-coverage', {
      'cmalt.yml': senior,
      '3b.md': section(
        '3b',
        'I rewrote the rules for online exams.',
        'covers:\n  policies: [Online assessment regulations]\n',
      ),
    });
    expect(problems).toEqual([]);
  });

  it('reports a 3a that names no law, saying what was detected', async () => {
    const problems = await runRule('core-area-3-coverage', {
      'cmalt.yml': cmalt,
      '3a.md': section('3a', 'I always make sure my work follows the rules of the institution.'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: '3a.md',
      line: 4,
      section: '3a',
      severity: 'warning',
    });
    expect(problems[0]?.message).toBe(
      '3a should cover a named law for CMALT, but cmalt detected no laws and no policies or standards in its text (nothing declared under covers:)',
    );
    expect(problems[0]?.hint).toContain('covers: { laws: [UK GDPR]');
  });

  it('asks a Senior 3b for a policy even when it declares a law', async () => {
    const problems = await runRule('core-area-3-coverage', {
      'cmalt.yml': senior,
      '3b.md': section(
        '3b',
        'The Equality Act 2010 shaped my work.',
        'covers:\n  laws: [Equality Act 2010]\n',
      ),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe(
      '3b should cover a policy or standard for Senior CMALT, but its covers: front matter lists laws "Equality Act 2010" and no policies or standards',
    );
  });

  it('asks the 2016 core area 3 for a second law or a policy', async () => {
    const problems = await runRule('core-area-3-coverage', {
      'cmalt.yml': `${cmalt}guidelines: '2016'\n`,
      '3.md': section('3', 'The Data Protection Act 1998 guided how I stored student work.'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain(
      'core area 3 should cover a second law or a policy or standard',
    );
    expect(problems[0]?.message).toContain('laws "Data Protection Act 1998"');
  });

  it('finds laws and policies in every fixture and example', async () => {
    for (const dir of [
      path.join(fixtures, 'layouts', 'jekyll-en-dash'),
      path.join(fixtures, 'layouts', 'legacy-2016'),
      path.join(examples, 'cmalt-lin-okafor'),
    ])
      expect(await runRule('core-area-3-coverage', dir)).toEqual([]);
  });
});
