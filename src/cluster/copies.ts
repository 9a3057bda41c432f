/**
 * Copies of one wire story: an article half of whose 5-word shingles are in another is a copy
 * of it. Clustering asks only about the article pairs it compares, so each such pair is checked
 * exactly and the copies are joined into groups; no search over all articles is needed.
 */
import type { Fingerprint } from "../normalise/normalise.js";
import type { PackedArrays } from "../normalise/packed.js";
import { shingleHashes } from "../normalise/terms.js";

export type { Fingerprint } from "../normalise/normalise.js";

/** The fingerprint of an article's text, for copies of one wire story to be found. */
export function fingerprint(text: string): Fingerprint {
  return { hashes: shingleHashes(text) };
}

/** Fingerprints of many articles side by side: article `i`'s shingle hashes are `values[offsets[i]]` up to `values[offsets[i + 1]]`. */
export type PackedFingerprints = PackedArrays;

/**
 * Two articles are copies of one wire story when half the shingles of the shorter one are in
 * the other (containment, so a copy with its last paragraphs trimmed still counts).
 */
export const COPY_CONTAINMENT = 0.5;

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
 * Copies of one wire story among the article pairs clustering compares (article `first[p]` and
 * `second[p]`, indexes into `ids`, which are sorted; article `i`'s shingle hashes are array
 * `printAt[i]` of `prints`): each pair is checked exactly (half the
 * shingles of the shorter text in the other), and the pairs that are copies join their articles
 * into groups, each under its smallest article id. Article id → group id for every id.
 *
 * Only pairs that clustering scores need the answer, and a copy of a story reports the meeting
 * its original reports, so the two are always compared: checking those pairs alone finds every
 * copy that matters without a search over all articles, and checks each exactly, where a MinHash
 * search misses a short copy of a long story (their Jaccard similarity is low).
 */
export function copyGroupsAmong(ids: readonly string[], first: ArrayLike<number>, second: ArrayLike<number>, prints: PackedArrays, printAt: Int32Array): Map<string, string> {
  return copyGroupsOf(ids, copyGroupRoots(ids.length, first, second, prints, printAt));
}

/**
 * {@link copyGroupsAmong} as each of the `n` articles' group: the index of the group's first
 * article (its root).
 */
export function copyGroupRoots(n: number, first: ArrayLike<number>, second: ArrayLike<number>, prints: PackedArrays, printAt: Int32Array): Int32Array {
  const { values: hashes, offsets } = prints;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    parent[x] = r;
    return r;
  };
  for (let p = 0; p < first.length; p++) {
    const a = first[p] as number;
    const b = second[p] as number;
    const ra = find(a);
    const rb = find(b);
    // Articles already in one group need no check: the group is the same either way.
    if (ra === rb) continue;
    if (containmentAtLeast(hashes, offsets, printAt[a] as number, printAt[b] as number, COPY_CONTAINMENT)) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  for (let i = 0; i < n; i++) find(i);
  return parent;
}

/** Article id → group id, from each article's root (the index of the smallest article of its group). */
export function copyGroupsOf(ids: readonly string[], roots: Int32Array): Map<string, string> {
  const groups = new Map<string, string>();
  ids.forEach((id, i) => groups.set(id, ids[roots[i] as number] as string));
  return groups;
}
