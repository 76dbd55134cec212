import { buildGraph, InvalidArgumentsError } from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import {
  fromRdf,
  RDF_ERROR_CODES,
  RDF_FORMATS,
  RdfError,
  type RdfErrorCode,
  type RdfFormat,
  toRdf,
} from "@accordkg/rdf";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { decoratedDataset } from "./arbitraries";

const ID = "https://w3id.org/accordkg/id/";
const ACC = "https://w3id.org/accordkg/ns#";
const OA = "http://www.w3.org/ns/oa#";
const DCTERMS = "http://purl.org/dc/terms/";
const RDFS = "http://www.w3.org/2000/01/rdf-schema#";

const geneva = toRdf(buildGraph(geneva2021), { format: "n-quads" });
const lines = geneva.split("\n");

/** The Geneva N-Quads with `edit` applied to the lines. */
const edited = (edit: (lines: string[]) => string[]) => edit([...lines]).join("\n");
const drop = (pattern: RegExp) => edited((all) => all.filter((line) => !pattern.test(line)));
const replace = (pattern: RegExp, by: string) =>
  edited((all) => all.map((line) => line.replace(pattern, by)));
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The line of a subject's property (start of line, so the subject is the subject). */
const lineOf = (subject: string, predicate: string) =>
  new RegExp(`^<${literally(subject)}> <${literally(predicate)}> `);

async function failure(text: string, format: RdfFormat = "n-quads"): Promise<RdfError> {
  const error = await fromRdf(text, { format }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof RdfError)) throw new Error(`expected an RdfError, got ${String(error)}`);
  return error;
}

const commitment = `${ID}commitment/minsk-diplomacy`;

// One broken document per code, and where the issue must say the problem is.
const CASES: Record<
  RdfErrorCode,
  () => Promise<{ error: RdfError; subject?: string; predicate?: string }>
> = {
  syntax_error: async () => ({ error: await failure("@prefix acc: <x>.\n<a> <b> .", "turtle") }),
  remote_context: async () => ({
    error: await failure(JSON.stringify({ "@context": "https://example.org/c.jsonld" }), "json-ld"),
  }),
  no_dataset: async () => ({ error: await failure("", "turtle") }),
  several_datasets: async () => ({
    error: await failure(
      `${geneva}${toRdf(buildGraph(geneva2021), { format: "n-quads", base: "https://example.org/" })}`,
    ),
  }),
  missing_value: async () => ({
    error: await failure(
      drop(lineOf(`${ID}source/geneva-2021-summit-report-ar`, `${DCTERMS}title`)),
    ),
    subject: `${ID}source/geneva-2021-summit-report-ar`,
    predicate: `${DCTERMS}title`,
  }),
  too_many_values: async () => ({
    error: await failure(
      `${geneva}<${commitment}> <${DCTERMS}identifier> "another-id" <${ID}source/geneva-2021-summit-report-ar> .\n`,
    ),
    subject: commitment,
    predicate: `${DCTERMS}identifier`,
  }),
  wrong_value: async () => ({
    error: await failure(replace(/"Russia"@en/, '"Russie"@fr')),
    subject: `${ID}actor/russia`,
    predicate: `${RDFS}label`,
  }),
  unknown_reference: async () => ({
    error: await failure(
      replace(
        new RegExp(`^(<${literally(commitment)}> <${literally(ACC)}statedAt> )<[^>]*>`),
        `$1<${ID}event/nowhere>`,
      ),
    ),
    subject: commitment,
    predicate: `${ACC}statedAt`,
  }),
  wrong_record_classes: async () => ({
    error: await failure(
      drop(new RegExp(`^<${literally(commitment)}> <[^>]*#type> <${literally(ACC)}Agreement>`)),
    ),
    subject: commitment,
  }),
  bad_index: async () => ({
    error: await failure(
      replace(
        new RegExp(`^(<${literally(ID)}actor/russia> <${literally(ACC)}index> )"3"`),
        '$1"2"',
      ),
    ),
  }),
  bad_list: async () => ({
    error: await failure(
      drop(lineOf(commitment, `${ACC}party`)).concat(
        `<${commitment}> <${ACC}party> <${ID}actor/russia> <${ID}source/geneva-2021-summit-report-ar> .\n`,
      ),
    ),
    subject: commitment,
    predicate: `${ACC}partyList`,
  }),
  unknown_term: async () => ({
    error: await failure(
      replace(lineOf(commitment, `${ACC}statedAt`), `<${commitment}> <${ACC}statedAtt> `),
    ),
    subject: commitment,
    predicate: `${ACC}statedAtt`,
  }),
  offset_out_of_range: async () => ({
    error: await failure(
      replace(
        new RegExp(
          `^(<${literally(ID)}evidence/minsk-diplomacy.0.position> <${literally(OA)}end> )"\\d+"`,
        ),
        '$1"99999"',
      ),
    ),
    subject: `${ID}evidence/minsk-diplomacy.0.position`,
    predicate: `${OA}end`,
  }),
  invalid_dataset: async () => ({
    error: await failure(
      replace(/"تم الاتفاق على متابعة الجهود الدبلوماسية المتعلقة باتفاقية مينسك"/, '"تم الاتفاق"'),
    ),
    subject: commitment,
  }),
};

describe("fromRdf on bad RDF", () => {
  test("every error code has a case here", () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(RDF_ERROR_CODES).sort());
  });

  test.each(Object.keys(CASES) as RdfErrorCode[])(
    "%s: reported with its code and where",
    async (code) => {
      const { error, subject, predicate } = await (
        CASES[code] as () => ReturnType<(typeof CASES)[RdfErrorCode]>
      )();
      expect(error.codes).toContain(code);
      const issue = error.issues.find((i) => i.code === code);
      if (subject !== undefined) expect(issue?.subject).toBe(subject);
      if (predicate !== undefined) expect(issue?.predicate).toBe(predicate);
      expect(error.message).toContain(`[${code}`);
    },
  );

  test("a syntax error gives the line it is on", async () => {
    const error = await failure(`${lines.slice(0, 40).join("\n")}\n<broken\n`, "n-quads");
    expect(error.issues[0]).toMatchObject({ code: "syntax_error", line: 41 });
  });

  test("a dataset rule says which rule, at which path, on which subject", async () => {
    const error = await failure(
      replace(/"تم الاتفاق على متابعة الجهود الدبلوماسية المتعلقة باتفاقية مينسك"/, '"تم الاتفاق"'),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({
        code: "invalid_dataset",
        datasetCode: "quote_mismatch",
        path: ["commitments", 3, "evidence", 0, "quote"],
        subject: commitment,
      }),
    ]);
  });

  test("every problem is reported at once", async () => {
    let text = drop(lineOf(`${ID}source/geneva-2021-summit-report-ar`, `${DCTERMS}title`));
    text = text.replace(/"Russia"@en/, '"Russie"@fr');
    const error = await failure(text);
    expect(error.codes).toEqual(expect.arrayContaining(["missing_value", "wrong_value"]));
    expect(error.issues.length).toBeGreaterThanOrEqual(2);
  });

  test("issues are frozen", async () => {
    const error = await failure("", "turtle");
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
  });

  test("bad options and a non-string text are InvalidArgumentsError", async () => {
    await expect(fromRdf(geneva, { format: "rdf/xml" as RdfFormat })).rejects.toThrow(
      InvalidArgumentsError,
    );
    await expect(fromRdf(42 as unknown as string, { format: "turtle" })).rejects.toThrow(
      InvalidArgumentsError,
    );
    expect(() => toRdf(buildGraph(geneva2021), { format: "nt" as RdfFormat })).toThrow(
      InvalidArgumentsError,
    );
    expect(() =>
      toRdf(buildGraph(geneva2021), { format: "turtle", base: "https://x.org/a#" }),
    ).toThrow(InvalidArgumentsError);
  });
});

/** Damage done to a text: what a careless edit, a truncated download or a bad tool does. */
const damage = fc.oneof(
  fc.record({ kind: fc.constant("drop-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("replace-char" as const),
    at: fc.nat(),
    by: fc.string({ minLength: 1, maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant("swap-lines" as const), at: fc.nat(), with: fc.nat() }),
  fc.record({
    kind: fc.constant("number" as const),
    at: fc.nat(),
    by: fc.integer({ min: -5, max: 100_000 }),
  }),
);

interface Damage {
  kind: string;
  at: number;
  by?: string | number;
  with?: number;
}

function apply(text: string, edits: readonly Damage[]): string {
  let out = text;
  for (const edit of edits) {
    const all = out.split("\n");
    const line = edit.at % Math.max(1, all.length);
    switch (edit.kind) {
      case "drop-line":
        all.splice(line, 1);
        out = all.join("\n");
        break;
      case "duplicate-line":
        all.splice(line, 0, all[line] ?? "");
        out = all.join("\n");
        break;
      case "truncate":
        out = out.slice(0, edit.at % (out.length + 1));
        break;
      case "replace-char": {
        const at = edit.at % (out.length + 1);
        out = `${out.slice(0, at)}${String(edit.by)}${out.slice(at + 1)}`;
        break;
      }
      case "swap-lines": {
        const other = (edit.with ?? 0) % Math.max(1, all.length);
        [all[line], all[other]] = [all[other] ?? "", all[line] ?? ""];
        out = all.join("\n");
        break;
      }
      case "number": {
        let seen = 0;
        out = out.replace(/\d+/g, (digits) =>
          seen++ === edit.at % 200 ? String(edit.by) : digits,
        );
        break;
      }
    }
  }
  return out;
}

describe("fromRdf never crashes", () => {
  test.each(RDF_FORMATS)(
    "damaged %s exports give a dataset or an RdfError, nothing else",
    async (format) => {
      let rejected = 0;
      await fc.assert(
        fc.asyncProperty(
          decoratedDataset,
          fc.array(damage, { minLength: 1, maxLength: 3 }),
          async (dataset, edits) => {
            const text = apply(toRdf(buildGraph(dataset), { format }), edits);
            try {
              await fromRdf(text, { format });
            } catch (error) {
              if (!(error instanceof RdfError)) throw error;
              expect(error.issues.length).toBeGreaterThan(0);
              rejected++;
            }
          },
        ),
        { numRuns: format === "json-ld" ? 15 : 30 },
      );
      expect(rejected).toBeGreaterThan(0);
    },
  );

  test.each(RDF_FORMATS)("arbitrary text in %s gives an RdfError", async (format) => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        await expect(fromRdf(text, { format })).rejects.toBeInstanceOf(RdfError);
      }),
      { numRuns: 60 },
    );
  });
});
