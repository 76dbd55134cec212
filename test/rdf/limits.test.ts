// Costs that must not grow faster than the input: a hostile or broken document is reported, fast.
import { buildGraph } from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { fromRdf, RdfError, toRdf } from "@accordkg/rdf";
import { describe, expect, test } from "vitest";

const ID = "https://w3id.org/accordkg/id/";
const ACC = "https://w3id.org/accordkg/ns#";
const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const GRAPH = `<${ID}source/geneva-2021-summit-report-ar>`;
const geneva = toRdf(buildGraph(geneva2021), { format: "n-quads" });
const commitment = `<${ID}commitment/minsk-diplomacy>`;

async function timed(text: string, format: "n-quads" | "json-ld" = "n-quads") {
  const started = performance.now();
  const error = await fromRdf(text, { format }).catch((e: unknown) => e);
  return { error, seconds: (performance.now() - started) / 1000 };
}

describe("fromRdf on large and hostile documents", () => {
  test("50,000 parties that name no actor: every one reported, the message kept short", async () => {
    const extra = Array.from(
      { length: 50_000 },
      (_, i) => `${commitment} <${ACC}party> <${ID}actor/ghost-${i}> ${GRAPH} .\n`,
    ).join("");
    // Without the order list, every value of the set is read (and resolved).
    const unordered = geneva
      .split("\n")
      .filter((line) => !line.startsWith(`${commitment} <${ACC}partyList>`))
      .join("\n");
    const { error, seconds } = await timed(unordered + extra);
    expect(error).toBeInstanceOf(RdfError);
    expect((error as RdfError).issues.length).toBeGreaterThanOrEqual(50_000);
    expect((error as RdfError).message.length).toBeLessThan(20_000);
    expect(seconds).toBeLessThan(15);
  });

  test("a list that loops back on itself is a bad_list, not a hang", async () => {
    const loop = geneva
      .split("\n")
      .filter((line) => !line.startsWith(`${commitment} <${ACC}partyList>`))
      .join("\n")
      .concat(
        `${commitment} <${ACC}partyList> _:a ${GRAPH} .\n`,
        `_:a <${RDF}first> <${ID}actor/united-states> ${GRAPH} .\n`,
        `_:a <${RDF}rest> _:b ${GRAPH} .\n`,
        `_:b <${RDF}first> <${ID}actor/russia> ${GRAPH} .\n`,
        `_:b <${RDF}rest> _:a ${GRAPH} .\n`,
      );
    const { error } = await timed(loop);
    expect((error as RdfError).codes).toContain("bad_list");
  });

  test("JSON nested 100,000 levels deep is an RdfError", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const { error, seconds } = await timed(deep, "json-ld");
    expect(error).toBeInstanceOf(RdfError);
    expect(seconds).toBeLessThan(15);
  });
});
