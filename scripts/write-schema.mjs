#!/usr/bin/env node
// Writes dist/schema.json, the JSON Schema of the reconcile output, from the zod schemas.
import { writeFileSync } from "node:fs";
import { resultJsonSchema } from "../dist/index.js";

writeFileSync(new URL("../dist/schema.json", import.meta.url), `${JSON.stringify(resultJsonSchema(), null, 2)}\n`);
