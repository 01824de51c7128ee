import { mkdtemp, mkdir, rm, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { checkPortfolio } from '../../src/check/check-portfolio.js';
import type { AnyRule } from '../../src/check/rule.js';
import { ruleById } from '../../src/check/rules/index.js';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import type { Portfolio, Problem } from '../../src/model/types.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes a portfolio from a map of relative paths to contents into a fresh temporary folder. */
export async function writePortfolio(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cmalt-test-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, content);
  }
  return dir;
}

/** Copies a fixture or example folder to a temporary folder, so tests can change it freely. */
export async function copyToTemp(source: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cmalt-copy-'));
  made.push(dir);
  await cp(source, dir, { recursive: true });
  return dir;
}

export async function load(files: Record<string, string | Buffer>): Promise<Portfolio> {
  return loadPortfolio(await writePortfolio(files));
}

/** Runs one rule alone on a portfolio folder and returns what it reported. */
export async function runRule(
  id: string,
  dirOrFiles: string | Record<string, string | Buffer>,
  rules?: Record<string, unknown>,
): Promise<Problem[]> {
  const rule: AnyRule | undefined = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  const dir = typeof dirOrFiles === 'string' ? dirOrFiles : await writePortfolio(dirOrFiles);
  const portfolio = await loadPortfolio(dir);
  if (rules)
    portfolio.config.rules = {
      ...portfolio.config.rules,
      ...(rules as Portfolio['config']['rules']),
    };
  return checkPortfolio(portfolio, { rules: [rule] }).problems.filter((p) => p.ruleId === id);
}

export const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures');
export const examples = path.resolve(import.meta.dirname, '..', '..', 'examples');
