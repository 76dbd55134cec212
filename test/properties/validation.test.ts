import {
  DATASET_ERROR_CODES,
  DatasetError,
  defineDataset,
  defineDatasetFromJson,
  safeDefineDataset,
} from "@accordkg/data";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { counter, type Draft, fresh, nth, validInput } from "./arbitraries";
import { CORRUPTIONS } from "./corruptions";

const check = counter("validation");

/** Calls `run`; returns what it threw, or `undefined`. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Every path to a value inside `value`, parents before children. */
function pathsIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [path];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value);
  return [
    path,
    ...keys.flatMap((key) =>
      pathsIn((value as Record<string | number, unknown>)[key], [...path, key]),
    ),
  ];
}

/** `root` with the value at `path` replaced (or, for `undefined`, removed). */
function replaceAt(root: Draft, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
  const key = path[path.length - 1] as string | number;
  if (value === undefined && !Array.isArray(parent))
    delete (parent as Record<string | number, unknown>)[key];
  else (parent as Record<string | number, unknown>)[key] = value;
  return root;
}

const isKnownCode = (code: string) => Object.hasOwn(DATASET_ERROR_CODES, code);

describe("validation under random data", () => {
  test("every dataset the generator produces validates", () => {
    check(
      60,
      fc.property(validInput, (input) => {
        const dataset = defineDataset(input);
        expect(dataset.commitments.length).toBe(input.commitments.length);
        expect(Object.isFrozen(dataset.commitments)).toBe(true);
      }),
    );
  });

  test("any single corruption is rejected with the right code at the right path", () => {
    check(
      400,
      fc.property(
        validInput,
        fc.constantFrom(...CORRUPTIONS),
        fc.nat(),
        (generated, corruption, n) => {
          const input = fresh(generated);
          const expected = corruption.apply(input, n);
          const result = safeDefineDataset(input);
          expect(result.success, corruption.name).toBe(false);
          if (result.success) return;
          const issues = result.error.issues;
          const at = issues.map((issue) => `${issue.code} ${JSON.stringify(issue.path)}`);
          expect(at, corruption.name).toContain(
            `${expected.code} ${JSON.stringify(expected.path)}`,
          );
          const allowed = new Set([expected.code, ...(expected.alsoAllowed ?? [])]);
          expect(
            issues.filter((issue) => !allowed.has(issue.code)).map((issue) => issue.code),
            corruption.name,
          ).toEqual([]);
          if (expected.alsoAllowed === undefined) expect(issues, corruption.name).toHaveLength(1);
        },
      ),
    );
  });

  test("validation never changes its input, valid or not", () => {
    check(
      100,
      fc.property(
        validInput,
        fc.option(fc.constantFrom(...CORRUPTIONS)),
        fc.nat(),
        (generated, corruption, n) => {
          const input = fresh(generated);
          corruption?.apply(input, n);
          const before = structuredClone(input);
          safeDefineDataset(input);
          expect(input).toEqual(before);
          expect(Object.isFrozen(input)).toBe(false);
        },
      ),
    );
  });

  test("the JSON round trip is lossless", () => {
    check(
      60,
      fc.property(validInput, (input) => {
        const dataset = defineDataset(input);
        const again = defineDatasetFromJson(JSON.stringify(dataset));
        expect(again).toEqual(dataset);
        expect(JSON.stringify(again)).toBe(JSON.stringify(dataset));
      }),
    );
  });

  test("arbitrary JSON text gives a dataset or a DatasetError, nothing else", () => {
    check(
      1_000,
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        const error = thrown(() => defineDatasetFromJson(text));
        if (error !== undefined) expect(error).toBeInstanceOf(DatasetError);
      }),
    );
  });

  test("any JavaScript value gives a DatasetError, and safeDefineDataset never throws", () => {
    check(
      1_000,
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true }),
        (value) => {
          const error = thrown(() => defineDataset(value));
          expect(error).toBeInstanceOf(DatasetError);
          const result = safeDefineDataset(value);
          expect(result.success).toBe(false);
          if (!result.success) expect(result.error.codes.every(isKnownCode)).toBe(true);
        },
      ),
    );
  });

  test("a valid dataset with any part replaced by arbitrary JSON is valid or a DatasetError", () => {
    // Structure-aware fuzzing: the damage lands deep inside records, past the shape checks.
    check(
      500,
      fc.property(
        validInput,
        fc.nat(),
        fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
        (generated, n, value) => {
          const input = fresh(generated);
          const damaged = replaceAt(input, nth(pathsIn(input), n), value);
          const error = thrown(() => defineDataset(damaged));
          if (error === undefined) return;
          expect(error).toBeInstanceOf(DatasetError);
          const { issues } = error as DatasetError;
          expect(issues.length).toBeGreaterThan(0);
          for (const issue of issues) {
            expect(isKnownCode(issue.code), issue.code).toBe(true);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
