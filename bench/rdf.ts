// The RDF the peer stores (n3, oxigraph) are loaded with: the library's export (@accordkg/rdf's
// own describer, vocabulary and IRIs), restricted to the triples the benchmark's questions read,
// plus a search index of the records' names. The full export is about 56 quads per commitment
// (evidence as Web Annotations, lists, labels, the source texts); at a million commitments that
// would not fit oxigraph's 4 GiB of wasm32 memory nor n3's heap, and the questions read none of
// it. What is kept is, per record:
//
// - its record class where a question tells kinds apart: `acc:Commitment`, `acc:Claim`,
//   `acc:Agreement`;
// - every relation the graph has an edge for, in the export's own properties and directions
//   (`acc:party` from statement to actor, `dcterms:subject` to topics, `skos:broader` to the
//   parent topic, `prov:wasDerivedFrom` to the sources its evidence quotes, …);
// - for search, its normalized titles (name, label, aliases, a source's title) and one literal of all its
//   normalized word forms, as a search engine's export would: the stores have no Arabic-aware
//   text index of their own, so the normalization is done once here, with the library's own
//   rules, and the stores answer the same prefix questions over the result.
import type { DatasetInput, LocalizedText } from "@accordkg/data";
import { DataFactory, type NamedNode, Writer } from "n3";
import { wordForms, words } from "../packages/core/src/internal/normalize";
import { describeDataset } from "../packages/rdf/src/internal/describe";
import { Iris } from "../packages/rdf/src/internal/iris";
import {
  CLASSES,
  DEFAULT_BASE,
  RDF_TYPE,
  TERMS,
  type TermName,
} from "../packages/rdf/src/vocabulary";

export { RDF_TYPE };
export const SEARCH_TITLE = "urn:accordkg-bench:search:title";
export const SEARCH_WORDS = "urn:accordkg-bench:search:words";

/** The properties that stand for the graph's relations, in the export's vocabulary. */
export const RELATION_TERMS = [
  "parties",
  "statedBy",
  "topics",
  "recipients",
  "event",
  "statedAt",
  "derivedFrom",
  "represents",
  "participants",
  "parent",
  "follows",
  "of",
  "issuedBy",
  "translationOf",
] as const satisfies readonly TermName[];
export const RELATION_PREDICATES: readonly string[] = [
  ...new Set(RELATION_TERMS.map((name) => TERMS[name].iri)),
];
export const PARTY = TERMS.parties.iri;
export const REPRESENTS = TERMS.represents.iri;
export const SUBJECT = TERMS.topics.iri;
export const BROADER = TERMS.parent.iri;
export const COMMITMENT = CLASSES.Commitment;
export const AGREEMENT = CLASSES.Agreement;
const KEPT_CLASSES = new Set<string>(["Commitment", "Claim", "Agreement"]);
const RECORD_CLASSES = new Set<string>([
  "Actor",
  "Topic",
  "Event",
  "Commitment",
  "Claim",
  "Source",
]);

const { namedNode, literal, defaultGraph } = DataFactory;
const iris = new Iris(DEFAULT_BASE);
/** The IRI of a record, as the export mints it. */
export const iri = (kind: "actor" | "topic" | "event" | "source", id: string) => iris.of(kind, id);
/** The node key (`actor:a-1`) of a record IRI. */
export const keyOfIri = (value: string) => value.slice(DEFAULT_BASE.length).replace("/", ":");
/** The id of a record IRI. */
export const idOfIri = (value: string) => value.slice(value.lastIndexOf("/") + 1);

/** One triple: IRIs as plain strings; a literal object is a plain string literal. */
export type Emit = (subject: string, predicate: string, object: string, literal: boolean) => void;

const texts = (label: LocalizedText) =>
  label.ar === undefined ? [label.en] : [label.en, label.ar];

/** Normalized word forms of `items`, space-separated, each once. */
function searchWords(items: readonly string[]): string {
  const forms = new Set<string>();
  for (const text of items)
    for (const word of words(text)) for (const f of wordForms(word)) forms.add(f);
  return [...forms].join(" ");
}

/** Calls `emit` for every triple the peers are loaded with, record by record. */
export function forEachTriple(dataset: DatasetInput, emit: Emit): void {
  const relations = new Set<string>(RELATION_TERMS);
  for (const node of describeDataset(dataset, iris)) {
    if (!node.types.some((type) => RECORD_CLASSES.has(type))) continue;
    for (const type of node.types)
      if (KEPT_CLASSES.has(type)) emit(node.iri, RDF_TYPE, CLASSES[type], false);
    const own: string[] = [];
    const other: string[] = [];
    for (const { term, value } of node.properties) {
      if (relations.has(term)) {
        const targets = typeof value === "string" ? [value] : (value as readonly string[]);
        for (const target of targets) emit(node.iri, TERMS[term].iri, target, false);
      } else if (term === "name" || term === "label") own.push(...texts(value as LocalizedText));
      // A source's title, which search finds too.
      else if (term === "title") own.push(value as string);
      else if (term === "aliases") other.push(...(value as readonly string[]));
      else if (term === "summary") {
        emit(node.iri, SEARCH_WORDS, searchWords(texts(value as LocalizedText)), true);
      }
    }
    if (own.length === 0) continue;
    const seen = new Set<string>();
    for (const text of [...own, ...other]) {
      const phrase = words(text).join(" ");
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      emit(node.iri, SEARCH_TITLE, phrase, true);
    }
    emit(node.iri, SEARCH_WORDS, searchWords([...own, ...other]), true);
  }
}

/** The triples as N-Triples text (n3's writer), in chunks of about `chunkTriples` triples. */
export function toNTriples(dataset: DatasetInput, chunkTriples = 50_000): string[] {
  const writer = new Writer({ format: "N-Triples" });
  const predicates = new Map<string, NamedNode>();
  const predicate = (value: string) => {
    let term = predicates.get(value);
    if (term === undefined) {
      term = namedNode(value);
      predicates.set(value, term);
    }
    return term;
  };
  const chunks: string[] = [];
  let lines: string[] = [];
  forEachTriple(dataset, (subject, p, object, isLiteral) => {
    lines.push(
      writer.quadToString(
        namedNode(subject),
        predicate(p),
        isLiteral ? literal(object) : namedNode(object),
        defaultGraph(),
      ),
    );
    if (lines.length === chunkTriples) {
      chunks.push(lines.join(""));
      lines = [];
    }
  });
  if (lines.length > 0) chunks.push(lines.join(""));
  return chunks;
}
