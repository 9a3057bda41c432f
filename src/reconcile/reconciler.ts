/**
 * Incremental reconciliation: add coverage as it arrives, keep event ids stable, say when new
 * evidence merges or splits events, and save and restore the state as JSON.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { Article, type ArticleInput } from "../model/article.js";
import type { InputIssue } from "../model/common.js";
import type { Event } from "../model/event.js";
import { articleIdOf, type Report } from "../model/report.js";
import type { Result } from "../model/result.js";
import { extractFromArticle } from "../extract/extract-reports.js";
import { assemble, validateArticles, type ReconcileOptions } from "./reconcile.js";
import { createClusterCache, forgetInCache } from "../cluster/cluster.js";

/** A reconciler's saved state: versioned, JSON-serialisable. */
export const ReconcilerSnapshot = z.object({
  kind: z.literal("communique-reconciler"),
  version: z.literal(1),
  articles: z.array(Article),
  events: z.array(z.object({ id: z.string(), reports: z.array(z.string()), mergedFrom: z.array(z.string()).optional(), splitFrom: z.string().optional() })),
});
export type ReconcilerSnapshot = z.infer<typeof ReconcilerSnapshot>;

/** What one `add` changed. */
export interface AddResult {
  /** Problems with the added articles (invalid, or an id already added). */
  issues: InputIssue[];
  created: string[];
  updated: string[];
  /** Events that absorbed others: `{ id, from }`. */
  merged: { id: string; from: string[] }[];
  /** Events split off an earlier one: `{ id, from }`. */
  split: { id: string; from: string }[];
}

export interface Reconciler {
  /** Adds articles and reconciles them with everything added before. */
  add(articles: readonly ArticleInput[]): AddResult;
  /** The current events. */
  events(): Event[];
  /** The current result, as `reconcile` returns it. */
  result(): Result;
  /** The state, to store and later pass to `restore`. */
  snapshot(): ReconcilerSnapshot;
  /** Forgets articles (and their reports), e.g. events a stream has emitted for good. */
  remove(articleIds: readonly string[]): void;
}

export interface ReconcilerOptions extends ReconcileOptions {
  snapshot?: ReconcilerSnapshot;
}

interface Lineage {
  reports: Set<string>;
  mergedFrom?: string[];
  splitFrom?: string;
}

function freshId(anchor: string, salt: string): string {
  return `evt_${createHash("sha256").update(salt ? `${anchor}\u0000${salt}` : anchor).digest("hex").slice(0, 16)}`;
}

/**
 * Creates an incremental reconciler. Adding coverage to existing events keeps their ids; when
 * new evidence merges events, the survivor lists the others in `mergedFrom`; when it splits
 * one, the new parts name it in `splitFrom`. A reconciler fed everything at once gives the
 * same events and ids as `reconcile`.
 *
 * @example
 * const r = createReconciler();
 * r.add(morningArticles);
 * const later = r.add(eveningArticles); //=> { created: [...], updated: [...], merged: [], split: [] }
 * store(JSON.stringify(r.snapshot()));
 * const again = restore(JSON.parse(stored));
 */
export function createReconciler(options: ReconcilerOptions = {}): Reconciler {
  const { snapshot, ...extractOptions } = options;
  const articles = new Map<string, Article>();
  const reportsOf = new Map<string, Report[]>();
  let lineage = new Map<string, Lineage>();
  let current: Result = { version: 1, events: [], unplaced: [] };
  // Fingerprints and terms survive between rebuilds: each article is fingerprinted once.
  const cache = createClusterCache();
  // Events whose reports did not change are reused, not reconciled again.
  let eventMemo = new Map<string, Event>();

  const addArticles = (list: readonly Article[]) => {
    for (const a of list) {
      articles.set(a.id, a);
      reportsOf.set(a.id, extractFromArticle(a, extractOptions));
    }
  };

  /** Re-clusters everything and carries ids over from the previous events. */
  const rebuild = (): Omit<AddResult, "issues"> => {
    const changes: Omit<AddResult, "issues"> = { created: [], updated: [], merged: [], split: [] };
    const valid = [...articles.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const reports = valid.flatMap((a) => reportsOf.get(a.id) ?? []);
    const previous = lineage;
    const next = new Map<string, Lineage>();
    const ownerOf = new Map<string, string>();
    for (const [id, l] of previous) for (const r of l.reports) ownerOf.set(r, id);
    const claimed = new Set<string>();
    const present = new Set(reports.map((r) => r.id));
    const rename = (events: Event[]): Event[] => {
      // Largest events first choose the id they overlap most, so a split leaves the id with the bigger part.
      const order = [...events].sort((a, b) => b.sources.length - a.sources.length || (a.id < b.id ? -1 : 1));
      const renamed = new Map<Event, Event>();
      for (const e of order) {
        const ids = e.sources.map((s) => s.reportId);
        const overlap = new Map<string, number>();
        for (const r of ids) {
          const o = ownerOf.get(r);
          if (o) overlap.set(o, (overlap.get(o) ?? 0) + 1);
        }
        const ranked = [...overlap.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        const inherit = ranked.find(([id]) => !claimed.has(id))?.[0];
        const out: Event = { ...e };
        const entry: Lineage = { reports: new Set(ids) };
        if (inherit) {
          claimed.add(inherit);
          out.id = inherit;
          const before = previous.get(inherit);
          const others = ranked.map(([id]) => id).filter((id) => id !== inherit && !claimed.has(id) && [...(previous.get(id)?.reports ?? [])].every((r) => ids.includes(r) || !present.has(r)));
          const mergedFrom = [...new Set([...(before?.mergedFrom ?? []), ...others])];
          for (const o of others) claimed.add(o);
          if (others.length > 0) changes.merged.push({ id: inherit, from: others });
          if (mergedFrom.length > 0) entry.mergedFrom = mergedFrom;
          if (before?.splitFrom) entry.splitFrom = before.splitFrom;
          const same = before && before.reports.size === ids.length && ids.every((r) => before.reports.has(r));
          if (!same) changes.updated.push(inherit);
        } else {
          const parent = ranked[0]?.[0];
          out.id = previous.size === 0 || !parent ? e.id : freshId([...ids].sort()[0] ?? e.id, parent);
          if (parent) {
            entry.splitFrom = parent;
            changes.split.push({ id: out.id, from: parent });
          } else changes.created.push(out.id);
        }
        if (entry.mergedFrom) out.mergedFrom = entry.mergedFrom;
        if (entry.splitFrom) out.splitFrom = entry.splitFrom;
        next.set(out.id, entry);
        renamed.set(e, out);
      }
      return events.map((e) => renamed.get(e) as Event);
    };
    const memo = { previous: eventMemo, next: new Map<string, Event>() };
    current = assemble(valid, reports, [], { renameEvents: rename, cache, memo }).result;
    eventMemo = memo.next;
    lineage = next;
    stale = false;
    return changes;
  };
  // After `remove`, the events are rebuilt when next asked for, not once per removal.
  let stale = false;
  const fresh = (): Result => {
    if (stale) rebuild();
    return current;
  };

  if (snapshot) {
    const parsed = ReconcilerSnapshot.safeParse(snapshot);
    if (!parsed.success) throw new TypeError(`restore expects a communique reconciler snapshot: ${parsed.error.issues[0]?.path.join(".") ?? ""} ${parsed.error.issues[0]?.message ?? ""}`);
    addArticles(parsed.data.articles);
    lineage = new Map(parsed.data.events.map((e) => [e.id, { reports: new Set(e.reports), ...(e.mergedFrom ? { mergedFrom: e.mergedFrom } : {}), ...(e.splitFrom ? { splitFrom: e.splitFrom } : {}) }]));
    rebuild();
  }

  return {
    add(input) {
      if (!Array.isArray(input)) throw new TypeError("add expects an array of articles");
      const issues: InputIssue[] = [];
      const valid = validateArticles(input, issues, new Set(articles.keys()));
      addArticles(valid);
      return { issues, ...rebuild() };
    },
    events: () => fresh().events,
    result: () => fresh(),
    snapshot: () => ({
      kind: "communique-reconciler",
      version: 1,
      articles: [...articles.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
      events: [...lineage.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, l]) => ({ id, reports: [...l.reports].sort(), ...(l.mergedFrom ? { mergedFrom: l.mergedFrom } : {}), ...(l.splitFrom ? { splitFrom: l.splitFrom } : {}) })),
    }),
    remove(ids) {
      const gone = new Set(ids);
      for (const id of gone) {
        articles.delete(id);
        reportsOf.delete(id);
      }
      for (const [id, l] of lineage) {
        for (const r of [...l.reports]) if (gone.has(articleIdOf(r))) l.reports.delete(r);
        if (l.reports.size === 0) lineage.delete(id);
      }
      forgetInCache(cache, gone);
      stale = true;
    },
  };
}

/** A reconciler restored from a snapshot: the same events, with the same ids, as when it was taken. */
export function restore(snapshot: ReconcilerSnapshot, options: ReconcileOptions = {}): Reconciler {
  return createReconciler({ ...options, snapshot });
}
