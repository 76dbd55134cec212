import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildGraph, commitmentsOf, evidenceOf, NotFoundError, search } from "@accordkg/core";
import {
  defineDataset,
  mergeDatasets,
  safeDefineDataset,
  safeDefineDatasetFromJson,
} from "@accordkg/data";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { INVALID_CASES, INVALID_DIR, minimalJson } from "./invalidCorpus";

// Names that reach Object.prototype when a library copies or indexes with a plain object.
const HOSTILE_NAMES = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshot = () => prototypes.map((proto) => Reflect.ownKeys(proto).map(String).sort());
let before: string[][];
beforeEach(() => {
  before = snapshot();
});
afterEach(() => {
  // Any test in this file that polluted a prototype fails here, whatever it asserted itself.
  expect(snapshot()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

/** The minimal dataset with hostile names wherever free text or a list of names is allowed. */
function hostileText() {
  const d = JSON.parse(minimalJson());
  const [biden] = d.actors;
  const [topic] = d.topics;
  biden.aliases = HOSTILE_NAMES;
  biden.name = { en: "__proto__", ar: "constructor" };
  topic.label = { en: "constructor", ar: "__proto__" };
  d.title = "__proto__";
  d.description = "toString";
  const text = "__proto__ constructor prototype";
  d.sources.push({ id: "hostile-words", title: "constructor", language: "en", text });
  d.commitments[0].summary = { en: "__proto__", ar: "hasOwnProperty" };
  d.commitments[0].evidence.push({ source: "hostile-words", start: 0, end: 9, quote: "__proto__" });
  return d;
}

describe("prototype pollution", () => {
  test('a "__proto__" key in JSON is an unknown field, not a prototype', () => {
    const polluting = INVALID_CASES.filter(({ file }) => /proto|constructor-key/.test(file));
    expect(polluting.length).toBeGreaterThanOrEqual(3);
    for (const { file } of polluting) {
      const result = safeDefineDatasetFromJson(readFileSync(join(INVALID_DIR, file), "utf8"));
      expect(result.success, file).toBe(false);
    }
  });

  test('an object literal built with a "__proto__" key is rejected the same way', () => {
    const input = JSON.parse(minimalJson());
    const commitment = JSON.parse('{"__proto__": {"polluted": true, "kind": "pledge"}}');
    Object.assign(commitment, input.commitments[0]);
    input.commitments[0] = commitment;
    const result = safeDefineDataset(input);
    expect(result.success ? [] : result.error.codes).toEqual(["unknown_key"]);
  });

  test("hostile names in free text are kept as text and pollute nothing", () => {
    const dataset = defineDataset(hostileText());
    const [biden] = dataset.actors;
    expect(biden?.aliases).toEqual(HOSTILE_NAMES);
    expect(biden?.name.en).toBe("__proto__");
    expect(dataset.topics[0]?.label.en).toBe("constructor");
    expect(dataset.title).toBe("__proto__");
    expect(dataset.commitments[0]?.evidence[1]?.quote).toBe("__proto__");
    expect(Object.getPrototypeOf(dataset.commitments[0])).toBe(Object.prototype);
  });

  test("merging datasets full of hostile names pollutes nothing", () => {
    const first = defineDataset(hostileText());
    const second = defineDataset({ ...hostileText(), id: "hostile-copy" });
    const merged = mergeDatasets(first, second, mergeDatasets(first));
    expect(merged.actors[0]?.aliases).toEqual(HOSTILE_NAMES);
    expect(merged.sources.map((source) => source.title)).toContain("constructor");
  });

  test.each(["__proto__", "constructor", "toString", "hasownproperty", "prototype"])(
    "a reference to %s is an error about that reference, never a lookup on a prototype",
    (name) => {
      const input = JSON.parse(minimalJson());
      input.commitments[0].parties[1] = name;
      input.commitments[0].topics[0] = name;
      input.commitments[0].event = name;
      const result = safeDefineDataset(input);
      expect(result.success).toBe(false);
      if (result.success) return;
      const paths = result.error.issues.map((issue) => issue.path.join("."));
      expect(paths).toEqual(
        expect.arrayContaining([
          "commitments.0.parties.1",
          "commitments.0.topics.0",
          "commitments.0.event",
        ]),
      );
    },
  );

  test("searching the graph for hostile words finds the records that say them, and nothing else", () => {
    const graph = buildGraph(defineDataset(hostileText()));
    for (const word of HOSTILE_NAMES) {
      const hits = search(graph, word).map((hit) => `${hit.kind}:${hit.record.id}`);
      expect(hits, word).toContain("actor:joe-biden");
    }
    // Names every object inherits, which no record says.
    expect(search(graph, "isPrototypeOf")).toEqual([]);
    expect(search(graph, "__defineGetter__")).toEqual([]);
  });

  test.each(HOSTILE_NAMES)(
    "a query for the id %s is a NotFoundError, not a prototype lookup",
    (name) => {
      const graph = buildGraph(defineDataset(hostileText()));
      expect(() => commitmentsOf(graph, name)).toThrow(NotFoundError);
      expect(() => evidenceOf(graph, name)).toThrow(NotFoundError);
    },
  );
});
