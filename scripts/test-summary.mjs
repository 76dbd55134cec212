// Counts what vitest's JSON reports hold, for verify's last line ("N passed, N failed"). Every
// failure counts: each failed test, each test file or describe block that failed on its own (a
// file that throws at import, a hook that throws), and each error vitest caught outside any test.
// The reports must come from scripts/vitest-reporter.mjs, which records the last two.

/** The counts of one report, and a line naming each failure. */
export function countReport(report) {
  if (!Array.isArray(report?.suiteErrors) || !Array.isArray(report?.unhandledErrors))
    throw new Error(
      "test-summary: this JSON report has no suiteErrors or unhandledErrors: write it with --reporter=./scripts/vitest-reporter.mjs",
    );
  const failedTests = report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === "failed")
      .map((test) => `test ${test.fullName} (${file.name})`),
  );
  const failedSuites = report.suiteErrors.map(
    ({ file, suite, message }) =>
      `${suite === "" ? "file" : `suite ${suite} in`} ${file}: ${message}`,
  );
  const unhandledErrors = report.unhandledErrors.map(
    ({ message }) => `unhandled error: ${message}`,
  );
  const failures = [...failedTests, ...failedSuites, ...unhandledErrors];
  return {
    passed: report.numPassedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    failedTests: failedTests.length,
    failedSuites: failedSuites.length,
    unhandledErrors: unhandledErrors.length,
    failed: failures.length,
    failures,
  };
}

/** One line for a report: `src: 3 passed, 4 failed (2 tests, 1 suite, 1 unhandled error), 0 skipped`. */
export function formatCounts(name, counts) {
  const { passed, failed, failedTests, failedSuites, unhandledErrors, skipped } = counts;
  const parts = [
    plural(failedTests, "test"),
    plural(failedSuites, "suite"),
    plural(unhandledErrors, "unhandled error"),
  ];
  return `${name}: ${passed} passed, ${failed} failed (${parts.join(", ")}), ${skipped} skipped`;
}

const plural = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The sums over several reports, given as [name, report] pairs. */
export function summarize(reports) {
  const total = { passed: 0, failed: 0, lines: [], failures: [] };
  for (const [name, report] of reports) {
    const counts = countReport(report);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.lines.push(formatCounts(name, counts));
    total.failures.push(...counts.failures.map((failure) => `${name}: ${failure}`));
  }
  return total;
}
