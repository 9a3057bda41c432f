/**
 * Content evidence: distinctive words two reports share (TF-IDF cosine over stemmed, folded
 * words), and near-identical wording that marks copies of one wire story (word shingles).
 */
import porter from "natural/lib/natural/stemmers/porter_stemmer.js";
import { foldText } from "../text/fold.js";

// Words every diplomatic report uses; they say nothing about which meeting it was.
const STOP = new Set(
  ("a an the and or of to in on at for with by from as is are was were be been has have had it its this that these those their " +
    "his her he she they them two both sides side said says also will would should could can may not no but than then there which who " +
    "whom what when while during after before over into about between among under more most further other such each all any own " +
    "minister ministers foreign affairs deputy prime meeting met meet talks held cooperation relations bilateral countries country " +
    "viet vietnam vietnamese nam").split(" "),
);

const stemCache = new Map<string, string>();
function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = porter.stem(word) as string;
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** Stemmed content terms of a text. */
export function terms(text: string): string[] {
  return foldText(text).split(" ").filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w)).map(stem);
}

/** Sparse unit vectors of TF-IDF weights, one per document, with IDF computed over the given documents. */
export function tfidfVectors(docs: readonly string[][]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log(1 + n / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) s += w * o;
  }
  return s;
}

/** Hashed 5-word shingles of a text. */
export function shingles(text: string, size = 5): Set<string> {
  const words = foldText(text).split(" ").filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(" "));
  return out;
}

/** Share of the smaller text's shingles found in the other (containment): a trimmed copy still scores high. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let hit = 0;
  for (const s of small) if (large.has(s)) hit++;
  return hit / small.size;
}
