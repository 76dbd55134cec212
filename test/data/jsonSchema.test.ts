import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COMMITMENT_KINDS } from "@accordkg/data";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { datasetJsonSchema } from "../../packages/data/scripts/jsonSchema";
import { dataRoot, deleteAt, genevaJsonText, setAt } from "./fixtures";

const committedText = readFileSync(join(dataRoot, "schema.json"), "utf8");
const committed = JSON.parse(committedText) as Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(committed);

/** The shipped dataset file, parsed afresh so each test can break its own copy. */
const genevaFile = () => JSON.parse(genevaJsonText()) as Record<string, unknown>;

const errorsOf = (value: unknown) => {
  validate(value);
  return (validate.errors ?? []).map((e) => ({ at: e.instancePath, keyword: e.keyword }));
};

describe("the JSON Schema (packages/data/schema.json)", () => {
  test("equals a freshly generated one (run the data package's build to update it)", () => {
    expect(committed).toEqual(datasetJsonSchema());
    expect(committedText).toBe(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  });

  test("is draft 2020-12 and names itself", () => {
    expect(committed.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(committed.$id).toBe("https://unpkg.com/@accordkg/data/schema.json");
  });

  test("the shipped dataset file names it for editor help", () => {
    expect(genevaFile().$schema).toBe("../../schema.json");
  });

  test("accepts the shipped dataset JSON", () => {
    expect(errorsOf(genevaFile())).toEqual([]);
  });

  test("accepts a dataset without claims (they default to none)", () => {
    const file = genevaFile();
    deleteAt(file, ["claims"]);
    expect(errorsOf(file)).toEqual([]);
  });

  test("rejects a wrong commitment kind", () => {
    const file = genevaFile();
    setAt(file, ["commitments", 0, "kind"], "treaty");
    expect(errorsOf(file)).toContainEqual({ at: "/commitments/0/kind", keyword: "enum" });
  });

  test("lists exactly the commitment kinds as the allowed values", () => {
    const file = genevaFile();
    setAt(file, ["commitments", 0, "kind"], "treaty");
    validate(file);
    const kindError = validate.errors?.find((e) => e.keyword === "enum");
    expect(kindError?.params).toEqual({ allowedValues: Object.keys(COMMITMENT_KINDS) });
  });

  test("rejects an unknown key", () => {
    const file = genevaFile();
    setAt(file, ["actors", 0, "partys"], []);
    expect(errorsOf(file)).toContainEqual({ at: "/actors/0", keyword: "additionalProperties" });
  });

  test("rejects a missing required field", () => {
    const file = genevaFile();
    deleteAt(file, ["commitments", 1, "evidence"]);
    expect(errorsOf(file)).toContainEqual({ at: "/commitments/1", keyword: "required" });
  });

  test("rejects a malformed id, date, offset and QID", () => {
    const file = genevaFile();
    setAt(file, ["actors", 0, "id"], "Joe Biden");
    setAt(file, ["events", 0, "date"], "16 June 2021");
    setAt(file, ["commitments", 0, "evidence", 0, "start"], -3);
    setAt(file, ["actors", 1, "wikidata"], "7747");
    const errors = errorsOf(file);
    expect(errors).toContainEqual({ at: "/actors/0/id", keyword: "pattern" });
    expect(errors).toContainEqual({ at: "/events/0/date", keyword: "format" });
    expect(errors).toContainEqual({ at: "/commitments/0/evidence/0/start", keyword: "minimum" });
    expect(errors).toContainEqual({ at: "/actors/1/wikidata", keyword: "pattern" });
  });
});
