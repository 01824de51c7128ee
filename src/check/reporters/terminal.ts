import type { Reporter } from './reporter.js';

/** Placeholder until the terminal reporter lands. */
export const formatTerminal: Reporter = (result) => `${JSON.stringify(result.problems, null, 2)}\n`;
