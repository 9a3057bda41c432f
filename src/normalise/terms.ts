/**
 * What a report's text is made into for comparison: its content terms (stemmed, folded words
 * that are not stop words, each as a 32-bit hash) and its article's 5-word shingles (hashes
 * of runs of five folded words, for copies of one wire story).
 */
import porter from "natural/lib/natural/stemmers/porter_stemmer.js";
import { FNV_OFFSET, FNV_PRIME, fnv1a, foldCodes, type FoldedCodes } from "../text/fold.js";

// Words every diplomatic report uses; they say nothing about which meeting it was.
const STOP = new Set(
  ("a an the and or of to in on at for with by from as is are was were be been has have had it its this that these those their " +
    "his her he she they them two both sides side said says also will would should could can may not no but than then there which who " +
    "whom what when while during after before over into about between among under more most further other such each all any own " +
    "minister ministers foreign affairs deputy prime meeting met meet talks held cooperation relations bilateral countries country " +
    "viet vietnam vietnamese nam").split(" "),
);

// Scratch space for the terms and the shingle hashes of the text at hand: callers copy out what
// they keep (typed arrays of this size live outside the heap and cost a microsecond each). Space
// for a longer text is made for the call and not kept.
let termScratch: Uint32Array = new Uint32Array(1024);
let shingleScratch: Uint32Array = new Uint32Array(1024);
const KEPT_SCRATCH = 1 << 19;

/** `scratch` if it holds `size` values; else a larger array, kept as the new scratch when not too large. */
function scratchFor(scratch: Uint32Array, size: number, keep: (grown: Uint32Array) => void): Uint32Array {
  if (scratch.length >= size) return scratch;
  const grown = new Uint32Array(size);
  if (size <= KEPT_SCRATCH) keep(grown);
  return grown;
}

// A folded word's term: the hash of its stem, or NOT_A_TERM for stop words, short words and
// numbers.
const NOT_A_TERM = -1;
function termOf(word: string): number {
  return word.length > 2 && !STOP.has(word) && !/^\d+$/.test(word) ? fnv1a(porter.stem(word) as string) : NOT_A_TERM;
}

/**
 * Folded words already met and their terms, in an open-addressing table keyed by the word's
 * hash and confirmed by its characters, which are kept side by side in one array of codes:
 * news vocabulary is small next to its running text, so most words are found here without a
 * string being built for them. The table doubles when half full, up to a bound past which new
 * words are stemmed each time they occur.
 */
const MAX_TERM_SLOTS = 1 << 20;
let termSlots = 1 << 12;
let slotHash = new Uint32Array(termSlots);
let slotTerm = new Int32Array(termSlots);
/** Where the slot's word starts in `wordCodes`; -1 for an empty slot. */
let slotStart = new Int32Array(termSlots).fill(-1);
let slotLength = new Int32Array(termSlots);
let wordCodes = new Uint16Array(1 << 14);
let wordCodesUsed = 0;
let termsKnown = 0;

/** The term of the folded word `codes[start..end)` whose hash is `hash`. */
function termAt(codes: Uint16Array, start: number, end: number, hash: number): number {
  const length = end - start;
  const mask = termSlots - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = slotStart[slot] as number;
    if (at < 0) break;
    if (slotHash[slot] !== hash || slotLength[slot] !== length) continue;
    let k = 0;
    while (k < length && wordCodes[at + k] === codes[start + k]) k++;
    if (k === length) return slotTerm[slot] as number;
  }
  const term = termOf(String.fromCharCode.apply(null, codes.subarray(start, end) as unknown as number[]));
  if (2 * (termsKnown + 1) > termSlots && termSlots < MAX_TERM_SLOTS) growTermTable();
  if (2 * (termsKnown + 1) <= termSlots) {
    if (wordCodesUsed + length > wordCodes.length) {
      const grown = new Uint16Array(Math.max(2 * wordCodes.length, wordCodesUsed + length));
      grown.set(wordCodes.subarray(0, wordCodesUsed));
      wordCodes = grown;
    }
    wordCodes.set(codes.subarray(start, end), wordCodesUsed);
    rememberTerm(wordCodesUsed, length, hash, term);
    wordCodesUsed += length;
    termsKnown++;
  }
  return term;
}

function rememberTerm(start: number, length: number, hash: number, term: number): void {
  const mask = termSlots - 1;
  let slot = hash & mask;
  while ((slotStart[slot] as number) >= 0) slot = (slot + 1) & mask;
  slotHash[slot] = hash;
  slotTerm[slot] = term;
  slotStart[slot] = start;
  slotLength[slot] = length;
}

function growTermTable(): void {
  const [hashes, terms, starts, lengths] = [slotHash, slotTerm, slotStart, slotLength];
  termSlots *= 2;
  slotHash = new Uint32Array(termSlots);
  slotTerm = new Int32Array(termSlots);
  slotStart = new Int32Array(termSlots).fill(-1);
  slotLength = new Int32Array(termSlots);
  for (let slot = 0; slot < starts.length; slot++) {
    if ((starts[slot] as number) >= 0) rememberTerm(starts[slot] as number, lengths[slot] as number, hashes[slot] as number, terms[slot] as number);
  }
}

/**
 * Stemmed content terms of a text, each as a 32-bit hash of the stem: a report's terms are kept
 * for as long as its article is open, and numbers are a tenth of the memory of strings. Two
 * stems sharing a hash would only add a trace of similarity; the result is the same on every run.
 */
export function terms(text: string): Uint32Array {
  return scratchTerms(text).slice();
}

/** {@link terms} of `text` as a view into a buffer shared by every call: valid until the next call. */
export function scratchTerms(text: string): Uint32Array {
  const folded = foldCodes(text);
  return termsOfWords(folded, 0, folded.words);
}

/** The terms of words `from` up to `to` of folded text, in the shared terms buffer. */
function termsOfWords({ codes, wordEnds, wordHashes }: FoldedCodes, from: number, to: number): Uint32Array {
  const out = scratchFor(termScratch, to - from, (grown) => (termScratch = grown));
  let n = 0;
  for (let w = from, start = w === 0 ? 0 : (wordEnds[w - 1] as number) + 1; w < to; w++) {
    const end = wordEnds[w] as number;
    const t = termAt(codes, start, end, wordHashes[w] as number);
    if (t !== NOT_A_TERM) out[n++] = t;
    start = end + 1;
  }
  return out.subarray(0, n);
}

/** A part of a text, from its first code unit up to (not including) its last. */
export type TextSpan = readonly [number, number];

/**
 * What clustering reads of an article, its text folded once: the content terms of each report's
 * part of it (`onTerms(k, terms)` for `spans[k]`, `terms` valid during the call), made of the
 * words wholly inside the part, and, when `withShingles`, the article's shingle hashes (in a
 * buffer shared by every call, valid until the next; null otherwise).
 */
export function articleContent(text: string, spans: readonly TextSpan[], withShingles: boolean, onTerms: (k: number, terms: Uint32Array) => void): Uint32Array | null {
  const folded = foldCodes(text);
  const shingles = withShingles ? shinglesOf(folded) : null;
  const { sourceStarts: starts, sourceEnds: ends, words } = folded;
  spans.forEach(([from, to], k) => {
    // A text whose folding moves its characters is folded a part at a time, the words as they are
    // in the part (the shingles are already out of the buffers this reuses).
    if (!starts || !ends) return onTerms(k, scratchTerms(text.slice(from, to)));
    const first = firstAtOrAfter(starts, words, from);
    let last = first;
    while (last < words && (ends[last] as number) <= to) last++;
    onTerms(k, termsOfWords(folded, first, last));
  });
  return shingles;
}

/** The first of the first `n` (increasing) values that is at least `x`, or `n`. */
function firstAtOrAfter(values: Uint32Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Hashes of a text's 5-word shingles, sorted and without repeats. */
export function shingleHashes(text: string): Uint32Array {
  return shinglesOf(foldCodes(text)).slice();
}

const SHINGLE_WORDS = 5;

/** The hashes of folded text's 5-word shingles, sorted and without repeats, in the shared shingle buffer. */
function shinglesOf({ words: count, wordHashes: words }: FoldedCodes): Uint32Array {
  const shingles = Math.max(0, count - SHINGLE_WORDS + 1);
  const out = scratchFor(shingleScratch, shingles, (grown) => (shingleScratch = grown));
  // The shingle's hash combines its words' hashes in order, each mixed in and offset by its
  // place. Written out for five words, the window sliding along: a loop over the window
  // costs four times as much.
  let w1 = words[0] as number;
  let w2 = words[1] as number;
  let w3 = words[2] as number;
  let w4 = words[3] as number;
  for (let i = 0; i < shingles; i++) {
    const w0 = w1;
    w1 = w2;
    w2 = w3;
    w3 = w4;
    w4 = words[i + SHINGLE_WORDS - 1] as number;
    let x = Math.imul(FNV_OFFSET ^ w0, FNV_PRIME) >>> 0;
    x = (Math.imul(x ^ w1, FNV_PRIME) + 1) >>> 0;
    x = (Math.imul(x ^ w2, FNV_PRIME) + 2) >>> 0;
    x = (Math.imul(x ^ w3, FNV_PRIME) + 3) >>> 0;
    out[i] = (Math.imul(x ^ w4, FNV_PRIME) + 4) >>> 0;
  }
  out.subarray(0, shingles).sort();
  let n = 0;
  for (let i = 0; i < shingles; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i] as number;
  return out.subarray(0, n);
}
