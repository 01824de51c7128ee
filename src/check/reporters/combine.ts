import type { FormatName } from './index.js';

/**
 * Joins the reports of a cohort into one output of the same format: JSON becomes an array,
 * SARIF one log with a run per portfolio, text is concatenated.
 */
export function combineReports(
  format: FormatName,
  reports: string[],
  names: string[] = [],
): string {
  if (reports.length === 1) return reports[0] ?? '';
  if (format === 'json') return `[\n${reports.map((r) => r.trimEnd()).join(',\n')}\n]\n`;
  if (format === 'sarif') {
    const logs = reports.map((r) => JSON.parse(r) as { runs: unknown[] } & Record<string, unknown>);
    const [first] = logs;
    return `${JSON.stringify({ ...first, runs: logs.flatMap((log) => log.runs) }, null, 2)}\n`;
  }
  if (format === 'terminal')
    return reports.map((r, i) => `━━ ${names[i] ?? `portfolio ${i + 1}`}\n\n${r}`).join('\n');
  return reports.join('');
}
