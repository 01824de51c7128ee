import type { PageSummary } from '../build/types.js';
import type { Problem } from '../model/types.js';

/** What a caller asks `startServe` for. */
export interface ServeOptions {
  /** The portfolio folder (absolute, or resolved against nothing but itself). */
  root: string;
  /** Port to listen on; 0 or unset picks a free one. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1: the preview is for this computer only. */
  host?: string;
  /** Wait this long after the last change before rebuilding, so one save is one rebuild. */
  debounceMs?: number;
  /** Told after every rebuild, so a caller (the CLI) can say what happened. */
  onRebuild?: (outcome: RebuildOutcome) => void;
}

export interface ServeHandle {
  url: string;
  port: number;
  /** The temporary folder the site is built into; removed by close(). */
  tempDir: string;
  /** The outcome of the latest rebuild. */
  readonly latest: RebuildOutcome;
  /** Rebuild now (as a save would) and resolve when it is done. */
  rebuild(): Promise<RebuildOutcome>;
  /** Stops watching, ends every open page's connection, closes the server and removes tempDir. */
  close(): Promise<void>;
}

/** One rebuild: the site it left (the last good one when this one failed) and what check found. */
export interface RebuildOutcome {
  /** Counts up on every rebuild; pages reload when it changes. */
  version: number;
  ms: number;
  /** True when a site was built this time; false when the last good one is still served. */
  built: boolean;
  /** The folder being served, undefined before any build succeeded. */
  siteDir?: string;
  pages: PageSummary[];
  /**
   * The evidence the site links to, by site path, with its portfolio-relative source: served
   * straight from the portfolio, so a save never copies the evidence again.
   */
  evidence: { path: string; source: string }[];
  problems: Problem[];
  /** Problems that stop a file or the whole portfolio being read: shown on every page. */
  blocking: Problem[];
  errors: number;
  warnings: number;
}
