import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
const evidence = (items: string) =>
  `---\nsection: 4a\n---\n# 4a Working with others\n\n## Evidence\n\n${items}\n`;

describe('placeholder-text', () => {
  it('passes finished text, real links and Jekyll link targets', async () => {
    const problems = await runRule('placeholder-text', {
      'cmalt.yml': config,
      '4a.md': evidence(
        [
          '- [Your guide to captioning (PDF)](evidence/captioning-guide.pdf)',
          '- [Slides]({{ "/assets/slides.pdf" | relative_url }})',
          '- A to-do list I kept for the project, at <https://example.org/todo/>',
          '',
          '```',
          'TODO: this is code, not prose',
          '```',
          '',
          '<!-- TODO: add the poster once it is printed -->',
        ].join('\n'),
      ),
    });
    expect(problems).toEqual([]);
  });

  it('reports placeholders at their own column, quoting them', async () => {
    const problems = await runRule('placeholder-text', {
      'cmalt.yml': config,
      '4a.md': evidence('- Conference slides [insert link] TBC\n- Add evidence here.'),
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({
      file: '4a.md',
      line: 8,
      column: 21,
      section: '4a',
      severity: 'error',
    });
    expect(problems[0]?.message).toBe('placeholder text left in 4a: "[insert link]" and "TBC"');
    expect(problems[1]?.message).toBe('placeholder text left in 4a: "Add evidence here"');
  });

  it('reports a link with an empty target', async () => {
    const problems = await runRule('placeholder-text', {
      'cmalt.yml': config,
      '4a.md': evidence('- [Workshop slides (PDF)]()'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 8, column: 3 });
    expect(problems[0]?.message).toBe(
      'the link "Workshop slides (PDF)" has an empty target: `[Workshop slides (PDF)]()`',
    );
  });

  it('finds the placeholders left in the pasted-guidance layout', async () => {
    const dir = path.join(fixtures, 'layouts', 'pasted-guidance');
    const expected = JSON.parse(await readFile(path.join(dir, 'expected.json'), 'utf8')) as {
      placeholders: { file: string; line: number }[];
    };
    const problems = await runRule('placeholder-text', dir);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(
      expected.placeholders.map((p) => `${p.file}:${p.line}`),
    );
  });
});
