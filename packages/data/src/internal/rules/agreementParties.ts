import type { Commitment } from "../../commitment";
import type { Rule } from "./context";

/** True if `ids` holds at least two different ids. */
function hasTwoDistinct(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) if (ids[i] !== ids[0]) return true;
  return false;
}

/** An agreement binds at least two distinct parties. */
export const agreementParties: Rule = {
  name: "agreements bind two parties or more",
  codes: ["agreement_too_few_parties"],
  check(context) {
    const commitments = context.list<Commitment>("commitments");
    for (let index = 0; index < commitments.length; index++) {
      if (context.isBroken("commitments", index)) continue;
      const commitment = commitments[index] as Commitment;
      if (commitment.kind !== "agreement" || hasTwoDistinct(commitment.parties)) continue;
      const distinct = new Set(commitment.parties).size;
      context.issues.push({
        path: ["commitments", index, "parties"],
        code: "agreement_too_few_parties",
        message: `Agreement "${commitment.id}" has ${distinct} distinct party; an agreement binds at least two`,
        suggestion:
          "Add the other party, or use a unilateral kind: pledge, proposal, warning or demand.",
      });
    }
  },
};
