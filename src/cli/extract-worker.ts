/**
 * A worker thread of `communique reconcile --workers N`: extracts reports from the articles it
 * is sent. Extraction is a pure function of the article, so any split gives the same reports.
 */
import { parentPort } from "node:worker_threads";
import { extractFromArticle, type ExtractOptions } from "../extract/extract-reports.js";
import type { Article } from "../model/article.js";

parentPort?.on("message", (job: { articles: Article[]; options: ExtractOptions }) => {
  try {
    parentPort?.postMessage({ reports: job.articles.map((a) => extractFromArticle(a, job.options)) });
  } catch (e) {
    parentPort?.postMessage({ error: (e as Error).message });
  }
});
