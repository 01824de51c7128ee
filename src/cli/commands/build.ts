import type { Io } from '../io.js';
import { UserError } from '../user-error.js';

export async function buildCommand(
  _dir: string,
  _options: Record<string, unknown>,
  _io: Io,
): Promise<number> {
  throw new UserError('cmalt build is not available in this version yet');
}
