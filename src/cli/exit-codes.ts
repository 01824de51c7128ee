/** Documented in the README: scripts and CI rely on these. */
export const EXIT = {
  ok: 0,
  /** The portfolio has errors (or more warnings than --max-warnings allows). */
  problems: 1,
  /** The run itself failed: bad arguments, unreadable config or folder, internal error. */
  failure: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
