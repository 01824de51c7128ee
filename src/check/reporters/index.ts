import type { Reporter } from './reporter.js';
import { formatTerminal } from './terminal.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatGithub } from './github.js';

export const formatters = {
  terminal: formatTerminal,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
} satisfies Record<string, Reporter>;

export type FormatName = keyof typeof formatters;
