// docs/security.md lists the production dependency tree and names each published package's own
// dependencies; both are written by scripts/dependencies-doc.ts from what is installed.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  productionDependencies,
  renderDependencies,
  SECURITY_DOC,
} from "../../scripts/dependencies-doc";

describe("docs/security.md: dependencies", () => {
  const page = readFileSync(SECURITY_DOC, "utf8");

  test("is what scripts/dependencies-doc.ts writes from the installed tree", () => {
    expect(page).toContain("<!-- dependencies table -->");
    expect(page).toContain("<!-- dependencies direct -->");
    expect(page).toBe(renderDependencies(page));
  });

  test("the tree holds the packages the published ones depend on, with their own", () => {
    const tree = productionDependencies();
    expect(tree.map((d) => d.name)).toEqual(
      expect.arrayContaining(["zod", "graphology", "graphology-types", "events"]),
    );
    // events: graphology's, and readable-stream's (under n3, for @accordkg/rdf).
    expect(tree.find((d) => d.name === "events")?.pulledInBy).toEqual([
      "graphology",
      "readable-stream",
    ]);
    expect(tree.find((d) => d.name === "graphology-types")).toMatchObject({ typesOnly: true });
    for (const dependency of tree) {
      expect(dependency.version, dependency.name).toMatch(/^\d+\.\d+\.\d+/);
      expect(dependency.installScripts, dependency.name).toEqual([]);
    }
  });
});
