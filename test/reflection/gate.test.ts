import { describe, expect, it } from 'vitest';
import { buildGateIndex, longestWords, openRules } from '../../src/reflection/gate.js';
import { ALL_CUES } from '../../src/reflection/read-sentences.js';
import { loadDataset } from './dataset.js';

describe('gates', () => {
  const index = buildGateIndex([['because', 'trade-off'], ['~|'], ['#'], undefined, ['schön']]);

  it('open on a whole trigger word, a substring, a digit, or always', () => {
    expect([...openRules(index, 'It failed because of timing.')]).toEqual([1, 0, 0, 1, 0]);
    expect([...openRules(index, 'Home | Next')]).toEqual([0, 1, 0, 1, 0]);
    expect([...openRules(index, 'In 2021 we began.')]).toEqual([0, 0, 1, 1, 0]);
    expect([...openRules(index, 'a trade-off, as Schön put it')]).toEqual([1, 0, 0, 1, 1]);
  });

  it('stay shut on part of a word', () => {
    expect(openRules(index, 'Becausewhy')[0]).toBe(0);
  });

  it('gate a phrase list on the rarest word of each phrase', () => {
    expect(longestWords(['the literature', 'Microsoft Teams', 'Read&Write'])).toEqual([
      'literature',
      'microsoft',
      'write',
    ]);
  });

  // The gates only skip work; this is the check that they never skip a real match.
  it('never hide a match that a cue finds in the dataset', () => {
    const gates = buildGateIndex(ALL_CUES.map((rule) => rule.gate));
    const missed: string[] = [];
    for (const { id, text } of loadDataset()) {
      const open = openRules(gates, text);
      ALL_CUES.forEach((rule, i) => {
        rule.pattern.lastIndex = 0;
        const match = rule.pattern.exec(text);
        rule.pattern.lastIndex = 0;
        if (match && open[i] !== 1) missed.push(`${rule.id} on ${id}: "${match[0]}"`);
      });
    }
    expect(missed).toEqual([]);
  });
});
