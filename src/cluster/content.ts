/**
 * Content evidence: distinctive words two reports share (TF-IDF cosine over their content
 * terms), and near-identical wording that marks copies of one wire story (containment of their
 * articles' shingles). The terms and shingles themselves are normalisation's.
 */
import { packArrays, type PackedArrays } from "../normalise/packed.js";
import { Uint32Counts } from "./tables.js";

/**
 * A sparse unit vector of TF-IDF weights: term ids in increasing order and their weights. Typed
 * arrays rather than maps: a hundred thousand reports' vectors stay compact and cheap to compare.
 */
export interface TermVector {
  ids: Uint32Array;
  weights: Float64Array;
}

/** Sparse unit vectors of TF-IDF weights, one per document (its term hashes), with IDF computed over the given documents. */
export function tfidfVectors(docs: readonly Uint32Array[]): TermVector[] {
  const packed = packedTfidfVectors(packArrays(docs));
  return docs.map((_, d) => termVectorAt(packed, d));
}

/**
 * TF-IDF vectors side by side: vector `d` is `ids` and `weights` from `offsets[d]` up to
 * `offsets[d + 1]`. A hundred thousand reports would otherwise make three objects each (a
 * vector and two views), all of them kept for as long as clustering runs.
 */
export interface PackedTermVectors {
  ids: Uint32Array;
  weights: Float64Array;
  offsets: Uint32Array;
}

/** Vector `d` of packed vectors as a {@link TermVector} (views, not copies). */
export function termVectorAt(v: PackedTermVectors, d: number): TermVector {
  return { ids: v.ids.subarray(v.offsets[d], v.offsets[d + 1]), weights: v.weights.subarray(v.offsets[d], v.offsets[d + 1]) };
}

/**
 * {@link tfidfVectors} of documents packed side by side, packed in turn. Sorts each document's
 * terms in place, unless `termsSorted` says they are (as normalisation gives them).
 */
export function packedTfidfVectors({ values: sorted, offsets: start }: PackedArrays, { termsSorted = false } = {}): PackedTermVectors {
  const n = start.length - 1;
  // Every document's terms sorted in one shared array (equal terms become runs, counted in one
  // pass).
  const distinct = new Uint32Array(n + 1);
  // Sized for the distinct terms of a small input; grows with a larger one.
  const df = new Uint32Counts(Math.min(n * 8, 1 << 15));
  for (let d = 0; d < n; d++) {
    const from = start[d] as number;
    const to = start[d + 1] as number;
    if (!termsSorted && to - from > 1) sorted.subarray(from, to).sort();
    let count = 0;
    for (let t = from; t < to; t++) {
      if (t === from || sorted[t] !== sorted[t - 1]) {
        df.increment(sorted[t] as number);
        count++;
      }
    }
    distinct[d + 1] = (distinct[d] as number) + count;
  }
  const allIds = new Uint32Array(distinct[n] as number);
  const allWeights = new Float64Array(distinct[n] as number);
  // Each term's IDF, worked out once per term rather than once per document it is in, beside its
  // count in the table (NaN until needed).
  const idfAt = new Float64Array(df.slots).fill(Number.NaN);
  for (let d = 0; d < n; d++) {
    const first = distinct[d] as number;
    const end = start[d + 1] as number;
    let k = first;
    let norm = 0;
    for (let i = start[d] as number; i < end; k++) {
      const id = sorted[i] as number;
      let count = 0;
      while (i < end && sorted[i] === id) {
        count++;
        i++;
      }
      const slot = df.slotOf(id);
      let idf = idfAt[slot] as number;
      if (Number.isNaN(idf)) idf = idfAt[slot] = Math.log(1 + n / (df.get(id) || 1));
      const w = (count === 1 ? 1 : 1 + Math.log(count)) * idf;
      allIds[k] = id;
      allWeights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let x = first; x < k; x++) allWeights[x] = (allWeights[x] as number) / norm;
  }
  return { ids: allIds, weights: allWeights, offsets: distinct };
}

/** Cosine of two unit vectors: the sum over shared terms, found by merging the sorted ids. */
export function cosine(a: TermVector, b: TermVector): number {
  return cosineOfRanges(a.ids, a.weights, 0, a.ids.length, b.ids, b.weights, 0, b.ids.length);
}

/** {@link cosine} of vectors `a` and `b` of packed vectors. */
export function cosineAt(v: PackedTermVectors, a: number, b: number): number {
  return cosineOfRanges(v.ids, v.weights, v.offsets[a] as number, v.offsets[a + 1] as number, v.ids, v.weights, v.offsets[b] as number, v.offsets[b + 1] as number);
}

function cosineOfRanges(aIds: Uint32Array, aWeights: Float64Array, i: number, aEnd: number, bIds: Uint32Array, bWeights: Float64Array, j: number, bEnd: number): number {
  let s = 0;
  while (i < aEnd && j < bEnd) {
    const x = aIds[i] as number;
    const y = bIds[j] as number;
    if (x === y) s += (aWeights[i++] as number) * (bWeights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Share of the smaller sorted hash set found in the other (containment: a trimmed copy still scores high). */
export function sortedContainment(a: Uint32Array, b: Uint32Array): number {
  const small = Math.min(a.length, b.length);
  if (small === 0) return 0;
  let i = 0;
  let j = 0;
  let hit = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) { hit++; i++; j++; } else if (x < y) i++; else j++;
  }
  return hit / small;
}
