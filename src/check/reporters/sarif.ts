import type { Reporter } from './reporter.js';

/** Placeholder until the SARIF reporter lands. */
export const formatSarif: Reporter = (result) => `${JSON.stringify(result.problems, null, 2)}\n`;
