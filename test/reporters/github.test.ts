import { describe, expect, it } from 'vitest';
import {
  ANNOTATIONS_PER_LEVEL,
  escapeData,
  escapeProperty,
  formatGithub,
} from '../../src/check/reporters/github.js';
import {
  checkFiles,
  contextFor,
  everyParagraph,
  registered,
  sampleFiles,
  thinReflection,
} from './sample.js';

describe('github reporter', () => {
  it('writes one workflow command per problem, located in the repository', async () => {
    const checked = await checkFiles();
    const lines = formatGithub(checked.result, contextFor(checked)).trimEnd().split('\n');
    expect(lines).toContain(
      '::warning file=portfolio/1a.md,line=10,col=1,title=thin-reflection::1a: reflection is 57%25, below 60%25%0ASay what you would do differently.%0AThen say why.',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^::error file=portfolio\/1b\.md,line=3,col=\d+,title=front-matter::/),
    );
    // Whole-portfolio problems go to cmalt.yml, where the pathway is set.
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::error file=portfolio\/cmalt\.yml,line=1,col=1,title=section-missing::section 2b /,
      ),
    );
  });

  it('puts errors first, then warnings, then notices', async () => {
    const checked = await checkFiles(sampleFiles, [
      registered('section-missing'),
      thinReflection,
      everyParagraph,
    ]);
    const kinds = formatGithub(checked.result, contextFor(checked))
      .trimEnd()
      .split('\n')
      .filter((l) => l.startsWith('::'))
      .map((l) => l.slice(2, l.indexOf(' ')));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds).toEqual([...kinds].sort((a, b) => order(a) - order(b)));
    expect(new Set(kinds)).toEqual(new Set(['error', 'warning', 'notice']));
  });

  it('annotates at most 10 per level and counts the rest in a plain line', async () => {
    // Only a contextual statement and many paragraphs: 17 sections missing (with the review), 12 notes.
    const many = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the statement.`);
    const checked = await checkFiles(
      {
        'cmalt.yml': 'candidate: Ada Test\npathway: cmalt\nreview: true\n',
        'contextual-statement.md': `---\nsection: contextual-statement\n---\n# Contextual statement\n\n${many.join('\n\n')}\n`,
      },
      [registered('section-missing'), everyParagraph],
    );
    const { errors, infos } = checked.result.totals;
    expect(errors).toBeGreaterThan(ANNOTATIONS_PER_LEVEL);
    expect(infos).toBeGreaterThan(ANNOTATIONS_PER_LEVEL);

    const lines = formatGithub(checked.result, contextFor(checked)).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(lines.filter((l) => l.startsWith('::notice ')).length).toBe(10);
    const hidden = errors + infos - 20;
    expect(lines.at(-1)).toBe(
      `cmalt: ${hidden} more problems not shown as annotations; run cmalt check locally to see them all`,
    );
  });

  it('prints nothing at all when there is nothing to report', async () => {
    const checked = await checkFiles(
      { 'cmalt.yml': 'candidate: Ada Test\npathway: cmalt\n', '1a.md': sampleFiles['1a.md']! },
      [],
    );
    expect(formatGithub(checked.result, contextFor(checked))).toBe('');
  });

  it('escapes what would end a command early', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('notes, draft: 2.md')).toBe('notes%2C draft%3A 2.md');
  });
});

function order(kind: string): number {
  return ['error', 'warning', 'notice'].indexOf(kind);
}
