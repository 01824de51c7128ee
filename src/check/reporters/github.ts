import type { Reporter } from './reporter.js';

/** Placeholder until the GitHub reporter lands. */
export const formatGithub: Reporter = (result) => `${JSON.stringify(result.problems, null, 2)}\n`;
