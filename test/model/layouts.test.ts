import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import { fixtures } from '../helpers/portfolio.js';

interface Expected {
  pathway: string;
  sections: { id: string; file: string; line: number; parts: string[] }[];
}

const layouts = path.join(fixtures, 'layouts');
const scenarios = readdirSync(layouts).filter((name) =>
  existsSync(path.join(layouts, name, 'expected.json')),
);

// Each fixture is a portfolio written in a layout real candidates use; expected.json is its ground truth.
describe.each(scenarios)('the %s layout', (scenario) => {
  const expected = JSON.parse(
    readFileSync(path.join(layouts, scenario, 'expected.json'), 'utf8'),
  ) as Expected;

  it('maps every criterion to its file and line, with its parts', async () => {
    const portfolio = await loadPortfolio(path.join(layouts, scenario));
    const found = portfolio.sections.map((s) => ({
      id: s.id,
      file: s.file,
      line: s.line,
      parts: [...new Set(s.parts.map((p) => p.label))],
    }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...found].sort(byId)).toEqual([...expected.sections].sort(byId));
    expect(portfolio.config.pathway).toBe(expected.pathway);
  });
});
