import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
const learners =
  'I support the nursing degree apprentices, who spend four days a week on hospital wards and one day with us. Most study late in the evening, often on a phone after a shift, and many had been out of education for ten years or more before they joined the programme.';
const aware = [
  'The survey helped me understand our apprentices much better. I realised that most of them study at midnight on a phone, often on hospital Wi-Fi that blocks video, and that they have very little time.',
  'I now appreciate how much their employers shape their motivation, and how important it is to remember that they are experienced professionals rather than school leavers.',
].join('\n\n');
const changed = `${aware}\n\nI now design the Start here page for a narrow screen first, and I have split recordings into parts of under fifteen minutes so that they can be picked up again on a phone.`;
const page = (id: string, reflection: string) =>
  `---\nsection: ${id}\n---\n\n# ${id} An understanding of your target learners\n\n## Description\n\n${learners}\n\n## Reflection\n\n${reflection}\n`;

describe('changed-practice-missing', () => {
  it('passes a 2b that says what the candidate now does differently', async () => {
    expect(
      await runRule('changed-practice-missing', {
        'cmalt.yml': config,
        '2b.md': page('2b', changed),
      }),
    ).toEqual([]);
  });

  it('reports a 2b that shows only awareness, at its Reflection heading, as information', async () => {
    const problems = await runRule('changed-practice-missing', {
      'cmalt.yml': config,
      '2b.md': page('2b', aware),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '2b.md', line: 11, section: '2b', severity: 'info' });
    expect(problems[0]?.message).toMatch(
      /^2b never says what you changed for your learners: it reflects on your learners at line 13 \(.+\) and line 15 \(.+\), but none of its \d+ words says "I now…", "as a result I…", "since then…", "this led me to…" or "I redesigned…"$/,
    );
    expect(problems[0]?.hint).toContain('what you now do differently');
  });

  it('does not take "I now understand" or "I now manage" for changed practice', async () => {
    const problems = await runRule('changed-practice-missing', {
      'cmalt.yml': config,
      '2b.md': page(
        '2b',
        `${aware}\n\nI now manage a team of three, and I now understand the apprentices' shifts.`,
      ),
    });
    expect(problems).toHaveLength(1);
  });

  it('finds changed practice in any wording it knows, anywhere in 2b', async () => {
    for (const statement of [
      'After the survey I moved all the induction material into six two-minute videos.',
      'As a result, the online course now opens with a task from the apprentice’s own ward.',
      'I’ve since swapped the long induction video for short clips.',
      'This prompted me to redesign the first morning of induction.',
      'These days my sessions begin with a task they do at work.',
    ]) {
      const problems = await runRule('changed-practice-missing', {
        'cmalt.yml': config,
        '2b.md': page('2b', `${aware}\n\n${statement}`),
      });
      expect(problems, statement).toEqual([]);
    }
  });

  it('looks only at 2b, and not at a 2b too short to judge', async () => {
    expect(
      await runRule('changed-practice-missing', {
        'cmalt.yml': config,
        '2a.md': page('2a', aware),
      }),
    ).toEqual([]);
    const stub = '---\nsection: 2b\n---\n\n# 2b Learners\n\nTo do.\n';
    expect(
      await runRule('changed-practice-missing', { 'cmalt.yml': config, '2b.md': stub }),
    ).toEqual([]);
  });
});
