/**
 * reports → clusters: candidate pairs by blocking, pairwise evidence, then merging that
 * keeps every cluster consistent as a whole (no chaining through a middle report).
 */
import type { Report } from "../model/report.js";
import { parseName } from "../text/names.js";
import { containment, shingles, terms, tfidfVectors } from "./content.js";
import { pairEvidence, type PairContext, type PairEvidence } from "./evidence.js";

export interface Cluster {
  reports: Report[];
  /** Reports that may belong here but lacked the evidence, with their best score. */
  candidates: { report: Report; score: number; reason: string }[];
}

export interface ClusterInput {
  reports: readonly Report[];
  /** NFC text of each article, by id. */
  texts: ReadonlyMap<string, string>;
}

export interface Clustering {
  clusters: Cluster[];
  /** Copies of one wire story: article id → group id (the smallest article id of the group). */
  groups: Map<string, string>;
  context: PairContext;
}

/** Largest block compared all-pairs; bigger blocks are compared within a sliding window by date. */
const MAX_BLOCK = 64;
const WINDOW = 32;

/** Identity keys of a participant for blocking: order-free tokens, plus each distinctive token (survives a misprint elsewhere). */
function personKeys(p: Report["participants"][number]): string[] {
  const parsed = parseName(p.name, { country: p.country, culture: p.culture });
  const keys = new Set<string>();
  keys.add(parsed.personId ?? [...parsed.tokens].sort().join(" "));
  for (const t of parsed.tokens) if (t.length >= 4) keys.add(`~${t}`);
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

/** Article ids grouped into copies of one wire story by shingle containment. */
export function syndicationGroups(texts: ReadonlyMap<string, string>): Map<string, string> {
  const ids = [...texts.keys()].sort();
  const sets = new Map(ids.map((id) => [id, shingles(texts.get(id) ?? "")]));
  // Inverted index over a sample of shingles keeps candidate generation linear.
  const index = new Map<string, string[]>();
  for (const id of ids) {
    let n = 0;
    for (const s of sets.get(id) ?? []) {
      if (hash(s) % 4 !== 0) continue;
      const list = index.get(s) ?? [];
      list.push(id);
      index.set(s, list);
      if (++n > 200) break;
    }
  }
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  const tried = new Set<string>();
  for (const list of index.values()) {
    if (list.length < 2 || list.length > 50) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as string;
        const b = list[j] as string;
        const key = `${a}\u0000${b}`;
        if (tried.has(key)) continue;
        tried.add(key);
        if (containment(sets.get(a) ?? new Set(), sets.get(b) ?? new Set()) >= 0.5) {
          const ra = find(a);
          const rb = find(b);
          if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
        }
      }
    }
  }
  const groups = new Map<string, string>();
  for (const id of ids) groups.set(id, find(id));
  return groups;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function reportText(r: Report, texts: ReadonlyMap<string, string>): string {
  return (texts.get(r.articleId) ?? "").slice(r.span[0], r.span[1]);
}

/**
 * Whether two clusters may merge: every pair across them is free of vetoes (different people,
 * dates apart, another country or edition). Checking every pair, not just the linking one, is
 * what stops A–B–C chaining.
 */
function consistent(a: Cluster, b: Cluster, evidence: (x: Report, y: Report) => PairEvidence): boolean {
  for (const x of a.reports) for (const y of b.reports) if (evidence(x, y).veto) return false;
  return true;
}

/** Clusters reports so that each cluster is one meeting. Deterministic whatever the input order. */
export function clusterReports(input: ClusterInput): Clustering {
  const reports = [...input.reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = syndicationGroups(input.texts);
  const vectors = tfidfVectors(reports.map((r) => terms(reportText(r, input.texts))));
  const vectorById = new Map(reports.map((r, i) => [r.id, vectors[i] as Map<string, number>]));
  const context: PairContext = {
    vectorOf: (r) => vectorById.get(r.id),
    syndicated: (a, b) => a.articleId !== b.articleId && groups.get(a.articleId) === groups.get(b.articleId),
  };
  const cache = new Map<string, PairEvidence>();
  const evidence = (x: Report, y: Report): PairEvidence => {
    const key = x.id < y.id ? `${x.id}\u0000${y.id}` : `${y.id}\u0000${x.id}`;
    let e = cache.get(key);
    if (!e) {
      e = x.id < y.id ? pairEvidence(x, y, context) : pairEvidence(y, x, context);
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
    if (block.length <= MAX_BLOCK) {
      for (let i = 0; i < block.length; i++) for (let j = i + 1; j < block.length; j++) addPair(block[i] as Report, block[j] as Report);
    } else {
      const byDate = [...block].sort((a, b) => (a.date.start ?? "~").localeCompare(b.date.start ?? "~") || a.id.localeCompare(b.id));
      for (let i = 0; i < byDate.length; i++) for (let j = i + 1; j < Math.min(byDate.length, i + WINDOW); j++) addPair(byDate[i] as Report, byDate[j] as Report);
    }
  }

  const scored = [...pairs.values()]
    .map(([a, b]) => ({ a, b, e: evidence(a, b) }))
    .sort((p, q) => q.e.score - p.e.score || p.a.id.localeCompare(q.a.id) || p.b.id.localeCompare(q.b.id));

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
    ca.reports.push(...cb.reports);
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
    if (!target.candidates.some((c) => c.report.id === undatedReport.id)) {
      target.candidates.push({ report: undatedReport, score: e.score, reason: `undated; evidence ${e.score} is below the ${"undated threshold"}: ${e.items.filter((i) => i.weight !== 0).map((i) => i.feature).join(", ")}` });
    }
  }
  return { clusters, groups, context };
}
