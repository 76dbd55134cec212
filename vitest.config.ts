import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// `vitest run` reads the packages' TypeScript sources through the `@accordkg/source` export
// condition; `vitest run --mode dist` reads what users get: the built dist files.
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
    include:
      mode === "dist"
        ? ["test/**/*.test.ts", "test/package/**/*.dist.test.ts"]
        : ["test/**/*.test.ts"],
    testTimeout: 30_000,
  },
}));
