import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildGraph } from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { RDF_FORMATS, toRdf } from "@accordkg/rdf";
import fc from "fast-check";
import { DataFactory, Parser, type Quad, Store } from "n3";
import SHACLValidator from "rdf-validate-shacl";
import { describe, expect, test } from "vitest";
import { decoratedDataset } from "./arbitraries";

const shapes = new Parser({ format: "Turtle" }).parse(
  readFileSync(join(import.meta.dirname, "..", "..", "packages", "rdf", "shapes.ttl"), "utf8"),
);

const OA = "http://www.w3.org/ns/oa#";
const ACC = "https://w3id.org/accordkg/ns#";
const ID = "https://w3id.org/accordkg/id/";

/** The quads of an N-Quads export, all in the default graph (SHACL validates one data graph). */
function dataGraph(nquads: string): Quad[] {
  return new Parser({ format: "N-Quads" })
    .parse(nquads)
    .map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

async function validate(quads: readonly Quad[]) {
  const report = await new SHACLValidator(new Store(shapes)).validate(new Store([...quads]));
  return {
    conforms: report.conforms,
    results: report.results.map((r) => ({
      focus: r.focusNode?.value,
      // A named path, or the named shape of an inverse path (a blank node in the report).
      path: r.path?.termType === "NamedNode" ? r.path.value : r.sourceShape?.value,
      constraint: r.sourceConstraintComponent?.value.replace("http://www.w3.org/ns/shacl#", ""),
    })),
  };
}

const geneva = toRdf(buildGraph(geneva2021), { format: "n-quads" });
const without = (quads: Quad[], subject: string, predicate: string) =>
  quads.filter((q) => !(q.subject.value === subject && q.predicate.value === predicate));

describe("shapes.ttl", () => {
  test("the Geneva export conforms", async () => {
    expect(await validate(dataGraph(geneva))).toEqual({ conforms: true, results: [] });
  });

  test.each(RDF_FORMATS.filter((f) => f !== "json-ld"))(
    "the Geneva export conforms as written in %s",
    async (format) => {
      const text = toRdf(buildGraph(geneva2021), { format });
      const quads = new Parser({
        format: format === "n-quads" ? "N-Quads" : format === "trig" ? "TriG" : "Turtle",
      })
        .parse(text)
        .map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
      expect((await validate(quads)).conforms).toBe(true);
    },
  );

  test("random exports conform", async () => {
    await fc.assert(
      fc.asyncProperty(decoratedDataset, async (dataset) => {
        const report = await validate(dataGraph(toRdf(buildGraph(dataset), { format: "n-quads" })));
        expect(report.results).toEqual([]);
      }),
      { numRuns: 5 },
    );
  });

  test("a missing quote is reported at its selector", async () => {
    const quote = `${ID}evidence/minsk-diplomacy.0.quote`;
    const report = await validate(without(dataGraph(geneva), quote, `${OA}exact`));
    expect(report.conforms).toBe(false);
    expect(report.results).toEqual([
      { focus: quote, path: `${OA}exact`, constraint: "MinCountConstraintComponent" },
    ]);
  });

  test("a span without a source is reported at its target", async () => {
    const target = `${ID}evidence/minsk-diplomacy.0.target`;
    const report = await validate(without(dataGraph(geneva), target, `${OA}hasSource`));
    expect(report.results).toEqual([
      { focus: target, path: `${OA}hasSource`, constraint: "MinCountConstraintComponent" },
    ]);
  });

  test("a commitment with no party, no evidence or no kind is reported", async () => {
    const commitment = `${ID}commitment/minsk-diplomacy`;
    let quads = without(dataGraph(geneva), commitment, `${ACC}party`);
    quads = quads.filter(
      (q) =>
        !(q.object.value === `${ACC}Agreement` && q.subject.value === commitment) &&
        !(q.predicate.value === `${OA}hasBody` && q.object.value === commitment),
    );
    const report = await validate(quads);
    expect(report.results.filter((r) => r.focus === commitment)).toEqual(
      expect.arrayContaining([
        { focus: commitment, path: `${ACC}party`, constraint: "MinCountConstraintComponent" },
        {
          focus: commitment,
          path: "https://w3id.org/accordkg/shapes#evidence",
          constraint: "MinCountConstraintComponent",
        },
        {
          focus: commitment,
          path: "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
          constraint: "QualifiedMinCountConstraintComponent",
        },
      ]),
    );
  });

  test("an account of nothing, and a record without its grade, are reported", async () => {
    const account = `${ID}account/joint-statement-strategic-stability-dialogue`;
    const commitment = `${ID}commitment/minsk-diplomacy`;
    const quads = without(
      without(dataGraph(geneva), account, `${ACC}accountOf`),
      commitment,
      `${ACC}grade`,
    );
    const report = await validate(quads);
    expect(report.results).toEqual(
      expect.arrayContaining([
        { focus: account, path: `${ACC}accountOf`, constraint: "MinCountConstraintComponent" },
        { focus: commitment, path: `${ACC}grade`, constraint: "MinCountConstraintComponent" },
      ]),
    );
  });

  test("a label in French and positions out of order are reported", async () => {
    const actor = `${ID}actor/russia`;
    const position = `${ID}evidence/minsk-diplomacy.0.position`;
    const quads = dataGraph(geneva).map((q) => {
      if (
        q.subject.value === actor &&
        q.object.termType === "Literal" &&
        q.object.language === "ar"
      )
        return DataFactory.quad(q.subject, q.predicate, DataFactory.literal("Russie", "fr"));
      if (q.subject.value === position && q.predicate.value === `${OA}start`)
        return DataFactory.quad(
          q.subject,
          q.predicate,
          DataFactory.literal(
            "5000",
            q.object.termType === "Literal" ? q.object.datatype : undefined,
          ),
        );
      return q;
    });
    const report = await validate(quads);
    expect(report.results).toEqual(
      expect.arrayContaining([
        {
          focus: actor,
          path: "http://www.w3.org/2000/01/rdf-schema#label",
          constraint: "LanguageInConstraintComponent",
        },
        { focus: position, path: `${OA}start`, constraint: "LessThanConstraintComponent" },
      ]),
    );
  });
});
