// Writes the Geneva 2021 graph as GEXF (Gephi), GraphML (yEd, networkx, Cytoscape) and PLOVER
// event records (JSON Lines) into a new temporary folder, and prints an excerpt of each for one
// agreement. Run: pnpm example formats
import { createWriteStream, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildGraph } from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { ploverRecords, toGexf, writeGraphml, writePlover } from "@accordkg/formats";

const graph = buildGraph(geneva2021);
const folder = mkdtempSync(join(tmpdir(), "accordkg-formats-"));
const AGREEMENT = "minsk-diplomacy";

/** Streams into a file and waits until it is on disk. */
async function toFile(name: string, write: (file: NodeJS.WritableStream) => Promise<void>) {
  const path = join(folder, name);
  const file = createWriteStream(path);
  await write(file);
  await new Promise<void>((resolve, reject) =>
    file.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return path;
}

/** The element of `xml` that starts with `start`, through its closing tag. */
function element(xml: string, start: string, close: string): string {
  const from = xml.indexOf(start);
  return from < 0 ? "(not found)" : xml.slice(from, xml.indexOf(close, from) + close.length);
}

// GEXF is built in memory (graphology-gexf); GraphML and PLOVER stream into their files.
const gexfPath = join(folder, "geneva2021.gexf");
const gexf = toGexf(graph);
writeFileSync(gexfPath, gexf);
const graphmlPath = await toFile("geneva2021.graphml", (file) => writeGraphml(graph, file));
const ploverPath = await toFile("geneva2021.plover.jsonl", (file) => writePlover(graph, file));

console.log(
  `The Geneva 2021 graph (${graph.order} nodes, ${graph.size} edges), written to ${folder}:`,
);
for (const path of [gexfPath, graphmlPath, ploverPath])
  console.log(
    `  ${path.slice(folder.length + 1).padEnd(24)} ${statSync(path).size.toLocaleString("en")} bytes`,
  );

console.log(`\n--- GEXF (open in Gephi): the agreement "${AGREEMENT}" and its evidence edge`);
console.log(element(gexf, `<node id="commitment:${AGREEMENT}"`, "</node>"));
const evidence = graph.outEdges(
  `commitment:${AGREEMENT}`,
  "source:geneva-2021-summit-report-ar",
)[0];
console.log(element(gexf, `<edge id="${evidence}"`, "</edge>"));

console.log("\n--- GraphML (networkx: nx.read_graphml(path)): the same agreement");
console.log(
  element(readFileSync(graphmlPath, "utf8"), `<node id="commitment:${AGREEMENT}"`, "</node>"),
);

console.log("\n--- PLOVER (one JSON record per line): the same agreement");
const record = [...ploverRecords(graph)].find((r) => r.id === AGREEMENT);
console.log(JSON.stringify(record, null, 2));
