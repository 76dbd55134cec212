// The n3 peer: an N3.js Store loaded with the library's export (restricted as bench/rdf.ts says),
// answering each question with the store's triple-pattern API (forObjects/forSubjects/forEach/
// countQuads/has), its fastest.
import type { DatasetInput } from "@accordkg/data";
import { DataFactory, type Quad, Store, type Term } from "n3";
import {
  AGREEMENT,
  BROADER,
  COMMITMENT,
  forEachTriple,
  iri,
  PARTY,
  RDF_TYPE,
  RELATION_PREDICATES,
  REPRESENTS,
  SEARCH_TITLE,
  SEARCH_WORDS,
  SUBJECT,
} from "./rdf";

const { namedNode, literal, quad, defaultGraph } = DataFactory;
const DEFAULT = defaultGraph();
const TYPE = namedNode(RDF_TYPE);
const PARTY_OF = namedNode(PARTY);
const REPRESENTS_NODE = namedNode(REPRESENTS);
const ABOUT = namedNode(SUBJECT);
const BROADER_NODE = namedNode(BROADER);
const AGREEMENT_NODE = namedNode(AGREEMENT);
const COMMITMENT_NODE = namedNode(COMMITMENT);
const TITLE = namedNode(SEARCH_TITLE);
const WORDS = namedNode(SEARCH_WORDS);
const RELATIONS = new Set<string>(RELATION_PREDICATES);
const SOURCE_PREFIX = iri("source", "");

// n3's has(s, p, o, g) with every term bound skips its generic matcher; the typings only know
// has(quad).
type Has = (subject: Term, predicate: Term, object: Term, graph: Term) => boolean;
const hasOf = (store: Store): Has => (store.has as unknown as Has).bind(store);

/** Loads the mapping in batches of 100,000 quads. */
export function loadN3(dataset: DatasetInput): Store {
  const store = new Store();
  const predicates = new Map<string, ReturnType<typeof namedNode>>();
  const predicate = (value: string) => {
    let term = predicates.get(value);
    if (term === undefined) {
      term = namedNode(value);
      predicates.set(value, term);
    }
    return term;
  };
  let batch: Quad[] = [];
  forEachTriple(dataset, (s, p, o, isLiteral) => {
    batch.push(quad(namedNode(s), predicate(p), isLiteral ? literal(o) : namedNode(o)));
    if (batch.length === 100_000) {
      store.addQuads(batch);
      batch = [];
    }
  });
  store.addQuads(batch);
  return store;
}

function classOf(store: Store, actor: string): Term[] {
  const node = namedNode(iri("actor", actor));
  const members: Term[] = [node];
  store.forObjects((o) => members.push(o), node, REPRESENTS_NODE, null);
  store.forSubjects((s) => members.push(s), REPRESENTS_NODE, node, null);
  return members;
}

export function n3AgreedByAll(store: Store, x: string, y: string): string[] {
  const has = hasOf(store);
  const a = classOf(store, x);
  const b = classOf(store, y);
  // Statements name their parties (`acc:party`, statement → actor): walk from the smaller side.
  const count = (members: Term[]) =>
    members.reduce((sum, m) => sum + store.countQuads(null, PARTY_OF, m, null), 0);
  const [small, other] = count(a) <= count(b) ? [a, b] : [b, a];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const member of small)
    store.forSubjects(
      (c) => {
        if (seen.has(c.value) || !has(c, TYPE, AGREEMENT_NODE, DEFAULT)) return;
        for (const o of other)
          if (has(c, PARTY_OF, o, DEFAULT)) {
            seen.add(c.value);
            out.push(c.value);
            return;
          }
      },
      PARTY_OF,
      member,
      null,
    );
  return out;
}

export function n3CommitmentsAbout(store: Store, topic: string): string[] {
  const has = hasOf(store);
  const seen = new Set<string>();
  const out: string[] = [];
  const stack: Term[] = [namedNode(iri("topic", topic))];
  for (let t = stack.pop(); t !== undefined; t = stack.pop()) {
    store.forSubjects((child) => stack.push(child), BROADER_NODE, t, null);
    store.forSubjects(
      (c) => {
        // Events have topics too (dcterms:subject): commitments are told by their class.
        if (seen.has(c.value) || !has(c, TYPE, COMMITMENT_NODE, DEFAULT)) return;
        seen.add(c.value);
        out.push(c.value);
      },
      ABOUT,
      t,
      null,
    );
  }
  return out;
}

/** Breadth-first over the relation triples, both directions; sources are not passed through. */
export function n3Neighborhood(store: Store, actor: string, depth: number): string[] {
  const start = namedNode(iri("actor", actor));
  const depthOf = new Map<string, number>([[start.value, 0]]);
  const queue: Term[] = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as Term;
    const d = depthOf.get(node.value) as number;
    if (d >= depth || (d > 0 && node.value.startsWith(SOURCE_PREFIX))) continue;
    const visit = (term: Term) => {
      if (depthOf.has(term.value)) return;
      depthOf.set(term.value, d + 1);
      queue.push(term);
    };
    store.forEach(
      (q) => {
        if (RELATIONS.has(q.predicate.value)) visit(q.object);
      },
      node,
      null,
      null,
      null,
    );
    store.forEach(
      (q) => {
        if (RELATIONS.has(q.predicate.value)) visit(q.subject);
      },
      null,
      null,
      node,
      null,
    );
  }
  return [...depthOf.keys()];
}

/** A scan of the search literals: n3 has no text index. */
export function n3Search(store: Store, query: readonly string[]): string[] {
  const text = query.join(" ");
  const needles = query.map((word) => ` ${word}`);
  const found = new Set<string>();
  store.forEach(
    (q) => {
      if (q.object.value.startsWith(text)) found.add(q.subject.value);
    },
    null,
    TITLE,
    null,
    null,
  );
  store.forEach(
    (q) => {
      const words = ` ${q.object.value}`;
      if (needles.every((needle) => words.includes(needle))) found.add(q.subject.value);
    },
    null,
    WORDS,
    null,
    null,
  );
  return [...found];
}
