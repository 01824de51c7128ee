import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyToTemp, examples } from '../helpers/portfolio.js';

export const lin = path.join(examples, 'cmalt-lin-okafor');

/**
 * Lin Okafor's portfolio as it stood when ALT referred it: 4a not written yet, 2b with no
 * reflection, 3b cut down to a first draft, and a link in 1c to evidence renamed since.
 * The resubmission (the example as it is now) puts each of these right.
 */
export async function referredVersion(dir: string): Promise<void> {
  const edit = async (file: string, change: (text: string) => string) => {
    const full = path.join(dir, file);
    await writeFile(full, change(await readFile(full, 'utf8')));
  };
  await rm(path.join(dir, '4a.md'));
  await edit('2b.md', (text) => text.replace(/## Reflection[\s\S]*?(?=## Evidence)/, ''));
  await edit('3b.md', (text) =>
    text
      .replace(/### Auditing the Moodle template[\s\S]*?(?=## Reflection)/, '')
      .replace(/(## Reflection\n\n[^\n]+\n)[\s\S]*?(?=## Evidence)/, '$1\n')
      .replace(/\n- \[Digital Education Team response[^\n]+/, ''),
  );
  await edit('1c.md', (text) =>
    text.replace('(evidence/ally-rollout-plan.pdf)', '(evidence/ally-rollout-plan-v2.pdf)'),
  );
}

/** A copy of the example as it was when referred. */
export async function referredCopy(): Promise<string> {
  const dir = await copyToTemp(lin);
  await referredVersion(dir);
  return dir;
}

/** Runs git in `cwd` with fixed dates and an identity, so commits are the same every run. */
export function gitIn(cwd: string, args: string[], date = '2026-04-01T12:00:00+00:00'): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Lin Okafor',
      GIT_AUTHOR_EMAIL: 'lin.okafor@example.ac.uk',
      GIT_COMMITTER_NAME: 'Lin Okafor',
      GIT_COMMITTER_EMAIL: 'lin.okafor@example.ac.uk',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });
}
