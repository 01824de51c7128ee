import { describe, expect, it, vi } from 'vitest';
import { formatJson } from '../../src/check/reporters/json.js';
import { formatTerminal } from '../../src/check/reporters/terminal.js';
import { checkFiles, contextFor } from './sample.js';

// The classifier is tuned elsewhere; here only how its readings are reported matters.
vi.mock('../../src/reflection/classify-paragraph.js', () => ({
  classifyParagraph: (text: string) =>
    text.startsWith('Looking back')
      ? {
          label: 'reflection',
          confidence: 0.8234,
          cues: [
            'forward look: "Next time"',
            'looking back: "Looking back"',
            'causal reasoning + judgement: "because"',
            '2 of 2 sentences reflective',
          ],
          reflectionShare: 1,
          sentences: [],
        }
      : text.startsWith('Comparison')
        ? { label: 'evidence', confidence: 1, cues: [], reflectionShare: 0, sentences: [] }
        : {
            label: 'description',
            confidence: 0.5,
            cues: ['past-tense actions: compared'],
            reflectionShare: 0,
            sentences: [],
          },
}));

describe('--explain', () => {
  it('lists each paragraph of each assessed section with its reading', async () => {
    const checked = await checkFiles();
    const out = formatTerminal(checked.result, contextFor(checked, { explain: true }));
    const start = out.indexOf('How cmalt read each paragraph');
    expect(start).toBeGreaterThan(-1);
    const block = out.slice(start, out.indexOf('\nsection  '));
    expect(block).toMatchInlineSnapshot(`
      "How cmalt read each paragraph
      line, reading, confidence (0 to 1), the start of the paragraph, and the cues that decided it

      contextual-statement  Contextual statement  (contextual-statement.md)
        6  description 0.50  "I support staff in a small coll…"  cues: past-tense actions: compared

      1a  An understanding of the constraints and benefits of different technologies  (1a.md)
         8  description 0.50  "In 2022 I compared three tools…"   cues: past-tense actions: compared
        12  reflection  0.82  "Looking back, the pilot worked…"   cues: forward look: "Next time"; looking
                              back: "Looking back"; causal reasoning + judgement: "because"; 2 of 2
                              sentences reflective
        16  evidence    1.00  "Comparison matrix"

      1b  Technical knowledge and ability in the use of learning technology  (1b.md)
        7  description 0.50  "I built things."                   cues: past-tense actions: compared
      "
    `);
    for (const line of block.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('comes after the problems and before the table', async () => {
    const checked = await checkFiles();
    const out = formatTerminal(checked.result, contextFor(checked, { explain: true }));
    const explain = out.indexOf('How cmalt read each paragraph');
    expect(out.indexOf('thin-reflection')).toBeLessThan(explain);
    expect(out.indexOf('\nsection  ')).toBeGreaterThan(explain);
  });

  it('adds the readings to JSON, confidence rounded to three decimals', async () => {
    const checked = await checkFiles();
    const report = JSON.parse(formatJson(checked.result, contextFor(checked, { explain: true })));
    expect(report.paragraphs.find((p: { line: number }) => p.line === 12)).toEqual({
      file: '1a.md',
      line: 12,
      section: '1a',
      part: 'reflection',
      label: 'reflection',
      confidence: 0.823,
      reflectionShare: 1,
      cues: [
        'forward look: "Next time"',
        'looking back: "Looking back"',
        'causal reasoning + judgement: "because"',
        '2 of 2 sentences reflective',
      ],
    });
  });
});
