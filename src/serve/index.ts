export { startServe } from './start-serve.js';
export { ServeError } from './serve-error.js';
export type { RebuildOutcome, ServeHandle, ServeOptions } from './types.js';
