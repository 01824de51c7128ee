import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyExample, MINIMAL_CONFIG, type CaseFolder } from '../support/case-folder.js';
import type { CorpusCase } from './types.js';

const EVIDENCE = 'evidence/placement-journal-options-appraisal.pdf';

/** The CMALT example, which passes, with one evidence file renamed and its link to match. */
async function exampleWithEvidenceNamed(f: CaseFolder, name: string, link: string) {
  await copyExample(f.dir);
  await rename(path.join(f.dir, EVIDENCE), path.join(f.dir, 'evidence', name));
  const page = path.join(f.dir, '1a.md');
  const text = await readFile(page, 'utf8');
  await writeFile(page, text.replace(`](${EVIDENCE})`, `](${link})`));
}

async function minimal(
  f: CaseFolder,
  page = '# 1a\n\n## Evidence\n\n- [Plan](evidence/plan.pdf)\n',
) {
  await f.write('cmalt.yml', MINIMAL_CONFIG);
  await f.write('1a.md', page);
}

/** Set once by the test file: whether chmod 000 stops this process reading (not as root). */
export const permissions = { enforced: true };
const asRoot = () =>
  permissions.enforced
    ? undefined
    : 'chmod 000 does not stop reads here (running as root), so an unreadable folder cannot be made';

/** Links, names and folders: nothing outside the portfolio is read, odd names still work. */
export const pathCases: CorpusCase[] = [
  {
    name: 'symbolic links that loop',
    make: async (f) => {
      await minimal(f);
      await symlink('b.md', path.join(f.dir, 'a.md'));
      await symlink('a.md', path.join(f.dir, 'b.md'));
      await symlink('self.md', path.join(f.dir, 'self.md'));
    },
    check: [1],
    build: [1],
    says: ['a.md:1', 'loops back on itself', 'Delete the link'],
  },
  {
    name: 'a symbolic link to a file outside the portfolio',
    make: async (f) => {
      await minimal(f, '# 1a\n\n## Evidence\n\n- [Secret](evidence/secret.pdf)\n');
      await mkdir(path.join(f.dir, 'evidence'));
      await symlink(f.secretFile, path.join(f.dir, 'evidence', 'secret.pdf'));
      await symlink('../outside/secret.txt', path.join(f.dir, 'notes.md'));
    },
    check: [1],
    build: [1],
    says: ['evidence/secret.pdf:1', 'outside the portfolio folder', 'Copy the file into'],
  },
  {
    name: 'a symbolic link to a folder outside the portfolio',
    make: async (f) => {
      await minimal(f, '# 1a\n\n## Evidence\n\n- [Secret](evidence/outside/secret.pdf)\n');
      await mkdir(path.join(f.dir, 'evidence'));
      await symlink(path.join(f.outside, 'folder'), path.join(f.dir, 'evidence', 'outside'));
    },
    check: [1],
    build: [1],
    says: ['evidence/outside:1', 'outside the portfolio folder'],
  },
  {
    name: 'a dangling symbolic link and a link to a device',
    make: async (f) => {
      await minimal(f);
      await symlink('nowhere.md', path.join(f.dir, 'gone.md'));
      await symlink('/dev/zero', path.join(f.dir, 'zero.md'));
    },
    check: [1],
    build: [1],
    says: ['gone.md:1', 'does not exist', 'zero.md:1'],
  },
  {
    name: 'a named pipe called 1b.md, and a link to it',
    make: async (f) => {
      await minimal(f);
      execFileSync('mkfifo', [path.join(f.dir, '1b.md')]);
      await symlink('1b.md', path.join(f.dir, 'pipe-link.md'));
    },
    check: [1],
    build: [1],
    says: ['pipe-link.md:1'],
  },
  {
    name: 'links with ../, absolute paths, file:///, drive letters and backslashes',
    corpus: 'links-leaving-portfolio',
    check: [1],
    build: [1],
    says: ['1a.md:5', '1a.md:7', '1a.md:8', '1a.md:9', 'link-to-computer'],
  },
  {
    name: 'evidence named with spaces, brackets and emoji',
    make: (f) =>
      exampleWithEvidenceNamed(
        f,
        'Placement journal options (final) 📓.pdf',
        '<evidence/Placement journal options (final) 📓.pdf>',
      ),
    check: [0],
    build: [0],
    says: [],
  },
  {
    name: 'evidence named with %20-encoded spaces in the link',
    make: (f) =>
      exampleWithEvidenceNamed(
        f,
        'Placement journal options.pdf',
        'evidence/Placement%20journal%20options.pdf',
      ),
    check: [0],
    build: [0],
    says: [],
  },
  {
    name: 'a file name in NFD linked in NFC',
    make: (f) =>
      exampleWithEvidenceNamed(
        f,
        'e\u0301valuation.pdf'.normalize('NFD'),
        'evidence/\u00e9valuation.pdf',
      ),
    check: [0, 1],
    build: [0, 1],
    says: [],
  },
  {
    name: 'pages named with spaces, emoji and combining characters',
    make: async (f) => {
      await minimal(f);
      await f.write('Core area 1b 📚.md', '# 1b\n\n## Description\n\nText.\n');
      await f.write('Cafe\u0301 notes.md', '# Notes\n\nText.\n');
      await f.write('Café notes.md', '# More notes\n\nText.\n');
    },
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
  {
    name: 'the same section in 1a.md, 1A.md and core-area-1a.md',
    make: async (f) => {
      await minimal(f);
      await f.write('1A.md', '# 1a\n\n## Reflection\n\nAgain.\n');
      await f.write('core-area-1a.md', '---\nsection: 1a\n---\n\n# 1a\n\nThird time.\n');
    },
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
  {
    name: 'folders nested 100 deep',
    make: async (f) => {
      await minimal(f);
      const deep = path.join(...Array.from({ length: 100 }, (_, i) => `level-${i}`));
      await f.write(path.join(deep, '1b.md'), '# 1b\n\n## Description\n\nDeep.\n');
    },
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
  {
    name: '1,000 pages',
    make: async (f) => {
      await minimal(f);
      await Promise.all(
        Array.from({ length: 1000 }, (_, i) =>
          f.write(`pages/page-${i}.md`, `# Page ${i}\n\nSee [1a](../1a.md).\n`),
        ),
      );
    },
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
  {
    name: 'a portfolio folder that does not exist',
    target: (f) => path.join(f.base, 'no-such-folder'),
    check: [2],
    build: [2],
    says: ['there is no folder', 'cmalt init'],
  },
  {
    name: 'a path that is a file, not a folder',
    make: (f) => writeFile(path.join(f.base, 'portfolio.md'), '# 1a\n'),
    target: (f) => path.join(f.base, 'portfolio.md'),
    check: [2],
    build: [2],
    says: ['is not a folder cmalt can read', 'Give the path of the folder'],
  },
  {
    name: 'a portfolio folder that cannot be read (chmod 000)',
    make: async (f) => {
      await minimal(f);
      await chmod(f.dir, 0o000);
    },
    skip: asRoot,
    check: [2],
    build: [2],
    says: ['cannot be read', 'Check that you may read'],
  },
  {
    name: 'a sub-folder and a page that cannot be read (chmod 000)',
    make: async (f) => {
      await minimal(f);
      await f.write('drafts/1b.md', '# 1b\n');
      await f.write('1c.md', '# 1c\n');
      await chmod(path.join(f.dir, 'drafts'), 0o000);
      await chmod(path.join(f.dir, '1c.md'), 0o000);
    },
    skip: asRoot,
    check: [1, 2],
    build: [1, 2],
    says: ['cannot be read'],
  },
];

/** Where the site is asked to go: every one must be refused calmly (exit 2), nothing lost. */
export const outCases: CorpusCase[] = [
  {
    name: '--out under a regular file (somefile/dist)',
    make: async (f) => {
      await copyExample(f.dir);
      await writeFile(path.join(f.base, 'somefile'), 'a user file\n');
    },
    out: (f) => path.join(f.base, 'somefile', 'dist'),
    check: [0],
    build: [2],
    says: [],
    buildSays: ['somefile', 'Give --out the name of a folder'],
  },
  {
    name: '--out that is a regular file',
    make: async (f) => {
      await copyExample(f.dir);
      await writeFile(path.join(f.base, 'site.html'), 'a user file\n');
    },
    out: (f) => path.join(f.base, 'site.html'),
    check: [0],
    build: [2],
    says: [],
    buildSays: ['site.html is a file, not a folder', 'Give --out the name of a folder'],
  },
  {
    name: '--out pointing at a folder of the user’s own files',
    make: async (f) => {
      await copyExample(f.dir);
      await mkdir(path.join(f.base, 'mine'));
      await writeFile(path.join(f.base, 'mine', 'thesis.docx'), 'my thesis\n');
      await writeFile(path.join(f.base, 'mine', 'index.html'), '<p>my own page</p>\n');
    },
    out: (f) => path.join(f.base, 'mine'),
    check: [0],
    build: [2],
    says: [],
    buildSays: ['already holds files that cmalt did not build', 'Choose another folder'],
    verify: async (f) => {
      const kept = await readFile(path.join(f.base, 'mine', 'thesis.docx'), 'utf8');
      if (kept !== 'my thesis\n') throw new Error('build changed a user file in --out');
    },
  },
  {
    name: '--out that is the portfolio folder itself',
    make: (f) => copyExample(f.dir),
    out: (f) => f.dir,
    check: [0],
    build: [2],
    says: [],
    buildSays: ['would contain the portfolio itself'],
  },
  {
    name: '--out inside the portfolio in a folder check would read',
    make: (f) => copyExample(f.dir),
    out: () => 'site',
    check: [0],
    build: [2],
    says: [],
    buildSays: ['inside the portfolio folder', 'Use --out dist'],
  },
];
