import { parentPort } from 'node:worker_threads';
import { checkOne } from './check-cohort.js';

// One worker of a cohort check: takes folders one at a time, sends back each result.
parentPort?.on('message', (message: { index: number; dir: string }) => {
  checkOne(message.dir).then(
    (entry) => parentPort?.postMessage({ index: message.index, entry }),
    (error: unknown) =>
      parentPort?.postMessage({
        index: message.index,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
