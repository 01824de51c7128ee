import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const examples = path.resolve(import.meta.dirname, '..', '..', 'examples');

interface JsonParagraph {
  file: string;
  line: number;
  cues: string[];
}

async function explained(example: string): Promise<JsonParagraph[]> {
  const run = await runCli([
    'check',
    path.join(examples, example),
    '--format',
    'json',
    '--explain',
  ]);
  const report = JSON.parse(run.stdout) as { paragraphs: JsonParagraph[] };
  return report.paragraphs;
}

describe('cmalt check --explain names each cue once', () => {
  it.each(['cmalt-lin-okafor', 'senior-morgan-hale'])('%s, JSON', async (example) => {
    const paragraphs = await explained(example);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const p of paragraphs) expect(p.cues, `${p.file}:${p.line}`).toEqual([...new Set(p.cues)]);
  });

  it('lists the role of the contextual statement once, in JSON and on the terminal', async () => {
    const cue = 'role or setting: "I am a"';
    const paragraphs = await explained('cmalt-lin-okafor');
    const role = paragraphs.filter((p) => p.cues.includes(cue));
    expect(role.length).toBeGreaterThan(0);
    for (const p of role) expect(p.cues.filter((c) => c === cue)).toHaveLength(1);

    const run = await runCli(['check', path.join(examples, 'cmalt-lin-okafor'), '--explain']);
    const block = run.stdout.slice(run.stdout.indexOf('How cmalt read each paragraph'));
    // Each paragraph's entry starts with its line number; its cues may wrap onto further lines.
    const entries = block.split(/\n(?= {2}\s*\d+ {2}|\S)/);
    const withRole = entries.filter((e) => e.replace(/\s+/g, ' ').includes(cue));
    expect(withRole.length).toBe(role.length);
    for (const e of withRole) expect(e.replace(/\s+/g, ' ').split(cue)).toHaveLength(2);
  });
});
