import { buildGraph } from "@accordkg/core";
import { type Dataset, geneva2021 } from "@accordkg/data";
import { fromRdf, RDF_FORMATS, toRdf } from "@accordkg/rdf";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { decoratedDataset } from "./arbitraries";

const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;
const statements = (d: Dataset) => [...d.commitments, ...d.claims];

describe("dataset → RDF → dataset", () => {
  test.each(RDF_FORMATS)("Geneva comes back deep-equal from %s", async (format) => {
    const text = toRdf(buildGraph(geneva2021), { format });
    expect(await fromRdf(text, { format })).toEqual(geneva2021);
  });

  test.each(RDF_FORMATS)("random datasets come back deep-equal from %s", async (format) => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(decoratedDataset, async (dataset) => {
        const text = toRdf(buildGraph(dataset), { format });
        expect(await fromRdf(text, { format })).toEqual(dataset);
        runs++;
      }),
      { numRuns: format === "json-ld" ? 10 : 25 },
    );
    expect(runs).toBeGreaterThanOrEqual(10);
  });

  test("the random datasets meet every field the round trip must keep", () => {
    const sample = fc.sample(decoratedDataset, { numRuns: 40, seed: 7 });
    const some = (what: string, found: (d: Dataset) => boolean) =>
      expect(sample.some(found), what).toBe(true);
    some("a quote with an astral character", (d) =>
      statements(d).some((c) => c.evidence.some((e) => ASTRAL.test(e.quote))),
    );
    some("a span after an astral character", (d) =>
      statements(d).some((c) =>
        c.evidence.some((e) =>
          ASTRAL.test(d.sources.find((s) => s.id === e.source)?.text.slice(0, e.start) ?? ""),
        ),
      ),
    );
    some("spans in two sources", (d) =>
      d.commitments.some((c) => new Set(c.evidence.map((e) => e.source)).size > 1),
    );
    some("an empty corroboratedBy", (d) =>
      statements(d).some((c) => c.corroboratedBy?.length === 0),
    );
    some("two corroborations", (d) =>
      statements(d).some((c) => (c.corroboratedBy?.length ?? 0) > 1),
    );
    some("an empty recipients", (d) => statements(d).some((c) => c.recipients?.length === 0));
    some("an empty aliases", (d) => d.actors.some((a) => a.aliases?.length === 0));
    some("a repeated alias", (d) => d.actors.some((a) => a.aliases?.[0] === a.aliases?.[1]));
    some("an empty represents", (d) => d.actors.some((a) => a.represents?.length === 0));
    some(
      "a Wikidata id on an actor, a topic and a place",
      (d) =>
        d.actors.some((a) => a.wikidata) &&
        d.topics.some((t) => t.wikidata) &&
        d.events.some((e) => e.place?.wikidata),
    );
    some("an event with no topics", (d) => d.events.some((e) => e.topics.length === 0));
    some("an event with no place", (d) => d.events.some((e) => e.place === undefined));
    some("a summary in English only", (d) => statements(d).some((c) => c.summary.ar === undefined));
    some("a language tag with capitals", (d) => d.sources.some((s) => s.language === "en-GB"));
    some("a URL that needs escaping in an IRI", (d) => d.sources.some((s) => s.url?.includes('"')));
    some("a title with a new line", (d) => d.sources.some((s) => s.title.includes("\n")));
    some("no description", (d) => d.description === undefined);
    some("a $schema", (d) => d.$schema !== undefined);
    some("an account", (d) => d.accounts.length > 0);
    some("an account framing its matter otherwise", (d) =>
      d.accounts.some((a) => statements(d).find((c) => c.id === a.of)?.kind !== a.kind),
    );
    some("a source issued by its parties", (d) =>
      d.sources.some((s) => (s.issuedBy?.length ?? 0) > 1),
    );
    some("a translation", (d) => d.sources.some((s) => s.translationOf !== undefined));
  });

  test("positions count code points: after astral characters they differ from UTF-16 offsets", async () => {
    const afterAstral = (d: Dataset) =>
      statements(d).find((c) =>
        ASTRAL.test(d.sources.find((s) => s.id === c.evidence[0]?.source)?.text.slice(0, 2) ?? ""),
      );
    const [dataset] = fc.sample(
      decoratedDataset.filter((d) => afterAstral(d) !== undefined),
      { numRuns: 1, seed: 3 },
    );
    if (dataset === undefined) throw new Error("no sample");
    const nquads = toRdf(buildGraph(dataset), { format: "n-quads" });
    const record = statements(dataset).find((c) =>
      ASTRAL.test(
        dataset.sources.find((s) => s.id === c.evidence[0]?.source)?.text.slice(0, 2) ?? "",
      ),
    );
    const span = record?.evidence[0];
    if (record === undefined || span === undefined)
      throw new Error("no span after an astral character");
    const text = dataset.sources.find((s) => s.id === span.source)?.text ?? "";
    const start = [...text.slice(0, span.start)].length;
    const end = start + [...span.quote].length;
    expect(start).toBeLessThan(span.start);
    expect([...text].slice(start, end).join("")).toBe(span.quote);
    const position = `evidence/${record.id}.0.position>`;
    expect(nquads).toContain(`${position} <http://www.w3.org/ns/oa#start> "${start}"^^`);
    expect(nquads).toContain(`${position} <http://www.w3.org/ns/oa#end> "${end}"^^`);
  });
});
