import {
  type AccordGraph,
  accountsOf,
  type EdgeAttributes,
  gradeOf,
  type NodeAttributes,
  type Statement,
} from "@accordkg/core";
import type { EdgeAttributeName, FlatValue, NodeAttributeName } from "../attributes";
import { ploverCategoryOf } from "../ploverVocabulary";
import { recordIn } from "./graphRecords";

export type FlatNode = Partial<Record<NodeAttributeName, FlatValue>>;
export type FlatEdge = Partial<Record<EdgeAttributeName, FlatValue>>;

/**
 * The flat attributes of a record node (see NODE_ATTRIBUTES): only those that apply and have a
 * value, so a file never says "empty" where the record says nothing.
 */
export function flattenNode(attributes: NodeAttributes, graph: AccordGraph): FlatNode {
  const out: FlatNode = { kind: attributes.kind, id: attributes.record.id };
  const set = (name: NodeAttributeName, value: FlatValue | undefined) => {
    if (value === undefined) return;
    if (Array.isArray(value) && value.length === 0) return;
    out[name] = value;
  };
  switch (attributes.kind) {
    case "actor": {
      const actor = attributes.record;
      set("type", actor.kind);
      set("label", actor.name.en);
      set("label_ar", actor.name.ar);
      set("wikidata", actor.wikidata);
      set("represents", actor.represents);
      break;
    }
    case "topic": {
      const topic = attributes.record;
      set("label", topic.label.en);
      set("label_ar", topic.label.ar);
      set("wikidata", topic.wikidata);
      set("parent", topic.parent);
      break;
    }
    case "event": {
      const event = attributes.record;
      set("type", event.kind);
      set("label", event.name.en);
      set("label_ar", event.name.ar);
      set("date", event.date);
      set("place", event.place?.name.en);
      set("place_ar", event.place?.name.ar);
      set("place_wikidata", event.place?.wikidata);
      set("participants", event.participants);
      set("topics", event.topics);
      set("follows", event.follows);
      set("evidence_count", event.evidence.length);
      break;
    }
    case "commitment":
    case "claim": {
      const statement = attributes.record;
      set("type", statement.kind);
      set("label", statement.summary.en);
      set("label_ar", statement.summary.ar);
      set("parties", statement.parties);
      set("recipients", statement.recipients);
      set("topics", statement.topics);
      set("stated_by", statement.statedBy);
      set("event", statement.event);
      set("stated_at", statement.statedAt);
      set("plover", ploverCategoryOf(statement));
      set("grade", gradeOf(graph, statement.id));
      set("accounts", accountsOf(graph, statement.id).length);
      set("evidence_count", statement.evidence.length);
      set("corroborations", statement.corroboratedBy?.length || undefined);
      break;
    }
    case "account": {
      const account = attributes.record;
      set("type", account.kind);
      set("label", account.summary.en);
      set("label_ar", account.summary.ar);
      set("stated_by", account.statedBy);
      set("stated_at", account.statedAt);
      set("of", account.of);
      const matter =
        recordIn(graph, "commitment", account.of) ?? recordIn(graph, "claim", account.of);
      set("plover", matter === undefined ? undefined : accountCategory(account.kind, matter));
      set("evidence_count", account.evidence.length);
      break;
    }
    case "source": {
      const source = attributes.record;
      set("label", source.title);
      set("language", source.language);
      set("published", source.publishedAt);
      set("publisher", source.publisher);
      set("url", source.url);
      set("issued_by", source.issuedBy);
      set("translation_of", source.translationOf);
      set("text", source.text);
      break;
    }
  }
  // A layout's attributes, when set: a label replaces the record's; the rest are kept as they are.
  if (typeof attributes.label === "string" && attributes.label !== "") out.label = attributes.label;
  for (const name of ["x", "y", "size"] as const) {
    const value = attributes[name];
    if (typeof value === "number" && Number.isFinite(value)) out[name] = value;
  }
  if (typeof attributes.color === "string" && attributes.color !== "") out.color = attributes.color;
  return out;
}

/** The flat attributes of a relation edge (see EDGE_ATTRIBUTES). */
export function flattenEdge(attributes: EdgeAttributes): FlatEdge {
  if (attributes.relation !== "evidence") return { relation: attributes.relation };
  return {
    relation: attributes.relation,
    start: attributes.start,
    end: attributes.end,
    quote: attributes.quote,
    index: attributes.index,
  };
}

/** The PLOVER category of an account: its own kind, with its matter's parties and recipients. */
export function accountCategory(kind: Statement["kind"], matter: Statement) {
  return ploverCategoryOf({ kind, parties: matter.parties, recipients: matter.recipients });
}
