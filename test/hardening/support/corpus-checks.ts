import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CorpusCase } from '../cases/types.js';
import type { TimedRun } from './bin.js';
import { SECRET, type CaseFolder } from './case-folder.js';
import { snapshot, type Entry } from './snapshot.js';

// What the corpus test checks after each case, kept apart so the test reads as the table.

/** Everything in the case folder but the site folders, which builds are allowed to write. */
export async function portfolioSnapshot(f: CaseFolder): Promise<Entry[]> {
  const all = await snapshot(f.base);
  return all.filter((e) => !/^(?:out|forced)(?:\/|$)/.test(e.path));
}

export function diff(before: Entry[], after: Entry[]): string[] {
  const was = new Map(before.map((e) => [e.path, e.what]));
  const now = new Map(after.map((e) => [e.path, e.what]));
  const out: string[] = [];
  for (const [p, what] of was)
    if (now.get(p) !== what) out.push(`  ${p}: ${what} -> ${now.get(p) ?? 'gone'}`);
  for (const [p, what] of now) if (!was.has(p)) out.push(`  ${p}: new (${what})`);
  return out;
}

/** Staging folders and temporary zips are removed whatever happened. */
export async function leftovers(f: CaseFolder, c: CorpusCase): Promise<string[]> {
  const parents = [f.out, f.forced, f.base];
  const asked = c.out?.(f);
  if (asked) parents.push(path.dirname(path.resolve(c.target?.(f) ?? f.dir, asked)));
  const found: string[] = [];
  for (const parent of parents)
    for (const name of await readdir(parent).catch(() => [] as string[]))
      if (/\.cmalt-[0-9a-f]+|\.tmp$/.test(name))
        found.push(`left behind: ${path.join(parent, name)}`);
  return found;
}

/** Nothing from outside the portfolio (the secret beside it, /etc/passwd) may reach a site. */
export async function secretsIn(f: CaseFolder): Promise<string[]> {
  const found: string[] = [];
  for (const top of [f.out, f.forced]) {
    const entries = await snapshot(top).catch(() => [] as Entry[]);
    for (const e of entries) {
      if (!e.what.startsWith('file')) continue;
      const text = await readFile(path.join(top, e.path), 'latin1').catch(() => '');
      if (text.includes(SECRET) || text.includes('root:x:0:0'))
        found.push(`the site holds a file from outside the portfolio: ${top}/${e.path}`);
    }
  }
  return found;
}

export function matches(text: string, fragment: string | RegExp): boolean {
  return typeof fragment === 'string' ? text.includes(fragment) : fragment.test(text);
}

export function tail(run: TimedRun): string {
  const text = `${run.stdout}\n${run.stderr}`.trim();
  return text.length > 3000 ? `${text.slice(0, 1500)}\n…\n${text.slice(-1500)}` : text;
}

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** As root, chmod 000 does not stop reads: try it rather than guess from the user id. */
export async function chmodStopsReads(): Promise<boolean> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cmalt-chmod-'));
  await mkdir(path.join(dir, 'locked'));
  await writeFile(path.join(dir, 'locked', 'a.md'), 'x');
  await chmod(path.join(dir, 'locked'), 0o000);
  const readable = await readdir(path.join(dir, 'locked')).then(
    () => true,
    () => false,
  );
  await chmod(path.join(dir, 'locked'), 0o755);
  await rm(dir, { recursive: true, force: true });
  return !readable;
}
