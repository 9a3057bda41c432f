/** Extraction spread over worker threads, reports returned in article order. */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ExtractOptions } from "../extract/extract-reports.js";
import type { Article } from "../model/article.js";
import type { Report } from "../model/report.js";

/** Below this many articles, starting threads costs more than it saves. */
const MIN_ARTICLES_PER_WORKER = 100;

/** Reports of every article, extracted on up to `workers` threads; the same as extracting in one thread. */
export async function extractInParallel(articles: readonly Article[], options: ExtractOptions, workers: number, extractOne: (a: Article) => Report[]): Promise<Report[]> {
  const n = Math.min(workers, Math.floor(articles.length / MIN_ARTICLES_PER_WORKER));
  if (n <= 1) return articles.flatMap(extractOne);
  const size = Math.ceil(articles.length / n);
  const chunks = Array.from({ length: n }, (_, i) => articles.slice(i * size, (i + 1) * size));
  // The CLI is bundled as dist/cli.cjs with the worker beside it.
  const file = join(__dirname, "extract-worker.cjs");
  const parts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<Report[][]>((resolve, reject) => {
          const worker = new Worker(file);
          worker.once("message", (msg: { reports?: Report[][]; error?: string }) => {
            void worker.terminate();
            if (msg.error !== undefined || !msg.reports) reject(new Error(msg.error ?? "a worker returned nothing"));
            else resolve(msg.reports);
          });
          worker.once("error", reject);
          worker.postMessage({ articles: chunk, options });
        }),
    ),
  );
  return parts.flat(2);
}
