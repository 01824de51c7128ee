import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
const hindsight = [
  'Looking back, I gave too much weight to the features list. Zoom’s breakout rooms were clearly better, but I underestimated how much the tutors valued having everything in the Teams space students already used.',
  'I would have made a different recommendation if I had asked the tutors how they planned their sessions. I should have treated the trial as a way of understanding their work, not as a test of the software.',
].join('\n\n');
const page = (id: string, reflection: string) =>
  `---\nsection: ${id}\n---\n\n# ${id} Constraints and benefits\n\n## Description\n\nIn 2022 I ran a four-week trial of Teams and Zoom for online clinical skills tutorials with two tutors and forty students.\n\n## Reflection\n\n${reflection}\n\n## Evidence\n\n- [Trial notes (PDF)](evidence/trial.pdf)\n`;

describe('forward-look-missing', () => {
  it('passes a reflection that says what the candidate will do next', async () => {
    const next = `${hindsight}\n\nNext time I compare tools I will ask the tutors to rank the criteria before the trial.`;
    expect(
      await runRule('forward-look-missing', { 'cmalt.yml': config, '1a.md': page('1a', next) }),
    ).toEqual([]);
  });

  it('passes a reflection that ends in changed practice, which answers "now what?" too', async () => {
    const now = `${hindsight}\n\nI now start every comparison by sitting in on two sessions before I look at any product.`;
    expect(
      await runRule('forward-look-missing', { 'cmalt.yml': config, '1a.md': page('1a', now) }),
    ).toEqual([]);
  });

  it('reports a reflection that only looks back, quoting the hindsight it found', async () => {
    const problems = await runRule('forward-look-missing', {
      'cmalt.yml': config,
      '1a.md': page('1a', hindsight),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '1a.md', line: 11, section: '1a', severity: 'info' });
    expect(problems[0]?.message).toBe(
      '1a\'s reflection (lines 13 and 15, 72 words) never says what you will do next or now do differently: nothing like "next time I would…", "in future I will…", "I plan to…" or "I now…"; "I would have…" looks back, not forward',
    );
  });

  it('reads a reflection without a heading from what the paragraphs do', async () => {
    const bare = `---\nsection: 1a\n---\n\n# 1a Constraints\n\nIn 2022 I ran a four-week trial of Teams and Zoom with two tutors and forty students.\n\n${hindsight}\n`;
    const problems = await runRule('forward-look-missing', { 'cmalt.yml': config, '1a.md': bare });
    expect(problems.map((p) => p.line)).toEqual([5]);
  });

  it('says nothing where there is no reflection to judge', async () => {
    const none =
      '---\nsection: 1a\n---\n\n# 1a Constraints\n\nIn 2022 I ran a four-week trial of Teams and Zoom with two tutors and forty students.\n';
    expect(await runRule('forward-look-missing', { 'cmalt.yml': config, '1a.md': none })).toEqual(
      [],
    );
    expect(
      await runRule('forward-look-missing', { 'cmalt.yml': config, '1a.md': page('1a', '') }),
    ).toEqual([]);
  });
});
