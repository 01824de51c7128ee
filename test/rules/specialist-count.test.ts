import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const area = (n: number, title: string) => [
  `specialist-${n}.md`,
  `---\nsection: specialist-${n}\ntitle: ${title}\n---\n# Specialist area: ${title}\n\nI lead this work.\n`,
];

describe('specialist-count', () => {
  it('passes a CMALT portfolio with one specialist area', async () => {
    const problems = await runRule('specialist-count', {
      'cmalt.yml': 'candidate: Lin Okafor\npathway: cmalt\nspecialist:\n  - Accessibility\n',
      ...Object.fromEntries([area(1, 'Accessibility')]),
    });
    expect(problems).toEqual([]);
  });

  it('asks a Senior portfolio for exactly two, naming the one it found and the one listed', async () => {
    const problems = await runRule('specialist-count', {
      'cmalt.yml':
        'candidate: Morgan Hale\npathway: senior\nspecialist:\n  - Accessibility\n  - Staff development\n',
      ...Object.fromEntries([area(1, 'Accessibility')]),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '', line: 1, severity: 'error' });
    expect(problems[0]?.message).toBe(
      'Senior CMALT needs exactly two specialist areas; cmalt found one: "Accessibility" (specialist-1.md); cmalt.yml also lists "Staff development", with no section for it',
    );
  });

  it('warns when an Associate portfolio has a specialist area', async () => {
    const problems = await runRule('specialist-count', {
      'cmalt.yml': 'candidate: Sam Lee\npathway: associate\n',
      ...Object.fromEntries([area(1, 'Evaluation')]),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'specialist-1.md',
      line: 5,
      section: 'specialist-1',
      severity: 'warning',
    });
    expect(problems[0]?.message).toBe(
      'Associate CMALT has no specialist areas, but cmalt found one: "Evaluation" (specialist-1.md)',
    );
  });

  it('warns when cmalt.yml lists an area the portfolio does not have', async () => {
    const problems = await runRule('specialist-count', {
      'cmalt.yml':
        'candidate: Lin Okafor\npathway: cmalt\nspecialist:\n  - Accessibility\n  - Research\n',
      ...Object.fromEntries([area(1, 'Accessibility')]),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.severity).toBe('warning');
    expect(problems[0]?.message).toContain('cmalt.yml lists the specialist area "Research"');
  });
});
