import { MINIMAL_CONFIG } from '../support/case-folder.js';
import type { CorpusCase } from './types.js';

const FRONT_MATTER_HINT = 'Write one `key: value` per line';

/** Front matter written wrongly or with hostile YAML: a problem at its line, the rest still read. */
export const frontMatterCases: CorpusCase[] = [
  {
    name: 'front matter indented with a tab',
    corpus: 'fm-tabs',
    check: [1],
    build: [1],
    says: ['1a.md:3', 'not valid YAML', FRONT_MATTER_HINT],
  },
  {
    name: 'front matter with a duplicate key',
    corpus: 'fm-duplicate-keys',
    check: [1],
    build: [1],
    says: ['1a.md:4', /unique/i, FRONT_MATTER_HINT],
  },
  {
    name: 'front matter with anchors and aliases used sensibly',
    corpus: 'fm-anchors-aliases',
    check: [1],
    build: [1],
    says: ['section-missing', /^1a\s+An understanding/m],
  },
  {
    name: 'front matter holding a billion-laughs alias bomb',
    corpus: 'fm-alias-bomb',
    check: [1],
    build: [1],
    says: ['1a.md:1', /alias/i, FRONT_MATTER_HINT],
  },
  {
    name: 'front matter with a !!js/function tag',
    corpus: 'fm-js-function-tag',
    check: [1],
    build: [1],
    says: ['1a.md:2', 'not valid YAML', FRONT_MATTER_HINT],
  },
  {
    name: 'front matter with a !!python/object tag',
    corpus: 'fm-python-object-tag',
    check: [1],
    build: [1],
    says: ['1a.md:3', 'not valid YAML', FRONT_MATTER_HINT],
  },
  {
    name: 'front matter opened with ---js, which gray-matter would eval',
    corpus: 'fm-javascript-engine',
    check: [1],
    build: [1],
    says: ['1a.md:1', 'only YAML front matter', FRONT_MATTER_HINT],
  },
  {
    name: 'front matter opened with ---toString',
    corpus: 'fm-prototype-engine',
    check: [1],
    build: [1],
    says: ['1a.md:1', 'only YAML front matter'],
  },
  {
    name: 'front matter with an unterminated quote',
    corpus: 'fm-unterminated-quote',
    check: [1],
    build: [1],
    says: ['1a.md:3', 'not valid YAML', FRONT_MATTER_HINT],
  },
  {
    name: 'front matter holding a YAML list instead of a map',
    corpus: 'fm-list',
    check: [1],
    build: [1],
    says: ['1a.md:1', '`key: value` lines', FRONT_MATTER_HINT],
  },
  {
    name: 'front matter with section: 42, lists, maps, dates, unknown keys and __proto__',
    corpus: 'fm-odd-values',
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
  {
    name: 'front matter that is never closed',
    corpus: 'fm-unclosed',
    check: [1],
    build: [1],
    says: ['1a.md'],
  },
  {
    name: 'empty front matter followed by a thematic break',
    corpus: 'fm-empty',
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
  {
    name: 'a 10 MB front matter',
    make: async (f) => {
      const line = 'padding: "a front matter line that goes on and on and on"\n';
      const lines = Math.ceil((10 * 1024 * 1024) / line.length);
      await f.write('cmalt.yml', MINIMAL_CONFIG);
      await f.write('1a.md', `---\nsection: 1a\n${line.repeat(lines)}---\n\n# 1a\n\nText.\n`);
    },
    check: [1],
    build: [1],
    says: ['1a.md:1', /is 10\.\d MB, too large/, 'Split it into one file per section'],
  },
  {
    // The yaml package's own duplicate-key check made this take minutes (quadratic).
    name: 'a front matter of 12,000 keys',
    make: async (f) => {
      const keys = Array.from({ length: 12_000 }, (_, i) => `key_${i}: [${i}, "value ${i}"]`);
      await f.write('cmalt.yml', MINIMAL_CONFIG);
      await f.write('1a.md', `---\nsection: 1a\n${keys.join('\n')}\n---\n\n# 1a\n\nText.\n`);
    },
    check: [1],
    build: [1],
    says: ['section-missing', /^1a\s+An understanding/m],
  },
];
