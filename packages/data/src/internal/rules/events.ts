import type { Event } from "../../event";
import type { Rule } from "./context";
import { SPAN_CODES } from "./spans";

/** An event's participants, topics and the event it follows exist, and its evidence is exact. */
export const events: Rule = {
  name: "references and evidence of events",
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
    const records = context.list<Event>("events");
    for (let index = 0; index < records.length; index++) {
      if (context.isBroken("events", index)) continue;
      const event = records[index] as Event;
      context.references(event.participants, "actor", "events", index, "participants");
      context.references(event.topics, "topic", "events", index, "topics");
      if (event.follows !== undefined)
        context.reference(event.follows, "event", "events", index, "follows");
      context.evidence(event.evidence, "events", index);
    }
  },
};
