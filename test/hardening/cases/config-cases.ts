import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { MINIMAL_CONFIG } from '../support/case-folder.js';
import type { CorpusCase } from './types.js';

const PAGE = '---\nsection: 1a\n---\n\n# 1a\n\nText.\n';

/** cmalt.yml written wrongly, or with hostile YAML: a located error (exit 2), never code run. */
export const configCases: CorpusCase[] = [
  {
    name: 'cmalt.yml indented with a tab',
    corpus: 'config-tabs',
    check: [2],
    build: [2],
    says: ['cmalt.yml:4', 'not tabs'],
  },
  {
    name: 'cmalt.yml with a duplicate key',
    corpus: 'config-duplicate-keys',
    check: [2],
    build: [2],
    says: ['cmalt.yml:3', /unique/i, 'each key once'],
  },
  {
    name: 'cmalt.yml with anchors and aliases used sensibly',
    corpus: 'config-anchors-aliases',
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
  {
    name: 'cmalt.yml holding a billion-laughs alias bomb',
    corpus: 'config-alias-bomb',
    check: [2],
    build: [2],
    says: ['cmalt.yml:1', /alias/i, 'without YAML anchors'],
  },
  {
    name: 'cmalt.yml with a !!js/function tag',
    corpus: 'config-js-function',
    check: [1, 2],
    build: [1, 2],
    says: ['cmalt.yml'],
  },
  {
    name: 'cmalt.yml with a !!python/object tag',
    corpus: 'config-python-object',
    check: [2],
    build: [2],
    says: ['cmalt.yml:2', 'pathway'],
  },
  {
    name: 'cmalt.yml with an unterminated quote',
    corpus: 'config-unterminated-quote',
    check: [2],
    build: [2],
    // The yaml package places the error where the file ends, not at the opening quote.
    says: ['cmalt.yml:3', 'Missing closing', 'not valid YAML'],
  },
  {
    name: 'cmalt.yml holding a YAML list instead of a map',
    corpus: 'config-list',
    check: [2],
    build: [2],
    says: ['cmalt.yml:1', 'candidate: Lin Okafor'],
  },
  {
    name: 'cmalt.yml with pathway: 42',
    corpus: 'config-pathway-number',
    check: [2],
    build: [2],
    says: ['cmalt.yml:2', 'pathway', 'associate, cmalt, senior'],
  },
  {
    name: 'cmalt.yml with unknown keys',
    corpus: 'config-unknown-keys',
    check: [2],
    build: [2],
    says: ['cmalt.yml:3', 'candiate', 'Check the spelling'],
  },
  {
    name: 'an empty cmalt.yml',
    corpus: 'config-empty',
    check: [2],
    build: [2],
    says: ['cmalt.yml:1', 'missing `candidate`', 'candidate: Lin Okafor'],
  },
  {
    name: 'cmalt.yml with values of the wrong types',
    corpus: 'config-wrong-types',
    check: [2],
    build: [2],
    says: ['cmalt.yml:1', 'cmalt.yml:3', 'Write it like this'],
    verify: async (_f, runs) => {
      // `candidate: 42` is there, with the wrong type: "missing" would send the user looking
      // for a key they already wrote.
      if (/is missing `candidate`/.test(runs.check.stdout + runs.check.stderr))
        throw new Error('check says candidate is missing, but it is there as a number');
    },
  },
  {
    name: 'cmalt.yml with __proto__ and constructor keys',
    corpus: 'config-prototype-keys',
    check: [1, 2],
    build: [1, 2],
    says: ['cmalt.yml'],
  },
  {
    name: 'cmalt.yml with ignore globs that are not valid patterns',
    corpus: 'config-bad-ignore-glob',
    check: [1, 2],
    build: [1, 2],
    says: ['cmalt.yml'],
  },
  {
    name: 'cmalt.yml with rule options of the wrong types',
    corpus: 'config-hostile-rule-options',
    check: [2],
    build: [2],
    says: ['cmalt.yml:8', '`rules.word-count`', 'Write it like this'],
  },
  {
    name: 'cmalt.yml saved as UTF-16 with a byte-order mark',
    make: async (f) => {
      await f.write('cmalt.yml', Buffer.from(`\ufeff${MINIMAL_CONFIG}`, 'utf16le'));
      await f.write('1a.md', PAGE);
    },
    check: [2],
    build: [2],
    says: ['cmalt.yml:1'],
  },
  {
    name: 'cmalt.yml with a UTF-8 byte-order mark and CRLF line endings',
    make: async (f) => {
      await f.write('cmalt.yml', `\ufeff${MINIMAL_CONFIG.replace(/\n/g, '\r\n')}`);
      await f.write('1a.md', PAGE);
    },
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
  {
    name: 'cmalt.yml that is a folder',
    make: async (f) => {
      await mkdir(path.join(f.dir, 'cmalt.yml'));
      await f.write('1a.md', PAGE);
    },
    check: [2],
    build: [2],
    says: ['cmalt.yml:1', 'cannot read cmalt.yml'],
  },
];
