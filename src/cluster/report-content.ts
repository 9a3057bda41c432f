/**
 * What clustering reads of the articles' text: each report's content terms and the shingle
 * hashes of the articles whose wire copies are checked, each article's text folded once for
 * all of them (folding is most of the cost of both).
 */
import type { Report } from "../model/report.js";
import { articleContent, type TextSpan } from "./content.js";
import type { ClusterCache } from "./cluster.js";
import { PackedArraysBuilder, type PackedArrays } from "./tables.js";

/** The content terms of a report: the stemmed words wholly inside its span of the article. */
export function reportTerms(r: Report, texts: ReadonlyMap<string, string>): Uint32Array {
  let out = new Uint32Array(0);
  articleContent(texts.get(r.articleId) ?? "", [r.span], false, (_, terms) => (out = terms.slice()));
  return out;
}

export interface ReportContent {
  /** {@link reportTerms} of each report, packed in the order of the reports. */
  terms: PackedArrays;
  /** The shingle hashes of each article asked for, packed in the order asked. */
  prints: PackedArrays;
}

/**
 * The terms of `reports` and the shingle hashes of articles `printIds`, each article folded at
 * most once. Values in `cache` are read from it (each once) and those computed are added to it.
 */
export function reportContent(reports: readonly Report[], texts: ReadonlyMap<string, string>, printIds: readonly string[], cache?: ClusterCache): ReportContent {
  // Each article's reports whose terms are not cached, and whether its shingles are needed.
  const known: (Uint32Array | undefined)[] = reports.map((r) => cache?.terms.get(r.id));
  const knownPrints: (Uint32Array | undefined)[] = printIds.map((id) => cache?.fingerprints.get(id)?.hashes);
  const work = new Map<string, { reports: number[]; print: number }>();
  const workOf = (id: string) => {
    let w = work.get(id);
    if (!w) work.set(id, (w = { reports: [], print: -1 }));
    return w;
  };
  reports.forEach((r, i) => {
    if (!known[i]) workOf(r.articleId).reports.push(i);
  });
  printIds.forEach((id, k) => {
    if (!knownPrints[k]) workOf(id).print = k;
  });

  // Computed values, packed in the order they were computed, and where each is.
  const termsToCompute = known.filter((k) => !k).length;
  const printsToCompute = knownPrints.filter((k) => !k).length;
  const computedTerms = new PackedArraysBuilder(termsToCompute, termsToCompute * 48);
  const termsAt = new Int32Array(reports.length).fill(-1);
  let termsComputed = 0;
  const computedPrints = new PackedArraysBuilder(printsToCompute, printsToCompute * 96);
  const printAt = new Int32Array(printIds.length).fill(-1);
  let printsComputed = 0;
  for (const [articleId, { reports: own, print }] of work) {
    const spans: TextSpan[] = own.map((i) => (reports[i] as Report).span);
    const shingles = articleContent(texts.get(articleId) ?? "", spans, print >= 0, (k, terms) => {
      const i = own[k] as number;
      computedTerms.push(terms);
      termsAt[i] = termsComputed++;
      cache?.terms.set((reports[i] as Report).id, terms.slice());
    });
    if (shingles) {
      computedPrints.push(shingles);
      printAt[print] = printsComputed++;
      cache?.fingerprints.set(articleId, { hashes: shingles.slice() });
    }
  }
  return {
    terms: packInOrder(known, termsAt, computedTerms.finish()),
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
