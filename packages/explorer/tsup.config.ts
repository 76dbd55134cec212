import { defineConfig } from "tsup";
import { bundleApp } from "./scripts/bundleApp.mjs";

// The page's script is bundled once, here, and the module that would bundle it at run time
// (src/internal/appAssets.ts) is replaced by its result: dist holds the script as a string.
const assets = await bundleApp();

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  // TS 6 rejects the baseUrl tsup's d.ts step injects (TS5101) unless told to ignore it.
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  esbuildPlugins: [
    {
      name: "accordkg-app-assets",
      setup(build) {
        build.onLoad({ filter: /[\\/]src[\\/]internal[\\/]appAssets\.ts$/ }, () => ({
          contents: `const assets = Object.freeze(${JSON.stringify(assets)});\nexport function appAssets() { return assets; }\n`,
          loader: "js",
        }));
      },
    },
  ],
});
