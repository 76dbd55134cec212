// The Geneva graph as RDF, queried in SPARQL: exports the graph as N-Quads, loads it into the
// embedded oxigraph store, and runs each query of examples/sparql/ beside the core helper it
// stands for. The same file loads into Virtuoso or any SPARQL 1.1 store (docs/sparql.md).
//
//   pnpm example sparql [folder]     (with a folder, also writes geneva.{ttl,trig,nq,jsonld} there)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  agreedByAll,
  buildGraph,
  commitmentsAbout,
  discussedButNotAgreed,
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
const QUERIES = {
  agreedByAll: () => agreedByAll(graph, ["joe-biden", "vladimir-putin"]),
  commitmentsAbout: () => commitmentsAbout(graph, "strategic-stability"),
  unilateralCommitments: () => unilateralCommitments(graph, "joe-biden"),
  discussedButNotAgreed: () => discussedButNotAgreed(graph, ["joe-biden", "vladimir-putin"]),
};

let differ = 0;
for (const [name, helper] of Object.entries(QUERIES)) {
  const query = readFileSync(join(import.meta.dirname, "sparql", `${name}.rq`), "utf8");
  // The named graphs hold the data: query their union, as Virtuoso does by default.
  const rows = store.query(query, { use_default_graph_as_union: true }) as Map<
    string,
    { value: string }
  >[];
  const answer = rows.map((row) => row.get("id")?.value ?? "?");
  const same = JSON.stringify([...answer].sort()) === JSON.stringify(ids(helper()));
  if (!same) differ++;
  console.log(
    `examples/sparql/${name}.rq: ${answer.length} ${answer.length === 1 ? "row" : "rows"} (${same ? "same ids as" : "NOT the ids of"} ${name}())`,
  );
  for (const row of rows) {
    const label = row.get("summary") ?? row.get("label");
    console.log(`  ${row.get("id")?.value}${label ? `: ${label.value}` : ""}`);
  }
  console.log();
}
process.exit(differ === 0 ? 0 : 1);
