#!/usr/bin/env node
// Writes schema.json (shipped at the package root, so every resolver finds communique/schema.json), the JSON Schema of the reconcile output, from the zod schemas.
import { writeFileSync } from "node:fs";
import { resultJsonSchema } from "../dist/index.js";

writeFileSync(new URL("../schema.json", import.meta.url), `${JSON.stringify(resultJsonSchema(), null, 2)}\n`);
