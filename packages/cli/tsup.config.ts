import { defineConfig } from "tsup";

export default defineConfig({
  // The library (run the command line in-process, locate quotes) and the `accordkg` binary, which
  // share their code through a chunk. The binary keeps its `#!/usr/bin/env node` line.
  entry: ["src/index.ts", "src/bin.ts"],
  format: ["esm", "cjs"],
  // TS 6 rejects the baseUrl tsup's d.ts step injects (TS5101) unless told to ignore it.
  dts: { entry: "src/index.ts", compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "node",
});
