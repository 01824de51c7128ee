import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { planImport } from '../../src/import/plan-import.js';
import { writeSite } from './sources/fixtures/write-site.js';

const SECTIONS = `export const sections = [
  {
    id: '1a',
    area: 'Core Area 1: Operational issues',
    title: 'An understanding of the constraints and benefits of different technologies',
    body: ['I compared three tools for recording lectures in our faculty.', 'Looking back, I would involve students sooner.'],
  },
  {
    id: '1b',
    area: 'Core Area 1: Operational issues',
    title: 'Technical knowledge and ability in the use of learning technology',
    body: ['I rebuilt the gradebook for nursing placements.'],
  },
];
`;

const criterionPage = (id: string) => `import { Link } from 'react-router-dom';
import { sections } from '../../data/sections';

export default function Criterion() {
  const criterion = sections.find((s) => s.id === '${id}')!;
  return (
    <main>
      <p className="kicker">{criterion.area}</p>
      <h1>{criterion.id}: {criterion.title}</h1>
      {criterion.body.map((text, index) => <p key={index}>{text}</p>)}
      <Link to="/core-areas/1b">Next: 1b</Link>
    </main>
  );
}
`;

const HOME = `export default function Home() {
  return (
    <main>
      <h1>Jo Bloggs</h1>
      <h2>Contextual statement</h2>
      <p>I work at a college.</p>
      <h2>Core Area 1: Operational issues</h2>
      <p>This area covers my operational work.</p>
    </main>
  );
}
`;

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

describe('cmalt import: core area labels on one-criterion pages', () => {
  it('leaves out the label above a criterion, and a core area heading ends the section before it', async () => {
    const site = writeSite({
      'package.json': '{ "name": "jo-bloggs-cmalt", "private": true }\n',
      'src/data/sections.ts': SECTIONS,
      'src/pages/index.tsx': HOME,
      'src/pages/core-areas/1a.tsx': criterionPage('1a'),
      'src/pages/core-areas/1b.tsx': criterionPage('1b'),
    });
    temps.push(site);
    const plan = await planImport({ source: site });

    expect(plan.totals.read).toBe(plan.totals.written + plan.totals.dropped);
    expect(plan.dropped.map((d) => [d.what, d.file])).toEqual([
      ['group heading', 'src/pages/core-areas/1a.tsx'],
      ['group heading', 'src/pages/core-areas/1b.tsx'],
    ]);
    const file = String(plan.files.find((f) => f.path === '1a.md')?.content);
    expect(file).toContain(
      '---\n\n# 1a: An understanding of the constraints and benefits of different technologies\n\nI compared',
    );
    expect(file).toContain('[Next: 1b](1b.md)');
    // The core area's own text, under its heading on the home page, is not the contextual statement's.
    expect(plan.sections.find((s) => s.id === 'contextual-statement')?.wordsWritten).toBe(7);
    expect(plan.unplaced.map((u) => u.excerpt)).toContain(
      'Core Area 1: Operational issues This area covers my operational work.',
    );
  });
});
