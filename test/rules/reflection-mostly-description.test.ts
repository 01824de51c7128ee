import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
const criterion = (reflection: string) =>
  `---\nsection: 1b\n---\n\n# 1b Technical knowledge\n\n## Description\n\nI am a learning technologist in the Faculty of Business and Law, supporting about 140 academic staff.\n\n## Reflection\n\n${reflection}\n\n## Evidence\n\n- [Template screenshot](evidence/template.png)\n`;

const achievements = [
  'Over the last two years I set up the Blackboard Ultra template for the faculty, which every new module uses. I configured Panopto folders for 210 modules and linked them to Blackboard. I created 35 how-to videos for staff.',
  'In 2023 I completed the Microsoft Teams administrator course and became the faculty contact for live events. I also ran monthly drop-in sessions on Turnitin, attended by around 15 staff each time, and I wrote the guide to rubrics.',
].join('\n\n');

const reflective = [
  'The template saved staff time, but I had assumed they wanted more features. The drop-ins showed me that most lecturers wanted fewer choices, and that a template with twelve options was harder to use than one with four.',
  'I think the videos worked because they answered questions staff were already asking, rather than showing every feature. Next time I build a template I will test it with two lecturers before it goes to the whole faculty.',
].join('\n\n');

describe('reflection-mostly-description', () => {
  it('passes a Reflection part that evaluates and looks forward', async () => {
    expect(
      await runRule('reflection-mostly-description', {
        'cmalt.yml': config,
        '1b.md': criterion(reflective),
      }),
    ).toEqual([]);
  });

  it('reports a list of achievements under Reflection, naming each paragraph and its cues', async () => {
    const problems = await runRule('reflection-mostly-description', {
      'cmalt.yml': config,
      '1b.md': criterion(achievements),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: '1b.md',
      line: 11,
      section: '1b',
      severity: 'warning',
    });
    const message = problems[0]?.message ?? '';
    expect(message).toMatch(
      /^2 of 2 paragraphs under 1b's Reflection heading read as description \(\d+ of \d+ words, 100%\): /,
    );
    expect(message).toContain('line 13 "Over the last two years I set up the…"');
    expect(message).toContain('(past-tense actions: "completed"');
    expect(message).toContain('line 15 "In 2023 I completed the Microsoft Teams…"');
    expect(problems[0]?.hint).toContain('what you would do next time');
  });

  it('counts a change in practice told as actions as reflection', async () => {
    const changed =
      'After the drop-ins I moved every how-to video into the template itself and cut the options from twelve to four. In the following term I added a one-page checklist to each module and removed the old guide.';
    expect(
      await runRule('reflection-mostly-description', {
        'cmalt.yml': config,
        '1b.md': criterion(`${changed}\n\n${achievements.split('\n\n')[1]}`),
      }),
    ).toEqual([]);
  });

  it('leaves short reflections alone, and takes its thresholds from cmalt.yml', async () => {
    const short = achievements.split('\n\n')[0] as string;
    expect(
      await runRule('reflection-mostly-description', {
        'cmalt.yml': config,
        '1b.md': criterion(short),
      }),
    ).toEqual([]);
    expect(
      await runRule(
        'reflection-mostly-description',
        { 'cmalt.yml': config, '1b.md': criterion(achievements) },
        { 'reflection-mostly-description': { share: 1 } },
      ),
    ).toEqual([]);
  });

  it('does not stumble on an empty Reflection heading', async () => {
    expect(
      await runRule('reflection-mostly-description', {
        'cmalt.yml': config,
        '1b.md': criterion(''),
      }),
    ).toEqual([]);
  });
});
