import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildGraph } from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { PREFIXES, RDF_ERROR_CODES, toRdf } from "@accordkg/rdf";
import fc from "fast-check";
import { Parser } from "n3";
import { describe, expect, test } from "vitest";
import { decoratedDataset } from "./arbitraries";

const root = join(import.meta.dirname, "..", "..");
const page = readFileSync(join(root, "docs", "rdf.md"), "utf8");
const graph = buildGraph(geneva2021);

/** `acc:party` for an IRI in one of the export's namespaces. */
function compact(iri: string): string {
  for (const [prefix, namespace] of Object.entries(PREFIXES))
    if (iri.startsWith(namespace)) return `${prefix}:${iri.slice(namespace.length)}`;
  return iri;
}

describe("docs/rdf.md", () => {
  test("names every property and class an export uses", () => {
    const [decorated] = fc.sample(decoratedDataset, { numRuns: 1, seed: 11 });
    const used = new Set<string>();
    for (const dataset of [geneva2021, decorated]) {
      if (dataset === undefined) continue;
      const quads = new Parser({ format: "N-Quads" }).parse(
        toRdf(buildGraph(dataset), { format: "n-quads" }),
      );
      for (const quad of quads) {
        used.add(compact(quad.predicate.value));
        if (quad.predicate.value.endsWith("#type")) used.add(compact(quad.object.value));
      }
    }
    const missing = [...used].filter(
      (term) =>
        !term.startsWith("rdf:_") &&
        !page.includes(`\`${term}\``) &&
        !["rdf:first", "rdf:rest", "rdf:type"].includes(term),
    );
    expect(missing).toEqual([]);
  });

  test("lists every RdfError code with its cause and fix", () => {
    for (const [code, { cause, fix }] of Object.entries(RDF_ERROR_CODES))
      expect(page).toContain(`| \`${code}\` | ${cause} | ${fix} |`);
  });

  test("each excerpt is part of the export of its format", () => {
    const blocks = [...page.matchAll(/```(turtle|text|json)\n([\s\S]*?)```/g)].map((m) => ({
      language: m[1] as string,
      body: (m[2] as string).trimEnd(),
    }));
    const formats = { turtle: "turtle", text: "n-quads", json: "json-ld" } as const;
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const { language, body } of blocks) {
      const exported = toRdf(graph, { format: formats[language as keyof typeof formats] });
      for (const line of body.split("\n")) expect(exported, line).toContain(line);
    }
  });
});
