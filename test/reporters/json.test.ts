import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/check/reporters/json.js';
import { checkFiles, contextFor } from './sample.js';

describe('json reporter', () => {
  it('writes one pretty-printed document with a trailing newline', async () => {
    const checked = await checkFiles();
    const out = formatJson(checked.result, contextFor(checked));
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "version": 1,');
    expect(() => JSON.parse(out)).not.toThrow();
  });

  it('keeps the documented keys in their documented order', async () => {
    const checked = await checkFiles();
    const report = JSON.parse(formatJson(checked.result, contextFor(checked)));
    expect(Object.keys(report)).toEqual(['version', 'portfolio', 'totals', 'sections', 'problems']);
    expect(report.portfolio).toEqual({
      root: 'portfolio',
      candidate: 'Ada Test',
      pathway: 'cmalt',
    });
    expect(Object.keys(report.totals)).toEqual([
      'files',
      'sections',
      'errors',
      'warnings',
      'infos',
    ]);
    expect(Object.keys(report.sections[0])).toEqual([
      'id',
      'title',
      'file',
      'assessed',
      'words',
      'description',
      'reflection',
      'evidence',
      'unlabelled',
      'evidenceItems',
      'errors',
      'warnings',
      'infos',
      'status',
    ]);
    const withSection = report.problems.find(
      (p: { ruleId: string }) => p.ruleId === 'thin-reflection',
    );
    expect(Object.keys(withSection)).toEqual([
      'ruleId',
      'severity',
      'file',
      'line',
      'column',
      'message',
      'hint',
      'section',
    ]);
  });

  it('leaves out keys a problem does not have, rather than writing null', async () => {
    const checked = await checkFiles();
    checked.result.problems.push({
      ruleId: 'bare',
      severity: 'info',
      file: '1a.md',
      line: 2,
      column: 3,
      message: 'no hint, no section',
    });
    const report = JSON.parse(formatJson(checked.result, contextFor(checked)));
    expect(report.problems.at(-1)).toEqual({
      ruleId: 'bare',
      severity: 'info',
      file: '1a.md',
      line: 2,
      column: 3,
      message: 'no hint, no section',
    });
  });

  it('gives sections their shares rounded to three decimals', async () => {
    const checked = await checkFiles();
    const report = JSON.parse(formatJson(checked.result, contextFor(checked)));
    const a = report.sections.find((s: { id: string }) => s.id === '1a');
    expect(a).toMatchObject({
      id: '1a',
      file: '1a.md',
      assessed: true,
      words: 40,
      evidenceItems: 1,
    });
    for (const key of ['description', 'reflection', 'evidence', 'unlabelled'])
      expect(String(a[key])).toMatch(/^(0|1|0\.\d{1,3})$/);
    expect(a.description + a.reflection + a.evidence + a.unlabelled).toBeCloseTo(1, 2);
  });

  it('keeps problems in the order of the check, file-relative to the portfolio', async () => {
    const checked = await checkFiles();
    const report = JSON.parse(formatJson(checked.result, contextFor(checked)));
    expect(report.problems.map((p: { file: string }) => p.file)).toEqual(
      checked.result.problems.map((p) => p.file),
    );
    expect(report.problems.some((p: { file: string }) => p.file === '1b.md')).toBe(true);
  });

  it('adds paragraphs only when asked to explain', async () => {
    const checked = await checkFiles();
    const plain = JSON.parse(formatJson(checked.result, contextFor(checked)));
    expect(plain).not.toHaveProperty('paragraphs');
    const explained = JSON.parse(
      formatJson(checked.result, contextFor(checked, { explain: true })),
    );
    expect(Object.keys(explained).at(-1)).toBe('paragraphs');
    const first = explained.paragraphs[0];
    expect(Object.keys(first)).toEqual([
      'file',
      'line',
      'section',
      'part',
      'label',
      'confidence',
      'reflectionShare',
      'cues',
    ]);
    // Lines count from the top of the file, front matter included.
    expect(first).toMatchObject({ file: '1a.md', line: 8, section: '1a', part: 'description' });
    expect(['description', 'reflection', 'evidence', 'other']).toContain(first.label);
    expect(first.confidence).toBeGreaterThanOrEqual(0);
    expect(first.confidence).toBeLessThanOrEqual(1);
    // Every prose paragraph is read, unassessed sections (the contextual statement) too.
    expect(explained.paragraphs.map((p: { section: string }) => p.section).sort()).toEqual([
      '1a',
      '1a',
      '1a',
      '1b',
      'contextual-statement',
    ]);
  });
});
