// Type-level tests, in a `.test-d.ts` file: `tsc -p tsconfig.json` (the typecheck step) checks them,
// and vitest does not run them (`expectTypeOf` asserts nothing at run time, and the suite fails a
// test without an assertion). Each `@ts-expect-error` is a misuse the types must reject.
import {
  type Actor,
  type Claim,
  type ClaimKind,
  type Commitment,
  type CommitmentKind,
  type Dataset,
  type DatasetErrorCode,
  type DatasetInput,
  type DatasetIssue,
  defineDataset,
  type Evidence,
  geneva2021,
  type LocalizedText,
  type mergeDatasets,
  type SafeDefineResult,
  safeDefineDataset,
} from "@accordkg/data";
import { describe, expectTypeOf, test } from "vitest";

describe("types inferred from the schemas", () => {
  test("kinds are closed unions", () => {
    expectTypeOf<Commitment["kind"]>().toEqualTypeOf<
      "agreement" | "pledge" | "proposal" | "warning" | "demand"
    >();
    expectTypeOf<CommitmentKind>().toEqualTypeOf<Commitment["kind"]>();
    expectTypeOf<Claim["kind"]>().toEqualTypeOf<
      "discussion" | "position" | "assessment" | "objective"
    >();
    expectTypeOf<ClaimKind>().toEqualTypeOf<Claim["kind"]>();
    expectTypeOf<Actor["kind"]>().toEqualTypeOf<"person" | "state" | "organization" | "group">();
  });

  test("claims are required on a Dataset and optional on its input", () => {
    expectTypeOf<Dataset["claims"]>().toEqualTypeOf<readonly Claim[]>();
    expectTypeOf<DatasetInput>().toHaveProperty("claims");
    expectTypeOf<undefined>().toExtend<DatasetInput["claims"]>();
    expectTypeOf<undefined>().not.toExtend<Dataset["claims"]>();
  });

  test("collections, records and nested values are read-only", () => {
    expectTypeOf(geneva2021.commitments).toEqualTypeOf<readonly Commitment[]>();
    expectTypeOf<Commitment["parties"]>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Commitment["evidence"]>().toEqualTypeOf<readonly Evidence[]>();
    expectTypeOf<Evidence>().toEqualTypeOf<{
      readonly source: string;
      readonly start: number;
      readonly end: number;
      readonly quote: string;
    }>();
    expectTypeOf<LocalizedText>().toEqualTypeOf<{
      readonly en: string;
      readonly ar?: string | undefined;
    }>();

    // Never called: it would throw, since the data is frozen too (see immutability.test.ts).
    const misuse = (c: Commitment) => {
      // @ts-expect-error TS2540: a record's fields are read-only.
      c.kind = "pledge";
      // @ts-expect-error TS2339: arrays are read-only, they have no push.
      c.parties.push("ukraine");
      const [span] = c.evidence;
      // @ts-expect-error TS2540: nested evidence is read-only too.
      if (span) span.start = 0;
    };
    expectTypeOf(misuse).toBeFunction();
  });

  test("optional fields are optional, and exactly so", () => {
    expectTypeOf<Commitment["recipients"]>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<Commitment["event"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Actor["wikidata"]>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error TS2322: a kind outside the vocabulary is rejected at compile time.
    const wrong: Commitment["kind"] = "treaty";
    void wrong;
  });

  test("the functions' signatures", () => {
    expectTypeOf(defineDataset).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(defineDataset).returns.toEqualTypeOf<Dataset>();
    expectTypeOf(safeDefineDataset).returns.toEqualTypeOf<SafeDefineResult>();
    expectTypeOf<ReturnType<typeof mergeDatasets>>().toEqualTypeOf<Dataset>();
    expectTypeOf<DatasetIssue["code"]>().toEqualTypeOf<DatasetErrorCode>();
    expectTypeOf<DatasetErrorCode>().toExtend<string>();
    expectTypeOf<"unknown_actor">().toExtend<DatasetErrorCode>();
    expectTypeOf<"no_such_code">().not.toExtend<DatasetErrorCode>();
  });

  test("a safe result narrows on success", () => {
    const result = safeDefineDataset({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Dataset>();
    else expectTypeOf(result.error.issues).toEqualTypeOf<readonly DatasetIssue[]>();
  });
});
