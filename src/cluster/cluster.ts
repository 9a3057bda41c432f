/**
 * reports → clusters: candidate pairs by blocking, pairwise evidence, then merging that
 * keeps every cluster consistent as a whole (no chaining through a middle report).
 */
import { articleIdOf, type Report } from "../model/report.js";
import { dayOf } from "../extract/calendar.js";
import { parseName } from "../text/names.js";
import { bandKeys, minhash, shingleHashes, signatureSimilarity, sortedContainment, terms, tfidfVectors, type TermVector } from "./content.js";
import { pairEvidence, participantsAgree, reportFeatures, type PairContext, type PairEvidence } from "./evidence.js";

export interface Cluster {
  reports: Report[];
  /** Reports that may belong here but lacked the evidence, with their best score. */
  candidates: { report: Report; score: number; reason: string }[];
}

export interface ClusterInput {
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

/** What clustering computes once per article (wire-copy fingerprints) and per report (content terms). */
export interface ClusterCache {
  fingerprints: Map<string, Fingerprint>;
  terms: Map<string, Uint32Array>;
}

/** An article's shingle hashes (sorted, distinct) and their MinHash signature. */
export interface Fingerprint {
  hashes: Uint32Array;
  signature: Uint32Array;
}

/** An empty {@link ClusterCache}. */
export function createClusterCache(): ClusterCache {
  return { fingerprints: new Map(), terms: new Map() };
}

/** A map that forgets each value as it is read. */
class HandOverMap<K, V> extends Map<K, V> {
  override get(key: K): V | undefined {
    const value = super.get(key);
    this.delete(key);
    return value;
  }
}

/**
 * A {@link ClusterCache} for one run whose values were computed elsewhere (on worker threads):
 * clustering reads each value once, and this cache forgets it as it is read. A batch of a
 * hundred thousand articles then does not hold every article's fingerprint through the whole
 * run. Not for incremental runs, which read the same values again.
 */
export function createHandOverCache(): ClusterCache {
  return { fingerprints: new HandOverMap(), terms: new HandOverMap() };
}

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

/** The fingerprint of an article's text, for copies of one wire story to be found. */
export function fingerprint(text: string): Fingerprint {
  const hashes = shingleHashes(text);
  return { hashes, signature: minhash(hashes) };
}

/** Forgets what a cache holds for these articles and their reports. */
export function forgetInCache(cache: ClusterCache, articleIds: Iterable<string>): void {
  const gone = new Set(articleIds);
  for (const id of gone) cache.fingerprints.delete(id);
  for (const id of cache.terms.keys()) if (gone.has(articleIdOf(id))) cache.terms.delete(id);
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
function personKeys(p: Report["participants"][number]): string[] {
  const parsed = parseName(p.name, { country: p.country, culture: p.culture });
  const keys = new Set<string>();
  const sorted = [...parsed.tokens].sort();
  keys.add(parsed.personId ?? sorted.join(" "));
  if (parsed.culture !== "vi" && sorted.length >= 2) {
    sorted.forEach((_, i) => {
      const rest = sorted.filter((__, j) => j !== i);
      if (rest.every((t) => t.length >= 4)) keys.add(`${rest.join(" ")} _`);
    });
  }
  return [...keys];
}

function blockKeys(r: Report): string[] {
  const per = r.participants.map(personKeys);
  const out = new Set<string>();
  for (let i = 0; i < per.length; i++) {
    for (let j = i + 1; j < per.length; j++) {
      for (const a of per[i] ?? []) for (const b of per[j] ?? []) out.add(a < b ? `${a}|${b}` : `${b}|${a}`);
    }
  }
  if (per.length === 1) for (const k of per[0] ?? []) out.add(k);
  return [...out];
}

/**
 * Two articles are copies of one wire story when half the shingles of the shorter one are in
 * the other (containment, so a copy with its last paragraphs trimmed still counts).
 */
const COPY_CONTAINMENT = 0.5;
/** Candidate pairs whose estimated Jaccard similarity is below this are not checked further. */
const COPY_CANDIDATE = 0.25;
const SMALL_BUCKET = 12;
const ANCHORS = 3;
const MAX_BUCKET = 500;

/**
 * Article ids grouped into copies of one wire story: MinHash signatures of 5-word shingles,
 * candidate pairs from locality-sensitive bands (linear in the number of articles), the
 * estimated similarity as a first filter, and the exact containment of shingles as the test.
 */
export function syndicationGroups(texts: ReadonlyMap<string, string>, fingerprints?: Map<string, Fingerprint>): Map<string, string> {
  const ids = [...texts.keys()].sort();
  // Articles by index into `ids`: union-find over integers, signatures in typed arrays.
  const prints = ids.map((id) => {
    let f = fingerprints?.get(id);
    if (!f) {
      f = fingerprint(texts.get(id) ?? "");
      fingerprints?.set(id, f);
    }
    return f;
  });
  const hashes = prints.map((f) => f.hashes);
  const sigs = prints.map((f) => f.signature);
  // Band buckets by sorting (band key, article index) pairs packed in one number: no array per
  // bucket, when almost every bucket of a large input holds a single article.
  // A double holds 53 bits exactly: 32 of band key and 21 of index (two million articles); past
  // that, band keys lose low bits, which only merges buckets (more candidates, each still checked).
  const indexBits = Math.max(21, Math.ceil(Math.log2(ids.length + 1)));
  const indexSpace = 2 ** indexBits;
  const packed: number[] = [];
  sigs.forEach((sig, i) => {
    for (const k of bandKeys(sig)) packed.push((k >>> (indexBits - 21)) * indexSpace + i);
  });
  const sorted = Float64Array.from(packed).sort();
  const parent = Int32Array.from(ids, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    parent[x] = r;
    return r;
  };
  // Near-duplicates share many bands: each pair is checked once, not once per shared band.
  const checked = new Set<number>();
  const tryPair = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const key = a < b ? a * ids.length + b : b * ids.length + a;
    if (checked.has(key)) return;
    checked.add(key);
    if (signatureSimilarity(sigs[a] as Uint32Array, sigs[b] as Uint32Array) < COPY_CANDIDATE) return;
    // The root is the smallest index, so the group id is the smallest article id of the group.
    if (sortedContainment(hashes[a] as Uint32Array, hashes[b] as Uint32Array) >= COPY_CONTAINMENT) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const list: number[] = [];
  for (let at = 0; at < sorted.length; ) {
    const key = Math.floor((sorted[at] as number) / indexSpace);
    list.length = 0;
    for (; at < sorted.length && Math.floor((sorted[at] as number) / indexSpace) === key; at++) list.push((sorted[at] as number) % indexSpace);
    // Small buckets are compared all-pairs; larger ones against their first members only (copies
    // of one story all resemble it), which keeps a popular story linear; very large ones are boilerplate.
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    const anchors = list.length <= SMALL_BUCKET ? list.length : ANCHORS;
    for (let i = 0; i < anchors; i++) for (let j = i + 1; j < list.length; j++) tryPair(list[i] as number, list[j] as number);
  }
  const groups = new Map<string, string>();
  ids.forEach((id, i) => groups.set(id, ids[find(i)] as string));
  return groups;
}

function reportText(r: Report, texts: ReadonlyMap<string, string>): string {
  return (texts.get(r.articleId) ?? "").slice(r.span[0], r.span[1]);
}

/** The content terms of a report's own text, as clustering compares them. */
export function reportTerms(r: Report, texts: ReadonlyMap<string, string>): Uint32Array {
  return terms(reportText(r, texts));
}

/**
 * Whether two clusters may merge: every pair across them is free of vetoes (different people,
 * dates apart, another country or edition). Checking every pair, not just the linking one, is
 * what stops A–B–C chaining.
 */
/** What merging needs of a pair's evidence. */
type Decision = Pick<PairEvidence, "score" | "veto" | "undated" | "same">;

function consistent(a: Cluster, b: Cluster, evidence: (x: Report, y: Report) => Decision): boolean {
  for (const x of a.reports) for (const y of b.reports) if (evidence(x, y).veto) return false;
  return true;
}

function pairKey(x: Report, y: Report): string {
  return x.id < y.id ? `${x.id}\u0000${y.id}` : `${y.id}\u0000${x.id}`;
}

function meetingOf(r: Report): string {
  return `the meeting of ${r.participants.map((p) => p.name).join(" and ")}`;
}

/**
 * Candidate pairs whose two articles also report another meeting, with the same people on both
 * sides and the same date offset between the articles: pair key → that other meeting in words.
 * Two outlets that tell the same sequence of meetings are telling one story, even when one of
 * them dates the whole sequence a day off.
 */
function sequenceCompanions(candidates: Iterable<[Report, Report]>, context: PairContext): Map<string, string> {
  const byArticles = new Map<string, [Report, Report][]>();
  for (const [a, b] of candidates) {
    if (a.date.precision !== "day" || b.date.precision !== "day" || !a.date.start || !b.date.start) continue;
    const [x, y] = a.articleId < b.articleId ? [a, b] : [b, a];
    const offset = dayOf(x.date.start as string) - dayOf(y.date.start as string);
    const key = `${x.articleId}\u0000${y.articleId}\u0000${offset}`;
    (byArticles.get(key) ?? byArticles.set(key, []).get(key))?.push([x, y]);
  }
  const out = new Map<string, string>();
  for (const group of byArticles.values()) {
    if (group.length < 2) continue;
    const agreeing = group.filter(([x, y]) => participantsAgree(x, y, context)).sort(([a], [b]) => a.id.localeCompare(b.id));
    for (const [x, y] of agreeing) {
      // The companion must be a different meeting in each article, not this one paired twice.
      const other = agreeing.find(([u, v]) => u.id !== x.id && v.id !== y.id);
      if (other) out.set(pairKey(x, y), meetingOf(other[0]));
    }
  }
  return out;
}

/** Clusters reports so that each cluster is one meeting. Deterministic whatever the input order. */
export function clusterReports(input: ClusterInput): Clustering {
  const reports = [...input.reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = syndicationGroups(input.texts, input.cache?.fingerprints);
  const termsOf = (r: Report): Uint32Array => {
    let t = input.cache?.terms.get(r.id);
    if (!t) {
      t = reportTerms(r, input.texts);
      input.cache?.terms.set(r.id, t);
    }
    return t;
  };
  const vectors = tfidfVectors(reports.map(termsOf));
  const vectorById = new Map(reports.map((r, i) => [r.id, vectors[i] as TermVector]));
  const featuresById = new Map(reports.map((r) => [r.id, reportFeatures(r)]));
  const context: PairContext = {
    vectorOf: (r) => vectorById.get(r.id),
    features: (r) => featuresById.get(r.id) ?? reportFeatures(r),
    syndicated: (a, b) => a.articleId !== b.articleId && groups.get(a.articleId) === groups.get(b.articleId),
  };
  const companions = new Map<string, string>();
  context.companion = (a, b) => companions.get(pairKey(a, b));
  // Deciding needs the weights only; the returned context explains in words.
  const scoring: PairContext = { ...context, details: false };
  // Decisions are kept per pair (merging re-checks pairs); the items behind them are not:
  // a hundred thousand reports have millions of them, and only near misses need them again.
  const cache = new Map<string, Decision>();
  const fullEvidence = (x: Report, y: Report): PairEvidence => (x.id < y.id ? pairEvidence(x, y, scoring) : pairEvidence(y, x, scoring));
  const evidence = (x: Report, y: Report): Decision => {
    const key = pairKey(x, y);
    let e = cache.get(key);
    if (!e) {
      const { score, veto, undated, same } = fullEvidence(x, y);
      e = { score, veto, undated, same };
      cache.set(key, e);
    }
    return e;
  };

  // Blocking: reports that share a pair of participant identities.
  const blocks = new Map<string, Report[]>();
  for (const r of reports) for (const k of blockKeys(r)) (blocks.get(k) ?? blocks.set(k, []).get(k))?.push(r);
  const pairs = new Map<string, [Report, Report]>();
  const addPair = (x: Report, y: Report) => {
    if (x.articleId === y.articleId) return;
    const [a, b] = x.id < y.id ? [x, y] : [y, x];
    pairs.set(`${a.id}\u0000${b.id}`, [a, b]);
  };
  for (const block of blocks.values()) {
    // Within a block, dated reports are compared only with reports dated within a few days
    // (a one-day disagreement is the most that can still be one meeting); undated reports are
    // compared with the whole block, up to a bound.
    const dated = block.filter((r) => r.date.start !== null).sort((a, b) => (a.date.start as string).localeCompare(b.date.start as string) || a.id.localeCompare(b.id));
    const undated = block.filter((r) => r.date.start === null);
    const day = new Map(dated.map((r) => [r.id, dayOf(r.date.start as string)]));
    const endDay = new Map(dated.map((r) => [r.id, dayOf((r.date.end ?? r.date.start) as string)]));
    for (let i = 0; i < dated.length; i++) {
      const x = dated[i] as Report;
      const xEnd = endDay.get(x.id) as number;
      for (let j = i + 1; j < dated.length; j++) {
        const y = dated[j] as Report;
        if ((day.get(y.id) as number) - xEnd > DATE_WINDOW_DAYS) break;
        addPair(x, y);
      }
    }
    const bound = Math.min(undated.length, MAX_BLOCK);
    for (let i = 0; i < bound; i++) {
      const u = undated[i] as Report;
      for (let j = i + 1; j < bound; j++) addPair(u, undated[j] as Report);
      for (const d of dated.length <= MAX_BLOCK ? dated : dated.slice(-MAX_BLOCK)) addPair(u, d);
    }
  }

  // Blocks are done with: on large inputs they are tens of megabytes better freed before scoring.
  blocks.clear();
  for (const [key, text] of sequenceCompanions(pairs.values(), context)) companions.set(key, text);

  const scored = [...pairs.values()]
    .map(([a, b]) => ({ a, b, e: evidence(a, b) }))
    .sort((p, q) => q.e.score - p.e.score || p.a.id.localeCompare(q.a.id) || p.b.id.localeCompare(q.b.id));
  pairs.clear();

  const clusterOf = new Map<string, Cluster>();
  for (const r of reports) clusterOf.set(r.id, { reports: [r], candidates: [] });
  for (const { a, b, e } of scored) {
    if (!e.same) continue;
    const ca = clusterOf.get(a.id) as Cluster;
    const cb = clusterOf.get(b.id) as Cluster;
    if (ca === cb) continue;
    // One article reports a meeting once: two reports of one article are two meetings.
    if (ca.reports.some((x) => cb.reports.some((y) => x.articleId === y.articleId))) continue;
    if (!consistent(ca, cb, evidence)) continue;
    for (const r of cb.reports) ca.reports.push(r);
    for (const r of cb.reports) clusterOf.set(r.id, ca);
  }
  const clusters = [...new Set(clusterOf.values())];
  for (const c of clusters) c.reports.sort((x, y) => x.id.localeCompare(y.id));

  // Near misses of undated reports are offered as candidates to the cluster they almost joined.
  for (const { a, b, e } of scored) {
    if (e.same || e.veto || !e.undated || e.score < 4) continue;
    const ca = clusterOf.get(a.id) as Cluster;
    const cb = clusterOf.get(b.id) as Cluster;
    if (ca === cb) continue;
    const [undatedReport, target] = a.date.value === null ? [a, cb] : [b, ca];
    // A report that joined another meeting is no longer a candidate for this one.
    if ((clusterOf.get(undatedReport.id) as Cluster).reports.length > 1) continue;
    if (!target.candidates.some((c) => c.report.id === undatedReport.id)) {
      target.candidates.push({ report: undatedReport, score: e.score, reason: `undated; evidence ${e.score} is below the ${"undated threshold"}: ${fullEvidence(a, b).items.filter((i) => i.weight !== 0).map((i) => i.feature).join(", ")}` });
    }
  }
  return { clusters, groups, context };
}
