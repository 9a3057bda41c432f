/**
 * A worker thread of `communique reconcile --workers N`: extracts reports from the articles it
 * is sent, and computes what clustering needs of each article and report (wire-copy
 * fingerprints, content terms), so that the main thread only compares. Extraction is a pure
 * function of the article, so any split gives the same reports.
 */
import { parentPort } from "node:worker_threads";
import { fingerprint, reportTerms } from "../cluster/cluster.js";
import { extractFromArticle, type ExtractOptions } from "../extract/extract-reports.js";
import type { Article } from "../model/article.js";

parentPort?.on("message", (job: { articles: Article[]; options: ExtractOptions }) => {
  try {
    const reports = job.articles.map((a) => extractFromArticle(a, job.options));
    const fingerprints = job.articles.map((a) => [a.id, fingerprint(a.text)] as const);
    const texts = new Map(job.articles.map((a) => [a.id, a.text]));
    const terms = reports.flat().map((r) => [r.id, reportTerms(r, texts)] as const);
    parentPort?.postMessage({ reports, fingerprints, terms });
  } catch (e) {
    parentPort?.postMessage({ error: (e as Error).message });
  }
});
