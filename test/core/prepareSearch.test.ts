import {
  buildGraph,
  extendGraph,
  InvalidArgumentsError,
  prepareSearch,
  search,
} from "@accordkg/core";
import { type Dataset, defineDataset, geneva2021 } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { generateDataset, generateExtension } from "../../bench/generate";

const TEXTS = ["بوتين", "putin", "الولايات المتحدة", "nuclear war", "cyber", "الأمن", "Arctic"];
const hits = (graph: ReturnType<typeof buildGraph>, texts = TEXTS) =>
  texts.map((text) =>
    search(graph, text).map((hit) => `${hit.match} ${hit.kind} ${hit.record.id}`),
  );

// Large enough that the index takes many slices of a millisecond (a batch is 512 statements).
const generated = defineDataset(generateDataset({ seed: 7, commitments: 3000 }));
const GENERATED_TEXTS = ["arctic", "sanctions", "agreed to", "Ministry"];

describe("prepareSearch", () => {
  test("prepares the index the searches then read, with the answers of an unprepared graph", async () => {
    const prepared = buildGraph(geneva2021);
    await expect(prepareSearch(prepared)).resolves.toBeUndefined();
    expect(hits(prepared)).toEqual(hits(buildGraph(geneva2021)));
    expect(hits(prepared)[0]?.[0]).toBe("alias actor vladimir-putin");
  });

  test("gives the event loop a turn between slices", async () => {
    const graph = buildGraph(generated);
    let turns = 0;
    let preparing = true;
    const tick = (): void => {
      if (!preparing) return;
      turns++;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    await prepareSearch(graph, { sliceMs: 0.01 });
    preparing = false;
    // 4,000 statements in batches of 512: at least 7 slices, each followed by a turn.
    expect(turns).toBeGreaterThanOrEqual(4);
    expect(hits(graph, GENERATED_TEXTS)).toEqual(hits(buildGraph(generated), GENERATED_TEXTS));
  });

  test("a search during the preparation finishes the index itself and answers in full", async () => {
    const graph = buildGraph(generated);
    const preparing = prepareSearch(graph, { sliceMs: 0.01 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const during = hits(graph, GENERATED_TEXTS);
    await preparing;
    const fresh = hits(buildGraph(generated), GENERATED_TEXTS);
    expect(during).toEqual(fresh);
    expect(hits(graph, GENERATED_TEXTS)).toEqual(fresh);
    expect(fresh.some((list) => list.length > 0)).toBe(true);
  });

  test("records extendGraph adds during or after a preparation are found", async () => {
    const graph = buildGraph(generated);
    const document = defineDataset(
      generateExtension({ seed: 3, commitments: 40, base: generated, prefix: "later" }),
      { extends: [generated] },
    );
    const preparing = prepareSearch(graph, { sliceMs: 0.01 });
    extendGraph(graph, document);
    await preparing;
    const texts = [...GENERATED_TEXTS, document.commitments[0]?.summary.en.split(" ")[0] ?? "x"];
    expect(hits(graph, texts)).toEqual(hits(buildGraph(generated, document), texts));
    // A graph prepared before the extension finds the new records too.
    const before = buildGraph(generated);
    await prepareSearch(before);
    hits(before, GENERATED_TEXTS);
    extendGraph(before, document as Dataset);
    expect(hits(before, texts)).toEqual(hits(buildGraph(generated, document), texts));
  });

  test("an aborted preparation rejects with the signal's reason and the searches still answer in full", async () => {
    const graph = buildGraph(generated);
    const controller = new AbortController();
    const preparing = prepareSearch(graph, { sliceMs: 0.01, signal: controller.signal });
    const reason = new Error("the user left");
    controller.abort(reason);
    await expect(preparing).rejects.toBe(reason);
    expect(hits(graph, GENERATED_TEXTS)).toEqual(hits(buildGraph(generated), GENERATED_TEXTS));
    // Already aborted: rejects before doing anything.
    await expect(
      prepareSearch(buildGraph(geneva2021), { signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
  });

  test("a graph changed through graphology's own methods is prepared from its new records", async () => {
    const graph = buildGraph(geneva2021);
    const preparing = prepareSearch(graph, { sliceMs: 0.01 });
    graph.dropNode("actor:vladimir-putin");
    await preparing;
    expect(search(graph, "بوتين").some((hit) => hit.record.id === "vladimir-putin")).toBe(false);
  });

  test("bad arguments throw at once, not through the promise", () => {
    expect(() => prepareSearch({} as never)).toThrow(InvalidArgumentsError);
    const graph = buildGraph(geneva2021);
    for (const sliceMs of [0, -1, Number.NaN, "10"])
      expect(() => prepareSearch(graph, { sliceMs: sliceMs as number })).toThrow(
        /prepareSearch: expected sliceMs to be a positive number/,
      );
  });
});
