import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { MINIMAL_CONFIG, type CaseFolder } from '../support/case-folder.js';
import type { CorpusCase } from './types.js';

async function page(f: CaseFolder, body: string, name = '1a.md') {
  await f.write('cmalt.yml', MINIMAL_CONFIG);
  await f.write(name, body);
}

const nestedList = (depth: number) =>
  Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i + 1}`).join('\n');

/** Markdown that is legal but extreme: deep nesting, huge counts, broken markup. */
export const markdownCases: CorpusCase[] = [
  {
    name: '1,000 headings, every depth, and a line of 1,000 #',
    make: (f) =>
      page(
        f,
        `# 1a\n\n${Array.from({ length: 1000 }, (_, i) => `${'#'.repeat(1 + (i % 6))} Heading ${i} Reflection`).join('\n\n')}\n\n${'#'.repeat(1000)} deep\n`,
      ),
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
  {
    name: 'blockquotes nested 1,000 deep',
    make: (f) => page(f, `# 1a\n\n${'>'.repeat(1000)} deep\n`),
    check: [1],
    build: [1],
    says: ['1a.md:3', 'nests lists or quotes 1000 levels deep', 'remove the extra `>`'],
  },
  {
    name: 'lists nested 1,000 deep',
    make: (f) => page(f, `# 1a\n\n${nestedList(1000)}\n`),
    check: [1],
    build: [1],
    says: ['1a.md:103', 'nests lists or quotes', 'Indent nested lists less'],
  },
  {
    name: 'blockquotes nested 100 deep, the most cmalt reads',
    make: (f) => page(f, `# 1a\n\n## Description\n\n${'> '.repeat(100)}deep but readable\n`),
    check: [1],
    build: [1],
    says: ['section-missing', /^1a\s+An understanding/m],
  },
  {
    name: 'lists nested 100 deep, the most cmalt reads',
    make: (f) => page(f, `# 1a\n\n## Description\n\n${nestedList(100)}\n`),
    check: [1],
    build: [1],
    says: ['section-missing', /^1a\s+An understanding/m],
  },
  {
    // Loads fine; the site builder's renderer recurses once per level and overflows past ~2,500.
    name: 'emphasis nested 3,000 deep',
    make: (f) => page(f, `# 1a\n\n## Description\n\n${'*'.repeat(3000)}x${'*'.repeat(3000)}\n`),
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
  {
    name: 'HTML elements nested 20,000 deep',
    make: (f) => page(f, `# 1a\n\n${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}\n`),
    check: [1],
    build: [1],
    says: ['1a.md:1', 'too deeply for cmalt to read', 'close or remove them'],
  },
  {
    name: 'HTML elements nested 1,000 deep',
    make: (f) =>
      page(f, `# 1a\n\n## Description\n\n${'<div>'.repeat(1000)}x${'</div>'.repeat(1000)}\n`),
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
  {
    // The parser needs 15 to 35 seconds for 100,000 links, whatever their form (linear, but
    // slow), and the site builder about a minute more (slightly worse than linear: 6 s for
    // 25,000, 16 s for 50,000), so this one case leaves out the in-process forced build.
    // Written as web autolinks instead, the same count makes check take hours: see
    // slow-inputs.test.ts.
    name: '100,000 links in one file',
    make: (f) =>
      page(
        f,
        `# 1a\n\n## Evidence\n\n${Array.from({ length: 100_000 }, (_, i) => `[${i}](e/${i}.pdf)`).join(' ')}\n`,
      ),
    check: [1],
    build: [1],
    says: ['1a.md:5', 'link-broken'],
    forcedBuild: false,
    timeoutMs: 150_000,
  },
  {
    name: 'broken and unclosed HTML',
    corpus: 'md-broken-html',
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
  {
    name: 'script, event handlers and javascript: links in the page',
    corpus: 'md-script-injection',
    check: [1],
    build: [1],
    says: ['1a.md'],
    verify: async (f) => {
      const site = path.join(f.forced, 'site');
      for (const name of await readdir(site)) {
        if (!name.endsWith('.html')) continue;
        const html = await readFile(path.join(site, name), 'utf8');
        const found = /<script|<iframe|\son[a-z]+=|javascript:|data:text\/html/i.exec(html);
        if (found) throw new Error(`the built ${name} still holds ${found[0]}`);
      }
    },
  },
  {
    name: 'Liquid tags, closed and unclosed',
    corpus: 'md-liquid-tags',
    check: [1],
    build: [1],
    says: ['1a.md'],
  },
  {
    name: 'a specialist area numbered 99999999999999999999 and section ids that do not exist',
    make: async (f) => {
      await page(f, '# Specialist area 99999999999999999999: Huge\n\n## Description\n\nText.\n');
      await f.write('x.md', '---\nsection: specialist-0\n---\n\n# Text\n');
      await f.write('y.md', '---\nsection: review-cpd-99999999999999999999999\n---\n\n# Text\n');
      await f.write('z.md', '---\ncriterion: "../../1a"\n---\n\n# Text\n');
    },
    check: [1],
    build: [1],
    says: ['section-missing'],
  },
];
