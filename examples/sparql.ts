// The Geneva graph as RDF, queried in SPARQL: exports the graph as N-Quads, loads it into the
// embedded oxigraph store, and runs each query of examples/sparql/ beside the core helper it
// stands for (what Biden and Putin agreed on, commitments about strategic stability, Biden's own
// commitments, what they discussed without agreeing, and the accounts and grade of the Strategic
// Stability Dialogue). The same file loads into Virtuoso or any SPARQL 1.1 store (docs/sparql.md).
//
//   pnpm example sparql [folder]     (with a folder, also writes geneva.{ttl,trig,nq,jsonld} there)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  accountsOf,
  agreedByAll,
  buildGraph,
  commitmentsAbout,
  discussedButNotAgreed,
  gradeOf,
  unilateralCommitments,
} from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { toRdf } from "@accordkg/rdf";
import oxigraph from "oxigraph";

const graph = buildGraph(geneva2021);
const nquads = toRdf(graph, { format: "n-quads" });

const [folder] = process.argv.slice(2);
if (folder !== undefined) {
  mkdirSync(folder, { recursive: true });
  const files = { "geneva.ttl": "turtle", "geneva.trig": "trig", "geneva.nq": "n-quads" } as const;
  for (const [file, format] of Object.entries(files))
    writeFileSync(join(folder, file), toRdf(graph, { format }));
  writeFileSync(join(folder, "geneva.jsonld"), toRdf(graph, { format: "json-ld" }));
  console.log(`wrote geneva.ttl, geneva.trig, geneva.nq and geneva.jsonld to ${folder}\n`);
}

const store = new oxigraph.Store();
store.load(nquads, { format: "application/n-quads" });
console.log(`${store.size} quads loaded into oxigraph (one named graph per source document)\n`);

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id).sort();
// Each shipped query as written (its VALUES lines name Geneva's records), the helper it answers
// like, and how a row of its answer reads.
type Row = Map<string, { value: string }>;
const name = (row: Row, column: string) => row.get(column)?.value ?? "?";
const QUERIES: Record<string, { helper: () => string[]; read: (row: Row) => string }> = {
  agreedByAll: {
    helper: () => ids(agreedByAll(graph, ["joe-biden", "vladimir-putin"])),
    read: (row) => name(row, "id"),
  },
  commitmentsAbout: {
    helper: () => ids(commitmentsAbout(graph, "strategic-stability")),
    read: (row) => name(row, "id"),
  },
  unilateralCommitments: {
    helper: () => ids(unilateralCommitments(graph, "joe-biden")),
    read: (row) => name(row, "id"),
  },
  discussedButNotAgreed: {
    helper: () => ids(discussedButNotAgreed(graph, ["joe-biden", "vladimir-putin"])),
    read: (row) => name(row, "id"),
  },
  accountsOf: {
    helper: () => ids(accountsOf(graph, "strategic-stability-dialogue")),
    read: (row) => name(row, "id"),
  },
  gradeOf: {
    helper: () => [gradeOf(graph, "strategic-stability-dialogue")],
    read: (row) => name(row, "grade").slice(name(row, "grade").indexOf("#") + 1),
  },
};

let differ = 0;
for (const [query, { helper, read }] of Object.entries(QUERIES)) {
  const text = readFileSync(join(import.meta.dirname, "sparql", `${query}.rq`), "utf8");
  // The named graphs hold the data: query their union, as Virtuoso does by default.
  const rows = store.query(text, { use_default_graph_as_union: true }) as Row[];
  const answer = rows.map(read);
  const same = JSON.stringify([...answer].sort()) === JSON.stringify([...helper()].sort());
  if (!same) differ++;
  console.log(
    `examples/sparql/${query}.rq: ${answer.length} ${answer.length === 1 ? "row" : "rows"} (${same ? "the same as" : "NOT the same as"} ${query}())`,
  );
  for (const row of rows) {
    const label = row.get("summary") ?? row.get("label");
    console.log(`  ${read(row)}${label ? `: ${label.value}` : ""}`);
  }
  console.log();
}
process.exit(differ === 0 ? 0 : 1);
