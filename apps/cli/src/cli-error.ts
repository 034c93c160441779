/** A problem the person at the terminal can fix (a wrong slug, a missing member): printed without a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
}
