import { defaultServerConditions } from "vite";
import { configDefaults, defineConfig } from "vitest/config";

// `vitest run` reads the packages' TypeScript sources through the `@accordkg/source` export
// condition; `vitest run --mode dist` reads what users get: the built dist files, and also runs the
// `*.dist.test.ts` suites that pack and install the packages. Suites that only spawn scripts
// (examples, doc snippets) always run those against the sources, so the dist run leaves them out.
const SOURCE_ONLY = [
  "test/readme.test.ts",
  "test/core/readme.test.ts",
  "test/core/extendingGuide.test.ts",
  "test/rdf/readme.test.ts",
  "test/data/readme.test.ts",
  "test/data/validateExample.test.ts",
  "test/explorer/readme.test.ts",
  "test/examples/**",
  "test/reliability/validateCli.test.ts",
  "test/reliability/verifySummary.test.ts",
  "test/bench/save.test.ts",
  // A real Virtuoso server: once per verify is enough (its queries are files, not package code).
  "test/rdf/sparqlVirtuoso.test.ts",
  "test/formats/readme.test.ts",
];
export default defineConfig(({ mode }) => ({
  ssr: {
    resolve: {
      conditions:
        mode === "dist"
          ? [...defaultServerConditions]
          : ["@accordkg/source", ...defaultServerConditions],
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    exclude:
      mode === "dist"
        ? [...configDefaults.exclude, ...SOURCE_ONLY]
        : [...configDefaults.exclude, "test/**/*.dist.test.ts"],
    testTimeout: 30_000,
    // A test that runs no assertion fails: a check that never fires proves nothing. Type-only
    // tests live in `*.test-d.ts` files, which tsc checks in the typecheck step and vitest does
    // not run (test/reliability/typeTests.test.ts keeps run-time checks out of them).
    expect: { requireAssertions: true },
  },
}));
