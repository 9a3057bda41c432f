/**
 * What clustering reads of the articles' text: each report's content terms and the shingle
 * hashes of the articles asked for, each article's text folded once for all of them (folding
 * is most of the cost of both).
 */
import type { Report } from "../model/report.js";
import { articleContent, type TextSpan } from "./terms.js";
import type { ClusterCache } from "./normalise.js";
import { PackedArraysBuilder, type PackedArrays } from "./packed.js";

/** The content terms of a report, sorted: the stemmed words wholly inside its span of the article. */
export function reportTerms(r: Report, texts: ReadonlyMap<string, string>): Uint32Array {
  let out = new Uint32Array(0);
  articleContent(texts.get(r.articleId) ?? "", [r.span], false, (_, terms) => (out = terms.slice().sort()));
  return out;
}

/** `terms` if sorted, else a sorted copy (terms kept by a caller may come in the order of their words). */
function sortedTerms(terms: Uint32Array): Uint32Array {
  for (let t = 1; t < terms.length; t++) if ((terms[t - 1] as number) > (terms[t] as number)) return terms.slice().sort();
  return terms;
}

export interface ReportContent {
  /** {@link reportTerms} of each report (sorted), packed in the order of the reports. */
  terms: PackedArrays;
  /** The shingle hashes of each article asked for, packed in the order asked. */
  prints: PackedArrays;
}

/**
 * The terms of `reports` and the shingle hashes of articles `printIds`, each article folded once
 * when its reports are side by side (as they are in id order). Values in `cache` are read from it
 * (each once) and those computed are added to it.
 */
export function reportContent(reports: readonly Report[], texts: ReadonlyMap<string, string>, printIds: readonly string[], cache?: ClusterCache): ReportContent {
  const printIndex = new Map(printIds.map((id, k) => [id, k]));
  const knownPrints: (Uint32Array | undefined)[] = printIds.map((id) => cache?.fingerprints.get(id)?.hashes);
  const printDone = Uint8Array.from(knownPrints, (k) => (k ? 1 : 0));
  // Terms are packed as they are worked out, in the order of the reports; shingles in the order
  // their articles are met, then put in the order of `printIds`.
  const terms = new PackedArraysBuilder(reports.length, reports.length * 48);
  const printsToCompute = printDone.length - printDone.reduce((sum, done) => sum + done, 0);
  const computedPrints = new PackedArraysBuilder(printsToCompute, printsToCompute * 96);
  const printAt = new Int32Array(printIds.length).fill(-1);
  let printsComputed = 0;
  const spans: TextSpan[] = [];
  const own: number[] = [];
  /** Folds article `articleId` once for the terms of reports `own` (spans `spans`) and, when still needed, its shingles. */
  const readArticle = (articleId: string, k: number | undefined) => {
    const withShingles = k !== undefined && printDone[k] === 0;
    const shingles = articleContent(texts.get(articleId) ?? "", spans, withShingles, (x, computed) => {
      const r = reports[own[x] as number] as Report;
      // Sorted, so that a report's terms are one value however its words were ordered (and
      // TF-IDF counts them in runs without sorting its input).
      computed.sort();
      terms.push(computed);
      cache?.terms.set(r.id, computed.slice());
    });
    if (shingles && k !== undefined) {
      computedPrints.push(shingles);
      printAt[k] = printsComputed++;
      printDone[k] = 1;
      cache?.fingerprints.set(articleId, { hashes: shingles.slice() });
    }
  };
  for (let i = 0; i < reports.length; ) {
    const articleId = (reports[i] as Report).articleId;
    // The run of this article's reports, each read from the cache or queued to be worked out.
    spans.length = 0;
    own.length = 0;
    for (; i < reports.length && (reports[i] as Report).articleId === articleId; i++) {
      const r = reports[i] as Report;
      const known = cache?.terms.get(r.id);
      if (known) {
        // Reports worked out so far come first: terms stay in the order of the reports (the
        // article's shingles, when asked for, come from the same fold).
        if (own.length > 0) readArticle(articleId, printIndex.get(articleId));
        spans.length = 0;
        own.length = 0;
        terms.push(sortedTerms(known));
      } else {
        spans.push(r.span);
        own.push(i);
      }
    }
    const k = printIndex.get(articleId);
    if (own.length > 0 || (k !== undefined && printDone[k] === 0)) readArticle(articleId, k);
  }
  // Articles with no report whose shingles are asked for.
  spans.length = 0;
  own.length = 0;
  printIds.forEach((id, k) => {
    if (printDone[k] === 0) readArticle(id, k);
  });
  return {
    terms: terms.finish(),
    prints: packInOrder(knownPrints, printAt, computedPrints.finish()),
  };
}

/** Arrays in order: `known[i]` when there, else computed array `at[i]`. */
function packInOrder(known: readonly (Uint32Array | undefined)[], at: Int32Array, computed: PackedArrays): PackedArrays {
  // Nothing cached and computed in order (each article's reports together): packed already.
  if (at.every((c, i) => c === i)) return computed;
  const builder = new PackedArraysBuilder(known.length, computed.values.length + 16);
  known.forEach((k, i) => {
    const c = at[i] as number;
    builder.push(k ?? computed.values.subarray(computed.offsets[c], computed.offsets[c + 1]));
  });
  return builder.finish();
}
