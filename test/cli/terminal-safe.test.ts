import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/terminal-safe.js';

const heading =
  '# 1a \u001b[31mred\u001b[0m \u001b]0;title\u0007 TODO \u001b[2J\u001b[H cleared\u0000';

describe('terminalSafe', () => {
  it('drops every control sequence a portfolio could hold when there is no colour', () => {
    expect(terminalSafe(`${heading}\n\tnext`, false)).toBe('# 1a red  TODO  cleared\n\tnext');
  });

  it('keeps colours and line erasing, and drops clearing the screen and titles', () => {
    expect(terminalSafe('\u001b[1mbold\u001b[22m\r\u001b[K', true)).toBe(
      '\u001b[1mbold\u001b[22m\r\u001b[K',
    );
    expect(terminalSafe('a\u001b[2Jb\u001b]0;t\u0007c', true)).toBe('abc');
  });

  it('leaves JSON, which escapes control characters itself, unchanged', () => {
    const json = JSON.stringify({ message: heading });
    expect(terminalSafe(json, false)).toBe(json);
  });
});
