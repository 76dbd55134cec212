// Arbitraries shared by the property tests. Valid datasets come from the benchmark's seeded
// generator (bench/generate.ts), so the project has one generator of valid data, not two.
import type { DatasetErrorCode, DatasetInput } from "@accordkg/data";
import fc from "fast-check";
import { afterAll } from "vitest";
import { generateDataset } from "../../bench/generate";

export type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;
/** A dataset input that a test may change in place. */
export type Draft = DeepMutable<DatasetInput>;

/** The options given to `generateDataset`: enough actors for several states, up to 60 commitments. */
export const generatorOptions = fc.record({
  seed: fc.integer(),
  commitments: fc.integer({ min: 1, max: 60 }),
  actors: fc.integer({ min: 10, max: 40 }),
});

/**
 * A valid dataset input. fast-check may hand the same value to a property again while shrinking,
 * so a property that changes it must change a `fresh` copy.
 */
export const validInput: fc.Arbitrary<Draft> = generatorOptions.map(
  (options) => generateDataset(options) as Draft,
);

/**
 * A valid dataset input with other accounts of its statements too (another party's, a joint
 * text's, a third party's), so that every evidence grade and divergent framings occur.
 */
export const validInputWithAccounts: fc.Arbitrary<Draft> = fc
  .record({
    seed: fc.integer(),
    commitments: fc.integer({ min: 1, max: 60 }),
    actors: fc.integer({ min: 10, max: 40 }),
    accounts: fc.integer({ min: 0, max: 40 }),
  })
  .map((options) => generateDataset(options) as Draft);

/** A deep copy to change in place (JSON: no object shared between records). */
export const fresh = (input: Draft): Draft => JSON.parse(JSON.stringify(input));

/** `list[n % list.length]`, for choosing with an `fc.nat()`; throws on an empty list. */
export function nth<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error("nth: empty list");
  return item;
}

/**
 * A `check(numRuns, property)` that runs a fast-check property and counts its runs, so that each
 * file prints how many cases it tried.
 */
export function counter(label: string) {
  let runs = 0;
  let properties = 0;
  afterAll(() => console.log(`properties (${label}): ${properties} properties, ${runs} runs`));
  return <Ts>(numRuns: number, property: fc.IProperty<Ts>): void => {
    fc.assert(property, { numRuns });
    runs += numRuns;
    properties++;
  };
}

/** What a single corruption must be reported as. */
export interface Expected {
  code: DatasetErrorCode;
  path: (string | number)[];
  /** Other codes that may come with it (spans into an emptied source, for instance). */
  alsoAllowed?: DatasetErrorCode[];
}
