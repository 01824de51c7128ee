import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPortfolio } from '../../src/check/check-portfolio.js';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import { STEP_GROUPS } from '../../src/status/next-steps.js';
import { portfolioStatus } from '../../src/status/portfolio-status.js';
import { fixtures } from '../helpers/portfolio.js';
import { lin, referredCopy } from './referred.js';

const today = '2026-07-01';

describe('status of a finished portfolio', () => {
  it('shows every section with the words, parts, reflection share and evidence check counts', async () => {
    const status = await portfolioStatus(lin, { today });
    const check = checkPortfolio(await loadPortfolio(lin));
    expect(status.sections.map((s) => s.id)).toEqual(check.sections.map((s) => s.id));
    for (const line of status.sections) {
      const summary = check.sections.find((s) => s.id === line.id)!;
      expect([line.words, line.evidenceItems]).toEqual([summary.words, summary.evidenceItems]);
    }
    const a1 = status.sections.find((s) => s.id === '1a')!;
    expect(a1).toMatchObject({
      words: 724,
      range: { min: 250, max: 1600, ruleId: 'criterion-length' },
      length: 'within',
      parts: { description: true, reflection: true, evidence: true },
      evidenceItems: 4,
      errors: 0,
    });
    expect(a1.reflectionShare).toBeGreaterThan(0.5);
    expect(a1.reflectionShare).toBeLessThan(0.7);
    const plans = status.sections.find((s) => s.id === 'future-plans')!;
    expect(plans).toMatchObject({ words: 374, range: { min: 200, max: 500 }, length: 'within' });
    expect(plans.parts).toBeUndefined();
    expect(status.next).toEqual([]);
    expect(status.dates.map((d) => d.id)).toContain('registration-ends');
  });

  it('takes the advisory range from the rule settings in cmalt.yml', async () => {
    const dir = await referredCopy();
    const config = path.join(dir, 'cmalt.yml');
    await writeFile(
      config,
      'candidate: Lin Okafor\npathway: cmalt\nregistered: 2026-03-14\nspecialist: [Accessibility]\nrules:\n  criterion-length: { min: 700, max: 900 }\n',
    );
    const status = await portfolioStatus(dir, { today });
    const b1 = status.sections.find((s) => s.id === '1b')!;
    expect(b1).toMatchObject({ words: 699, range: { min: 700, max: 900 }, length: 'short' });
    expect(status.next.some((s) => s.ruleId === 'criterion-length' && s.section === '1b')).toBe(
      true,
    );
  });
});

describe('status of a referred portfolio', () => {
  it('lists the missing section and what each criterion lacks', async () => {
    const status = await portfolioStatus(await referredCopy(), { today });
    const ids = status.sections.map((s) => s.id);
    // 4a is missing, so it comes after what is there.
    expect(ids[ids.length - 1]).toBe('4a');
    expect(status.sections.find((s) => s.id === '4a')).toMatchObject({
      present: false,
      length: 'missing',
      words: 0,
      errors: 1,
    });
    const b2 = status.sections.find((s) => s.id === '2b')!;
    expect(b2.parts).toEqual({ description: true, reflection: false, evidence: true });
    expect(b2.reflectionShare).toBeLessThan(0.3);
    const b3 = status.sections.find((s) => s.id === '3b')!;
    expect(b3.length).toBe('short');
    expect(b3.words).toBeLessThan(250);
  });

  it('orders what to do next as assessors weigh it, from the check results', async () => {
    const dir = await referredCopy();
    const status = await portfolioStatus(dir, { today });
    const check = checkPortfolio(await loadPortfolio(dir));
    // The same problems as check finds, only reordered.
    expect(status.next.map((s) => `${s.ruleId}:${s.section}:${s.line}`).sort()).toEqual(
      check.problems.map((p) => `${p.ruleId}:${p.section}:${p.line}`).sort(),
    );
    const groups = status.next.map((s) => STEP_GROUPS.findIndex((g) => g.id === s.group));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    const order = status.next.map((s) => `${s.group} ${s.ruleId} ${s.section}`);
    expect(order[0]).toBe('missing-or-broken link-broken 1c');
    expect(order).toContain('missing-or-broken section-missing 4a');
    expect(order).toContain('missing-or-broken part-missing 2b');
    const last = (group: string) => order.findLastIndex((o) => o.startsWith(group));
    const first = (group: string) => order.findIndex((o) => o.startsWith(group));
    expect(last('missing-or-broken')).toBeLessThan(first('reflection'));
    expect(order.filter((o) => o.startsWith('length'))).toEqual(['length criterion-length 3b']);
  });

  it('reads a portfolio without headings for parts and without cmalt.yml', async () => {
    const status = await portfolioStatus(path.join(fixtures, 'layouts', 'jekyll-en-dash'), {
      today,
    });
    expect(status.dates).toEqual([]);
    expect(status.sections.find((s) => s.id === '3b')).toMatchObject({
      words: 188,
      length: 'short',
    });
    expect(status.next[0]).toMatchObject({ ruleId: 'link-broken', section: '1c', line: 78 });
    expect(status.next.map((s) => s.group).slice(-2)).toEqual(['length', 'length']);
  });
});
