import { readFileSync } from "node:fs";
import { DATASET_ERROR_CODES } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { ERRORS_DOC, errorsDoc, queryErrorClasses } from "../../scripts/errors-doc";

describe("docs/errors.md", () => {
  const committed = readFileSync(ERRORS_DOC, "utf8");

  test("is what scripts/errors-doc.ts generates (run it after changing a code or a message)", () => {
    expect(committed).toBe(errorsDoc());
  });

  test("has a section with an example for every dataset error code", () => {
    for (const code of Object.keys(DATASET_ERROR_CODES)) {
      const section = committed.split(`### \`${code}\`\n`)[1]?.split("\n### ")[0] ?? "";
      expect(section, code).toContain(`[${code}]`);
      expect(section, code).toContain("**Fix.**");
    }
  });

  test("has a section for every error class of @accordkg/core", () => {
    expect(queryErrorClasses()).toEqual(
      expect.arrayContaining(["AccordError", "InvalidArgumentsError", "NotFoundError"]),
    );
    for (const name of queryErrorClasses()) expect(committed).toContain(`### \`${name}\`\n`);
  });
});
