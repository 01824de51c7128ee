import type { Event } from 'micromark-util-types';
import { EditMap } from 'micromark-util-edit-map';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/model/parse-markdown.js';

/** Events stand in as numbered placeholders: consume only moves them around. */
const events = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => [from + i] as unknown as Event);

/** What `consume` is documented to do: each edit removes and adds at its index in the old list. */
function applied(list: Event[], edits: [at: number, remove: number, add: Event[]][]): Event[] {
  const out = [...list];
  for (const [at, remove, add] of [...edits].sort((a, b) => b[0] - a[0]))
    out.splice(at, remove, ...add);
  return out;
}

describe('micromark EditMap consume', () => {
  it('applies edits in any order, at the start, middle and end, as splices of the old list', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 300; round++) {
      const length = 1 + random(40);
      const list = events(0, length);
      const map = new EditMap();
      const edits: [number, number, Event[]][] = [];
      const taken = new Set<number>();
      for (let n = random(5); n >= 0; n--) {
        const at = random(length + 1);
        if (taken.has(at)) continue;
        taken.add(at);
        const remove = Math.min(random(3), length - at);
        const add = events(1000 * (n + 1), random(3));
        edits.push([at, remove, add]);
        map.add(at, remove, add);
      }
      // Edits that would overlap are not made by micromark; keep to the ones it makes.
      const sorted = [...edits].sort((a, b) => a[0] - b[0]);
      if (sorted.some(([at], i) => i > 0 && sorted[i - 1]![0] + sorted[i - 1]![1] > at)) continue;
      const expected = applied(list, edits);
      map.consume(list);
      expect(list).toEqual(expected);
      expect(map.map).toEqual([]);
    }
  });

  it('reads a long page of short lists, each ended by a heading or a table, into the blocks it holds', () => {
    const blocks = Array.from(
      { length: 1000 },
      (_, i) =>
        `- [Plan ${i}](evidence/plan.pdf)\n- [Log ${i}](evidence/log.csv)\n\n` +
        (i % 2 ? `### Week ${i}\n` : `| a | b |\n| - | - |\n| [${i}](1a.md) | x |\n`),
    );
    const tree = parseMarkdown(blocks.join('\n'));
    expect(tree.children.filter((n) => n.type === 'list')).toHaveLength(1000);
    expect(tree.children.filter((n) => n.type === 'table')).toHaveLength(500);
    expect(tree.children.filter((n) => n.type === 'heading')).toHaveLength(500);
    const last = tree.children.at(-1)!;
    expect(last).toMatchObject({ type: 'heading', children: [{ value: 'Week 999' }] });
    expect(last.position?.start.line).toBe(1000 * 5 + 500 * 2 - 1);
  });
});
