import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { buildGraph } from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { CONTEXT_URL, fromRdf, JSONLD_CONTEXT, RdfError, toRdf } from "@accordkg/rdf";
import fc from "fast-check";
import jsonld from "jsonld";
import { describe, expect, test } from "vitest";
import { decoratedDataset } from "./arbitraries";

const root = join(import.meta.dirname, "..", "..");

/** A document loader that loads nothing: the exports embed their context. */
const noNetwork = async (url: string): Promise<never> => {
  throw new Error(`test: refused to load ${url}`);
};

/** The N-Quads of a JSON-LD document and of an N-Quads text, each canonicalized (RDFC-1.0). */
async function canonical(jsonLdText: string, nquads: string) {
  const fromJsonLd = await jsonld.canonize(JSON.parse(jsonLdText), {
    format: "application/n-quads",
    documentLoader: noNetwork,
  });
  const fromNQuads = await jsonld.canonize(nquads, {
    inputFormat: "application/n-quads",
    format: "application/n-quads",
  });
  return { fromJsonLd, fromNQuads };
}

describe("the JSON-LD export", () => {
  test("expands, with the jsonld library, to the quads of the N-Quads export (Geneva)", async () => {
    const graph = buildGraph(geneva2021);
    const { fromJsonLd, fromNQuads } = await canonical(
      toRdf(graph, { format: "json-ld" }),
      toRdf(graph, { format: "n-quads" }),
    );
    expect(fromJsonLd.split("\n").length).toBeGreaterThan(1000);
    expect(fromJsonLd).toBe(fromNQuads);
  });

  test("expands to the quads of the N-Quads export (random datasets, any base)", async () => {
    await fc.assert(
      fc.asyncProperty(
        decoratedDataset,
        fc.constantFrom(undefined, "https://example.org/kg/", "http://localhost/a/b/"),
        async (dataset, base) => {
          const graph = buildGraph(dataset);
          const options = base === undefined ? {} : { base };
          const { fromJsonLd, fromNQuads } = await canonical(
            toRdf(graph, { format: "json-ld", ...options }),
            toRdf(graph, { format: "n-quads", ...options }),
          );
          expect(fromJsonLd).toBe(fromNQuads);
        },
      ),
      { numRuns: 8 },
    );
  });

  test("embeds the context the package ships as context.jsonld", () => {
    const shipped = JSON.parse(readFileSync(join(root, "packages/rdf/context.jsonld"), "utf8"));
    expect(shipped).toEqual({ "@context": JSONLD_CONTEXT });
    const document = JSON.parse(toRdf(buildGraph(geneva2021), { format: "json-ld" }));
    expect(document["@context"][0]).toEqual(JSONLD_CONTEXT);
  });

  test("reads a document that refers to the context by its URL, without fetching it", async () => {
    const document = JSON.parse(toRdf(buildGraph(geneva2021), { format: "json-ld" }));
    document["@context"][0] = CONTEXT_URL;
    expect(await fromRdf(JSON.stringify(document), { format: "json-ld" })).toEqual(geneva2021);
  });

  test("never fetches another context: no request reaches the server it names", async () => {
    let requests = 0;
    const server = createServer((_, response) => {
      requests++;
      response.setHeader("content-type", "application/ld+json");
      response.end(JSON.stringify({ "@context": JSONLD_CONTEXT }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const document = JSON.parse(toRdf(buildGraph(geneva2021), { format: "json-ld" }));
      document["@context"][0] = `http://127.0.0.1:${port}/context.jsonld`;
      const error = await fromRdf(JSON.stringify(document), { format: "json-ld" }).catch((e) => e);
      expect(error).toBeInstanceOf(RdfError);
      expect((error as RdfError).codes).toEqual(["remote_context"]);
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  test("a key the context does not define is an error, not silently dropped", async () => {
    const document = JSON.parse(toRdf(buildGraph(geneva2021), { format: "json-ld" }));
    const commitment = document["@graph"]
      .flatMap((graph: { "@graph": { "@id": string }[] }) => graph["@graph"])
      .find((node: { "@id": string }) => node["@id"] === "commitment/minsk-diplomacy");
    commitment.partys = commitment.parties;
    const error = await fromRdf(JSON.stringify(document), { format: "json-ld" }).catch((e) => e);
    expect(error).toBeInstanceOf(RdfError);
    expect((error as RdfError).codes).toEqual(["syntax_error"]);
    expect((error as RdfError).message).toContain("partys");
  });
});
