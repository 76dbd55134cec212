// Type-level tests (see test/data/types.test-d.ts): the helpers whose answers have one kind say so
// in their return type, so callers need no narrowing.
import {
  agreedByAll,
  buildGraph,
  commitmentsOf,
  type UnilateralCommitment,
  unilateralCommitments,
} from "@accordkg/core";
import { type Agreement, type Commitment, type CommitmentOfKind, geneva2021 } from "@accordkg/data";
import { describe, expectTypeOf, test } from "vitest";

const graph = buildGraph(geneva2021);

describe("answers typed by their kind", () => {
  test("agreedByAll returns Agreement[]: a Commitment whose kind is agreement", () => {
    const agreements = agreedByAll(graph, ["joe-biden", "vladimir-putin"]);
    expectTypeOf(agreements).toEqualTypeOf<Agreement[]>();
    expectTypeOf<Agreement["kind"]>().toEqualTypeOf<"agreement">();
    expectTypeOf<Agreement>().toExtend<Commitment>();
  });

  test("unilateralCommitments returns commitments of every kind but agreement", () => {
    const unilateral = unilateralCommitments(graph, "joe-biden");
    expectTypeOf(unilateral).toEqualTypeOf<UnilateralCommitment[]>();
    expectTypeOf<UnilateralCommitment["kind"]>().toEqualTypeOf<
      "pledge" | "proposal" | "warning" | "demand"
    >();
  });

  test("commitmentsOf narrows to the kinds asked for, and is every commitment without them", () => {
    const some = commitmentsOf(graph, "joe-biden", { kinds: ["pledge", "warning"] });
    expectTypeOf(some).toEqualTypeOf<CommitmentOfKind<"pledge" | "warning">[]>();
    expectTypeOf<(typeof some)[number]["kind"]>().toEqualTypeOf<"pledge" | "warning">();
    expectTypeOf<ReturnType<typeof commitmentsOf>[number]["kind"]>().toEqualTypeOf<
      Commitment["kind"]
    >();
  });
});
