/** A source that cannot be imported (unreadable, too large, not a portfolio): the CLI shows it calmly. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
