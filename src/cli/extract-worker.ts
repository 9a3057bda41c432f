/**
 * A worker thread of `communique reconcile --workers N`: extracts reports from the articles it
 * is sent, and computes what clustering needs of each article and report (wire-copy
 * fingerprints, content terms), so that the main thread only compares. Extraction is a pure
 * function of the article, so any split gives the same reports.
 *
 * Given a file to spill to (`workerData.spill`), it writes the full reports there and returns
 * their clustering views and where each full report is; otherwise the full reports, packed for
 * transport.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { ExtractOptions } from "../extract/extract-reports.js";
import type { Article } from "../model/article.js";
import { extractBatch, transferList } from "./extract-batch.js";
import { packSurfaces } from "./transport.js";

const spill = (workerData as { spill?: { path: string; n: number } } | undefined)?.spill;
let spilled = 0;

parentPort?.on("message", (job: { articles: Article[]; options: ExtractOptions }) => {
  try {
    const { result, end } = extractBatch(job.articles, job.options, spill && { ...spill, offset: spilled });
    if (end !== undefined) spilled = end;
    // Reports sent whole travel with their quotes as markers (see transport.ts).
    if (!spill) result.reports.forEach((rs, i) => packSurfaces(rs, (job.articles[i] as Article).text));
    parentPort?.postMessage(result, transferList(result));
  } catch (e) {
    parentPort?.postMessage({ error: (e as Error).message });
  }
});
