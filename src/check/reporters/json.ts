import type { Reporter } from './reporter.js';

/** Placeholder until the JSON reporter lands. */
export const formatJson: Reporter = (result) => `${JSON.stringify(result.problems, null, 2)}\n`;
