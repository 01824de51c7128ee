import path from 'node:path';
import type { Portfolio, Problem } from '../../model/types.js';
import { ruleById } from '../rules/index.js';
import { attachedFile, rootPath } from './paths.js';
import type { Reporter } from './reporter.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/cmalt';
const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Problems found while loading come from no rule in the registry, but deserve a title too. */
const LOADING_CHECKS: Record<string, string> = {
  'portfolio-folder': 'The portfolio folder exists and can be read',
  config: 'cmalt.yml is valid and names real rules',
  'front-matter': 'Front matter is valid YAML',
  'file-unreadable': 'Every Markdown file can be read as UTF-8 text',
};

/**
 * SARIF 2.1.0 for code-scanning upload: one run, the rules that were broken, one result per
 * problem. Artifact URIs are portfolio-relative; portfolio-wide problems point at cmalt.yml.
 */
export const formatSarif: Reporter = (result, context) => {
  const ids = [...new Set(result.problems.map((p) => p.ruleId))].sort();
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cmalt',
            informationUri: INFORMATION_URI,
            rules: ids.map(ruleDescriptor),
          },
        },
        results: result.problems.map((p) =>
          sarifResult(p, ids.indexOf(p.ruleId), context.portfolio, rootPath(context.displayRoot)),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

function ruleDescriptor(id: string) {
  const summary = ruleById(id)?.summary ?? LOADING_CHECKS[id];
  return { id, ...(summary ? { shortDescription: { text: summary } } : {}) };
}

function sarifResult(problem: Problem, ruleIndex: number, portfolio: Portfolio, root: string) {
  const file = attachedFile(problem, portfolio);
  return {
    ruleId: problem.ruleId,
    ruleIndex,
    level: LEVEL[problem.severity],
    message: { text: problem.hint ? `${problem.message}\n${problem.hint}` : problem.message },
    locations: [
      {
        physicalLocation: {
          // Code scanning reads paths from the repository root, where cmalt was run.
          artifactLocation: { uri: file ? path.posix.join(root, file) : root },
          // A position only means something inside a file.
          ...(file ? { region: { startLine: problem.line, startColumn: problem.column } } : {}),
        },
      },
    ],
  };
}
