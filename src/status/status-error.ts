/** A status run the user can fix (a ref that does not exist, a missing zip): shown calmly, with the hint. */
export class StatusError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'StatusError';
  }
}
