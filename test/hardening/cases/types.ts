import type { CliRun } from '../../helpers/run-cli.js';
import type { CaseFolder } from '../support/case-folder.js';

export interface CaseRuns {
  check: CliRun;
  build: CliRun;
  forced: CliRun;
}

/** One hostile or broken portfolio, and what cmalt must do with it. */
export interface CorpusCase {
  name: string;
  /** A committed folder under test/corpus/, copied in as the portfolio first. */
  corpus?: string;
  /** Writes (or changes) the portfolio; big inputs are generated here, at test time. */
  make?: (folder: CaseFolder) => Promise<void>;
  /** The folder the commands are given, when it is not the portfolio folder. */
  target?: (folder: CaseFolder) => string;
  /** The --out of the plain build, when it is not `out/site` beside the portfolio. */
  out?: (folder: CaseFolder) => string;
  /** Exit codes allowed for `check`, and for `build` (which stops at errors). */
  check: number[];
  build: number[];
  /** Exit codes allowed for `build --force`: by default 2 where build fails to run, else 0. */
  forced?: number[];
  /** False to leave out the in-process `build --force` (only where it would take a minute). */
  forcedBuild?: false;
  /** What the check report must say: the file, its line, and what to do. */
  says: (string | RegExp)[];
  /** What the build must say instead, when it fails for a reason of its own (a bad --out). */
  buildSays?: (string | RegExp)[];
  /** A reason to skip the case here (e.g. running as root), or undefined. */
  skip?: () => string | undefined;
  /** Longer than the default limit for each run. */
  timeoutMs?: number;
  /** More assertions once the runs are done (throw to fail). */
  verify?: (folder: CaseFolder, runs: CaseRuns) => Promise<void>;
}

/** A hint line in the terminal report: the "what to do" of every problem. */
export const HINT = /^\s+→ \S/m;
