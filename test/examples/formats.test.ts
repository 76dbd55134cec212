import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { buildGraph } from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");

describe("pnpm example formats", () => {
  const child = spawnSync(tsx, ["--conditions=@accordkg/source", "examples/run.ts", "formats"], {
    cwd: root,
    encoding: "utf8",
  });
  const out = child.stdout;
  const folder = /written to (\S+):/.exec(out)?.[1] ?? "";
  afterAll(() => {
    if (folder !== "") rmSync(folder, { recursive: true, force: true });
  });

  test("runs cleanly and says where it wrote the three files", () => {
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    for (const name of ["geneva2021.gexf", "geneva2021.graphml", "geneva2021.plover.jsonl"])
      expect(existsSync(join(folder, name)), name).toBe(true);
  });

  test("the files hold the whole graph, readable by graphology's parsers and as JSON Lines", () => {
    const gexf = parseGexf(
      MultiDirectedGraph,
      readFileSync(join(folder, "geneva2021.gexf"), "utf8"),
    );
    const graphml = parseGraphml(
      MultiDirectedGraph,
      readFileSync(join(folder, "geneva2021.graphml"), "utf8"),
    );
    const graph = buildGraph(geneva2021);
    expect([gexf.order, gexf.size]).toEqual([graph.order, graph.size]);
    expect([graphml.order, graphml.size]).toEqual([graph.order, graph.size]);
    const lines = readFileSync(join(folder, "geneva2021.plover.jsonl"), "utf8")
      .trimEnd()
      .split("\n");
    expect(lines.map((line) => JSON.parse(line).id)).toContain("minsk-diplomacy");
    expect(lines).toHaveLength(geneva2021.commitments.length + geneva2021.claims.length);
  });

  test("prints an excerpt of each format for the Minsk agreement, with its Arabic quote", () => {
    const quote = "تم الاتفاق على متابعة الجهود الدبلوماسية المتعلقة باتفاقية مينسك";
    expect(out).toContain('<node id="commitment:minsk-diplomacy" label="It was agreed');
    expect(out).toContain(`<attvalue for="quote" value="${quote}"/>`);
    expect(out).toContain('<data key="n_parties">united-states|russia</data>');
    expect(out).toContain('"event": [\n    "AGREE"\n  ]');
    expect(out).toContain(`"${quote}"`);
  });
});
