import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { generateDataset } from "../../bench/generate";
import { writeDatasetInput } from "../../bench/writeDataset";
import { layoutOf, parseDatasetFile, readDatasetFile } from "../../packages/cli/src/datasetFile";
import { progressOn } from "../../packages/cli/src/progress";
import { GENEVA_JSON, scratchDir } from "./support";

// A dataset file larger than WHOLE_PARSE_LIMIT is parsed record by record; these tests give a limit
// of 0 so that small files take that path too, and compare with JSON.parse of the whole text.

const quiet = progressOn({ write() {} }, { quiet: true, force: false });
const dir = scratchDir("file");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
async function bothWays(text: string) {
  const path = join(dir, `f${count++}.json`);
  writeFileSync(path, text);
  const file = await readDatasetFile(path, dir, quiet);
  return {
    file,
    whole: await parseDatasetFile(file, quiet),
    split: await parseDatasetFile(file, quiet, 0),
  };
}

describe("reading a dataset file record by record", () => {
  test("gives what JSON.parse gives, for the Geneva dataset", async () => {
    const text = readFileSync(GENEVA_JSON, "utf8");
    const { file, whole, split } = await bothWays(text);
    expect(split).toEqual({ ok: true, value: JSON.parse(text) });
    expect(whole).toEqual(split);
    const json = JSON.parse(text) as Record<string, unknown>;
    const lists = Object.entries(json).filter(([, value]) => Array.isArray(value)) as [
      string,
      unknown[],
    ][];
    expect(Object.fromEntries(file.counts)).toEqual(
      Object.fromEntries(lists.map(([key, value]) => [key, value.length])),
    );
    expect(file.records).toBe(lists.reduce((n, [, value]) => n + value.length, 0));
    expect(file.counts.get("accounts")).toBeGreaterThan(0);
  });

  test("gives what JSON.parse gives, for a generated dataset written by bench/writeDataset.ts", async () => {
    const path = join(dir, "generated.json");
    const dataset = generateDataset({ seed: 7, commitments: 400 });
    writeDatasetInput(dataset, path);
    const file = await readDatasetFile(path, dir, quiet);
    const split = await parseDatasetFile(file, quiet, 0);
    expect(split).toEqual({ ok: true, value: JSON.parse(readFileSync(path, "utf8")) });
    expect(file.counts.get("commitments")).toBe(400);
    expect(file.records).toBe(
      dataset.sources.length +
        dataset.actors.length +
        dataset.topics.length +
        dataset.events.length +
        dataset.commitments.length +
        (dataset.claims?.length ?? 0),
    );
  });

  test("gives what JSON.parse gives for any object of arrays and values (fast-check)", async () => {
    const member = fc.oneof(fc.array(fc.jsonValue(), { maxLength: 6 }), fc.jsonValue());
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string(), member, { maxKeys: 6 }),
        fc.constantFrom(0, 2),
        async (value, indent) => {
          const text = JSON.stringify(value, null, indent);
          const { split } = await bothWays(text);
          expect(split).toEqual({ ok: true, value: JSON.parse(text) });
        },
      ),
      { numRuns: 150 },
    );
  });

  test("keeps JSON.parse's rules: the last of two equal keys wins, __proto__ is an own key", async () => {
    const text = '{"id": "a", "actors": [1], "id": "b", "__proto__": [{"x": 1}]}';
    const { split } = await bothWays(text);
    expect(split).toEqual({ ok: true, value: JSON.parse(text) });
    const value = (split as { value: Record<string, unknown> }).value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(value.id).toBe("b");
  });

  test("strings with brackets, quotes and escapes do not confuse the walk", async () => {
    const text = JSON.stringify({
      sources: [{ text: 'a "quoted" ] } [ { \\ \n end' }, { text: "\\\\" }, "]"],
      title: "} ,",
    });
    const { file, split } = await bothWays(text);
    expect(split).toEqual({ ok: true, value: JSON.parse(text) });
    expect(file.counts.get("sources")).toBe(3);
  });

  test.each([
    [
      "a truncated file",
      '{"id": "x", "actors": [{"id": "a"}, {"id"',
      "the file ends inside a value",
    ],
    [
      "a missing comma",
      '{"id": "x" "title": "y"}',
      '"," or "}" after the value of "id" is expected',
    ],
    ["more after the object", '{"id": "x"} {}', "there is more after the closing }"],
    ["a byte-order mark", '\uFEFF{"id": "x"}', "byte-order mark"],
  ])("%s is invalid_json, said where, both ways", async (_, text, message) => {
    const { split, whole } = await bothWays(text);
    expect(whole.ok).toBe(false);
    expect(split).toMatchObject({ ok: false, message: expect.stringContaining(message) });
  });

  test("a large file whose top level is not an object is refused as such", async () => {
    // Parsed whole, it is JSON (defineDataset then reports invalid_type); too large for that, it
    // cannot be split into records.
    const { split, whole } = await bothWays("[1, 2]");
    expect(whole).toEqual({ ok: true, value: [1, 2] });
    expect(split).toMatchObject({
      ok: false,
      message: expect.stringContaining("an object ({) is expected"),
    });
  });

  test("a broken record names its collection and index", async () => {
    const text = '{"id": "x", "commitments": [{"id": "a"}, {"id": b}]}';
    const { split } = await bothWays(text);
    expect(split).toMatchObject({
      ok: false,
      path: ["commitments", 1],
      message: expect.stringMatching(
        /^Not valid JSON: .* \(in commitments\[1\], which starts at byte 41 of the file\)$/,
      ),
    });
  });

  test("the walk finds each member and element", () => {
    const layout = layoutOf(Buffer.from('{"a": [ 1 , {"b": "]"} ], "c": "d"}'));
    expect(layout.error).toBeUndefined();
    expect(layout.members.map((m) => [m.key, m.elements])).toEqual([
      ["a", [8, 9, 12, 22]],
      ["c", undefined],
    ]);
  });
});
