import { open } from 'node:fs/promises';
import path from 'node:path';
import { MINIMAL_CONFIG, type CaseFolder } from '../support/case-folder.js';
import type { CorpusCase } from './types.js';

const PAGE =
  '---\nsection: 1a\ntitle: Café\n---\n\n# 1a\n\n## Description\n\nI chose Moodle for the café course.\n';
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

async function withPage(f: CaseFolder, name: string, content: string | Buffer) {
  await f.write('cmalt.yml', MINIMAL_CONFIG);
  await f.write(name, content);
}

/** Files whose bytes are not what a Markdown page should be. */
export const bytesCases: CorpusCase[] = [
  {
    name: 'a page saved as Latin-1',
    make: (f) => withPage(f, '1a.md', Buffer.from(PAGE, 'latin1')),
    check: [1],
    build: [1],
    says: ['1a.md:1', 'not saved as UTF-8', 'save it with the encoding "UTF-8"'],
  },
  {
    name: 'a page saved as UTF-16 with a byte-order mark',
    make: (f) => withPage(f, '1a.md', Buffer.from(`\ufeff${PAGE}`, 'utf16le')),
    check: [1],
    build: [1],
    says: ['1a.md:1', 'UTF-16'],
  },
  {
    name: 'a page with a UTF-8 byte-order mark before its front matter',
    make: (f) => withPage(f, '1a.md', `\ufeff${PAGE}`),
    check: [1],
    build: [1],
    says: ['section-missing', /^1a\s+An understanding/m],
  },
  {
    name: 'a page with CRLF line endings',
    make: (f) => withPage(f, '1a.md', PAGE.replace(/\n/g, '\r\n')),
    check: [1],
    build: [1],
    says: ['section-missing', /^1a\s+An understanding/m],
  },
  {
    name: 'a page with lone CR line endings (classic Mac)',
    make: (f) => withPage(f, '1a.md', PAGE.replace(/\n/g, '\r')),
    check: [1],
    build: [1],
    says: ['1a.md'],
  },
  {
    name: 'a PNG image named 1a.md',
    make: (f) => withPage(f, '1a.md', PNG),
    check: [1],
    build: [1],
    says: ['1a.md:1', 'binary data', 'save it again as plain text'],
  },
  {
    name: 'an empty page',
    make: (f) => withPage(f, '1a.md', ''),
    check: [1],
    build: [1],
    says: ['section-missing', '1a'],
  },
  {
    name: 'a page of only blank lines and spaces',
    make: (f) => withPage(f, '1a.md', ' \n\t\n   \r\n\n'.repeat(50)),
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
  {
    name: 'a 50 MB Markdown file',
    make: async (f) => {
      await f.write('cmalt.yml', MINIMAL_CONFIG);
      const handle = await open(path.join(f.dir, '1a.md'), 'w');
      const chunk = Buffer.from(
        'I ran six workshops on H5P for lecturers in nursing.\n'.repeat(20_000),
      );
      for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length)
        await handle.write(chunk);
      await handle.close();
    },
    check: [1],
    build: [1],
    says: ['1a.md:1', /is 5\d\.\d MB, too large/, 'Split it into one file per section'],
  },
  {
    name: 'terminal escape sequences in headings, text and a file name',
    make: async (f) => {
      await f.write('cmalt.yml', MINIMAL_CONFIG);
      await f.write(
        'evil\u001b[2J.md',
        '# 1a \u001b[31mred\u001b[0m \u001b]0;title\u0007\n\n## Description\n\nTODO \u001b[2J\u001b[H cleared\n',
      );
    },
    check: [1],
    build: [1],
    says: ['placeholder-text'],
    verify: async (_f, runs) => {
      // With NO_COLOR the report holds no escape character, so a file cannot drive the terminal.
      for (const run of [runs.check, runs.build])
        if ((run.stdout + run.stderr).includes('\u001b'))
          throw new Error('an escape sequence from the portfolio reached the terminal');
    },
  },
];
