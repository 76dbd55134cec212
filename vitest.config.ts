import { defaultServerConditions } from "vite";
import { configDefaults, defineConfig } from "vitest/config";

// `vitest run` reads the packages' TypeScript sources through the `@accordkg/source` export
// condition; `vitest run --mode dist` reads what users get: the built dist files, and also runs the
// `*.dist.test.ts` suites that pack and install the packages.
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
        ? [...configDefaults.exclude]
        : [...configDefaults.exclude, "test/**/*.dist.test.ts"],
    testTimeout: 30_000,
  },
}));
