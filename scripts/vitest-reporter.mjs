// vitest's JSON reporter, with the failures its report leaves out. The built-in report counts
// failed tests, but a test file that throws at import or a suite whose hook throws shows only as a
// failed "suite" (a describe block around a failed test is one too), and errors raised outside any
// test (an unhandled rejection) are not in it at all. This reporter adds them, so that
// scripts/test-summary.mjs can count every failure of a run:
//
//   suiteErrors:     [{ file, suite, message }]  errors of a test file or a describe block itself
//                                                 (suite "" for the file: import, top-level hooks)
//   unhandledErrors: [{ message }]                errors vitest caught outside any test
//
//   vitest run --reporter=./scripts/vitest-reporter.mjs --outputFile.json=report.json
import { JsonReporter } from "vitest/reporters";

export default class FailureCountingJsonReporter extends JsonReporter {
  #extra = { suiteErrors: [], unhandledErrors: [] };

  // vitest constructs a reporter named on the command line without options.
  constructor(options = {}) {
    super(options);
  }

  async onTestRunEnd(testModules, unhandledErrors = [], reason) {
    const suiteErrors = [];
    for (const module of testModules) {
      const file = module.relativeModuleId;
      for (const error of module.errors())
        suiteErrors.push({ file, suite: "", message: error.message });
      for (const suite of module.children.allSuites())
        for (const error of suite.errors())
          suiteErrors.push({ file, suite: suite.fullName, message: error.message });
    }
    this.#extra = {
      suiteErrors,
      unhandledErrors: unhandledErrors.map((error) => ({
        message: error?.message ?? String(error),
      })),
    };
    await super.onTestRunEnd(testModules, unhandledErrors, reason);
  }

  async writeReport(report) {
    await super.writeReport(JSON.stringify({ ...JSON.parse(report), ...this.#extra }));
  }
}
