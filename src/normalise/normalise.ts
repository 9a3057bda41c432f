/**
 * reports → normalised reports: what clustering compares, worked out once per report and per
 * article. Each report's participants become identities, its figures and mechanisms keys, its
 * words content terms; each article's text becomes the shingles that tell copies of one wire
 * story. None of it depends on the other reports, so it can be done as reports are extracted
 * (the command line works out the terms and shingles, most of the cost, on its extraction
 * workers) and kept between runs (see {@link ClusterCache}); clustering then only compares.
 */
import { articleIdOf, type Report } from "../model/report.js";
import { dayOf } from "../extract/calendar.js";
import { reportFeatures, type ReportFeatures } from "./features.js";
import type { PackedArrays } from "./packed.js";
import { reportContent } from "./report-content.js";

export { reportFeatures, type ReportFeatures } from "./features.js";
export { reportContent, reportTerms, type ReportContent } from "./report-content.js";
export type { PackedArrays } from "./packed.js";

export interface NormaliseInput {
  reports: readonly Report[];
  /** NFC text of each article, by id. */
  texts: ReadonlyMap<string, string>;
  /**
   * Per-article and per-report values kept between runs over overlapping inputs (an incremental
   * reconciler re-clusters the same articles as coverage arrives). Entries must be dropped when
   * an article is; see {@link createClusterCache}.
   */
  cache?: ClusterCache;
}

/** What normalisation computes once per article (wire-copy fingerprints) and per report (content terms), kept between runs. */
export interface ClusterCache {
  fingerprints: Map<string, Fingerprint>;
  terms: Map<string, Uint32Array>;
}

/** An article's shingle hashes, sorted and distinct. */
export interface Fingerprint {
  hashes: Uint32Array;
}

/** An empty {@link ClusterCache}. */
export function createClusterCache(): ClusterCache {
  return { fingerprints: new Map(), terms: new Map() };
}

/** Forgets what a cache holds for these articles and their reports. */
export function forgetInCache(cache: ClusterCache, articleIds: Iterable<string>): void {
  const gone = new Set(articleIds);
  for (const id of gone) cache.fingerprints.delete(id);
  for (const id of cache.terms.keys()) if (gone.has(articleIdOf(id))) cache.terms.delete(id);
}

/** Reports made ready to compare: the reports in id order, and what clustering reads of each and of each article. */
export interface NormalisedReports {
  /** The reports, in id order. */
  reports: readonly Report[];
  /** Each report's participants, figures and mechanisms, in the order of `reports`. */
  features: readonly ReportFeatures[];
  /** Each report's content terms, in the order of `reports`. */
  terms: PackedArrays;
  /** The ids of the articles given with text, sorted. */
  articleIds: readonly string[];
  /** Each article's shingle hashes (sorted, distinct), in the order of `articleIds`. */
  prints: PackedArrays;
  /** Each report's article, as its index in `articleIds` (-1 for an article given without text). */
  articleOf: Int32Array;
  /** The day number (days since 1970-01-01) each report's date starts on, NaN when it has none. */
  firstDays: Float64Array;
  /** The day number each report's date ends on (its start day for a single day), NaN when it has none. */
  lastDays: Float64Array;
}

/** Orders reports by id: every later stage numbers them in this order, whatever order they came in. */
function byId(a: Report, b: Report): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Normalises reports for clustering. Values in `input.cache` are read from it, and those computed are added to it. */
export function normaliseReports(input: NormaliseInput): NormalisedReports {
  const reports = [...input.reports].sort(byId);
  const features = reports.map(reportFeatures);
  const articleIds = [...input.texts.keys()].sort();
  const { terms, prints } = reportContent(reports, input.texts, articleIds, input.cache);
  const articleIndex = new Map(articleIds.map((id, i) => [id, i]));
  const articleOf = Int32Array.from(reports, (r) => articleIndex.get(r.articleId) ?? -1);
  const firstDays = Float64Array.from(reports, (r) => (r.date.start === null ? Number.NaN : dayOf(r.date.start)));
  const lastDays = Float64Array.from(reports, (r) => (r.date.start === null ? Number.NaN : dayOf(r.date.end ?? r.date.start)));
  // Frozen, arrays and all (typed arrays' contents excepted), so that what normaliseReports made
  // stays as it made it: clustering trusts it without checking every report again.
  const normalised: NormalisedReports = Object.freeze({
    reports: Object.freeze(reports),
    features: Object.freeze(features),
    terms: Object.freeze(terms),
    articleIds: Object.freeze(articleIds),
    prints: Object.freeze(prints),
    articleOf,
    firstDays,
    lastDays,
  });
  madeHere.add(normalised);
  return normalised;
}

// Normalised reports made (and frozen) by normaliseReports: clustering need not check that every
// report is in order and every report's terms sorted.
const madeHere = new WeakSet<NormalisedReports>();

/** Whether `normalised` is as normaliseReports made it (not assembled, or spread into a new object, by a caller). */
export function madeByNormaliseReports(normalised: NormalisedReports): boolean {
  return madeHere.has(normalised);
}
