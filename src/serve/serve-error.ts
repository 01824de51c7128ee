/** A preview that cannot start (the port is taken, say): the CLI shows it calmly, with the hint. */
export class ServeError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ServeError';
  }
}
