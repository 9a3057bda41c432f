/** Extraction spread over worker threads, reports returned in article order. */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ExtractOptions } from "../extract/extract-reports.js";
import type { Article } from "../model/article.js";
import type { Report } from "../model/report.js";
import { extractBatch, type BatchResult } from "./extract-batch.js";
import type { HandOverCache } from "./hand-over.js";
import type { Location, ReportStore } from "./report-store.js";
import { unpackReports, type StringPool } from "./transport.js";

/** Below this many articles, starting threads costs more than it saves. */
const MIN_ARTICLES_PER_WORKER = 100;

/** On one thread, inputs this large keep their full reports in the store rather than in memory. */
const MIN_ARTICLES_TO_SPILL = 50_000;

/** Articles sent to a worker at a time: small batches keep each worker's memory small and the load even. */
const BATCH = 500;

export interface ParallelOptions {
  workers: number;
  /** Called for each article extracted in this thread (when one thread is enough). */
  extractOne: (a: Article) => Report[];
  /** Progress: articles done and reports found so far. */
  onBatch?: (done: number, reports: number) => void;
  /** Receives the fingerprints and terms the workers compute. */
  cache?: HandOverCache;
  /**
   * Opens a store for the workers' full reports, called only when workers are used; the
   * reports returned are then clustering views (see `clusteringView`), whose full reports the
   * store gives back by id. Without one, or when it gives none, full reports are returned.
   */
  openStore?: () => ReportStore | undefined;
  /**
   * On one thread, the number of articles from which full reports go to the store too (default
   * 50,000): below it they stay in memory, faster than writing and reading them back.
   */
  spillFrom?: number;
}

export interface Extracted {
  reports: Report[];
  /** The store the full reports are in, when `reports` are clustering views. */
  store?: ReportStore;
}

/**
 * Reports of every article, extracted on up to `workers` threads; the same as extracting in one
 * thread (or their clustering views, with the store their full reports are in).
 */
export async function extractInParallel(articles: readonly Article[], options: ExtractOptions, { workers, extractOne, onBatch, cache, openStore, spillFrom = MIN_ARTICLES_TO_SPILL }: ParallelOptions): Promise<Extracted> {
  const n = Math.min(workers, Math.floor(articles.length / MIN_ARTICLES_PER_WORKER));
  if (n <= 1) {
    const store = articles.length >= spillFrom ? openStore?.() : undefined;
    if (!store) return { reports: articles.flatMap(extractOne) };
    return { reports: spillInThisThread(articles, options, store, cache, onBatch), store };
  }
  const store = openStore?.();
  const batches = Array.from({ length: Math.ceil(articles.length / BATCH) }, (_, i) => articles.slice(i * BATCH, (i + 1) * BATCH));
  const results: Report[][][] = new Array(batches.length);
  const pool: StringPool = new Map();
  let next = 0;
  let done = 0;
  let found = 0;
  // The CLI is bundled as dist/cli.cjs with the worker beside it.
  const file = join(__dirname, "extract-worker.cjs");
  // Each worker takes the next batch as soon as it hands back the last; results keep article order.
  // Worker `index` spills full reports to file number `index` of the store.
  const runWorker = (index: number) =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(file, store ? { workerData: { spill: { path: store.file(index), n: index } } } : {});
      let current = -1;
      const send = () => {
        if (next >= batches.length) {
          void worker.terminate();
          resolve();
          return;
        }
        current = next++;
        worker.postMessage({ articles: batches[current], options });
      };
      worker.on("message", (msg: BatchResult | { error?: string }) => {
        if (!("reports" in msg)) {
          void worker.terminate();
          reject(new Error(msg.error ?? "a worker returned nothing"));
          return;
        }
        const sent = batches[current] as Article[];
        msg.reports.forEach((rs, i) => unpackReports(rs, (sent[i] as Article).text, pool));
        receive(sent, msg, store, cache);
        results[current] = msg.reports;
        done += sent.length;
        found += msg.reports.reduce((s, r) => s + r.length, 0);
        onBatch?.(done, found);
        send();
      });
      worker.once("error", reject);
      send();
    });
  await Promise.all(Array.from({ length: n }, (_, i) => runWorker(i)));
  return { reports: results.flat(2), ...(store ? { store } : {}) };
}

/** What the main thread keeps of a batch's result: where each full report is, and the packed fingerprints and terms. */
function receive(sent: readonly Article[], result: BatchResult, store?: ReportStore, cache?: HandOverCache): void {
  let k = 0;
  for (const rs of result.reports) for (const r of rs) store?.record(r.id, result.at?.[k++] as Location);
  cache?.fingerprints.addPack(sent.map((a) => a.id), result.fingerprints);
  cache?.terms.addPack(result.reports.flatMap((rs) => rs.map((r) => r.id)), result.terms);
}

/**
 * A large input on one thread: batches extracted here as a worker would, full reports written
 * to the store and clustering views returned, so that memory stays as bounded as with workers.
 */
function spillInThisThread(articles: readonly Article[], options: ExtractOptions, store: ReportStore, cache: HandOverCache | undefined, onBatch: ParallelOptions["onBatch"]): Report[] {
  const views: Report[] = [];
  let offset = 0;
  for (let at = 0; at < articles.length; at += BATCH) {
    const sent = articles.slice(at, at + BATCH);
    const { result, end } = extractBatch(sent, options, { path: store.file(0), n: 0, offset });
    offset = end ?? offset;
    receive(sent, result, store, cache);
    for (const rs of result.reports) for (const r of rs) views.push(r);
    onBatch?.(at + sent.length, views.length);
  }
  return views;
}
