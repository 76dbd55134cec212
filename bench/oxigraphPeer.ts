// The oxigraph peer: oxigraph's in-memory store (Rust compiled to wasm32) loaded with the library's
// export (restricted as bench/rdf.ts says) as N-Triples, answering each question in SPARQL.
import type { DatasetInput } from "@accordkg/data";
import oxigraph from "oxigraph";
import {
  AGREEMENT,
  BROADER,
  COMMITMENT,
  iri,
  PARTY,
  RELATION_PREDICATES,
  REPRESENTS as REPRESENTS_IRI,
  SEARCH_TITLE,
  SEARCH_WORDS,
  SUBJECT,
  toNTriples,
} from "./rdf";

export type OxigraphStore = InstanceType<typeof oxigraph.Store>;

/**
 * Writes the N-Triples text, then bulk-loads it (`no_transaction`) one `load` call per chunk of
 * 50,000 triples. At 100k commitments (1.3M triples) on the bench machine that took 22 s, where
 * passing all the chunks to one `load` call (as an iterable, or joined) took 200-250 s.
 */
export function loadOxigraph(dataset: DatasetInput): {
  store: OxigraphStore;
  writeMs: number;
  loadMs: number;
} {
  let t = performance.now();
  const chunks = toNTriples(dataset, 50_000);
  const writeMs = performance.now() - t;
  t = performance.now();
  const store = new oxigraph.Store();
  for (const chunk of chunks)
    store.load(chunk, { format: "application/n-triples", no_transaction: true });
  return { store, writeMs, loadMs: performance.now() - t };
}

function select(store: OxigraphStore, query: string, variable: string): string[] {
  const rows = store.query(query) as Map<string, { value: string }>[];
  return rows.map((row) => (row.get(variable) as { value: string }).value);
}

const PARTY_OF = `<${PARTY}>`;
const REPRESENTS = `<${REPRESENTS_IRI}>`;
const SUBTOPIC_OF = `<${BROADER}>`;
const ABOUT = `<${SUBJECT}>`;

// oxigraph's optimizer handles property paths with an unbound end and joins of independent
// sub-patterns poorly (138 ms at 10k for the one-query form of agreedByAll, against ~5 ms here),
// so each question is asked the way a SPARQL user would tune it: first the small set (the
// parties' classes, the topic's subtopics), then one query with those IRIs spelled out.

/** An actor and those it represents or who represent it. */
function classOf(store: OxigraphStore, actor: string): string[] {
  const node = `<${iri("actor", actor)}>`;
  return [
    node,
    ...select(
      store,
      `SELECT ?m WHERE { { ?m ${REPRESENTS} ${node} } UNION { ${node} ${REPRESENTS} ?m } }`,
      "m",
    ).map((m) => `<${m}>`),
  ];
}

const anyOf = (members: readonly string[], pattern: (member: string) => string) =>
  members.map((member) => `{ ${pattern(member)} }`).join(" UNION ");

export function oxigraphAgreedByAll(store: OxigraphStore, x: string, y: string): string[] {
  const a = classOf(store, x);
  const b = classOf(store, y);
  return select(
    store,
    `SELECT DISTINCT ?c WHERE {
      { ${anyOf(a, (m) => `?c ${PARTY_OF} ${m}`)} }
      { ${anyOf(b, (m) => `?c ${PARTY_OF} ${m}`)} }
      ?c a <${AGREEMENT}> .
    }`,
    "c",
  );
}

export function oxigraphCommitmentsAbout(store: OxigraphStore, topic: string): string[] {
  const below = select(
    store,
    `SELECT ?t WHERE { ?t ${SUBTOPIC_OF}* <${iri("topic", topic)}> }`,
    "t",
  );
  // Events have topics too (dcterms:subject): commitments are told by their class.
  return select(
    store,
    `SELECT DISTINCT ?c WHERE {
      VALUES ?t { ${below.map((t) => `<${t}>`).join(" ")} }
      ?c ${ABOUT} ?t .
      ?c a <${COMMITMENT}> .
    }`,
    "c",
  );
}

const ANY_RELATION = `(${RELATION_PREDICATES.flatMap((p) => [`<${p}>`, `^<${p}>`]).join("|")})`;

/** Depth 2 only: itself, one hop, and two hops through a node that is not a source. */
export function oxigraphNeighborhood2(store: OxigraphStore, actor: string): string[] {
  const start = `<${iri("actor", actor)}>`;
  return select(
    store,
    `SELECT DISTINCT ?n WHERE {
      { BIND(${start} AS ?n) }
      UNION { ${start} ${ANY_RELATION} ?n }
      UNION {
        ${start} ${ANY_RELATION} ?m .
        FILTER(!STRSTARTS(STR(?m), "${iri("source", "")}"))
        ?m ${ANY_RELATION} ?n .
      }
    }`,
    "n",
  );
}

export function oxigraphSearch(store: OxigraphStore, query: readonly string[]): string[] {
  // The words are runs of letters and digits (the library's normalization), so they need no escaping.
  const text = query.join(" ");
  // A word starts the list or follows a space. (Tested as `CONTAINS(CONCAT(" ", ?v), " w")`, the
  // query built a new string per row, and at 1M oxigraph's wasm ran out of memory and crashed.)
  const all = query
    .map((word) => `(STRSTARTS(?v, "${word}") || CONTAINS(?v, " ${word}"))`)
    .join(" && ");
  return select(
    store,
    `SELECT DISTINCT ?r WHERE {
      { ?r <${SEARCH_TITLE}> ?t . FILTER(STRSTARTS(?t, "${text}")) }
      UNION
      { ?r <${SEARCH_WORDS}> ?v . FILTER(${all}) }
    }`,
    "r",
  );
}
