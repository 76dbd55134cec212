import { readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import {
  DatasetError,
  defineDataset,
  defineDatasetFromJson,
  formatPath,
  safeDefineDataset,
} from "@accordkg/data";
import { afterAll, describe, expect, test } from "vitest";
import { type LargeCase, RECORDS, TEN_MB, writeLargeInputs } from "./largeInputs";

// Generous bounds: they catch a quadratic blow-up, not a slow machine.
const SECONDS = 15;

const { valid, invalid } = writeLargeInputs();
afterAll(() => rmSync(dirname(valid.location), { recursive: true, force: true }));

function timed<T>(run: () => T): { result: T; seconds: number } {
  const started = performance.now();
  const result = run();
  return { result, seconds: (performance.now() - started) / 1000 };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

describe("resource limits", () => {
  test("a source text of more than 10 MB validates, with a span at its very end", () => {
    expect(valid.bytes).toBeGreaterThan(TEN_MB);
    const json = readFileSync(valid.location, "utf8");
    const { result, seconds } = timed(() => defineDatasetFromJson(json));
    const [source] = result.sources;
    console.log(
      `limits: ${valid.file} (${megabytes(valid.bytes)}, text ${source?.text.length} UTF-16 units) validated in ${seconds.toFixed(2)} s`,
    );
    expect(Object.isFrozen(source)).toBe(true);
    expect(seconds).toBeLessThan(SECONDS);
  });

  test.each(invalid)("$file is rejected with exactly $codes at $path", (entry: LargeCase) => {
    const json = readFileSync(entry.location, "utf8");
    const { result, seconds } = timed(() => {
      try {
        defineDatasetFromJson(json);
      } catch (error) {
        return error;
      }
      return undefined;
    });
    console.log(
      `limits: ${entry.file} (${megabytes(entry.bytes)}) rejected in ${seconds.toFixed(2)} s`,
    );
    expect(result).toBeInstanceOf(DatasetError);
    const error = result as DatasetError;
    expect(error.issues.map((issue) => `${issue.code} at ${formatPath(issue.path)}`)).toEqual(
      entry.codes.map((code) => `${code} at ${entry.path}`),
    );
    // A report a person can read, however large the input.
    expect(error.message.length).toBeLessThan(2_000);
    expect(seconds).toBeLessThan(SECONDS);
  });

  test(`${RECORDS.toLocaleString("en")} commitments in memory are validated and frozen`, () => {
    const input = JSON.parse(readFileSync(valid.location, "utf8"));
    const [proposal] = input.commitments.slice(1);
    input.commitments = Array.from({ length: RECORDS }, (_, i) => ({
      ...proposal,
      id: `proposal-${i}`,
    }));
    const { result, seconds } = timed(() => defineDataset(input));
    console.log(`limits: ${RECORDS} valid commitments validated in ${seconds.toFixed(2)} s`);
    expect(result.commitments).toHaveLength(RECORDS);
    expect(Object.isFrozen(result.commitments.at(-1)?.evidence[0])).toBe(true);
    expect(seconds).toBeLessThan(SECONDS);
  });

  test("many references to one missing id cost one search for a suggestion, not one each", () => {
    // A renamed state referenced by thousands of records among thousands of actors: the suggestion
    // for the missing id must not be recomputed against every actor for every reference.
    const input = JSON.parse(readFileSync(invalid[1]?.location ?? "", "utf8"));
    const count = 2_000;
    input.actors.push(
      ...Array.from({ length: count }, (_, i) => ({
        // As long as the missing id, so no candidate is dismissed on length alone.
        id: `republic-${String(i).padStart(9, "0")}`,
        kind: "state",
        name: { en: `State ${i}` },
      })),
    );
    input.commitments = input.commitments.slice(0, count).map((commitment: object) => ({
      ...commitment,
      recipients: ["russian-federation"],
    }));
    const { result, seconds } = timed(() => safeDefineDataset(input));
    console.log(
      `limits: ${count} actors × ${count} references to one missing actor rejected in ${seconds.toFixed(2)} s`,
    );
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.codes).toEqual(["unknown_actor"]);
    expect(seconds).toBeLessThan(2);
  });

  test("thousands of distinct missing ids do not make suggestions quadratic", () => {
    // A hostile (or badly generated) file: every reference a different typo of a different actor.
    // Each suggestion searches every actor, so the number of searches must be bounded.
    const input = JSON.parse(readFileSync(invalid[1]?.location ?? "", "utf8"));
    const count = 1_000;
    const id = (i: number) => `republic-${String(i).padStart(9, "0")}`;
    input.actors.push(
      ...Array.from({ length: count }, (_, i) => ({ id: id(i), kind: "state", name: { en: "R" } })),
    );
    input.commitments = input.commitments.slice(0, count).map((commitment: object, i: number) => ({
      ...commitment,
      recipients: [id(i).replace("republic", "repablic")],
    }));
    const { result, seconds } = timed(() => safeDefineDataset(input));
    console.log(
      `limits: ${count} actors × ${count} distinct missing actors rejected in ${seconds.toFixed(2)} s`,
    );
    expect(result.success ? 0 : result.error.issues.length).toBe(count);
    expect(seconds).toBeLessThan(2);
  });
});
