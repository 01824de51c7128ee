import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import { loadPortfolio } from '../model/load-portfolio.js';
import type { Portfolio } from '../model/types.js';
import { checkPortfolio, type CheckResult } from './check-portfolio.js';

export interface CohortEntry {
  /**
   * The portfolio without its syntax trees, which stay in the thread that parsed them. Its
   * files keep everything read from them (paragraphs, headings, links), so a reporter reads
   * every prose paragraph, pages outside any section included.
   */
  portfolio: Portfolio;
  result: CheckResult;
}

export interface CohortOptions {
  /** Worker threads to use; defaults to the machine's cores. 1 checks in this thread. */
  threads?: number;
}

const workerFile = fileURLToPath(new URL('./cohort-worker.js', import.meta.url));

/** Checks one portfolio and strips what cannot usefully cross a thread boundary. */
export async function checkOne(dir: string): Promise<CohortEntry> {
  const portfolio = await loadPortfolio(dir);
  const result = checkPortfolio(portfolio);
  return { portfolio: prune(portfolio), result };
}

const EMPTY_TREE: Root = { type: 'root', children: [] };

function prune(portfolio: Portfolio): Portfolio {
  return {
    ...portfolio,
    files: portfolio.files.map((file) => ({ ...file, tree: EMPTY_TREE })),
    sections: portfolio.sections.map((section) => ({ ...section, chunks: [] })),
  };
}

/**
 * Checks many portfolios (an institution's cohort) spread over threads: this one, which has
 * the checker loaded already, and a worker for each other core. Results come back in the order
 * the folders were given, whatever order the threads finish in.
 */
export async function checkCohort(
  dirs: string[],
  options: CohortOptions = {},
): Promise<CohortEntry[]> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), dirs.length));
  const entries = new Array<CohortEntry>(dirs.length);
  let next = 0;
  const here = async () => {
    for (let index = next++; index < dirs.length; index = next++)
      entries[index] = await checkOne(dirs[index]!);
  };
  // From source (tests) there is no compiled worker: check in this thread alone.
  const workers = existsSync(workerFile) ? threads - 1 : 0;
  const inWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerFile);
      const feed = () => {
        if (next >= dirs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, dir: dirs[index] });
      };
      worker.on('message', (message: { index: number; entry?: CohortEntry; error?: string }) => {
        if (message.error !== undefined) {
          void worker.terminate();
          reject(new Error(message.error));
          return;
        }
        if (message.entry) entries[message.index] = message.entry;
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all([here(), ...Array.from({ length: workers }, inWorker)]);
  return entries;
}
