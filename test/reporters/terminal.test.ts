import { describe, expect, it } from 'vitest';
import { formatTerminal } from '../../src/check/reporters/terminal.js';
import { checkFiles, clean, contextFor, sampleFiles, thinReflection } from './sample.js';

const ESC = '\u001b';

describe('terminal reporter', () => {
  it('writes plain text with no escape codes when colour is off', async () => {
    const checked = await checkFiles();
    const out = formatTerminal(checked.result, contextFor(checked));
    expect(out).not.toContain(ESC);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('colours severities, hints and the total when colour is on', async () => {
    const checked = await checkFiles();
    const out = formatTerminal(checked.result, contextFor(checked, { colour: true }));
    expect(out).toContain(`${ESC}[31m`); // red for errors
    expect(out).toContain(`${ESC}[33m`); // yellow for warnings
    expect(out).toContain(`${ESC}[2m    → `); // dimmed hint
    expect(clean(out, checked.dir)).toBe(formatTerminal(checked.result, contextFor(checked)));
  });

  it('shows file:line:col, severity, message and rule, with the hint underneath', async () => {
    const checked = await checkFiles();
    const lines = formatTerminal(checked.result, contextFor(checked)).split('\n');
    const frontMatter = lines.findIndex((l) => l.includes('front-matter'));
    expect(lines[frontMatter]).toMatch(
      /^ {2}portfolio\/1b\.md:3:\d+ +error {4}the front matter .* is not valid YAML: .+ {2}front-matter$/,
    );
    expect(lines[frontMatter + 1]).toMatch(/^ {4}→ Write one `key: value` per line/);
    const config = lines.find((l) => l.includes('reflection-shares'));
    expect(config).toMatch(/^ {2}portfolio\/cmalt\.yml:1:1 +warning {2}cmalt\.yml sets a rule/);
  });

  it('lists portfolio-wide problems first, then each section under its heading', async () => {
    const checked = await checkFiles();
    const out = formatTerminal(checked.result, contextFor(checked));
    const groups = out.split('\n\n');
    expect(groups[0]?.split('\n')[0]).toBe('Portfolio');
    // A missing section has no heading of its own: it is a problem of the portfolio.
    expect(groups[0]).toMatch(
      /^ {2}portfolio +error {4}section 2b \(An understanding of your target learners\) is missing/m,
    );
    expect(groups[1]).toBe(
      [
        '1a  An understanding of the constraints and benefits of different technologies  (1a.md)',
        '  portfolio/1a.md:10:1  warning  1a: reflection is 57%, below 60%  thin-reflection',
        '    → Say what you would do differently.',
        '      Then say why.',
      ].join('\n'),
    );
  });

  it('summarises every section in a table, with — for unassessed shares', async () => {
    const checked = await checkFiles();
    const out = formatTerminal(checked.result, contextFor(checked));
    expect(out).toMatch(
      /^section +words {2}description {6}reflection {7}evidence {9}items {2}status$/m,
    );
    expect(out).toMatch(/^contextual-statement +\d+ {2}— +— +— +— {2}✔ ok$/m);
    expect(out).toMatch(
      /^1a +40 {2}████░░░░░░ {2}38% {2}██████░░░░ {2}57% {2}█░░░░░░░░░ {3}5% {6}1 {2}⚠ 1$/m,
    );
    expect(out).toMatch(/^1b +3 {2}░{10} {3}0% {2}░{10} {3}0% {2}░{10} {3}0% {6}0 {2}✔ ok$/m);
  });

  it('ends with one total line', async () => {
    const checked = await checkFiles();
    const out = formatTerminal(checked.result, contextFor(checked));
    const { errors } = checked.result.totals;
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      `✖ ${errors} errors, 2 warnings, 0 notes in 3 files (3 sections)`,
    );
  });

  it('says so plainly when there is nothing to report', async () => {
    const checked = await checkFiles(
      {
        'cmalt.yml': sampleFiles['cmalt.yml']!.split('rules:')[0]!,
        '1a.md': sampleFiles['1a.md']!,
      },
      [],
    );
    const out = formatTerminal(checked.result, contextFor(checked));
    expect(out.trimEnd().split('\n').at(-1)).toBe('✔ No problems in 1 file (1 section)');
    expect(out).not.toContain('Portfolio');
  });

  it('shows only what stopped the check when the portfolio could not be read', async () => {
    const checked = await checkFiles({
      'cmalt.yml': 'candidate: Ada Test\npathway: wizard\n',
      '1a.md': sampleFiles['1a.md']!,
    });
    expect(checked.result.fatal).toBe(true);
    const out = formatTerminal(checked.result, contextFor(checked));
    expect(out.split('\n')[0]).toBe('✖ cmalt could not check portfolio');
    expect(out).toMatch(/^ {2}portfolio\/cmalt\.yml:2:\d+ +error {4}.+ {2}config$/m);
    expect(out).not.toContain('section  ');
    expect(out).not.toMatch(/errors?,/);
  });

  it('names the folder itself when the folder cannot be found', async () => {
    const checked = await checkFiles({});
    const missing = { ...checked.result, fatal: true };
    missing.problems = [
      {
        ruleId: 'portfolio-folder',
        severity: 'error',
        fatal: true,
        file: '',
        line: 1,
        column: 1,
        message: 'there is no folder my-portfolio',
        hint: 'Check the path.',
      },
    ];
    const out = formatTerminal(missing, contextFor(checked, { displayRoot: 'my-portfolio' }));
    expect(out).toContain(
      '  my-portfolio  error    there is no folder my-portfolio  portfolio-folder',
    );
  });

  it('cuts long section titles so heading lines stay within 100 columns', async () => {
    const title = 'Designing accessible, inclusive and sustainable online learning '
      .repeat(3)
      .trim();
    const checked = await checkFiles({
      'cmalt.yml': 'candidate: Ada Test\npathway: cmalt\n',
      'specialist.md': `---\nsection: specialist-1\n---\n# Specialist area: ${title}\n\n## Reflection\n\nI learnt a lot.\n`,
    });
    const out = formatTerminal(checked.result, contextFor(checked));
    const heading = out.split('\n').find((l) => l.startsWith('specialist-1  '));
    expect(heading?.endsWith('…  (specialist.md)')).toBe(true);
    expect([...(heading ?? '')].length).toBeLessThanOrEqual(100);
  });

  it('reads as a whole like this', async () => {
    const checked = await checkFiles(sampleFiles, [thinReflection]);
    const out = clean(formatTerminal(checked.result, contextFor(checked)), checked.dir);
    expect(out).toMatchInlineSnapshot(`
      "Portfolio
        portfolio/1b.md:3:17     error    the front matter (the block between the --- lines) is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]  front-matter
          → Write one \`key: value\` per line, indent with spaces, and use each key once, e.g. \`section: 1a\`.
        portfolio/cmalt.yml:1:1  warning  cmalt.yml sets a rule that does not exist: \`reflection-shares\`  config
          → Run \`cmalt rules\` to list rule ids. Did you mean \`thin-reflection\`?

      1a  An understanding of the constraints and benefits of different technologies  (1a.md)
        portfolio/1a.md:10:1  warning  1a: reflection is 57%, below 60%  thin-reflection
          → Say what you would do differently.
            Then say why.

      section                words  description      reflection       evidence         items  status
      contextual-statement      12  —                —                —                    —  ✔ ok
      1a                        40  ████░░░░░░  38%  ██████░░░░  57%  █░░░░░░░░░   5%      1  ⚠ 1
      1b                         3  ░░░░░░░░░░   0%  ░░░░░░░░░░   0%  ░░░░░░░░░░   0%      0  ✔ ok
      Shares: words under Description, Reflection and Evidence headings. Items: evidence cited.

      ✖ 1 error, 2 warnings, 0 notes in 3 files (3 sections)
      "
    `);
  });
});
