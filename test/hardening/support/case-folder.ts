import { chmod, cp, lstat, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { examples } from '../../helpers/portfolio.js';

/** Found in the built site only if cmalt read something outside the portfolio folder. */
export const SECRET = 'CMALT-HARDENING-SECRET-8f3a2c';
export const MINIMAL_CONFIG = 'candidate: Test Candidate\npathway: cmalt\n';

/**
 * One case's temporary folder:
 *   portfolio/   what the commands read
 *   outside/     a secret file and folder beside it, the target of links that try to leave
 *   out/, forced/ the parents of the site folders `build` and `build --force` write
 */
export interface CaseFolder {
  base: string;
  dir: string;
  outside: string;
  secretFile: string;
  out: string;
  forced: string;
  /** Writes a file in the portfolio folder, making folders as needed. */
  write(name: string, content: string | Buffer): Promise<string>;
}

const made: string[] = [];

export const EXAMPLE = path.join(examples, 'cmalt-lin-okafor');

/**
 * Copies the CMALT example (it passes check), without what earlier builds left in the
 * working tree beside its sources (dist/ and *-cmalt-portfolio.zip are ignored by git).
 */
export async function copyExample(dest: string): Promise<void> {
  await cp(EXAMPLE, dest, {
    recursive: true,
    filter: (source) => {
      const first = path.relative(EXAMPLE, source).split(path.sep)[0] ?? '';
      return first !== 'dist' && !first.endsWith('-cmalt-portfolio.zip');
    },
  });
}

export async function makeCaseFolder(name: string): Promise<CaseFolder> {
  const base = await mkdtemp(path.join(os.tmpdir(), `cmalt-hardening-${name.slice(0, 30)}-`));
  made.push(base);
  const dir = path.join(base, 'portfolio');
  const outside = path.join(base, 'outside');
  const secretFile = path.join(outside, 'secret.txt');
  await mkdir(path.join(outside, 'folder'), { recursive: true });
  await mkdir(dir);
  await writeFile(secretFile, `${SECRET}\n`);
  await writeFile(path.join(outside, 'folder', 'secret.pdf'), `%PDF-1.4 ${SECRET}\n`);
  return {
    base,
    dir,
    outside,
    secretFile,
    out: path.join(base, 'out'),
    forced: path.join(base, 'forced'),
    async write(file, content) {
      const full = path.join(dir, file);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, content);
      return full;
    },
  };
}

/** Removes every case folder made so far (call from afterAll). */
export async function removeCaseFolders(): Promise<void> {
  await Promise.all(
    made.splice(0).map(async (base) => {
      // A case may have taken read or write permission away; give it back so rm can work.
      await restorePermissions(base);
      await rm(base, { recursive: true, force: true });
    }),
  );
}

async function restorePermissions(dir: string): Promise<void> {
  await chmod(dir, 0o755).catch(() => undefined);
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const full = path.join(dir, name);
    const info = await lstat(full).catch(() => undefined);
    if (info?.isDirectory()) await restorePermissions(full);
    else if (info?.isFile()) await chmod(full, 0o644).catch(() => undefined);
  }
}
