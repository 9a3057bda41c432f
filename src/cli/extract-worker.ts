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
import { clusteringView, reportTerms } from "../cluster/cluster.js";
import { fingerprint, packFingerprints } from "../cluster/copies.js";
import { extractFromArticle, type ExtractOptions } from "../extract/extract-reports.js";
import type { Article } from "../model/article.js";
import { appendReports } from "./report-store.js";
import { packTerms } from "./hand-over.js";
import { packSurfaces } from "./transport.js";

const spill = (workerData as { spill?: { path: string; n: number } } | undefined)?.spill;
let spilled = 0;

parentPort?.on("message", (job: { articles: Article[]; options: ExtractOptions }) => {
  try {
    const reports = job.articles.map((a) => extractFromArticle(a, job.options));
    const fingerprints = packFingerprints(job.articles.map((a) => fingerprint(a.text)));
    const texts = new Map(job.articles.map((a) => [a.id, a.text]));
    const terms = packTerms(reports.flat().map((r) => reportTerms(r, texts)));
    // The typed arrays change hands rather than being copied.
    const transfer = [fingerprints.hashes.buffer, fingerprints.offsets.buffer, fingerprints.signatures.buffer, terms.values.buffer, terms.offsets.buffer] as ArrayBuffer[];
    if (spill) {
      const { at, end } = appendReports(spill.path, spill.n, spilled, reports.flat());
      spilled = end;
      parentPort?.postMessage({ reports: reports.map((rs) => rs.map(clusteringView)), at, fingerprints, terms }, transfer);
    } else {
      reports.forEach((rs, i) => packSurfaces(rs, (job.articles[i] as Article).text));
      parentPort?.postMessage({ reports, fingerprints, terms }, transfer);
    }
  } catch (e) {
    parentPort?.postMessage({ error: (e as Error).message });
  }
});
