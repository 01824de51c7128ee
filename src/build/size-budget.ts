import { formatBytes } from './html.js';
import type { BuildWarning, SizeBudget } from './types.js';

/** ALT asks for attachments under 10 MB (email systems block larger) and takes 25 MB at most. */
export const ADVISED_BYTES = 10 * 1024 * 1024;
export const LIMIT_BYTES = 25 * 1024 * 1024;

export function sizeBudget(
  subject: string,
  size: number,
  files: { path: string; size: number }[],
  force = false,
): SizeBudget {
  const largest = [...files]
    .sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1))
    .slice(0, 3)
    .map(({ path, size }) => ({ path, size }));
  if (size > LIMIT_BYTES) {
    return force
      ? { subject, size, status: 'warn', largest, forced: true }
      : { subject, size, status: 'refuse', largest };
  }
  return { subject, size, status: size > ADVISED_BYTES ? 'warn' : 'ok', largest };
}

/** One plain sentence for a budget over the advised size, naming what to shrink. */
export function budgetWarning(budget: SizeBudget): BuildWarning | undefined {
  if (budget.status === 'ok') return undefined;
  const largest = budget.largest.map((f) => `${f.path} (${formatBytes(f.size)})`).join(', ');
  const size = formatBytes(budget.size);
  if (budget.status === 'refuse') {
    return {
      code: 'size-over-limit',
      message: `${budget.subject} would be ${size}, over ALT's 25 MB maximum, so it was not written. The largest files are ${largest}. Compress or link to them online, or use --force to write it anyway.`,
    };
  }
  if (budget.forced) {
    return {
      code: 'size-over-limit',
      message: `${budget.subject} is ${size}, over ALT's 25 MB maximum (written because of --force). The largest files are ${largest}.`,
    };
  }
  return {
    code: 'size-over-advised',
    message: `${budget.subject} is ${size}; ALT advises keeping attachments under 10 MB because email systems block larger ones. The largest files are ${largest}.`,
  };
}
