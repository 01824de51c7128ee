import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

describe('personal-data', () => {
  it('passes years, money, word counts, ISBNs, DOIs, dates and shared mailboxes', async () => {
    const problems = await runRule('personal-data', {
      'cmalt.yml': 'candidate: Sam Patel\npathway: cmalt\n',
      '3a.md': [
        '# 3a Legislation',
        '',
        'Between 2019 and 2023 the licence rose from £7,400 to £12,150 a year for 1,234 students; the report ran to 1,600 words.',
        'We followed ISBN 0-19-852663-6 and doi:10.1080/02680513.2019.1234567, met on 01/02/2023 and 2023-04-18,',
        'and logged 4,000,000 page views. Questions went to elearning@example.ac.uk or helpdesk@example.ac.uk,',
        'or to the service desk on 0161 496 0000. Registered charity number: 1160039.',
        '',
        '| Measure | 2022 | 2023 |',
        '|---|---|---|',
        '| Completions | 1840 | 2215 |',
        '',
      ].join('\n'),
    });
    expect(problems).toEqual([]);
  });

  it("reports other people's addresses, phone numbers and student numbers, masked", async () => {
    const problems = await runRule('personal-data', {
      'cmalt.yml':
        'candidate: Sam Patel\npathway: cmalt\nassessor:\n  name: Dr Ana Lee\n  email: a.lee@other.example.ac.uk\n',
      '2b.md': [
        '# 2b Target learners',
        '',
        'Feedback came from Jo Smith (<j.smith@example.ac.uk>), who rang me on 07700 900123,',
        'and from a student (student ID 20231234) and s1234567.',
        '',
        '| Learner | Mark |',
        '|---|---|',
        '| k.ng@student.example.ac.uk | 64 |',
        '',
        'Contact me at [sam.patel@example.ac.uk](mailto:sam.patel@example.ac.uk).',
        '',
        'Nominated assessor: Dr Ana Lee, <a.lee@other.example.ac.uk>',
        '',
      ].join('\n'),
    });
    expect(problems.map((p) => [p.line, p.column, p.severity])).toEqual([
      [3, 31, 'warning'],
      [3, 71, 'warning'],
      [4, 32, 'warning'],
      [4, 46, 'warning'],
      [8, 3, 'warning'],
      [10, 16, 'info'],
      [12, 34, 'info'],
    ]);
    expect(problems[0]).toMatchObject({ file: '2b.md', section: '2b' });
    expect(problems[0]?.message).toBe(
      "an e-mail address (j.sm***@example.ac.uk) appears in the portfolio; it may be someone's personal data",
    );
    expect(problems[1]?.message).toContain('a phone number (0770* ****23)');
    expect(problems[2]?.message).toContain('what looks like a student number (20***34)');
    expect(problems[3]?.message).toContain('(s1***67)');
    expect(problems[5]?.message).toBe(
      'your own e-mail address (sam.***@example.ac.uk) appears in the portfolio; fine if you mean to share it',
    );
    expect(problems[6]?.message).toContain("your nominated assessor's e-mail address (a.l***@");
  });
});
