import { COMMITMENT_KINDS, type Commitment } from "@accordkg/data";
import type { Statement } from "../types";

/** True for a commitment, false for a claim: the two kind vocabularies do not overlap. */
export function isCommitment(statement: Statement): statement is Commitment {
  return Object.hasOwn(COMMITMENT_KINDS, statement.kind);
}
