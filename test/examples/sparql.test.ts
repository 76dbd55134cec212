import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { geneva2021 } from "@accordkg/data";
import { fromRdf } from "@accordkg/rdf";
import { describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");

describe("pnpm example sparql", () => {
  const folder = mkdtempSync(join(tmpdir(), "accordkg-example-"));
  const child = spawnSync(
    tsx,
    ["--conditions=@accordkg/source", "examples/run.ts", "sparql", folder],
    { cwd: root, encoding: "utf8" },
  );

  test("runs every shipped query on oxigraph, each with the ids of its helper", () => {
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(child.stdout.match(/\(the same as/g)?.length).toBe(6);
    expect(child.stdout).not.toContain("NOT the same");
    expect(child.stdout).toContain(
      "examples/sparql/gradeOf.rq: 1 row (the same as gradeOf())\n  joint",
    );
  });

  test("writes the export in the four formats, each reading back to the dataset", async () => {
    try {
      const files = {
        "geneva.ttl": "turtle",
        "geneva.trig": "trig",
        "geneva.nq": "n-quads",
        "geneva.jsonld": "json-ld",
      } as const;
      for (const [file, format] of Object.entries(files))
        expect(await fromRdf(readFileSync(join(folder, file), "utf8"), { format })).toEqual(
          geneva2021,
        );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
