import { createHash } from "node:crypto";
import { agreedByAll, buildGraph, InvalidArgumentsError, NotFoundError } from "@accordkg/core";
import { defineDataset, geneva2021 } from "@accordkg/data";
import { renderExplorer } from "@accordkg/explorer";
import { beforeAll, describe, expect, test } from "vitest";
import { HOSTILE, hostileGraph, hostileInput } from "./fixtures";

const sha256 = (text: string) =>
  `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

/** The parts of a page: its CSP, inline script and style, and embedded payload. */
function partsOf(page: string) {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
  const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1];
  const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1];
  const data = /<script type="application\/json" id="accordkg-data">([\s\S]*?)<\/script>/.exec(
    page,
  )?.[1];
  if (csp === undefined || script === undefined || style === undefined || data === undefined)
    throw new Error("the page lacks a CSP, its script, its style or its data");
  return {
    csp,
    script,
    style,
    data,
    payload: JSON.parse(data) as {
      format: number;
      title: string;
      dataset: { title: string; actors: { id: string }[]; commitments: unknown[] };
      layout: { x: number[]; y: number[] };
      parties: string[];
      labelLanguage: string;
    },
  };
}

let geneva = "";
beforeAll(() => {
  geneva = renderExplorer(buildGraph(geneva2021), { title: "Geneva, 16 June 2021" });
}, 60_000);

describe("renderExplorer: the page", () => {
  test("is one HTML document in English, with the title escaped into <title>", () => {
    expect(geneva.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(geneva).toContain("<title>Geneva, 16 June 2021</title>");
    expect(geneva).toContain('<meta charset="utf-8">');
  });

  test("loads nothing: no external script, style sheet, image, frame or URL in its markup", () => {
    const markup = geneva
      .replace(/<script[\s\S]*?<\/script>/g, "")
      .replace(/<style>[\s\S]*?<\/style>/, "");
    expect(markup).not.toMatch(/\b(?:src|href|action|srcset|poster)\s*=/i);
    expect(markup).not.toMatch(/<(?:link|img|iframe|object|embed|base)\b/i);
    expect(partsOf(geneva).style).not.toMatch(/url\(|@import/i);
    expect(geneva.match(/<script\b/g)).toHaveLength(2);
  });

  test("has a CSP that forbids every fetch and allows only its own script and style, by hash", () => {
    const { csp, script, style } = partsOf(geneva);
    const directives = Object.fromEntries(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives["default-src"]).toEqual(["'none'"]);
    expect(directives["script-src"]).toEqual([`'${sha256(script)}'`]);
    expect(directives["style-src"]).toEqual([`'${sha256(style)}'`]);
    expect(directives["base-uri"]).toEqual(["'none'"]);
    expect(directives["form-action"]).toEqual(["'none'"]);
    expect(directives["require-trusted-types-for"]).toEqual(["'script'"]);
    expect(directives["trusted-types"]).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe|https?:|data:|blob:|\*/);
  });

  test("embeds every record of the graph, and a position for each", () => {
    const { payload } = partsOf(geneva);
    expect(payload.format).toBe(1);
    expect(payload.title).toBe("Geneva, 16 June 2021");
    const rebuilt = buildGraph(defineDataset(payload.dataset as never));
    expect(rebuilt.order).toBe(buildGraph(geneva2021).order);
    expect(rebuilt.size).toBe(buildGraph(geneva2021).size);
    expect(payload.layout.x).toHaveLength(rebuilt.order);
    expect(payload.layout.y).toHaveLength(rebuilt.order);
    expect([...payload.layout.x, ...payload.layout.y].every(Number.isFinite)).toBe(true);
    expect(new Set(payload.layout.x.map((x, i) => `${x},${payload.layout.y[i]}`)).size).toBe(
      rebuilt.order,
    );
  });

  test("highlights by default the two actors bound by the most agreements", () => {
    const { payload } = partsOf(geneva);
    expect(payload.parties).toEqual(["actor:united-states", "actor:russia"]);
    const graph = buildGraph(geneva2021);
    const bound = agreedByAll(graph, payload.parties).length;
    expect(bound).toBeGreaterThan(0);
    // No actor pair in the data shares more agreements than this one.
    for (const a of geneva2021.actors)
      for (const b of geneva2021.actors)
        if (a.id < b.id)
          expect(
            geneva2021.commitments.filter(
              (c) => c.kind === "agreement" && c.parties.includes(a.id) && c.parties.includes(b.id),
            ).length,
          ).toBeLessThanOrEqual(bound);
  });

  test("is the same for the same graph and options, and lays out differently for another seed", () => {
    const graph = buildGraph(geneva2021);
    const again = renderExplorer(graph, { title: "Geneva, 16 June 2021" });
    expect(again).toBe(geneva);
    const reseeded = partsOf(renderExplorer(graph, { layout: { seed: 7 } })).payload.layout;
    expect(reseeded.x).not.toEqual(partsOf(geneva).payload.layout.x);
  });

  test("does not change the graph", () => {
    const graph = buildGraph(geneva2021);
    const before = JSON.stringify(graph.export());
    renderExplorer(graph, { layout: { iterations: 5 } });
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  test("leaves out nodes the caller added under keys of their own", () => {
    const graph = buildGraph(geneva2021);
    graph.addNode("my-note", { kind: "actor", record: geneva2021.actors[0] } as never);
    const { payload } = partsOf(renderExplorer(graph, { layout: { iterations: 0 } }));
    expect(payload.dataset.actors.map((a) => a.id).sort()).toEqual(
      geneva2021.actors.map((a) => a.id).sort(),
    );
  });
});

describe("renderExplorer: hostile data", () => {
  const page = renderExplorer(hostileGraph(), { title: HOSTILE.title, layout: { iterations: 10 } });
  const parts = partsOf(page);

  test("no string of the data can close or open a tag: only the page's own two scripts", () => {
    // Checked outside the page's own script (whose code may hold such text in strings).
    const rest = page.replace(parts.script, "");
    expect(rest.match(/<script\b/gi)?.length).toBe(2);
    expect(rest.match(/<\/script/gi)?.length).toBe(2);
    expect(/<(?:img|iframe|svg|b|a)\b/i.test(rest)).toBe(false);
    expect(rest.includes("<!--")).toBe(false);
    expect(/[<>&\u2028\u2029]/.test(parts.data)).toBe(false);
  });

  test("the embedded JSON reads back every string exactly", () => {
    const input = hostileInput();
    const embedded = parts.payload.dataset as unknown as Record<string, unknown>;
    for (const collection of ["sources", "actors", "topics", "commitments"] as const)
      expect(embedded[collection]).toEqual(input[collection]);
    expect(parts.payload.title).toBe(HOSTILE.title);
  });

  test("the title is text in <title>", () => {
    expect(page).toContain(
      "<title>&lt;iframe srcdoc=&quot;&lt;script&gt;parent.__pwned=&#39;title&#39;&lt;/script&gt;&quot;&gt;</title>",
    );
  });
});

describe("renderExplorer: options", () => {
  const graph = buildGraph(geneva2021);

  test("takes parties as actor ids or node keys", () => {
    const byId = partsOf(
      renderExplorer(graph, {
        parties: ["joe-biden", "actor:vladimir-putin"],
        layout: { iterations: 0 },
      }),
    );
    expect(byId.payload.parties).toEqual(["actor:joe-biden", "actor:vladimir-putin"]);
  });

  test("throws NotFoundError for an unknown party, with a suggestion", () => {
    expect(() => renderExplorer(graph, { parties: ["joe-bidn"] })).toThrow(NotFoundError);
    expect(() => renderExplorer(graph, { parties: ["joe-bidn"] })).toThrow(/joe-biden/);
  });

  test("throws InvalidArgumentsError listing every invalid option at once", () => {
    const bad = { title: "", labelLanguage: "fr", layout: { seed: -1 }, colour: "red" };
    let error: unknown;
    try {
      renderExplorer(graph, bad as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidArgumentsError);
    const message = (error as Error).message;
    for (const path of ["title", "labelLanguage", "layout.seed", "colour"])
      expect(message).toContain(path);
  });

  test("draws labels in Arabic first when asked", () => {
    expect(
      partsOf(renderExplorer(graph, { labelLanguage: "ar", layout: { iterations: 0 } })).payload
        .labelLanguage,
    ).toBe("ar");
  });
});
