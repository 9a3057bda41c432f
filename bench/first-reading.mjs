// One timed pass of extraction over articles this process has never read, after warming up on others.
// Run as a child of run.mjs: a fresh process is the only way to be sure that no table keyed by text
// (runs of names, parsed names) already holds what is timed. The warm-up reads the other articles
// ten times: measured here, a timed pass after three readings is 10-20% slower than after ten, and
// after twenty no faster than after ten.
//
// Two ways to split the articles:
// - `corpus` or `holdout`: time one half of the test corpus after warming up on the other half.
// - `fold I K`: time every K-th article of both halves (sorted by id) from the I-th, after warming
//   up on all the others. What a pipeline's first reading costs depends on how varied the text it
//   has already read is, and not only on how much: the engine recompiles its optimised code when new
//   text takes branches that text never took. Measured here, the holdout's even articles read at
//   1.7-2.1 MB/s after a warm-up on the corpus alone and at 2.7-2.9 after one that adds the odd
//   ones. Leaving one fold of eight out warms up on seven eighths of every outlet's text, the
//   nearest this corpus comes to a pipeline after its first few thousand articles.
// Prints one line of JSON.
import { performance } from "node:perf_hooks";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractReports, readArticles } from "../dist/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "test-corpus");
const halves = { corpus: join(root, "articles"), holdout: join(root, "holdout", "articles") };

/** The articles to warm up on and the articles to time, by the command line's split. */
function split(args) {
  if (args[0] === "fold") {
    const [fold, folds] = [Number(args[1]), Number(args[2])];
    if (!(Number.isInteger(fold) && Number.isInteger(folds) && fold >= 0 && fold < folds)) {
      console.error(`first-reading.mjs: usage: fold I K, with 0 <= I < K (got ${args.slice(1).join(" ") || "nothing"})`);
      process.exit(2);
    }
    const { articles } = readArticles([halves.corpus, halves.holdout]);
    const all = articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { timed: `fold ${fold} of ${folds}`, warm: all.filter((_, i) => i % folds !== fold), articles: all.filter((_, i) => i % folds === fold) };
  }
  const timed = args[0] === "holdout" ? "holdout" : "corpus";
  return { timed, warm: readArticles([halves[timed === "corpus" ? "holdout" : "corpus"]]).articles, articles: readArticles([halves[timed]]).articles };
}

const { timed, warm, articles } = split(process.argv.slice(2));
for (let r = 0; r < 10; r++) for (const a of warm) extractReports({ ...a, id: `${a.id}~${r}` });
const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
const t = performance.now();
for (const a of articles) extractReports(a);
const seconds = (performance.now() - t) / 1000;
console.log(JSON.stringify({ timed, articles: articles.length, bytes, seconds }));
