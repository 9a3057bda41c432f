/**
 * reports → clusters: candidate pairs by blocking, pairwise evidence, then merging that
 * keeps every cluster consistent as a whole (no chaining through a middle report).
 */
import type { Report } from "../model/report.js";
import { NAME_PARTICLES, romanisedSpellings, type ParsedName } from "../text/names.js";
import { madeByNormaliseReports, normaliseReports, reportFeatures, type NormaliseInput, type NormalisedReports, type ReportFeatures } from "../normalise/normalise.js";
import { cosineAt, packedTfidfVectors, termVectorAt } from "./content.js";
import { copyGroupRoots, copyGroupsOf } from "./copies.js";
import { PairMap, sortPairsByKey } from "./tables.js";
import { fnv1a } from "../text/fold.js";
import { evidenceOf, pairEvidence, participantsAgree, type PairContext, type PairEvidence, type PairFacts } from "./evidence.js";

export { fingerprint } from "./copies.js";
export { createClusterCache, forgetInCache, reportContent, reportTerms, type ClusterCache, type Fingerprint } from "../normalise/normalise.js";

export interface Cluster {
  reports: Report[];
  /** Reports that may belong here but lacked the evidence, with their best score. */
  candidates: { report: Report; score: number; reason: string }[];
}

/** Reports to cluster, the text of their articles, and optionally what earlier runs normalised (see {@link normaliseReports}). */
export type ClusterInput = NormaliseInput;

const NO_SPAN: [number, number] = [0, 0];

/**
 * What clustering reads of a report: the report with its quotes, its mentions and the claims
 * that are neither figures nor mechanisms left out (emptied), about a third of its memory.
 * Clustering views decides exactly as clustering the reports (a test holds it to that), so a
 * caller short of memory can cluster views and keep the full reports elsewhere until events are
 * built from them.
 */
export function clusteringView(r: Report): Report {
  return {
    ...r,
    participants: r.participants.map((p) => ({ ...p, mentions: [] })),
    date: { ...r.date, surface: null, span: null, reason: null },
    location: { ...r.location, surface: null, span: null },
    dateline: r.dateline && { ...r.dateline, surface: "", span: NO_SPAN },
    occasion: r.occasion && { ...r.occasion, surface: "", span: NO_SPAN },
    claims: r.claims.filter((c) => c.figure || c.kind === "mechanism").map((c) => ({ ...c, surface: "", span: NO_SPAN })),
    trigger: { surface: "", span: NO_SPAN },
    statement: { surface: "", span: NO_SPAN },
  };
}

export interface Clustering {
  clusters: Cluster[];
  /** Copies of one wire story: article id → group id (the smallest article id of the group). */
  groups: Map<string, string>;
  context: PairContext;
}

/** Most reports an undated report is compared with in one block. */
const MAX_BLOCK = 64;
/** Dated reports further apart than this are never compared: they cannot be one meeting. */
const DATE_WINDOW_DAYS = 1;

/**
 * Identity keys of a participant for blocking: the reference-data id or the order-free tokens,
 * plus, for names that tolerate misprints, the name with one token left out (`retno _` finds
 * `Retno Matsudi` for `Retno Marsudi`). Vietnamese names get no such keys: a family name with a
 * middle name is far too common to block on.
 */
function personKeys(parsed: ParsedName): string[] {
  // Parsed names are shared by every mention of one name (parseName caches them): the keys of
  // a minister who meets someone every week are worked out once.
  let keys = personKeysOf.get(parsed);
  if (!keys) personKeysOf.set(parsed, (keys = computePersonKeys(parsed)));
  return keys;
}

const personKeysOf = new WeakMap<ParsedName, string[]>();

/** Tokens with each run of two or more one-letter tokens joined into one (`k p sharma oli` → `kp sharma oli`). */
function joinedInitials(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let run = "";
  for (const t of tokens) {
    if (t.length === 1) {
      run += t;
      continue;
    }
    if (run) out.push(run);
    run = "";
    out.push(t);
  }
  if (run) out.push(run);
  return out;
}

function computePersonKeys(parsed: ParsedName): string[] {
  const keys = new Set<string>();
  const sorted = [...parsed.tokens].sort();
  // The reference-data id, and the name itself: a spelling the reference data does not list
  // (`Kasym-Jomart Tokaev`) has no id, and meets the listed one by its tokens.
  if (parsed.personId) keys.add(parsed.personId);
  keys.add(sorted.join(" "));
  // Initials written apart or together (`K.P. Sharma Oli`, `KP Sharma Oli`) meet by the joined form.
  const joined = joinedInitials(parsed.tokens);
  if (joined.length !== parsed.tokens.length) keys.add([...joined].sort().join(" "));
  // Spellings of one name in two romanisations (`Tokayev` / `Tokaev`) meet by the rewritten tokens.
  for (const spelled of romanisedSpellings(parsed)) keys.add(`~${[...spelled].sort().join(" ")}`);
  if (parsed.culture !== "vi") {
    // Initials are left out (`Donald J. Trump` is `Donald Trump` here).
    const words = sorted.length > 1 ? sorted.filter((t) => t.length > 1) : sorted;
    if (words.length >= 2) {
      words.forEach((_, i) => {
        const rest = words.filter((__, j) => j !== i);
        if (distinctive(rest)) keys.add(`${rest.join(" ")} _`);
      });
    }
    // The same name with one more (`Claudia Sheinbaum` meets `Claudia Sheinbaum Pardo` by the key
    // above), and a name written alone (`Trump`) meets the full names it is part of.
    if (words.length <= 3 && distinctive(words)) keys.add(`${words.join(" ")} _`);
  }
  return [...keys];
}

/**
 * Whether tokens left of a name are enough to block on: words of four letters or more, with the
 * Arabic article and name particles besides (`abdel al fattah` of `Abdel Fattah el-Sissi`).
 */
function distinctive(tokens: readonly string[]): boolean {
  return tokens.some((t) => t.length >= 4) && tokens.every((t) => t.length >= 4 || t === "al" || NAME_PARTICLES.has(t));
}

/**
 * Each person key as two independent 32-bit hashes, side by side (`[h1, h2, h1, h2, …]`): blocks
 * are runs of equal hash pairs in sorted typed arrays, not a map of strings to arrays (a hundred
 * thousand reports make about a million keys, which a map keeps alive, and collects, as strings).
 * Two keys share both hashes with odds of one in 2^64.
 */
function personKeyHashes(parsed: ParsedName): Uint32Array {
  let hashes = personKeyHashesOf.get(parsed);
  if (!hashes) {
    const keys = personKeys(parsed);
    hashes = new Uint32Array(keys.length * 2);
    keys.forEach((k, i) => {
      hashes![2 * i] = fnv1a(k);
      hashes![2 * i + 1] = fnv1a(k, SECOND_OFFSET);
    });
    personKeyHashesOf.set(parsed, hashes);
  }
  return hashes;
}

const personKeyHashesOf = new WeakMap<ParsedName, Uint32Array>();
const SECOND_OFFSET = 0x811c9dc5 ^ 0x5bd1e995;

/** A 32-bit mix of two hashes, in the order given. */
function mix(a: number, b: number, seed: number): number {
  let h = Math.imul(seed ^ a, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Blocking keys of a report from its participants' parsed names, as hash pairs pushed to `out`:
 * each pair of identities (in an order of their own, so `A|B` is `B|A`), or the one identity.
 * Each key once.
 */
function pushBlockKeys(people: readonly ParsedName[], out: BlockKeys, report: number): void {
  // Most reports are of two people, whose keys are worked out once per pair of parsed names.
  if (people.length === 2) {
    const keys = pairBlockKeys(people[0] as ParsedName, people[1] as ParsedName);
    for (let k = 0; k < keys.length; k += 2) out.push(keys[k] as number, keys[k + 1] as number, report);
    return;
  }
  const from = out.size;
  const push = (h1: number, h2: number) => {
    for (let k = from; k < out.size; k++) if (out.h1[k] === h1 && out.h2[k] === h2) return;
    out.push(h1, h2, report);
  };
  forEachKeyOf(people, push);
}

/** Calls `f` with each block key (hash pair) of a report of `people`, repeats included. */
function forEachKeyOf(people: readonly ParsedName[], f: (h1: number, h2: number) => void): void {
  const per = people.map(personKeyHashes);
  for (let i = 0; i < per.length; i++) {
    const a = per[i] as Uint32Array;
    for (let j = i + 1; j < per.length; j++) {
      const b = per[j] as Uint32Array;
      for (let x = 0; x < a.length; x += 2) {
        for (let y = 0; y < b.length; y += 2) {
          const a1 = a[x] as number;
          const a2 = a[x + 1] as number;
          const b1 = b[y] as number;
          const b2 = b[y + 1] as number;
          if (a1 < b1 || (a1 === b1 && a2 <= b2)) f(mix(a1, b1, 0x9e3779b1), mix(a2, b2, 0x7f4a7c15));
          else f(mix(b1, a1, 0x9e3779b1), mix(b2, a2, 0x7f4a7c15));
        }
      }
    }
  }
  if (per.length === 1) {
    const a = per[0] as Uint32Array;
    for (let x = 0; x < a.length; x += 2) f(mix(a[x] as number, 0, 0x27d4eb2f), mix(a[x + 1] as number, 0, 0x165667b1));
  }
}

const pairKeysMemo = new WeakMap<ParsedName, WeakMap<ParsedName, Uint32Array>>();

/** The block keys of a report of two people (`[h1, h2, h1, h2, …]`, each once), remembered per pair of parsed names. */
function pairBlockKeys(a: ParsedName, b: ParsedName): Uint32Array {
  let of = pairKeysMemo.get(a);
  if (!of) pairKeysMemo.set(a, (of = new WeakMap()));
  let keys = of.get(b);
  if (!keys) {
    const found: number[] = [];
    forEachKeyOf([a, b], (h1, h2) => {
      for (let k = 0; k < found.length; k += 2) if (found[k] === h1 && found[k + 1] === h2) return;
      found.push(h1, h2);
    });
    of.set(b, (keys = Uint32Array.from(found)));
  }
  return keys;
}

/** (hash, hash, report) triples in growing typed arrays. */
class BlockKeys {
  h1 = new Uint32Array(1024);
  h2 = new Uint32Array(1024);
  reports = new Uint32Array(1024);
  size = 0;
  push(h1: number, h2: number, report: number): void {
    if (this.size === this.h1.length) {
      const grow = (a: Uint32Array) => {
        const b = new Uint32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.h1 = grow(this.h1);
      this.h2 = grow(this.h2);
      this.reports = grow(this.reports);
    }
    this.h1[this.size] = h1;
    this.h2[this.size] = h2;
    this.reports[this.size++] = report;
  }
}

/**
 * Calls `f` with the reports (in index order) of each block of two or more: runs of equal hash
 * pairs, sorted by the first hash and, within a run of it, by the second. A block of one report
 * pairs it with nothing, and almost every key of a large input is one report's alone.
 */
function forEachBlock(keys: BlockKeys, f: (block: number[]) => void): void {
  const order = Uint32Array.from({ length: keys.size }, (_, i) => i);
  // Runs are found in the sorted first hashes, read in order: an entry's other values are looked
  // up only in a run of two or more (almost every key is one report's alone).
  const { keys: sortedFirst, values: byFirst } = sortPairsByKey(keys.h1.slice(0, keys.size), order);
  const block: number[] = [];
  for (let at = 0; at < byFirst.length; ) {
    const h1 = sortedFirst[at] as number;
    let end = at + 1;
    while (end < byFirst.length && sortedFirst[end] === h1) end++;
    if (end - at >= 2) {
      const first = byFirst[at] as number;
      let oneSecond = true;
      for (let e = at + 1; e < end && oneSecond; e++) oneSecond = keys.h2[byFirst[e] as number] === keys.h2[first];
      // Within a run of the first hash, entries stay in report order (the sort is stable); a
      // second hash that differs splits the run, each part in that order.
      const run = byFirst.subarray(at, end);
      const seconds = oneSecond ? [keys.h2[first] as number] : [...new Set(Array.from(run, (e) => keys.h2[e] as number))];
      for (const h2 of seconds) {
        block.length = 0;
        for (const e of run) if (keys.h2[e] === h2) block.push(keys.reports[e] as number);
        if (block.length >= 2) f(block);
      }
    }
    at = end;
  }
}

function meetingOf(r: Report): string {
  return `the meeting of ${r.participants.map((p) => p.name).join(" and ")}`;
}

/**
 * Candidate pairs whose two articles also report another meeting, with the same people on both
 * sides and the same date offset between the articles, each with that other meeting in words.
 * Two outlets that tell the same sequence of meetings are telling one story, even when one of
 * them dates the whole sequence a day off.
 */
function sequenceCompanions({ reports, articleOf, firstDays }: NormalisedReports, candidates: CandidatePairs, context: PairContext): Companions {
  // Pairs of reports dated to the day, grouped by (first article, second article, date offset)
  // by sorting their indexes on those three numbers: no string key per pair. Articles are
  // numbered in id order (`articleOf`, or, for reports of articles without text, afresh).
  const ordinalOf = articleOf.every((a) => a >= 0) ? articleOf : articleOrdinals(reports);
  const day = Float64Array.from(reports, (r, i) => (r.date.precision === "day" ? (firstDays[i] as number) : Number.NaN));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let p = 0; p < candidates.first.length; p++) {
    const a = candidates.first[p] as number;
    const b = candidates.second[p] as number;
    if (Number.isNaN(day[a]) || Number.isNaN(day[b])) continue;
    const aFirst = (ordinalOf[a] as number) < (ordinalOf[b] as number);
    xs.push(aFirst ? a : b);
    ys.push(aFirst ? b : a);
  }
  const xArticle = Uint32Array.from(xs, (x) => ordinalOf[x] as number);
  const yArticle = Uint32Array.from(ys, (y) => ordinalOf[y] as number);
  // Offsets are a few days at most; biased to sort as unsigned numbers.
  const offsets = Int32Array.from(xs, (x, i) => (day[x] as number) - (day[ys[i] as number] as number));
  // A stable sort on each key, least significant first: by first article, then second, then offset, then place.
  let dated: Uint32Array = Uint32Array.from(xs, (_, i) => i);
  for (const key of [(i: number) => ((offsets[i] as number) + 0x80000000) >>> 0, (i: number) => yArticle[i] as number, (i: number) => xArticle[i] as number]) {
    dated = sortPairsByKey(Uint32Array.from(dated, key), dated).values;
  }
  const sameGroup = (i: number, j: number) => xArticle[i] === xArticle[j] && yArticle[i] === yArticle[j] && offsets[i] === offsets[j];
  const out: Companions = { of: new PairMap(16), meetings: [] };
  for (let at = 0; at < dated.length; ) {
    let end = at + 1;
    while (end < dated.length && sameGroup(dated[at] as number, dated[end] as number)) end++;
    if (end - at >= 2) {
      const group = Array.from(dated.subarray(at, end), (i): [number, number] => [xs[i] as number, ys[i] as number]);
      const id = (i: number) => (reports[i] as Report).id;
      const agreeing = group.filter(([x, y]) => participantsAgree(reports[x] as Report, reports[y] as Report, context)).sort(([a], [b]) => id(a).localeCompare(id(b)));
      for (const [x, y] of agreeing) {
        // The companion must be a different meeting in each article, not this one paired twice.
        const other = agreeing.find(([u, v]) => u !== x && v !== y);
        if (!other) continue;
        out.of.set(Math.min(x, y), Math.max(x, y), out.meetings.length);
        out.meetings.push(meetingOf(reports[other[0]] as Report));
      }
    }
    at = end;
  }
  return out;
}

/** Pairs of reports (by index, smaller first) whose articles tell another meeting in the same sequence: place in `meetings` of that meeting in words. */
interface Companions {
  of: PairMap;
  meetings: string[];
}

/** The other meeting in words that reports `a` and `b` (by index) share a sequence with, if any. */
function companionOf(companions: Companions, a: number, b: number): string | undefined {
  if (companions.meetings.length === 0) return undefined;
  const at = companions.of.get(Math.min(a, b), Math.max(a, b));
  return at < 0 ? undefined : companions.meetings[at];
}

/** Each report's article numbered in id order. */
function articleOrdinals(reports: readonly Report[]): Int32Array {
  const ordinal = new Map([...new Set(reports.map((r) => r.articleId))].sort().map((id, i) => [id, i]));
  return Int32Array.from(reports, (r) => ordinal.get(r.articleId) as number);
}

/** Clusters reports so that each cluster is one meeting. Deterministic whatever the input order. */
export function clusterReports(input: ClusterInput): Clustering {
  return clusterNormalised(normaliseReports(input));
}

/** The clusters of reports normalised by {@link normaliseReports} (the comparing half of {@link clusterReports}). */
export function clusterNormalised(normalised: NormalisedReports): Clustering {
  checkNormalised(normalised, !madeByNormaliseReports(normalised));
  // Reports are handled by their index in id order from here on: pairs, decisions and clusters
  // live in typed arrays and integer tables, not in maps keyed by strings built per pair.
  const { reports, features, articleIds: ids, articleOf } = normalised;
  const candidates = candidatePairs(normalised);
  const articlePairs = candidateArticlePairs(articleOf, candidates);
  const vectors = packedTfidfVectors(normalised.terms, { termsSorted: true });
  const roots = copyGroupRoots(ids.length, articlePairs.first, articlePairs.second, normalised.prints, Int32Array.from(ids, (_, i) => i));
  const groups = copyGroupsOf(ids, roots);
  const at = (r: Report) => indexById(reports, r.id);
  let companions: Companions = { of: new PairMap(16), meetings: [] };
  const context: PairContext = {
    vectorOf: (r) => {
      const i = at(r);
      return i === undefined ? undefined : termVectorAt(vectors, i);
    },
    similarity: (a, b) => {
      const i = at(a);
      const j = at(b);
      return i === undefined || j === undefined ? undefined : cosineAt(vectors, i, j);
    },
    features: (r) => features[at(r) ?? -1] ?? reportFeatures(r),
    // (An article without text is in no group: never a copy, as merging scores it.)
    syndicated: (a, b) => a.articleId !== b.articleId && groups.has(a.articleId) && groups.get(a.articleId) === groups.get(b.articleId),
    companion: (a, b) => {
      const i = at(a);
      const j = at(b);
      return i === undefined || j === undefined ? undefined : companionOf(companions, i, j);
    },
  };
  companions = sequenceCompanions(normalised, candidates, context);
  // Deciding needs the weights only; the returned context explains in words. Merging scores its
  // pairs by report index: features, vectors and copy groups are read from arrays, not by id.
  const scoring: PairContext = { ...context, details: false };
  // Each report's copy group, as the index of the group's first article (-1 without text).
  const copyGroupOf = Int32Array.from(articleOf, (a) => (a < 0 ? -1 : (roots[a] as number)));
  // One facts object, filled in for each pair in turn (evidenceOf keeps nothing of it): merging
  // scores hundreds of thousands of pairs, and an object and a closure for each is garbage the
  // collector then walks a heap of a hundred thousand reports to clear.
  let pairA = 0;
  let pairB = 0;
  const facts: PairFacts = { fa: features[0] as ReportFeatures, fb: features[0] as ReportFeatures, cos: 0, syndicated: false, companion: () => companionOf(companions, pairA, pairB) };
  const factsAt = (a: number, b: number): PairFacts => {
    pairA = a;
    pairB = b;
    facts.fa = features[a] as ReportFeatures;
    facts.fb = features[b] as ReportFeatures;
    facts.cos = cosineAt(vectors, a, b);
    facts.syndicated = articleOf[a] !== articleOf[b] && copyGroupOf[a] === copyGroupOf[b] && copyGroupOf[a] !== -1;
    return facts;
  };
  return { clusters: scoreAndMerge(reports, candidates, scoring, factsAt), groups, context };
}

/**
 * The distinct pairs of articles (indexes into the article ids, smaller first) of the candidate
 * pairs, in the order first met (`articleOf` gives each report's article, -1 for an article
 * without text).
 */
function candidateArticlePairs(articleOf: Int32Array, candidates: CandidatePairs): { first: number[]; second: number[] } {
  const seen = new PairMap(candidates.first.length);
  const first: number[] = [];
  const second: number[] = [];
  for (let p = 0; p < candidates.first.length; p++) {
    const x = articleOf[candidates.first[p] as number] as number;
    const y = articleOf[candidates.second[p] as number] as number;
    if (x < 0 || y < 0) continue;
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    if (!seen.add(a, b)) continue;
    first.push(a);
    second.push(b);
  }
  return { first, second };
}

/** The index of the report with id `id` among reports in id order, or undefined. */
function indexById(reports: readonly Report[], id: string): number | undefined {
  let lo = 0;
  let hi = reports.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((reports[mid] as Report).id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < reports.length && (reports[lo] as Report).id === id ? lo : undefined;
}

/**
 * Throws when normalised reports do not hang together: arrays of other lengths than the reports
 * and articles they describe and, when `everyReport`, reports out of id order or terms unsorted.
 */
function checkNormalised(n: NormalisedReports, everyReport: boolean): void {
  const problems: string[] = [];
  if (n.features.length !== n.reports.length) problems.push(`${n.features.length} features for ${n.reports.length} reports`);
  if (n.terms.offsets.length !== n.reports.length + 1) problems.push(`terms for ${n.terms.offsets.length - 1} reports, not ${n.reports.length}`);
  if (n.prints.offsets.length !== n.articleIds.length + 1) problems.push(`shingles for ${n.prints.offsets.length - 1} articles, not ${n.articleIds.length}`);
  for (const [name, values] of [["articleOf", n.articleOf], ["firstDays", n.firstDays], ["lastDays", n.lastDays]] as const) {
    if (values.length !== n.reports.length) problems.push(`${values.length} ${name} for ${n.reports.length} reports`);
  }
  for (let i = 1; everyReport && i < n.reports.length && problems.length === 0; i++) {
    if (!((n.reports[i - 1] as Report).id < (n.reports[i] as Report).id)) problems.push(`reports not in increasing id order at ${i} (${(n.reports[i] as Report).id})`);
  }
  const { values, offsets } = n.terms;
  for (let d = 0; everyReport && d < n.reports.length && problems.length === 0; d++) {
    for (let t = (offsets[d] as number) + 1; t < (offsets[d + 1] as number); t++) {
      if ((values[t - 1] as number) > (values[t] as number)) {
        problems.push(`terms of report ${(n.reports[d] as Report).id} not sorted`);
        break;
      }
    }
  }
  if (problems.length > 0) throw new Error(`clusterNormalised: not the output of normaliseReports: ${problems.join("; ")}`);
}

/** Added to a score in hundredths to sort it as an unsigned number (scores are far inside ±2^31 hundredths). */
const SCORE_BIAS = 2 ** 31;

/**
 * The pairs in the order merging takes them: strongest evidence first, ties in id order (pairs
 * are (smaller, larger) indexes). Scores are rounded to hundredths, so a stable radix sort on
 * whole hundredths orders them exactly, key by key from the least significant.
 */
function strongestFirst(scores: readonly number[], first: Int32Array, second: Int32Array): Uint32Array {
  let order: Uint32Array = Uint32Array.from(first, (_, p) => p);
  const by = (key: (p: number) => number) => (order = sortPairsByKey(Uint32Array.from(order, key), order).values);
  by((p) => second[p] as number);
  by((p) => first[p] as number);
  by((p) => SCORE_BIAS - Math.round((scores[p] as number) * 100));
  return order;
}

/**
 * Scores the candidate pairs and merges greedily, strongest evidence first, each merge checked
 * against every pair across the two clusters; undated near misses become candidates.
 */
function scoreAndMerge(reports: readonly Report[], candidates: CandidatePairs, scoring: PairContext, factsAt: (a: number, b: number) => PairFacts): Cluster[] {
  const fullEvidence = (x: Report, y: Report, context = scoring): PairEvidence => (x.id < y.id ? pairEvidence(x, y, context) : pairEvidence(y, x, context));

  // Decisions are kept per pair (merging re-checks pairs); the items behind them are not:
  // a hundred thousand reports have millions of them, and only near misses need them again.
  // The candidate pairs' decisions come first, in the order of the pairs; each is a score and
  // three flags in two flat arrays, not an object per pair.
  // A pair's decision sits at its place among the candidate pairs; pairs that merging scores
  // besides are added after them, to the same table.
  const scores: number[] = [];
  const flags: number[] = [];
  const decisionOf = candidates.placeOf;
  const scorePair = (a: number, b: number): void => {
    // (Pairs are (smaller, larger) indexes: the reports in id order, as pairEvidence takes them.)
    const { score, veto, undated, same, sameIfSoleMeeting } = evidenceOf(reports[a] as Report, reports[b] as Report, factsAt(a, b), false, false);
    scores.push(score);
    flags.push((veto ? VETO : 0) | (undated ? UNDATED : 0) | (same ? SAME : 0) | (sameIfSoleMeeting ? SOLE : 0));
  };
  /** The index of the decision on reports `i` and `j`, scoring them when not yet scored. */
  const decide = (i: number, j: number): number => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const at = decisionOf.get(a, b);
    if (at >= 0) return at;
    decisionOf.set(a, b, scores.length);
    scorePair(a, b);
    return scores.length - 1;
  };
  const has = (d: number, flag: number) => ((flags[d] as number) & flag) !== 0;
  const { first, second } = candidates;
  for (let p = 0; p < first.length; p++) scorePair(first[p] as number, second[p] as number);
  const order = strongestFirst(scores, first, second);

  // Greedy merging in that order, each merge checked against every pair across the two clusters.
  // A cluster's members are a list threaded through `next`, from `head` to `tail`.
  const n = reports.length;
  const clusterOf = Int32Array.from({ length: n }, (_, i) => i);
  const head = Int32Array.from({ length: n }, (_, i) => i);
  const tail = Int32Array.from({ length: n }, (_, i) => i);
  const next = new Int32Array(n).fill(-1);
  const size = new Int32Array(n).fill(1);
  const articleOf = reports.map((r) => r.articleId);
  /** Whether some member of cluster `ca` and some member of cluster `cb` satisfy `test`. */
  const anyAcross = (ca: number, cb: number, test: (x: number, y: number) => boolean): boolean => {
    for (let x = head[ca] as number; x >= 0; x = next[x] as number) for (let y = head[cb] as number; y >= 0; y = next[y] as number) if (test(x, y)) return true;
    return false;
  };
  const sameArticle = (x: number, y: number) => articleOf[x] === articleOf[y];
  const vetoed = (x: number, y: number) => has(decide(x, y), VETO);
  /** Merges clusters `ca` and `cb` unless that would join two reports of one article or a vetoed pair. */
  const merge = (ca: number, cb: number): void => {
    if (ca === cb) return;
    // One article reports a meeting once: two reports of one article are two meetings.
    if (anyAcross(ca, cb, sameArticle)) return;
    // Every pair across the two clusters must be free of vetoes, not just the linking one:
    // that is what stops A–B–C chaining.
    if (anyAcross(ca, cb, vetoed)) return;
    for (let y = head[cb] as number; y >= 0; y = next[y] as number) clusterOf[y] = ca;
    next[tail[ca] as number] = head[cb] as number;
    tail[ca] = tail[cb] as number;
    size[ca] = (size[ca] as number) + (size[cb] as number);
    size[cb] = 0;
  };
  for (const p of order) if (has(p, SAME)) merge(clusterOf[first[p] as number] as number, clusterOf[second[p] as number] as number);
  joinSoleMeetings(reports, candidates, order, clusterOf, size, (p, flag) => has(p, flag), merge);
  // Clusters in the order of their first report.
  const clusters: Cluster[] = [];
  const clusterAt = new Map<number, Cluster>();
  for (const c of clusterOf) {
    if (clusterAt.has(c)) continue;
    const members: Report[] = [];
    for (let x = head[c] as number; x >= 0; x = next[x] as number) members.push(reports[x] as Report);
    const cluster: Cluster = { reports: members.sort((x, y) => x.id.localeCompare(y.id)), candidates: [] };
    clusters.push(cluster);
    clusterAt.set(c, cluster);
  }

  // Near misses of undated reports are offered as candidates to the cluster they almost joined.
  for (const p of order) {
    if (has(p, SAME) || has(p, VETO) || !has(p, UNDATED) || (scores[p] as number) < 4) continue;
    const a = first[p] as number;
    const b = second[p] as number;
    if (clusterOf[a] === clusterOf[b]) continue;
    const [undatedReport, target] = (reports[a] as Report).date.value === null ? [a, clusterOf[b]] : [b, clusterOf[a]];
    // A report that joined another meeting is no longer a candidate for this one.
    if ((size[clusterOf[undatedReport] as number] as number) > 1) continue;
    const cluster = clusterAt.get(target as number) as Cluster;
    const report = reports[undatedReport] as Report;
    if (!cluster.candidates.some((c) => c.report.id === report.id)) {
      const items = fullEvidence(reports[a] as Report, reports[b] as Report).items;
      cluster.candidates.push({ report, score: scores[p] as number, reason: `undated; evidence ${scores[p]} is below the ${"undated threshold"}: ${items.filter((i) => i.weight !== 0).map((i) => i.feature).join(", ")}` });
    }
  }
  return clusters;
}

// The flags of a decision.
const VETO = 1;
const UNDATED = 2;
const SAME = 4;
// The pair is one meeting if the undated report's people have no other meeting in the input.
const SOLE = 8;

/**
 * An undated report still alone joins a meeting at the ordinary threshold when that meeting is
 * the only one of its people the input holds (no other dated cluster is a candidate it has no
 * hard disagreement with) and their wording agrees closely. With two or more such meetings it
 * stays apart unless the higher bar was met: the seeds' undated Sơn–Wang Yi talks are not their
 * meeting of August 2025, and the Rubio–Wang meeting in Kuala Lumpur is not their January call.
 */
function joinSoleMeetings(
  reports: readonly Report[],
  candidates: CandidatePairs,
  order: Uint32Array,
  clusterOf: Int32Array,
  size: Int32Array,
  has: (p: number, flag: number) => boolean,
  merge: (ca: number, cb: number) => void,
): void {
  const dated = (i: number) => (reports[i] as Report).date.start !== null;
  // Each undated report's candidate meetings (clusters holding a dated report), and its best pair with each.
  const meetings = new Map<number, Map<number, number>>();
  for (const p of order) {
    if (has(p, VETO) || !has(p, UNDATED)) continue;
    const a = candidates.first[p] as number;
    const b = candidates.second[p] as number;
    const [u, v] = dated(a) ? [b, a] : [a, b];
    if (dated(u) || !dated(v) || (size[clusterOf[u] as number] as number) > 1) continue;
    let of = meetings.get(u);
    if (!of) meetings.set(u, (of = new Map()));
    const target = clusterOf[v] as number;
    // Pairs come strongest first: the first pair with a cluster is its best.
    if (!of.has(target)) of.set(target, p);
  }
  for (const u of [...meetings.keys()].sort((x, y) => x - y)) {
    const of = meetings.get(u) as Map<number, number>;
    if (of.size !== 1) continue;
    const [[target, p]] = [...of] as [[number, number]];
    if (has(p, SOLE)) merge(target, clusterOf[u] as number);
  }
}

/** Candidate pairs of reports (by index, smaller first), each once. */
interface CandidatePairs {
  first: Int32Array;
  second: Int32Array;
  /** Pair (smaller, larger) → its place in `first` and `second`. */
  placeOf: PairMap;
}

/**
 * Blocking: reports that share a pair of participant identities. Within a block, dated reports
 * are compared only with reports dated within a day of them (a one-day disagreement is the most
 * that can still be one meeting); undated reports are compared with the whole block, up to a bound.
 */
function candidatePairs({ reports, features, firstDays: day, lastDays: endDay }: NormalisedReports): CandidatePairs {
  const keys = new BlockKeys();
  reports.forEach((_, i) => pushBlockKeys((features[i] as ReportFeatures).people, keys, i));
  const seen = new PairMap(reports.length * 2);
  const first: number[] = [];
  const second: number[] = [];
  const add = (x: number, y: number) => {
    if ((reports[x] as Report).articleId === (reports[y] as Report).articleId) return;
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    if (seen.get(a, b) >= 0) return;
    seen.set(a, b, first.length);
    first.push(a);
    second.push(b);
  };
  forEachBlock(keys, (block) => {
    // Most blocks hold two reports: compared unless both are dated and further apart than the window.
    if (block.length === 2) {
      const [x, y] = block as [number, number];
      const [early, late] = (day[x] as number) <= (day[y] as number) ? [x, y] : [y, x];
      if (!((day[late] as number) - (endDay[early] as number) > DATE_WINDOW_DAYS)) add(x, y);
      return;
    }
    const dated = block.filter((i) => !Number.isNaN(day[i])).sort((x, y) => (day[x] as number) - (day[y] as number) || x - y);
    const undated = block.filter((i) => Number.isNaN(day[i]));
    for (let i = 0; i < dated.length; i++) {
      const x = dated[i] as number;
      const xEnd = endDay[x] as number;
      for (let j = i + 1; j < dated.length; j++) {
        const y = dated[j] as number;
        if ((day[y] as number) - xEnd > DATE_WINDOW_DAYS) break;
        add(x, y);
      }
    }
    const bound = Math.min(undated.length, MAX_BLOCK);
    const recent = dated.length <= MAX_BLOCK ? dated : dated.slice(-MAX_BLOCK);
    for (let i = 0; i < bound; i++) {
      const u = undated[i] as number;
      for (let j = i + 1; j < bound; j++) add(u, undated[j] as number);
      for (const d of recent) add(u, d);
    }
  });
  return { first: Int32Array.from(first), second: Int32Array.from(second), placeOf: seen };
}
