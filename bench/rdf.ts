// A plain RDF mapping of a dataset for the peer stores (n3, oxigraph), written inside the bench
// until the library has its own RDF export. It carries what the benchmark's questions need, the
// same relations as the graph's edges, and nothing else (no texts, no span offsets), so that a
// million commitments still fit oxigraph's 4 GiB of wasm32 memory.
//
// - Every record is an IRI `urn:akg:<kind>:<id>`, the graph's node key behind a scheme.
// - Every graph edge is a triple with the same direction and a predicate `urn:akg:rel:<relation>`
//   (`party-to` from actor to statement, `about` from statement to topic, …). An evidence edge is
//   one triple per (record, source), however many spans point there.
// - A statement's kind is its rdf:type, `urn:akg:kind:<kind>` (agreement, pledge, …, discussion).
// - For search, each record has its normalized titles (name, label, aliases) and one literal of
//   all its normalized word forms, as a search engine's export would: the stores have no
//   Arabic-aware text index of their own, so the normalization is done once here, with the
//   library's own rules, and the stores answer the same prefix questions over the result.
import type { DatasetInput } from "@accordkg/data";
import { wordForms, words } from "../packages/core/src/internal/normalize";

export const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
export const REL = "urn:akg:rel:";
export const KIND = "urn:akg:kind:";
export const SEARCH_TITLE = "urn:akg:search:title";
export const SEARCH_WORDS = "urn:akg:search:words";

/** The relations of the graph's edges, as in `@accordkg/core`'s RELATIONS. */
export const RELATION_NAMES = [
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
  "evidence",
] as const;
export type RelationName = (typeof RELATION_NAMES)[number];

export const iri = (kind: string, id: string) => `urn:akg:${kind}:${id}`;
export const relation = (name: RelationName) => `${REL}${name}`;
/** The node key (`actor:a-1`) of a record IRI. */
export const keyOfIri = (value: string) => value.slice("urn:akg:".length);

/** One triple: IRIs as plain strings; a literal object is a plain string literal. */
export type Emit = (subject: string, predicate: string, object: string, literal: boolean) => void;

type Named = { en: string; ar?: string | undefined };
const texts = (label: Named) => (label.ar === undefined ? [label.en] : [label.en, label.ar]);

/** Normalized word forms of `items`, space-separated, each once. */
function searchWords(items: readonly string[]): string {
  const forms = new Set<string>();
  for (const text of items)
    for (const word of words(text)) for (const f of wordForms(word)) forms.add(f);
  return [...forms].join(" ");
}

/** Calls `emit` for every triple of the mapping, record by record. */
export function forEachTriple(dataset: DatasetInput, emit: Emit): void {
  const rel = Object.fromEntries(RELATION_NAMES.map((name) => [name, relation(name)])) as Record<
    RelationName,
    string
  >;
  const evidence = (subject: string, spans: readonly { source: string }[]) => {
    let last = "";
    for (const span of spans) {
      if (span.source === last) continue;
      last = span.source;
      emit(subject, rel.evidence, iri("source", span.source), false);
    }
  };
  const titles = (subject: string, own: readonly string[], other: readonly string[]) => {
    const seen = new Set<string>();
    for (const text of [...own, ...other]) {
      const phrase = words(text).join(" ");
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      emit(subject, SEARCH_TITLE, phrase, true);
    }
    emit(subject, SEARCH_WORDS, searchWords([...own, ...other]), true);
  };

  for (const source of dataset.sources)
    emit(iri("source", source.id), RDF_TYPE, `${KIND}source`, false);
  for (const actor of dataset.actors) {
    const subject = iri("actor", actor.id);
    emit(subject, RDF_TYPE, `${KIND}actor`, false);
    for (const state of actor.represents ?? [])
      emit(subject, rel.represents, iri("actor", state), false);
    titles(subject, texts(actor.name), actor.aliases ?? []);
  }
  for (const topic of dataset.topics) {
    const subject = iri("topic", topic.id);
    emit(subject, RDF_TYPE, `${KIND}topic`, false);
    if (topic.parent !== undefined)
      emit(subject, rel["subtopic-of"], iri("topic", topic.parent), false);
    titles(subject, texts(topic.label), []);
  }
  for (const event of dataset.events) {
    const subject = iri("event", event.id);
    emit(subject, RDF_TYPE, `${KIND}event`, false);
    for (const actor of event.participants)
      emit(iri("actor", actor), rel.participant, subject, false);
    for (const topic of event.topics) emit(subject, rel.discussed, iri("topic", topic), false);
    if (event.follows !== undefined) emit(subject, rel.follows, iri("event", event.follows), false);
    evidence(subject, event.evidence);
    titles(subject, texts(event.name), []);
  }
  const statements = (
    kind: "commitment" | "claim",
    list: DatasetInput["commitments"] | NonNullable<DatasetInput["claims"]>,
  ) => {
    for (const statement of list) {
      const subject = iri(kind, statement.id);
      emit(subject, RDF_TYPE, `${KIND}${statement.kind}`, false);
      for (const actor of statement.parties)
        emit(iri("actor", actor), rel["party-to"], subject, false);
      for (const actor of statement.statedBy)
        emit(subject, rel["stated-by"], iri("actor", actor), false);
      for (const topic of statement.topics) emit(subject, rel.about, iri("topic", topic), false);
      for (const actor of statement.recipients ?? [])
        emit(subject, rel.recipient, iri("actor", actor), false);
      if (statement.event !== undefined)
        emit(subject, rel["occurred-at"], iri("event", statement.event), false);
      if (statement.statedAt !== undefined)
        emit(subject, rel["stated-at"], iri("event", statement.statedAt), false);
      evidence(subject, statement.evidence);
      emit(subject, SEARCH_WORDS, searchWords(texts(statement.summary)), true);
    }
  };
  statements("commitment", dataset.commitments);
  statements("claim", dataset.claims ?? []);
}

const escapeLiteral = (value: string) =>
  value.replace(/[\\"\n\r]/g, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : `\\${c}`));

/** The mapping as N-Triples text, in chunks of about `chunkTriples` triples (for streaming loads). */
export function toNTriples(dataset: DatasetInput, chunkTriples = 50_000): string[] {
  const chunks: string[] = [];
  let lines: string[] = [];
  forEachTriple(dataset, (subject, predicate, object, literal) => {
    lines.push(
      literal
        ? `<${subject}> <${predicate}> "${escapeLiteral(object)}" .\n`
        : `<${subject}> <${predicate}> <${object}> .\n`,
    );
    if (lines.length === chunkTriples) {
      chunks.push(lines.join(""));
      lines = [];
    }
  });
  if (lines.length > 0) chunks.push(lines.join(""));
  return chunks;
}
