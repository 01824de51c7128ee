import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../src/check/reporters/sarif.js';
import { ruleById } from '../../src/check/rules/index.js';
import { checkFiles, contextFor, sampleFiles } from './sample.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region?: { startLine: number; startColumn: number };
    };
  }[];
}

async function sarifOf(files = sampleFiles) {
  const checked = await checkFiles(files);
  return { checked, log: JSON.parse(formatSarif(checked.result, contextFor(checked))) };
}

describe('sarif reporter', () => {
  it('writes one SARIF 2.1.0 run from the cmalt driver', async () => {
    const { log } = await sarifOf();
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver).toMatchObject({
      name: 'cmalt',
      informationUri: expect.stringMatching(/^https:\/\//),
    });
  });

  it('describes each rule that was broken, once, from the rule registry', async () => {
    const { log, checked } = await sarifOf();
    const rules = log.runs[0].tool.driver.rules as {
      id: string;
      shortDescription?: { text: string };
    }[];
    expect(rules.map((r) => r.id)).toEqual(
      [...new Set(checked.result.problems.map((p) => p.ruleId))].sort(),
    );
    expect(rules.find((r) => r.id === 'section-missing')?.shortDescription?.text).toBe(
      ruleById('section-missing')?.summary,
    );
    // Problems found while loading have a description too.
    expect(rules.find((r) => r.id === 'front-matter')?.shortDescription?.text).toBeTruthy();
    const results = log.runs[0].results as SarifResult[];
    for (const result of results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('gives each problem a level, its message and hint, and a location', async () => {
    const { log, checked } = await sarifOf();
    const results = log.runs[0].results as SarifResult[];
    expect(results).toHaveLength(checked.result.problems.length);
    const byRule = (id: string) => results.find((r) => r.ruleId === id)!;

    const frontMatter = byRule('front-matter');
    expect(frontMatter.level).toBe('error');
    expect(frontMatter.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'portfolio/1b.md' },
      region: { startLine: 3, startColumn: expect.any(Number) },
    });

    const thin = byRule('thin-reflection');
    expect(thin.level).toBe('warning');
    expect(thin.message.text).toBe(
      '1a: reflection is 57%, below 60%\nSay what you would do differently.\nThen say why.',
    );
    expect(thin.locations[0]?.physicalLocation.region).toEqual({ startLine: 10, startColumn: 1 });

    // A missing section belongs to no file: it points at cmalt.yml, where the pathway is set.
    expect(byRule('section-missing').locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'portfolio/cmalt.yml' },
      region: { startLine: 1, startColumn: 1 },
    });
  });

  it('uses note for infos and the folder when there is no cmalt.yml (paths from where cmalt ran)', async () => {
    const { log } = await sarifOf({ '1a.md': sampleFiles['1a.md']! });
    const config = (log.runs[0].results as SarifResult[]).find((r) => r.ruleId === 'config')!;
    expect(config.level).toBe('note');
    expect(config.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'portfolio' },
    });
  });
});
