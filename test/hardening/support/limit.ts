import os from 'node:os';

/**
 * Runs at most `size` tasks at once. The bin spends most of a short run loading modules, so
 * more processes than cores only slows every one of them down.
 */
export function createLimit(size = Math.max(2, os.availableParallelism())) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function limit<T>(task: () => Promise<T>): Promise<T> {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
