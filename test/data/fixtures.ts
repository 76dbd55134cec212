// Shared helpers for the @accordkg/data tests: mutable copies of the shipped dataset, and a way to
// put any value (valid or not) at a path, so each bad-input case reads as "this value, here".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  COLLECTIONS,
  type Dataset,
  type DatasetIssue,
  type Evidence,
  geneva2021,
  safeDefineDataset,
} from "@accordkg/data";

export const dataRoot = join(import.meta.dirname, "..", "..", "packages", "data");
export const genevaJsonPath = join(dataRoot, "src", "geneva2021", "geneva2021.json");
export const sourceTextPath = join(dataRoot, "src", "geneva2021", "source.ar.txt");
/** The joint statement's verbatim texts (copies of shared/sources/joint-statement-2021). */
export const jointStatementPath = (language: "en" | "ar") =>
  join(dataRoot, "src", "geneva2021", `joint-statement.${language}.txt`);

export type DeepMutable<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? DeepMutable<U>[]
    : { -readonly [K in keyof T]: DeepMutable<T[K]> };

/** A fresh, unfrozen deep copy that a test may change freely. */
export function mutable<T>(value: T): DeepMutable<T> {
  return structuredClone(value) as DeepMutable<T>;
}

/** A fresh, unfrozen copy of the Geneva 2021 dataset. */
export function genevaCopy(): DeepMutable<Dataset> {
  return mutable(geneva2021);
}

/** The shipped JSON file as text (with its `$schema` line). */
export function genevaJsonText(): string {
  return readFileSync(genevaJsonPath, "utf8");
}

export type Path = readonly (string | number)[];

/** Sets `value` at `path` inside `root`, creating nothing: every step but the last must exist. */
export function setAt(root: object, path: Path, value: unknown): void {
  const parent = walk(root, path.slice(0, -1));
  (parent as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
}

/** Deletes the field at `path` inside `root`. */
export function deleteAt(root: object, path: Path): void {
  const parent = walk(root, path.slice(0, -1));
  delete (parent as Record<string | number, unknown>)[path[path.length - 1] as string | number];
}

/** The value at `path` inside `root`; throws if a step is missing, so a test cannot aim at nothing. */
export function getAt(root: unknown, path: Path): unknown {
  return walk(root, path);
}

function walk(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !(key in current))
      throw new Error(`fixture: nothing at ${JSON.stringify(path)} (stopped at ${String(key)})`);
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** The issues `safeDefineDataset` reports for `input`; fails the test if the input is valid. */
export function issuesOf(input: unknown): readonly DatasetIssue[] {
  const result = safeDefineDataset(input);
  if (result.success) throw new Error("expected the dataset to be invalid, but it validated");
  return result.error.issues;
}

/**
 * Every record, of every collection, that carries evidence, with where it sits. Found by looking
 * for an `evidence` field rather than by listing kinds, so a new record kind is covered too.
 */
export function recordsWithEvidence(dataset: Dataset): { where: string; evidence: Evidence[] }[] {
  return COLLECTIONS.flatMap((collection) =>
    dataset[collection].flatMap((record, index) =>
      "evidence" in record
        ? [{ where: `${collection}[${index}] ${record.id}`, evidence: [...record.evidence] }]
        : [],
    ),
  );
}
