/** A build the user can fix (a bad --out folder, say): the CLI shows it calmly, with the hint. */
export class BuildError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'BuildError';
  }
}
