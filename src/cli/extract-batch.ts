/**
 * One batch of extraction as the CLI does it, on a worker thread or in-process: reports of each
 * article, the packed fingerprints and terms clustering needs, and, given a file to spill to,
 * the full reports written there and only their clustering views returned.
 */
import { clusteringView } from "../cluster/cluster.js";
import { reportContent } from "../normalise/report-content.js";
import type { PackedFingerprints } from "../cluster/copies.js";
import { extractFromArticle, type ExtractOptions } from "../extract/extract-reports.js";
import type { Article } from "../model/article.js";
import type { Report } from "../model/report.js";
import type { PackedTerms } from "./hand-over.js";
import { appendReports, type Location } from "./report-store.js";

/** Where a batch's full reports go: file `n` at `path`, from byte `offset`. */
export interface Spill {
  path: string;
  n: number;
  offset: number;
}

export interface BatchResult {
  /** Each article's reports (clustering views when spilled). */
  reports: Report[][];
  /** Where each full report was written, in the order of `reports` flattened, when spilled. */
  at?: Location[];
  fingerprints: PackedFingerprints;
  terms: PackedTerms;
}

/** Extracts a batch; returns its result and, when spilled, the offset after what it wrote. */
export function extractBatch(articles: readonly Article[], options: ExtractOptions, spill?: Spill): { result: BatchResult; end?: number } {
  const reports = articles.map((a) => extractFromArticle(a, options));
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const { terms, prints: fingerprints } = reportContent(reports.flat(), texts, articles.map((a) => a.id));
  if (!spill) return { result: { reports, fingerprints, terms } };
  const { at, end } = appendReports(spill.path, spill.n, spill.offset, reports.flat());
  return { result: { reports: reports.map((rs) => rs.map(clusteringView)), at, fingerprints, terms }, end };
}

/** The buffers of a result's typed arrays, to be transferred rather than copied. */
export function transferList(result: BatchResult): ArrayBuffer[] {
  const { fingerprints: f, terms: t } = result;
  return [f.values.buffer, f.offsets.buffer, t.values.buffer, t.offsets.buffer] as ArrayBuffer[];
}
