import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { SizeReport } from "../../bench/report";
import { formatReport } from "../../bench/report";

const root = join(import.meta.dirname, "../..");
const resultsDir = join(root, "bench/results");
const saved = readdirSync(resultsDir)
  .filter((name) => name.endsWith(".json"))
  .map((name) => name.replace(/\.json$/, ""));

// The tables in docs/performance.md are the saved reports, pasted: a figure edited by hand, or a
// report saved again without updating the page, would make the page say what no run measured.
describe("saved bench results", () => {
  test("there are saved results to check", () => {
    expect(saved.length).toBeGreaterThan(0);
  });

  test.each(saved)("bench/results/%s.md is the JSON report, formatted", (size) => {
    const report = JSON.parse(readFileSync(join(resultsDir, `${size}.json`), "utf8")) as SizeReport;
    const markdown = readFileSync(join(resultsDir, `${size}.md`), "utf8");
    expect(markdown).toBe(`${formatReport(report)}\n`);
  });

  test.each(saved)("docs/performance.md holds the %s table verbatim", (size) => {
    const page = readFileSync(join(root, "docs/performance.md"), "utf8");
    const markdown = readFileSync(join(resultsDir, `${size}.md`), "utf8");
    expect(page).toContain(markdown.trim());
  });
});
