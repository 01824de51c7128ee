import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
const did = [
  'In 2021 the university replaced its classroom voting handsets with a web-based polling tool. I was asked to compare the options and make a recommendation to the Digital Education Group, and I compared Mentimeter, Vevox and Poll Everywhere on price, single sign-on and accessibility.',
  'I set up a trial account for each tool and asked six lecturers from different faculties to use them for three weeks. I collected their comments through a short questionnaire, and I asked the Data Protection Officer to review each supplier. Two lecturers also tried the tools with students in seminars.',
  'The group accepted my recommendation of Vevox in June 2021. I then worked with IT Services to set up single sign-on, wrote quick-start guides and ran four webinars for staff before the start of the autumn term. By December 2021, 340 staff had created an account and the tool had been used in over 1,200 sessions.',
];
const learned = [
  'Looking back, the trial mattered more than the comparison table. I had assumed price would decide it, but the lecturers cared most about whether students could join without an account, and that changed my recommendation.',
  'I learned that a tool is judged by the people who have to use it on a Monday morning, not by its feature list. Next time I will ask the lecturers to rank the criteria before the trial, so that the comparison answers their question.',
];
const page = (...paragraphs: string[]) =>
  `---\nsection: 1a\n---\n\n# 1a Constraints and benefits of different technologies\n\n${paragraphs.join('\n\n')}\n`;

describe('reflection-share-inferred', () => {
  it('passes a criterion without headings whose prose reflects for about a third or more', async () => {
    expect(
      await runRule('reflection-share-inferred', {
        'cmalt.yml': config,
        '1a.md': page(...did, ...learned),
      }),
    ).toEqual([]);
  });

  it('reports a criterion without headings where no paragraph reflects, at its heading', async () => {
    const problems = await runRule('reflection-share-inferred', {
      'cmalt.yml': config,
      '1a.md': page(...did),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: '1a.md',
      line: 5,
      section: '1a',
      severity: 'warning',
    });
    expect(problems[0]?.message).toMatch(
      /^reading each paragraph, reflection is 0% of 1a's prose: none of its 3 paragraphs \(\d+ words\) reads as reflection; they say what happened, not what it meant; assessors look for about a third$/,
    );
  });

  it('shows which paragraphs read as reflection when there are too few of them', async () => {
    const problems = await runRule('reflection-share-inferred', {
      'cmalt.yml': config,
      '1a.md': page(...did, 'Looking back, I learned that the trial mattered more than the table.'),
    });
    expect(problems[0]?.message).toMatch(
      /reflection is \d+% of 1a's prose: 1 of 4 paragraphs \(12 of \d+ words\) read as reflection: line 13 \(/,
    );
    expect(problems[0]?.message).toContain('read as reflection: line 13 (');
  });

  it('leaves criteria with part headings to reflection-share', async () => {
    const headed = `---\nsection: 1a\n---\n\n# 1a Constraints\n\n## Description\n\n${did.join('\n\n')}\n\n## Evidence\n\n- [Report](evidence/report.pdf)\n`;
    expect(
      await runRule('reflection-share-inferred', { 'cmalt.yml': config, '1a.md': headed }),
    ).toEqual([]);
  });

  it('judges criteria that share a closing reflection for their page together', async () => {
    const area = (closing: string[]) =>
      [
        '# Core Area 1',
        '## 1a: Constraints and benefits of different technologies',
        did[0],
        '## 1b: Technical knowledge and ability',
        did[1],
        '## 1c: Supporting the deployment of learning technologies',
        did[2],
        ...closing.map((p) => `> ${p}`),
      ].join('\n\n');
    const settings = { 'reflection-share-inferred': { minWords: 40 } };
    const alone = await runRule(
      'reflection-share-inferred',
      { 'cmalt.yml': config, 'core-area-1.md': area([]) },
      settings,
    );
    expect(alone.map((p) => p.section)).toEqual(['1a', '1b', '1c']);
    expect(
      await runRule(
        'reflection-share-inferred',
        { 'cmalt.yml': config, 'core-area-1.md': area(learned) },
        settings,
      ),
    ).toEqual([]);
  });

  it('takes its thresholds from cmalt.yml and skips short criteria', async () => {
    const settings = { 'reflection-share-inferred': { min: 0 } };
    expect(
      await runRule(
        'reflection-share-inferred',
        { 'cmalt.yml': config, '1a.md': page(...did) },
        settings,
      ),
    ).toEqual([]);
    expect(
      await runRule('reflection-share-inferred', {
        'cmalt.yml': config,
        '1a.md': page(did[0] as string),
      }),
    ).toEqual([]);
    expect(
      await runRule('reflection-share-inferred', { 'cmalt.yml': config, '1a.md': page() }),
    ).toEqual([]);
  });
});
