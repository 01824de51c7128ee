import { symlink, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import { load, writePortfolio } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';

describe('loadPortfolio', () => {
  it('counts only the words a reader reads', async () => {
    const portfolio = await load({
      'cmalt.yml': config,
      '1a.md': [
        '---',
        'section: 1a',
        'title: A title with five words',
        '---',
        '# 1a Heading words are not counted',
        '',
        '<!-- guidance in a comment is not counted either -->',
        '',
        '## Description',
        '',
        'I compared three tools {% include fig.html id="x" %} with `inline code` here.',
        '',
        '```',
        'code blocks do not count',
        '```',
        '',
        'See https://example.org/a/very/long/url and [the report](https://example.org/r).',
        '',
        '## Reflection',
        '',
        'It *worked well* because students could rewatch.',
      ].join('\n'),
    });
    const section = portfolio.sections[0]!;
    expect(section.id).toBe('1a');
    expect(section.wordsByPart.description).toBe(10); // "I compared three tools with here" (6) + "See and the report" (4)
    expect(section.wordsByPart.reflection).toBe(7);
    const reflection = section.parts.find((p) => p.label === 'reflection')!;
    expect(reflection.paragraphs[0]).toMatchObject({
      line: 21,
      column: 1,
      italicWords: 2,
      text: 'It worked well because students could rewatch.',
    });
  });

  it('gives paragraphs and links their line in the original file, front matter included', async () => {
    const portfolio = await load({
      'cmalt.yml': config,
      '2b.md':
        '---\nsection: 2b\nlayout: page\n---\n\n## Evidence\n\n- [Survey summary](evidence/survey.pdf)\n- <a href="evidence/plan.pdf">Plan</a>\n\n<img src="evidence/chart.png">\n',
    });
    const links = portfolio.files[0]!.links.map((l) => ({
      url: l.url,
      line: l.line,
      kind: l.kind,
      text: l.text,
      html: l.html,
      missingAlt: l.missingAlt,
    }));
    expect(links).toEqual([
      {
        url: 'evidence/survey.pdf',
        line: 8,
        kind: 'link',
        text: 'Survey summary',
        html: undefined,
        missingAlt: undefined,
      },
      {
        url: 'evidence/plan.pdf',
        line: 9,
        kind: 'link',
        text: 'Plan',
        html: true,
        missingAlt: undefined,
      },
      {
        url: 'evidence/chart.png',
        line: 11,
        kind: 'image',
        text: '',
        html: true,
        missingAlt: true,
      },
    ]);
    expect(portfolio.sections[0]!.evidence.map((l) => l.url)).toEqual([
      'evidence/survey.pdf',
      'evidence/plan.pdf',
      'evidence/chart.png',
    ]);
  });

  it('turns broken front matter into a located problem and still reads the rest', async () => {
    const portfolio = await load({
      'cmalt.yml': config,
      '1b.md': '---\nsection: 1b\nsection: 1c\n---\n# 1b\n\n## Description\n\nI built things.\n',
    });
    expect(portfolio.problems).toContainEqual(
      expect.objectContaining({
        ruleId: 'front-matter',
        file: '1b.md',
        line: 3,
        severity: 'error',
      }),
    );
    expect(portfolio.sections.map((s) => s.id)).toEqual(['1b']);
  });

  it('refuses code in YAML tags without running it', async () => {
    const portfolio = await load({
      'cmalt.yml': config,
      'x.md': '---\nrun: !!js/function "function () { process.exit(9) }"\n---\n# x\n',
    });
    expect(portfolio.problems).toContainEqual(
      expect.objectContaining({ ruleId: 'front-matter', file: 'x.md', line: 2 }),
    );
  });

  it('reports files that are not UTF-8 text, and binary files named .md', async () => {
    const portfolio = await load({
      'cmalt.yml': config,
      'latin1.md': Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
    });
    const messages = portfolio.problems
      .filter((p) => p.ruleId === 'file-unreadable')
      .map((p) => `${p.file}: ${p.message}`);
    expect(messages).toEqual([
      'image.md: is not a text file (it contains binary data) although its name ends in .md',
      'latin1.md: is not saved as UTF-8 text, so its characters cannot be read reliably',
    ]);
  });

  it('reads a BOM and CRLF line endings', async () => {
    const portfolio = await load({
      'cmalt.yml': config,
      '1c.md':
        '\uFEFF---\r\nsection: 1c\r\n---\r\n# 1c\r\n\r\n## Reflection\r\n\r\nLooking back, it worked.\r\n',
    });
    expect(portfolio.sections[0]).toMatchObject({ id: '1c', words: 4 });
    expect(portfolio.sections[0]!.parts[0]!.paragraphs[0]!.line).toBe(8);
  });

  it('skips a page whose markup nests deeper than the site renderer can go, and says so', async () => {
    const portfolio = await load({
      'cmalt.yml': config,
      '1a.md': `# 1a\n\n## Description\n\n${'*'.repeat(3000)}x${'*'.repeat(3000)}\n`,
    });
    expect(portfolio.sections).toEqual([]);
    expect(portfolio.problems).toContainEqual(
      expect.objectContaining({
        file: '1a.md',
        message: expect.stringContaining('too deeply for cmalt to read'),
      }),
    );
  });

  it('never reads a file outside the portfolio through a symbolic link', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'cmalt-outside-'));
    await writeFile(path.join(outside, 'secret.md'), '---\nsection: 1a\n---\n# Secret\n');
    const dir = await writePortfolio({ 'cmalt.yml': config });
    await symlink(path.join(outside, 'secret.md'), path.join(dir, '1a.md'));
    const portfolio = await loadPortfolio(dir);
    expect(portfolio.sections).toEqual([]);
    expect(portfolio.problems).toContainEqual(
      expect.objectContaining({
        file: '1a.md',
        message: expect.stringContaining('outside the portfolio folder'),
      }),
    );
  });

  it('reports a missing folder as a fatal problem, not an exception', async () => {
    const portfolio = await loadPortfolio(path.join(os.tmpdir(), 'no-such-cmalt-folder'));
    expect(portfolio.problems).toEqual([
      expect.objectContaining({
        ruleId: 'portfolio-folder',
        fatal: true,
        message: expect.stringContaining('there is no folder'),
      }),
    ]);
  });

  it('follows an explicit mapping in cmalt.yml for headings it cannot recognise', async () => {
    const portfolio = await load({
      'cmalt.yml': `${config}map:\n  'Knowing my students': 2b\n  notes/tools.md: 1b\n`,
      'learners.md': '# Knowing my students\n\n## Reflection\n\nI now ask first.\n',
      'notes/tools.md': '# Tools I use\n\nMoodle and H5P.\n',
    });
    expect(portfolio.sections.map((s) => [s.id, s.file, s.recognisedBy])).toEqual([
      ['1b', 'notes/tools.md', 'config-map'],
      ['2b', 'learners.md', 'config-map'],
    ]);
  });

  it('assumes a pathway when there is no cmalt.yml and says so', async () => {
    const portfolio = await load({ 'advanced-area.md': '# Advanced area: Strategy\n\nText.\n' });
    expect(portfolio.config.pathway).toBe('senior');
    expect(portfolio.problems).toContainEqual(
      expect.objectContaining({ ruleId: 'config', severity: 'info' }),
    );
  });
});

describe('Jekyll Liquid tags', () => {
  it('reads link tags as the paths they stand for and ignores the rest', async () => {
    const portfolio = await load({
      'cmalt.yml': config,
      '1a.md': [
        '---',
        'section: 1a',
        '---',
        '{% include fig.html id="vle" %}',
        '- [Guide]({{ "/assets/guide.pdf" | relative_url }})',
        '- [Post]({% post_url 2023-05-02-section-1b %})',
        '- [Page]({% link appendix.md %})',
        '- [Base]({{ site.baseurl }}/assets/x.pdf)',
      ].join('\n'),
    });
    expect(portfolio.files[0]!.links.map((l) => [l.url, l.line])).toEqual([
      ['/assets/guide.pdf', 5],
      ['/_posts/2023-05-02-section-1b.md', 6],
      ['appendix.md', 7],
      ['/assets/x.pdf', 8],
    ]);
    expect(portfolio.sections[0]!.words).toBe(4);
  });
});
