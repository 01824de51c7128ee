import { UserError } from '../../cli/user-error.js';

/**
 * A source that cannot be read as it is (a password-protected or broken document, a page that
 * does not parse). The message names the file; the hint says what the candidate can do.
 */
export class SourceError extends UserError {
  constructor(
    readonly file: string,
    message: string,
    hint?: string,
  ) {
    super(`${file}: ${message}`, hint);
    this.name = 'SourceError';
  }
}
