// defineDataset's cross-record rules are small functions, each with the codes it reports beside it
// (packages/data/src/internal/rules). These tests keep the declared codes honest: every code a
// rule reports is declared by it, and every code of the catalogue belongs to the shape check or to
// a rule.
import {
  DATASET_ERROR_CODES,
  Dataset,
  type DatasetErrorCode,
  type DatasetIssue,
} from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { RULES } from "../../packages/data/src/internal/rules/index";
import { INVALID_CASES } from "../reliability/invalidCorpus";

// Codes the shape check (zod) or the JSON parser reports, and the one mergeDatasets reports.
const NOT_A_RULE: readonly DatasetErrorCode[] = [
  "invalid_json",
  "invalid_type",
  "missing_field",
  "unknown_key",
  "invalid_value",
  "empty_string",
  "empty_list",
  "too_long",
  "invalid_id",
  "invalid_offset",
  "invalid_language",
  "invalid_wikidata",
  "invalid_date",
  "invalid_url",
  "merge_conflict",
];

describe("the cross-record rules", () => {
  test("have distinct names and each declares at least one code of the catalogue", () => {
    expect(new Set(RULES.map((rule) => rule.name)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.codes.length, rule.name).toBeGreaterThan(0);
      for (const code of rule.codes) expect(DATASET_ERROR_CODES, rule.name).toHaveProperty(code);
    }
  });

  test("together with the shape check, declare every code of the catalogue", () => {
    const declared = new Set([...NOT_A_RULE, ...RULES.flatMap((rule) => rule.codes)]);
    expect(Object.keys(DATASET_ERROR_CODES).filter((code) => !declared.has(code as never))).toEqual(
      [],
    );
  });

  test("no rule reports a code it does not declare (on every file of the invalid corpus)", async () => {
    const { RuleContext } = await import("../../packages/data/src/internal/rules/index");
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { INVALID_DIR } = await import("../reliability/invalidCorpus");
    let checked = 0;
    for (const { file } of INVALID_CASES) {
      let input: unknown;
      try {
        input = JSON.parse(readFileSync(join(INVALID_DIR, file), "utf8"));
      } catch {
        continue; // the JSON syntax cases never reach the rules
      }
      // Only files whose records all have a valid shape: the rules run on those as they are.
      const parsed = Dataset.safeParse(input);
      if (!parsed.success) continue;
      const context = new RuleContext(parsed.data, new Set());
      for (const rule of RULES) {
        const before = context.issues.length;
        rule.check(context);
        const reported: DatasetIssue[] = context.issues.slice(before);
        for (const issue of reported)
          expect(rule.codes, `${file}: ${rule.name}`).toContain(issue.code);
        checked += reported.length;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
