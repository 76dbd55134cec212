/** What one vitest JSON report (from scripts/vitest-reporter.mjs) holds, counted. */
export interface Counts {
  passed: number;
  /** Skipped and todo tests (tests a failed hook skipped among them). */
  skipped: number;
  failedTests: number;
  /** Test files and describe blocks that failed on their own: thrown at import, a hook threw. */
  failedSuites: number;
  /** Errors vitest caught outside any test. */
  unhandledErrors: number;
  /** failedTests + failedSuites + unhandledErrors. */
  failed: number;
  /** One line per failure. */
  failures: string[];
}

export function countReport(report: unknown): Counts;
export function formatCounts(name: string, counts: Counts): string;
export function summarize(reports: Iterable<readonly [string, unknown]>): {
  passed: number;
  failed: number;
  /** One formatCounts line per report. */
  lines: string[];
  /** Every failure, prefixed by its report's name. */
  failures: string[];
};
