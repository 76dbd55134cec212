import type { Account, Actor, Claim, Commitment, Event, Source, Topic } from "@accordkg/data";
import type { MultiDirectedGraph } from "graphology";

/** A commitment or a claim: a record that someone states, with parties, topics and evidence. */
export type Statement = Commitment | Claim;

/** The kinds of node in an {@link AccordGraph}, which are also the prefixes of their keys. */
export const NODE_KINDS = [
  "source",
  "actor",
  "topic",
  "event",
  "commitment",
  "claim",
  "account",
] as const;

/** One of {@link NODE_KINDS}. */
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * A dataset record tagged with its kind: what a node of the graph holds, and what queries that
 * return records of several kinds return. `record` is the frozen dataset record itself.
 */
export type RecordEntry =
  | { readonly kind: "source"; readonly record: Source }
  | { readonly kind: "actor"; readonly record: Actor }
  | { readonly kind: "topic"; readonly record: Topic }
  | { readonly kind: "event"; readonly record: Event }
  | { readonly kind: "commitment"; readonly record: Commitment }
  | { readonly kind: "claim"; readonly record: Claim }
  | { readonly kind: "account"; readonly record: Account };

/**
 * Attributes a renderer (such as sigma.js) or a layout may add to a node. The node attribute
 * objects are not frozen so that these can be set; the records inside them are.
 */
export type LayoutAttributes = {
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  label?: string;
  hidden?: boolean;
};

/** The attributes of a node: its kind, its frozen record, and optional layout attributes. */
export type NodeAttributes = RecordEntry & LayoutAttributes;

/**
 * The relation an edge stands for. Every edge is directed; the README's edge table gives each
 * relation's direction (for example `party-to` goes from an actor to a commitment or claim).
 */
export const RELATIONS = [
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
  "account-of",
  "issued-by",
  "translation-of",
  "evidence",
] as const;

/** One of {@link RELATIONS}. */
export type Relation = (typeof RELATIONS)[number];

/** Attributes of every edge but `evidence` ones: the relation alone (one shared frozen object). */
export type RelationEdgeAttributes = { readonly relation: Exclude<Relation, "evidence"> };

/**
 * Attributes of an `evidence` edge, from a record to the source its span points into: the span's
 * half-open `[start, end)` UTF-16 offsets, its quote, and `index`, its position in the record's
 * `evidence` list.
 */
export type EvidenceEdgeAttributes = {
  readonly relation: "evidence";
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly index: number;
};

/** The attributes of an edge (frozen). */
export type EdgeAttributes = RelationEdgeAttributes | EvidenceEdgeAttributes;

/** The graph {@link buildGraph} returns: a plain graphology `MultiDirectedGraph` with typed attributes. */
export type AccordGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
