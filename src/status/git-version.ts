import { parseIsoDate } from './dates.js';
import { git, GitFailed } from './git.js';
import { StatusError } from './status-error.js';
import { CONTENT_LIMIT, writeVersionFile } from './write-tree.js';

/** A commit the portfolio is read at. */
export interface GitVersion {
  commit: string;
  short: string;
  /** Committer date, YYYY-MM-DD. */
  date: string;
  subject: string;
}

export interface GitPlace {
  /** The repository's top folder. */
  top: string;
  /** The portfolio's folder inside the repository, with a trailing slash ('' at the top). */
  prefix: string;
}

/** YYYY-MM-DD, optionally with a time: anything else is taken as a commit, branch or tag. */
const DATE_LIKE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?$/;

export function isDateLike(since: string): boolean {
  return DATE_LIKE.test(since.trim());
}

/** Where the portfolio sits in git, or a calm error when it is not in a repository. */
export async function gitPlace(dir: string, shown: string): Promise<GitPlace> {
  try {
    const { stdout } = await git(dir, ['rev-parse', '--show-toplevel', '--show-prefix']);
    const [top = '', prefix = ''] = stdout.toString('utf8').split('\n');
    return { top, prefix };
  } catch (error) {
    if (error instanceof GitFailed)
      throw new StatusError(
        `${shown} is not in a git repository, so there is no earlier version to compare with`,
        'Keep the portfolio in git (`git init`, then commit as you write), or compare with a zip of an earlier version: --since earlier.zip',
      );
    throw error;
  }
}

async function commitInfo(top: string, commit: string): Promise<GitVersion> {
  const { stdout } = await git(top, ['show', '-s', '--format=%H%x00%h%x00%cs%x00%s', commit]);
  const [full = commit, short = commit, date = '', subject = ''] = stdout
    .toString('utf8')
    .trim()
    .split('\0');
  return { commit: full, short, date, subject };
}

/**
 * The commit that `since` names: a commit, branch or tag, or a date (the last commit before
 * the start of that day, as `git rev-list -1 --before=` finds it).
 */
export async function resolveSince(place: GitPlace, since: string): Promise<GitVersion> {
  const { top } = place;
  const head = await git(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).catch(
    () => undefined,
  );
  if (!head)
    throw new StatusError(
      'the repository has no commits yet, so there is no earlier version to compare with',
      'Commit your portfolio (`git add . && git commit -m "First draft"`), write on, then run status --since again.',
    );
  const trimmed = since.trim();
  const date = DATE_LIKE.exec(trimmed);
  if (date) {
    if (!parseIsoDate(date[1] ?? ''))
      throw new StatusError(
        `${trimmed} is not a date`,
        'Write the date as YYYY-MM-DD, for example --since 2026-03-01.',
      );
    const before = `${date[1]} ${date[2] ?? '00:00:00'}`;
    const { stdout } = await git(top, ['rev-list', '-1', `--before=${before}`, 'HEAD']);
    const commit = stdout.toString('utf8').trim();
    if (!commit) {
      const { stdout: first } = await git(top, ['log', '--reverse', '--format=%cs', 'HEAD']);
      const firstDate = first.toString('utf8').split('\n')[0] ?? '';
      throw new StatusError(
        `there is no commit before ${trimmed}: the first commit is from ${firstDate}`,
        `Give a later date (${firstDate} or after), or a commit from \`git log --oneline\`.`,
      );
    }
    return commitInfo(top, commit);
  }
  try {
    const { stdout } = await git(top, [
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${trimmed}^{commit}`,
    ]);
    return await commitInfo(top, stdout.toString('utf8').trim());
  } catch (error) {
    if (error instanceof GitFailed)
      throw new StatusError(
        `there is no commit, branch or tag called "${trimmed}" in this repository`,
        '`git log --oneline` lists the commits; a date also works, for example --since 2026-03-01.',
      );
    throw error;
  }
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  size: number;
  path: string;
}

function parseTree(listing: Buffer): TreeEntry[] {
  return listing
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .flatMap((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', type = '', object = '', size = '0'] = line.slice(0, tab).split(/ +/);
      return tab < 0
        ? []
        : [{ mode, type, object, size: Number(size) || 0, path: line.slice(tab + 1) }];
    });
}

/** Splits `git cat-file --batch` output into each object's bytes, in the order asked. */
function splitBatch(output: Buffer, count: number): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const end = output.indexOf(0x0a, at);
    if (end < 0) break;
    const size = Number(output.subarray(at, end).toString('utf8').split(' ')[2]);
    out.push(output.subarray(end + 1, end + 1 + size));
    at = end + 1 + size + 1;
  }
  return out;
}

/**
 * Writes the portfolio folder as it was at `version` into `dest`, reading git's objects
 * directly: the working tree, the index and the user's checkout are never touched.
 */
export async function writeGitVersion(
  place: GitPlace,
  version: GitVersion,
  dest: string,
  shown: string,
): Promise<number> {
  const { top, prefix } = place;
  const { stdout } = await git(top, [
    'ls-tree',
    '-r',
    '-l',
    '-z',
    version.commit,
    '--',
    prefix || '.',
  ]);
  // Symbolic links and submodules are not part of what the check reads.
  const entries = parseTree(stdout).filter((e) => e.type === 'blob' && e.mode !== '120000');
  if (!entries.length)
    throw new StatusError(
      `${shown} was not in the repository at commit ${version.short} (${version.date})`,
      'Give a later commit or date, from `git log --oneline -- .` in the portfolio folder.',
    );
  const small = entries.filter((e) => e.size <= CONTENT_LIMIT);
  const bytes = small.reduce((sum, e) => sum + e.size + 64, 1024);
  const batch = await git(top, ['cat-file', '--batch'], {
    input: small.map((e) => `${e.object}\n`).join(''),
    maxBuffer: bytes + 1024 * 1024,
  });
  const contents = splitBatch(batch.stdout, small.length);
  const byObject = new Map(small.map((e, i) => [e.path, contents[i]]));
  let written = 0;
  for (const entry of entries) {
    const relative = entry.path.slice(prefix.length);
    const content = byObject.get(entry.path) ?? { size: entry.size };
    if (await writeVersionFile(dest, relative, content)) written++;
  }
  return written;
}
