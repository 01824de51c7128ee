import type { Io } from '../io.js';
import { UserError } from '../user-error.js';

export async function initCommand(
  _dir: string,
  _options: Record<string, unknown>,
  _io: Io,
): Promise<number> {
  throw new UserError('cmalt init is not available in this version yet');
}
