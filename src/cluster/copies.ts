/**
 * Copies of one wire story: MinHash signatures of 5-word shingles, candidate pairs from
 * locality-sensitive bands (linear in the number of articles), the estimated similarity as a
 * first filter, and the exact containment of shingles as the test.
 *
 * The work is done on fingerprints packed side by side in a few typed arrays: the pairs checked
 * are scattered across the input (one memory access per signature, not three), and packed
 * fingerprints can be handed to another thread without copying.
 */
import { BANDS, bandKey, hasBand, minhash, minhashInto, scratchShingleHashes, shingleHashes, SIGNATURE_LENGTH } from "./content.js";
import { packArrays, PackedArraysBuilder, sortPairsByKey } from "./tables.js";

/** An article's shingle hashes (sorted, distinct) and their MinHash signature. */
export interface Fingerprint {
  hashes: Uint32Array;
  signature: Uint32Array;
}

/** The fingerprint of an article's text, for copies of one wire story to be found. */
export function fingerprint(text: string): Fingerprint {
  const hashes = shingleHashes(text);
  return { hashes, signature: minhash(hashes) };
}

/**
 * Fingerprints of many articles side by side: article `i`'s shingle hashes are
 * `hashes[offsets[i]]` up to `hashes[offsets[i + 1]]`, its signature starts at
 * `signatures[i * SIGNATURE_LENGTH]`.
 */
export interface PackedFingerprints {
  hashes: Uint32Array;
  offsets: Uint32Array;
  signatures: Uint32Array;
}

export function packFingerprints(prints: readonly Fingerprint[]): PackedFingerprints {
  const { values: hashes, offsets } = packArrays(prints.map((f) => f.hashes));
  const signatures = new Uint32Array(prints.length * SIGNATURE_LENGTH);
  prints.forEach((f, i) => signatures.set(f.signature, i * SIGNATURE_LENGTH));
  return { hashes, offsets, signatures };
}

/**
 * Fingerprints of texts computed straight into packed arrays, with no arrays of their own
 * (two per article otherwise, each outside the heap). An entry already fingerprinted is copied
 * in; `keep` receives, as a fingerprint of its own, each one computed here.
 */
export function packFingerprintsOf(items: readonly (string | Fingerprint)[], keep?: (i: number, f: Fingerprint) => void): PackedFingerprints {
  const builder = new PackedArraysBuilder(items.length, items.length * 96);
  const signatures = new Uint32Array(items.length * SIGNATURE_LENGTH);
  items.forEach((item, i) => {
    if (typeof item !== "string") {
      builder.push(item.hashes);
      signatures.set(item.signature, i * SIGNATURE_LENGTH);
      return;
    }
    const hashes = scratchShingleHashes(item);
    builder.push(hashes);
    minhashInto(hashes, signatures, i * SIGNATURE_LENGTH);
    keep?.(i, { hashes: hashes.slice(), signature: signatures.slice(i * SIGNATURE_LENGTH, (i + 1) * SIGNATURE_LENGTH) });
  });
  const { values: hashes, offsets } = builder.finish();
  return { hashes, offsets, signatures };
}

/**
 * Two articles are copies of one wire story when half the shingles of the shorter one are in
 * the other (containment, so a copy with its last paragraphs trimmed still counts).
 */
export const COPY_CONTAINMENT = 0.5;
/** Candidate pairs whose estimated Jaccard similarity is below this are not checked further. */
const COPY_CANDIDATE = 0.25;
/** The fewest equal signature entries that make that share. */
const CANDIDATE_ENTRIES = Math.ceil(COPY_CANDIDATE * SIGNATURE_LENGTH);
const SMALL_BUCKET = 12;
const ANCHORS = 3;
const MAX_BUCKET = 500;
// A slot's flags: its bucket compares all pairs; the article is one of its bucket's anchors.
const ALL_PAIRS = 1;
const ANCHOR = 2;

/** Whether a bucket of `size` articles compares any pair (see copyRoots). */
function comparing(size: number): boolean {
  return size >= 2 && size <= MAX_BUCKET;
}

/** Calls `f(at, end)` for each run of equal keys among the first `entries` sorted keys. */
function forEachBucket(entries: number, keyAt: (p: number) => number, f: (at: number, end: number) => void): void {
  for (let at = 0; at < entries; ) {
    const key = keyAt(at);
    let end = at + 1;
    while (end < entries && keyAt(end) === key) end++;
    f(at, end);
    at = end;
  }
}

/**
 * For each article (by index), the smallest index of the articles it is a copy of, itself
 * included: articles with the same root are copies of one wire story.
 */
export function copyRoots({ hashes, offsets, signatures }: PackedFingerprints): Int32Array {
  const n = offsets.length - 1;
  // Band buckets by sorting (band key, article index) pairs by key: no array per bucket, when
  // almost every bucket of a large input holds a single article. Within a bucket, articles stay
  // in index order.
  const entryKeys = new Uint32Array(n * BANDS);
  const entryArticles = new Uint32Array(n * BANDS);
  let filledEntries = 0;
  for (let i = 0; i < n; i++) {
    for (let band = 0; band < BANDS; band++) {
      if (!hasBand(signatures, i * SIGNATURE_LENGTH, band)) continue;
      entryKeys[filledEntries] = bandKey(signatures, i * SIGNATURE_LENGTH, band);
      entryArticles[filledEntries++] = i;
    }
  }
  const { keys: sortedKeys, values: sortedArticles } = sortPairsByKey(entryKeys.subarray(0, filledEntries), entryArticles.subarray(0, filledEntries));
  const entries = sortedKeys.length;
  const keyAt = (p: number) => sortedKeys[p] as number;
  const articleAt = (p: number) => sortedArticles[p] as number;

  // Near-duplicates share many bands, and a pair is checked only in the first bucket that
  // compares it: each article's comparing buckets (key, and whether the bucket is small or the
  // article is one of its anchors) are noted in key order, so that a pair's earlier shared
  // buckets are found by merging two short lists, with no table of the millions of pairs
  // already checked. Buckets that compare nothing (a single article, or boilerplate) are left
  // out: they cannot answer yes, and leaving them out keeps the lists, and the memory allocated
  // outside the heap, about a third smaller.
  const slotStart = new Uint32Array(n + 1);
  forEachBucket(entries, keyAt, (at, end) => {
    if (comparing(end - at)) for (let p = at; p < end; p++) (slotStart[articleAt(p) + 1] as number)++;
  });
  for (let i = 0; i < n; i++) slotStart[i + 1] = (slotStart[i + 1] as number) + (slotStart[i] as number);
  const filled = slotStart.slice(0, n);
  const slotKey = new Uint32Array(slotStart[n] as number);
  const slotFlags = new Uint8Array(slotStart[n] as number);
  forEachBucket(entries, keyAt, (at, end) => {
    if (!comparing(end - at)) return;
    const key = keyAt(at);
    for (let p = at; p < end; p++) {
      const slot = (filled[articleAt(p)] as number)++;
      slotKey[slot] = key;
      slotFlags[slot] = (end - at <= SMALL_BUCKET ? ALL_PAIRS : 0) | (p - at < ANCHORS ? ANCHOR : 0);
    }
  });
  /** Whether a bucket before `key` compared `a` and `b`. */
  const comparedBefore = (a: number, b: number, key: number): boolean => {
    let x = slotStart[a] as number;
    let y = slotStart[b] as number;
    const xEnd = slotStart[a + 1] as number;
    const yEnd = slotStart[b + 1] as number;
    while (x < xEnd && y < yEnd) {
      const kx = slotKey[x] as number;
      const ky = slotKey[y] as number;
      if (kx >= key || ky >= key) return false;
      if (kx === ky) {
        // A small bucket compares all its pairs; a larger one, each article with its anchors.
        if (((slotFlags[x] as number) | (slotFlags[y] as number)) !== 0) return true;
        x++;
        y++;
      } else if (kx < ky) x++;
      else y++;
    }
    return false;
  };

  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    parent[x] = r;
    return r;
  };
  const tryPair = (a: number, b: number, key: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    if (!similarAtLeast(signatures, a, b, CANDIDATE_ENTRIES)) return;
    if (comparedBefore(a, b, key)) return;
    // The root is the smallest index, so the group id is the smallest article id of the group.
    if (containmentAtLeast(hashes, offsets, a, b, COPY_CONTAINMENT)) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const list: number[] = [];
  for (let at = 0; at < entries; ) {
    const key = keyAt(at);
    list.length = 0;
    for (; at < entries && keyAt(at) === key; at++) list.push(articleAt(at));
    // Small buckets are compared all-pairs; larger ones against their first members only (copies
    // of one story all resemble it), which keeps a popular story linear; very large ones are boilerplate.
    if (!comparing(list.length)) continue;
    const anchors = list.length <= SMALL_BUCKET ? list.length : ANCHORS;
    for (let i = 0; i < anchors; i++) for (let j = i + 1; j < list.length; j++) tryPair(list[i] as number, list[j] as number, key);
  }
  for (let i = 0; i < n; i++) find(i);
  return parent;
}

/**
 * Whether at least `need` entries of two packed signatures are equal (their share estimates the
 * texts' shingle Jaccard similarity).
 */
function similarAtLeast(signatures: Uint32Array, a: number, b: number, need: number): boolean {
  const x0 = a * SIGNATURE_LENGTH;
  const y0 = b * SIGNATURE_LENGTH;
  let same = 0;
  for (let k = 0; k < SIGNATURE_LENGTH; k++) {
    const x = signatures[x0 + k] as number;
    if (x === signatures[y0 + k] && x !== 0xffffffff) same++;
  }
  return same >= need;
}

/**
 * Whether at least `share` of the smaller of two packed hash sets is in the other: the same
 * answer as `sortedContainment(a, b) >= share`, but it stops as soon as the answer is known
 * (most pairs checked are clearly not copies).
 */
function containmentAtLeast(hashes: Uint32Array, offsets: Uint32Array, a: number, b: number, share: number): boolean {
  let i = offsets[a] as number;
  const aEnd = offsets[a + 1] as number;
  let j = offsets[b] as number;
  const bEnd = offsets[b + 1] as number;
  const small = Math.min(aEnd - i, bEnd - j);
  if (small === 0) return false;
  // The fewest shared hashes that make the share, found with the same division as
  // sortedContainment so that the answer is the same to the last bit.
  let need = Math.max(0, Math.ceil(share * small));
  while (need > 0 && (need - 1) / small >= share) need--;
  while (need / small < share) need++;
  if (need > small) return false;
  let hit = 0;
  // A merge without branches on the hashes (which way it goes is a coin toss, and a
  // mispredicted branch costs more than the step): both sides advance past the smaller hash.
  while (i < aEnd && j < bEnd) {
    const x = hashes[i] as number;
    const y = hashes[j] as number;
    // Unary plus turns each comparison into 0 or 1 without a branch; a conditional would branch.
    hit += +(x === y);
    i += +(x <= y);
    j += +(y <= x);
    if (hit >= need) return true;
    // Every hash still unread could be shared and the share still be out of reach.
    if (hit + aEnd - i < need || hit + bEnd - j < need) return false;
  }
  return hit >= need;
}

/**
 * Article ids grouped into copies of one wire story: article id → group id (the smallest
 * article id of its group). Fingerprints are taken from `fingerprints` when there, computed
 * and added to it otherwise.
 */
export function syndicationGroups(texts: ReadonlyMap<string, string>, fingerprints?: Map<string, Fingerprint>): Map<string, string> {
  const ids = [...texts.keys()].sort();
  return groupsOf(ids, copyRoots(packedFingerprintsOf(ids, texts, fingerprints)));
}

/** The fingerprints of articles `ids` (in that order) packed, from the cache when there; those computed are added to it. */
export function packedFingerprintsOf(ids: readonly string[], texts: ReadonlyMap<string, string>, fingerprints?: Map<string, Fingerprint>): PackedFingerprints {
  const items = ids.map((id) => fingerprints?.get(id) ?? texts.get(id) ?? "");
  return packFingerprintsOf(items, fingerprints && ((i, f) => fingerprints.set(ids[i] as string, f)));
}

/** Article id → group id, from the roots {@link copyRoots} gives for articles `ids`. */
export function groupsOf(ids: readonly string[], roots: Int32Array): Map<string, string> {
  const groups = new Map<string, string>();
  ids.forEach((id, i) => groups.set(id, ids[roots[i] as number] as string));
  return groups;
}
