import type { Io } from './io.js';

export { painter } from '../util/colour.js';

/** Colour only on a terminal; NO_COLOR turns it off and FORCE_COLOR turns it on, as everywhere else. */
export function useColour(io: Io, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  const { env } = io;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(io[stream].isTTY);
}
