import { checkPortfolio } from '../check/check-portfolio.js';
import { loadPortfolio } from '../model/load-portfolio.js';
import { compareVersions, type Comparison } from './compare.js';
import { gitPlace, resolveSince, writeGitVersion, type GitVersion } from './git-version.js';
import { statusOf, type PortfolioStatus, type StatusOptions } from './portfolio-status.js';
import { StatusError } from './status-error.js';
import { snapshotOf, type VersionSnapshot } from './snapshot.js';
import { withTempFolder } from './temp-folder.js';
import { readZipVersion } from './zip-version.js';

/** The earlier version to compare with: a commit, branch, tag or date in git, or a zip. */
export type Earlier = { kind: 'git'; since: string } | { kind: 'zip'; file: string };

export interface SinceOptions extends StatusOptions {
  /** How the portfolio folder and the zip are named in messages (as the user typed them). */
  shownDir: string;
  shownZip?: string;
}

export interface SinceResult {
  status: PortfolioStatus;
  comparison: Comparison;
  /** The commit read, when the earlier version came from git. */
  commit?: GitVersion;
  /** Zip entries left out because their paths would leave the folder. */
  unsafe: string[];
}

async function earlierSnapshot(
  dir: string,
  earlier: Earlier,
  options: SinceOptions,
): Promise<{ snapshot: VersionSnapshot; commit?: GitVersion; unsafe: string[] }> {
  return withTempFolder(async (temp) => {
    if (earlier.kind === 'git') {
      const place = await gitPlace(dir, options.shownDir);
      const commit = await resolveSince(place, earlier.since);
      await writeGitVersion(place, commit, temp, options.shownDir);
      const portfolio = await loadPortfolio(temp);
      const label = `commit ${commit.short} (${commit.date})`;
      return {
        snapshot: snapshotOf(portfolio, checkPortfolio(portfolio), label),
        commit,
        unsafe: [],
      };
    }
    const shown = options.shownZip ?? earlier.file;
    const version = await readZipVersion(earlier.file, shown, temp);
    if (version.kind === 'site') return { snapshot: version.snapshot, unsafe: version.unsafe };
    const portfolio = await loadPortfolio(temp);
    return {
      snapshot: snapshotOf(portfolio, checkPortfolio(portfolio), shown),
      unsafe: version.unsafe,
    };
  });
}

/**
 * The portfolio now against an earlier version. The earlier one is written to a temporary
 * folder (removed afterwards), loaded and checked exactly as the folder itself is, so both
 * sides are judged by the same rules and the same cmalt.yml of their own time.
 */
export async function compareWithEarlier(
  dir: string,
  earlier: Earlier,
  options: SinceOptions,
): Promise<SinceResult> {
  const portfolio = await loadPortfolio(dir);
  const result = checkPortfolio(portfolio);
  const unreadable = result.problems.find((p) => p.fatal);
  // Without the folder itself there is nothing to compare, and git would be asked to run nowhere.
  if (unreadable) throw new StatusError(unreadable.message, unreadable.hint);
  const then = await earlierSnapshot(dir, earlier, options);
  const status = statusOf(portfolio, result, options);
  const comparison = compareVersions(then.snapshot, snapshotOf(portfolio, result, 'now'));
  return { status, comparison, commit: then.commit, unsafe: then.unsafe };
}
