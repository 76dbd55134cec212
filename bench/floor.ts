// The floor: raw graphology, the least any graphology-based library can cost. `floorGraph` inserts
// exactly the nodes and edges `buildGraph` creates (same keys, same attribute shapes, shared
// frozen attribute objects for plain relations, one frozen object per evidence span), with no
// validation and no index. The floor queries answer the same questions by walking the graph
// with graphology's own API only, with no index and no sorting.

import type { AccordGraph, RecordEntry } from "@accordkg/core";
import type { Commitment, Dataset, Evidence } from "@accordkg/data";
import { MultiDirectedGraph } from "graphology";
import { bfsFromNode } from "graphology-traversal";

type Plain =
  | "party-to"
  | "stated-by"
  | "about"
  | "recipient"
  | "represents"
  | "participant"
  | "discussed"
  | "subtopic-of"
  | "occurred-at"
  | "stated-at"
  | "follows";
const PLAIN: Plain[] = [
  "party-to",
  "stated-by",
  "about",
  "recipient",
  "represents",
  "participant",
  "discussed",
  "subtopic-of",
  "occurred-at",
  "stated-at",
  "follows",
];
const ATTRIBUTES = Object.freeze(
  Object.fromEntries(PLAIN.map((relation) => [relation, Object.freeze({ relation })])),
) as Readonly<Record<Plain, { readonly relation: Plain }>>;

/** Raw graphology insertion of buildGraph's nodes and edges for an already valid dataset. */
export function floorGraph(dataset: Dataset): AccordGraph {
  const graph: AccordGraph = new MultiDirectedGraph();
  let edges = 0;
  const link = (source: string, target: string, relation: Plain) => {
    graph.addDirectedEdgeWithKey(`e${edges++}`, source, target, ATTRIBUTES[relation]);
  };
  const evidence = (key: string, spans: readonly Evidence[]) => {
    spans.forEach((span, index) => {
      graph.addDirectedEdgeWithKey(
        `e${edges++}`,
        key,
        `source:${span.source}`,
        Object.freeze({
          relation: "evidence",
          start: span.start,
          end: span.end,
          quote: span.quote,
          index,
        }),
      );
    });
  };
  for (const record of dataset.sources)
    graph.addNode(`source:${record.id}`, { kind: "source", record });
  for (const record of dataset.actors)
    graph.addNode(`actor:${record.id}`, { kind: "actor", record });
  for (const record of dataset.topics)
    graph.addNode(`topic:${record.id}`, { kind: "topic", record });
  for (const record of dataset.events)
    graph.addNode(`event:${record.id}`, { kind: "event", record });
  const commitmentKeys = dataset.commitments.map((record) =>
    graph.addNode(`commitment:${record.id}`, { kind: "commitment", record }),
  );
  const claimKeys = dataset.claims.map((record) =>
    graph.addNode(`claim:${record.id}`, { kind: "claim", record }),
  );
  for (const actor of dataset.actors)
    for (const state of actor.represents ?? [])
      link(`actor:${actor.id}`, `actor:${state}`, "represents");
  for (const topic of dataset.topics)
    if (topic.parent !== undefined)
      link(`topic:${topic.id}`, `topic:${topic.parent}`, "subtopic-of");
  for (const event of dataset.events) {
    const key = `event:${event.id}`;
    for (const actor of event.participants) link(`actor:${actor}`, key, "participant");
    for (const topic of event.topics) link(key, `topic:${topic}`, "discussed");
    if (event.follows !== undefined) link(key, `event:${event.follows}`, "follows");
    evidence(key, event.evidence);
  }
  const statements = [...dataset.commitments, ...dataset.claims];
  const keys = [...commitmentKeys, ...claimKeys];
  statements.forEach((statement, s) => {
    const key = keys[s] as string;
    for (const actor of statement.parties) link(`actor:${actor}`, key, "party-to");
    for (const actor of statement.statedBy) link(key, `actor:${actor}`, "stated-by");
    for (const topic of statement.topics) link(key, `topic:${topic}`, "about");
    for (const actor of statement.recipients ?? []) link(key, `actor:${actor}`, "recipient");
    if (statement.event !== undefined) link(key, `event:${statement.event}`, "occurred-at");
    if (statement.statedAt !== undefined) link(key, `event:${statement.statedAt}`, "stated-at");
    evidence(key, statement.evidence);
  });
  return graph;
}

/** An actor's node and the nodes of those it represents or who represent it. */
function classOf(graph: AccordGraph, key: string): string[] {
  const members = [key];
  graph.forEachOutEdge(key, (_edge, attributes, _source, target) => {
    if (attributes.relation === "represents") members.push(target);
  });
  graph.forEachInEdge(key, (_edge, attributes, source) => {
    if (attributes.relation === "represents") members.push(source);
  });
  return members;
}

const outDegree = (graph: AccordGraph, members: readonly string[]) =>
  members.reduce((sum, member) => sum + graph.outDegree(member), 0);

/**
 * Neighbour intersection: walks the party-to edges of the class with the smaller out-degree and
 * keeps each agreement that the other class also has a party-to edge to.
 */
export function floorAgreedByAll(graph: AccordGraph, x: string, y: string): Commitment[] {
  const a = classOf(graph, `actor:${x}`);
  const b = classOf(graph, `actor:${y}`);
  const [small, other] = outDegree(graph, a) <= outDegree(graph, b) ? [a, b] : [b, a];
  const seen = new Set<string>();
  const out: Commitment[] = [];
  for (const member of small)
    graph.forEachOutEdge(member, (_edge, attributes, _source, target, _s, targetAttributes) => {
      if (attributes.relation !== "party-to" || targetAttributes.kind !== "commitment") return;
      if (targetAttributes.record.kind !== "agreement" || seen.has(target)) return;
      // Only party-to edges go from an actor to a statement.
      for (const o of other)
        if (graph.hasDirectedEdge(o, target)) {
          seen.add(target);
          out.push(targetAttributes.record);
          return;
        }
    });
  return out;
}

/** Commitments about the topic or a topic below it: in-edges `subtopic-of`, then `about`. */
export function floorCommitmentsAbout(graph: AccordGraph, topic: string): Commitment[] {
  const out: Commitment[] = [];
  const seen = new Set<string>();
  const stack = [`topic:${topic}`];
  for (let t = stack.pop(); t !== undefined; t = stack.pop())
    graph.forEachInEdge(t, (_edge, attributes, source, _target, sourceAttributes) => {
      if (attributes.relation === "subtopic-of") stack.push(source);
      else if (
        attributes.relation === "about" &&
        sourceAttributes.kind === "commitment" &&
        !seen.has(source)
      ) {
        seen.add(source);
        out.push(sourceAttributes.record);
      }
    });
  return out;
}

/**
 * Breadth-first with graphology's `forEachNeighbor` (in and out neighbours, each once) and a
 * plain array as the queue, with neighborhood's rule: sources are reached but not passed through.
 */
export function floorNeighborhood(graph: AccordGraph, key: string, depth: number): RecordEntry[] {
  const depthOf = new Map<string, number>([[key, 0]]);
  const queue = [key];
  const out: RecordEntry[] = [graph.getNodeAttributes(key)];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string;
    const d = depthOf.get(node) as number;
    if (d >= depth || (d > 0 && node.startsWith("source:"))) continue;
    graph.forEachNeighbor(node, (neighbor, attributes) => {
      if (depthOf.has(neighbor)) return;
      depthOf.set(neighbor, d + 1);
      queue.push(neighbor);
      out.push(attributes);
    });
  }
  return out;
}

/** The same walk through graphology-traversal's `bfsFromNode`, as `neighborhood` does it. */
export function traversalNeighborhood(
  graph: AccordGraph,
  key: string,
  depth: number,
): RecordEntry[] {
  const out: RecordEntry[] = [];
  bfsFromNode(
    graph,
    key,
    (_node, attributes, d) => {
      out.push(attributes);
      return d >= depth || (d > 0 && attributes.kind === "source");
    },
    { mode: "directed" },
  );
  return out;
}
