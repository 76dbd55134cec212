import type { Claim } from "../../claim";
import type { Commitment } from "../../commitment";
import type { Rule } from "./context";
import { SPAN_CODES } from "./spans";

/**
 * A commitment's or claim's parties, recipients, topics, speakers and events exist, and its
 * evidence is exact.
 */
export const statements: Rule = {
  name: "references and evidence of commitments and claims",
  codes: [
    "unknown_actor",
    "unknown_topic",
    "unknown_event",
    "unknown_source",
    "wrong_reference_kind",
    "duplicate_reference",
    ...SPAN_CODES,
  ],
  check(context) {
    for (const collection of ["commitments", "claims"] as const) {
      const records = context.list<Commitment | Claim>(collection);
      for (let index = 0; index < records.length; index++) {
        if (context.isBroken(collection, index)) continue;
        const statement = records[index] as Commitment | Claim;
        context.references(statement.parties, "actor", collection, index, "parties");
        context.references(statement.recipients, "actor", collection, index, "recipients");
        context.references(statement.topics, "topic", collection, index, "topics");
        context.references(statement.statedBy, "actor", collection, index, "statedBy");
        if (statement.event !== undefined)
          context.reference(statement.event, "event", collection, index, "event");
        if (statement.statedAt !== undefined)
          context.reference(statement.statedAt, "event", collection, index, "statedAt");
        context.evidence(statement.evidence, collection, index);
      }
    }
  },
};
