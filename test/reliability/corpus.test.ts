import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildGraph } from "@accordkg/core";
import {
  DATASET_ERROR_CODES,
  type Dataset,
  DatasetError,
  defineDatasetFromJson,
  formatPath,
  mergeDatasets,
} from "@accordkg/data";
import { afterAll, describe, expect, test } from "vitest";
import { generateCorpus, INVALID_DIR, type InvalidCase, minimalJson } from "./invalidCorpus";

const manifest: InvalidCase[] = JSON.parse(
  readFileSync(join(INVALID_DIR, "manifest.json"), "utf8"),
);

/** The error a corpus file produces: alone, or merged after the file it names. */
function rejectionOf(entry: InvalidCase): unknown {
  const json = readFileSync(join(INVALID_DIR, entry.file), "utf8");
  try {
    if (entry.mergeWith === undefined) {
      defineDatasetFromJson(json);
    } else {
      const other = defineDatasetFromJson(readFileSync(join(INVALID_DIR, entry.mergeWith), "utf8"));
      mergeDatasets(other, defineDatasetFromJson(json));
    }
  } catch (error) {
    return error;
  }
  return undefined;
}

const summary = (error: DatasetError) =>
  error.issues.map((issue) => `${issue.code} at ${formatPath(issue.path)}`);

let rejectedAsExpected = 0;

describe("the invalid-input corpus (test/fixtures/invalid)", () => {
  afterAll(() => {
    console.log(
      `corpus: ${manifest.length} files, ${rejectedAsExpected} rejected with the expected code`,
    );
  });

  test("the base fixture it is derived from is valid", () => {
    expect(defineDatasetFromJson(minimalJson()).commitments).toHaveLength(2);
  });

  test("the committed files are exactly what invalidCorpus.ts generates", () => {
    const generated = generateCorpus();
    expect(readdirSync(INVALID_DIR).sort()).toEqual([...generated.keys()].sort());
    for (const [file, content] of generated) {
      expect(readFileSync(join(INVALID_DIR, file), "utf8"), file).toBe(content);
    }
  });

  test("holds at least 40 files, each different from the valid base", () => {
    expect(manifest.length).toBeGreaterThanOrEqual(40);
    for (const entry of manifest) {
      expect(readFileSync(join(INVALID_DIR, entry.file), "utf8"), entry.file).not.toBe(
        minimalJson(),
      );
    }
  });

  test("produces every code of the error catalogue", () => {
    const produced = new Set<string>(manifest.flatMap((entry) => entry.codes));
    expect(Object.keys(DATASET_ERROR_CODES).filter((code) => !produced.has(code))).toEqual([]);
  });

  test.each(manifest)("$file: $codes at $path", (entry) => {
    const error = rejectionOf(entry);
    expect(error, "must throw a DatasetError").toBeInstanceOf(DatasetError);
    if (!(error instanceof DatasetError)) return;
    const issues = summary(error);
    expect([...new Set(error.codes)].sort(), issues.join("; ")).toEqual([...entry.codes].sort());
    expect(error.issues, issues.join("; ")).toHaveLength(entry.issues ?? 1);
    expect(issues).toContain(`${entry.codes[0]} at ${entry.path}`);
    for (const issue of error.issues) {
      expect(issue.message.length, "every issue says what is wrong").toBeGreaterThan(0);
      expect(error.message).toContain(issue.message);
    }
    rejectedAsExpected++;
  });

  test("buildGraph refuses every file with a DatasetError: no graph is built from bad data", () => {
    const read = (file: string): Dataset =>
      JSON.parse(readFileSync(join(INVALID_DIR, file), "utf8"));
    const parsed = manifest.filter((entry) => !entry.codes.includes("invalid_json"));
    const accepted = parsed.flatMap((entry) => {
      const datasets =
        entry.mergeWith === undefined
          ? [read(entry.file)]
          : [read(entry.mergeWith), read(entry.file)];
      try {
        buildGraph(...datasets);
        return [`${entry.file}: a graph was built`];
      } catch (error) {
        return error instanceof DatasetError ? [] : [`${entry.file}: ${String(error)}`];
      }
    });
    console.log(
      `corpus: buildGraph refused ${parsed.length - accepted.length} of ${parsed.length} files`,
    );
    expect(accepted).toEqual([]);
  });
});
