import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

describe('evidence-protected', () => {
  it('passes public links and protected links with access details', async () => {
    const problems = await runRule('evidence-protected', {
      '1b.md': [
        '# 1b Technical knowledge',
        '',
        '- [Module site](https://vle.example.ac.uk/course/view.php?id=4410) (guest access: username cmalt-guest, password in my submission email)',
        '- [Published handbook](https://docs.google.com/document/d/e/2PACX-1vQ/pub)',
        '- [Moodle docs](https://docs.moodle.org/en/Course_formats)',
        '',
      ].join('\n'),
    });
    expect(problems).toEqual([]);
  });

  it('accepts one note for assessors that gives access to the VLE, but not to other places', async () => {
    const problems = await runRule('evidence-protected', {
      'contextual-statement.md':
        '# Contextual statement\n\nAssessors can see the Moodle pages I link to with the guest account cmalt-guest; the password is in my submission email.\n',
      '1b.md': [
        '# 1b Technical knowledge',
        '',
        '- [ESOL Level 1 course](https://moodle.example.ac.uk/course/view.php?id=2231)',
        '- [Team channel](https://teams.microsoft.com/l/channel/19%3aabc/General)',
        '',
      ].join('\n'),
    });
    expect(problems.map((p) => [p.file, p.line])).toEqual([['1b.md', 4]]);
  });

  it('reports SharePoint, Google Drive and VLE links with no access details', async () => {
    const problems = await runRule('evidence-protected', {
      '1c.md': [
        '# 1c Deployment',
        '',
        '### Evidence',
        '',
        '- [Roll-out plan](https://uni-my.sharepoint.com/:b:/g/personal/sam_uni_ac_uk/EaBc?e=x1)',
        '- [Survey data](https://drive.google.com/file/d/1AbC/view?usp=sharing)',
        '- [Staff course](https://learn.example.ac.uk/webapps/blackboard/execute/launcher?course_id=_123_1)',
        '',
      ].join('\n'),
    });
    expect(problems.map((p) => p.line)).toEqual([5, 6, 7]);
    expect(problems[0]).toMatchObject({ column: 3, severity: 'warning', section: '1c' });
    expect(problems[0]?.message).toContain(
      'is on OneDrive for work, which asks assessors to log in',
    );
    expect(problems[1]?.message).toContain('is on Google Drive');
    expect(problems[2]?.message).toContain('is on Blackboard');
  });
});
