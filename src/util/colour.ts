import { Chalk, type ChalkInstance } from 'chalk';

/** A chalk that colours only when asked: the CLI decides, formatters obey. */
export function painter(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
