import type { Actor, Event, Evidence, Topic } from "@accordkg/data";
import type { AccordGraph, Relation } from "../types";

// The edges `buildGraph` and `extendGraph` both make, in one place: a graph extended with a
// document must have exactly the edges of the graph built from scratch with it.

/** Adds one edge of `relation` from `source` to `target`. */
export type Link = (
  source: string,
  target: string,
  relation: Exclude<Relation, "evidence">,
) => void;

/** Adds the evidence edges of the record at `from`, one per span. */
export type AddEvidence = (from: string, spans: readonly Evidence[]) => void;

/** An `AddEvidence` for `graph` whose edges take the keys `nextKey` gives, in span order. */
export function evidenceAdder(graph: AccordGraph, nextKey: () => string): AddEvidence {
  return (from, spans) => {
    spans.forEach((span, i) => {
      graph.addDirectedEdgeWithKey(
        nextKey(),
        from,
        `source:${span.source}`,
        Object.freeze({
          relation: "evidence",
          start: span.start,
          end: span.end,
          quote: span.quote,
          index: i,
        }),
      );
    });
  };
}

/**
 * The edges of actors (`represents`), topics (`subtopic-of`) and events (`participant`,
 * `discussed`, `follows` and their evidence), in that order.
 */
export function linkActorsTopicsEvents(
  records: {
    readonly actors: readonly Actor[];
    readonly topics: readonly Topic[];
    readonly events: readonly Event[];
  },
  link: Link,
  evidence: AddEvidence,
): void {
  for (const actor of records.actors)
    for (const state of actor.represents ?? [])
      link(`actor:${actor.id}`, `actor:${state}`, "represents");
  for (const topic of records.topics)
    if (topic.parent !== undefined)
      link(`topic:${topic.id}`, `topic:${topic.parent}`, "subtopic-of");
  for (const event of records.events) {
    const key = `event:${event.id}`;
    for (const actor of event.participants) link(`actor:${actor}`, key, "participant");
    for (const topic of event.topics) link(key, `topic:${topic}`, "discussed");
    if (event.follows !== undefined) link(key, `event:${event.follows}`, "follows");
    evidence(key, event.evidence);
  }
}
