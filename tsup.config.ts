import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2023",
    platform: "node",
    splitting: false,
  },
  {
    entry: { cli: "src/cli/main.ts", "extract-worker": "src/cli/extract-worker.ts" },
    format: ["cjs"],
    target: "es2023",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    sourcemap: true,
  },
]);
