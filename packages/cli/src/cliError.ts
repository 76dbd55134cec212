/**
 * Exit statuses: 0 when the command did what was asked (a query with no answer included), 1 when
 * the data is invalid or the work could not be done (a dataset file with problems, a graph that
 * will not fit in memory, a quote that is not in the source), 2 when the command line itself is
 * wrong (an unknown option, a missing argument, an unknown id, a file that cannot be read).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * A failure the command line reports as one readable line on standard error, followed by
 * `details` (more lines: a report, a hint), and exits with `status`. Never shown as a stack trace.
 */
export class CliError extends Error {
  override name = "CliError";
  readonly status: 1 | 2;
  readonly details: string;

  constructor(message: string, status: 1 | 2, details = "") {
    super(message);
    this.status = status;
    this.details = details;
  }
}

/** A usage error (exit 2): something wrong in the command line itself. */
export const usageError = (message: string, details?: string) => new CliError(message, 2, details);
