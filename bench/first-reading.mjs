// One timed pass of extraction over articles this process has never read, after warming up on others.
// Run as a child of run.mjs: a fresh process is the only way to be sure that no table keyed by text
// (runs of names, parsed names) already holds what is timed. The warm-up reads the other half of the
// test corpus ten times (1,570 or 1,820 articles), so that the compiler has seen the same kinds of
// text as often as a pipeline has after its first few thousand articles: measured here, a timed
// pass after three readings of the other half is 10-20% slower than after ten, and after twenty
// no faster than after ten.
// Usage: node bench/first-reading.mjs corpus|holdout (the half to time). Prints one line of JSON.
import { performance } from "node:perf_hooks";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractReports, readArticles } from "../dist/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "test-corpus");
const halves = { corpus: join(root, "articles"), holdout: join(root, "holdout", "articles") };
const timed = process.argv[2] === "holdout" ? "holdout" : "corpus";
const { articles: warm } = readArticles([halves[timed === "corpus" ? "holdout" : "corpus"]]);
const { articles } = readArticles([halves[timed]]);
for (let r = 0; r < 10; r++) for (const a of warm) extractReports({ ...a, id: `${a.id}~${r}` });
const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
const t = performance.now();
for (const a of articles) extractReports(a);
const seconds = (performance.now() - t) / 1000;
console.log(JSON.stringify({ timed, articles: articles.length, bytes, seconds }));
