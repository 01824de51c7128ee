import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/load-config.js';

const messages = (source: string) =>
  parseConfig(source).problems.map((p) => `${p.line}: ${p.message}`);

describe('cmalt.yml messages', () => {
  it('names a value of the wrong type as what it is, not as missing', () => {
    expect(messages('candidate: 42\npathway: cmalt\nreview: "yes"\n')).toEqual([
      '1: `candidate` should be text, not a number',
      '3: `review` should be true or false, not text',
    ]);
  });

  it('says a key is missing only when it is', () => {
    expect(messages('pathway: cmalt\n')).toEqual(['1: cmalt.yml is missing `candidate`']);
  });

  it('refuses a list where settings belong, with an example', () => {
    const [problem] = parseConfig('- candidate: Lin Okafor\n- pathway: cmalt\n').problems;
    expect(problem?.message).toBe(
      'cmalt.yml must be settings written as `key: value` lines, not a list',
    );
    expect(problem?.hint).toContain('candidate: Lin Okafor');
  });

  it('asks for UTF-8 when the file is UTF-16', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cmalt-config-'));
    const text = '\ufeffcandidate: Lin Okafor\npathway: cmalt\n';
    await writeFile(path.join(dir, 'cmalt.yml'), Buffer.from(text, 'utf16le'));
    const { problems } = await loadConfig(dir);
    expect(problems.map((p) => [p.line, p.message])).toEqual([[1, 'cmalt.yml is saved as UTF-16']]);
    expect(problems[0]?.hint).toContain('UTF-8');
  });
});
