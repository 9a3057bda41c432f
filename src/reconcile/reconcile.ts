/**
 * The whole pipeline: articles → reports → clusters → events.
 */
import { Article, type ArticleInput } from "../model/article.js";
import type { InputIssue } from "../model/common.js";
import type { Report } from "../model/report.js";
import type { Result } from "../model/result.js";
import { extractFromArticle, type ExtractOptions } from "../extract/extract-reports.js";
import { clusterReports, type Cluster, type ClusterCache } from "../cluster/cluster.js";
import type { Event } from "../model/event.js";
import { toNfc } from "../text/fold.js";
import { eventDateValue, eventId, reconcileCluster } from "./reconcile-event.js";

export interface ReconcileOptions extends ExtractOptions {
  /** Reports already extracted from the articles (e.g. on worker threads); extraction is skipped. */
  reports?: Report[];
  /** Input problems met before this call (from the readers); carried into the result. */
  issues?: InputIssue[];
  /** Fingerprints and terms computed beforehand (e.g. on worker threads), by article and report id. */
  cache?: ClusterCache;
}

/** Everything a run produced, for callers that want the intermediate stages too. */
export interface Run {
  result: Result;
  reports: Report[];
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads every article, finds each meeting it reports, recognises the same meeting across
 * outlets and merges each into one event with per-value provenance and typed conflicts.
 * Every article appears in an event's `sources` or in `unplaced`; the same articles in any
 * order give the same result.
 *
 * @example
 * const result = reconcile([{ id: "vna-1", text: "…", publishedAt: "2025-08-15" }, { id: "xinhua-1", text: "…" }]);
 * result.events[0].date //=> { value: "2025-08-14", precision: "day", sources: [ … ], … }
 */
export function reconcile(articles: readonly ArticleInput[], options: ReconcileOptions = {}): Result {
  return reconcileRun(articles, options).result;
}

/** {@link reconcile}, also returning the reports it extracted. */
export function reconcileRun(articles: readonly ArticleInput[], options: ReconcileOptions = {}): Run {
  const { valid, reports, issues } = prepare(articles, options);
  const { result } = assemble(valid, reports, issues, options.cache ? { cache: options.cache } : {});
  return { result, reports };
}

/**
 * {@link reconcile} with events built one at a time as they are read (see {@link assembleInOrder}):
 * for writing results too large to hold at once.
 */
export function reconcileInOrder(articles: readonly ArticleInput[], options: ReconcileOptions & InOrderOptions = {}): LazyResult {
  const { valid, reports, issues } = prepare(articles, options);
  const { cache, restore } = options;
  return assembleInOrder(valid, reports, issues, { ...(cache ? { cache } : {}), ...(restore ? { restore } : {}) });
}

function prepare(articles: readonly ArticleInput[], options: ReconcileOptions): { valid: Article[]; reports: Report[]; issues: InputIssue[] } {
  if (!Array.isArray(articles)) throw new TypeError(`reconcile expects an array of articles, got ${articles === null ? "null" : typeof articles}`);
  const issues: InputIssue[] = [...(options.issues ?? [])];
  const valid = validateArticles(articles, issues, new Set());
  const validIds = new Set(valid.map((a) => a.id));
  const reports = options.reports ? options.reports.filter((r) => validIds.has(r.articleId)) : valid.flatMap((a) => extractFromArticle(a, options));
  return { valid, reports, issues };
}

/** Validates and NFC-normalises articles; problems (and ids already in `seen`) become issues. Sorted by id. */
export function validateArticles(articles: readonly ArticleInput[], issues: InputIssue[], seen: Set<string>): Article[] {
  const valid: Article[] = [];
  articles.forEach((input, index) => {
    const parsed = Article.safeParse(input);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      issues.push({ code: "invalid-article", message: `article ${index}: ${first?.path.join(".") || "article"}: ${first?.message ?? "invalid"}`, field: first?.path.join(".") ?? "" });
      return;
    }
    if (seen.has(parsed.data.id)) {
      issues.push({ code: "duplicate-id", message: `article ${index}: id "${parsed.data.id}" appears more than once; the later one is skipped`, field: "id" });
      return;
    }
    seen.add(parsed.data.id);
    valid.push({ ...parsed.data, text: toNfc(parsed.data.text) });
  });
  return valid.sort((a, b) => compareIds(a.id, b.id));
}

/**
 * Events of the last run by what they were made of, for an incremental caller to reuse: `previous`
 * is read, `next` receives this run's events (and becomes `previous` of the next run).
 */
export interface EventMemo {
  previous: ReadonlyMap<string, Event>;
  next: Map<string, Event>;
}

/** Clusters reports of valid articles and reconciles each cluster; `renameEvents` may assign ids (incremental runs). */
export interface AssembleOptions {
  /** Assigns ids to the events (incremental runs keep earlier ids). */
  renameEvents?: (events: Event[]) => Event[];
  /** Fingerprints and terms computed before, or kept between runs. */
  cache?: ClusterCache;
  /** Events of the previous run to reuse when their reports did not change. */
  memo?: EventMemo;
}

export function assemble(valid: readonly Article[], reports: readonly Report[], issues: readonly InputIssue[], { renameEvents, cache, memo }: AssembleOptions = {}): { result: Result; clusters: Cluster[] } {
  const texts = new Map(valid.map((a) => [a.id, a.text]));
  const { clusters, groups } = clusterReports({ reports, texts, ...(cache ? { cache } : {}) });
  const reconcileOne = (c: Cluster): Event => {
    if (!memo) return reconcileCluster(c, { texts, groups });
    // An event is a function of its reports, their wire-copy groups and its candidates.
    const key = `${c.reports.map((r) => `${r.id}@${groups.get(r.articleId) ?? ""}`).join(",")}|${c.candidates.map((x) => `${x.report.id}:${x.score}:${x.reason}`).join(",")}`;
    const event = memo.previous.get(key) ?? reconcileCluster(c, { texts, groups });
    memo.next.set(key, event);
    return event;
  };
  let events = clusters.map(reconcileOne);
  if (renameEvents) events = renameEvents(events);
  events.sort((a, b) => compareEvents(a.date.value, a.id, b.date.value, b.id));
  const result: Result = { version: 1, events: events, unplaced: unplacedOf(valid, reports), ...(issues.length > 0 ? { issues: [...issues] } : {}) };
  return { result, clusters };
}

/** Output order of events: by date (undated last), then id; plain code-unit order, the same in every locale. */
function compareEvents(dateA: string | null, idA: string, dateB: string | null, idB: string): number {
  return compareIds(dateA ?? "~", dateB ?? "~") || compareIds(idA, idB);
}

function unplacedOf(valid: readonly Article[], reports: readonly Report[]): Result["unplaced"] {
  const placed = new Set(reports.map((r) => r.articleId));
  return valid.filter((a) => !placed.has(a.id)).map((a) => ({ articleId: a.id, reason: a.text.trim() === "" ? "the article has no text" : "no meeting reported as having happened was found" }));
}

/** Events in output order, each built when it is reached; `length` is known before any is. */
export interface EventSequence extends Iterable<Event> {
  readonly length: number;
}

/** A {@link Result} whose events are built one at a time as they are read. */
export type LazyResult = Omit<Result, "events"> & { events: EventSequence };

/** Options of {@link reconcileInOrder}. */
export interface InOrderOptions {
  /** Fingerprints and terms computed before. */
  cache?: ClusterCache;
  /**
   * When the reports given are clustering views (see `clusteringView`): the full report of a
   * view, read when its event is built.
   */
  restore?: (view: Report) => Report;
}

/**
 * {@link assemble} for a result too large to hold at once: clusters are put in output order by
 * a key computed before reconciliation (the event's date and id), and each event is built as it
 * is read, so a writer holds one event at a time. Read in full, the events are those of
 * `assemble` in the same order.
 */
function assembleInOrder(valid: readonly Article[], reports: readonly Report[], issues: readonly InputIssue[], { cache, restore }: InOrderOptions = {}): LazyResult {
  const texts = new Map(valid.map((a) => [a.id, a.text]));
  const { clusters, groups } = clusterReports({ reports, texts, ...(cache ? { cache } : {}) });
  const ordered = clusters
    .map((cluster) => ({ cluster, date: eventDateValue(cluster.reports, groups), id: eventId(cluster.reports) }))
    .sort((a, b) => compareEvents(a.date, a.id, b.date, b.id));
  const events: EventSequence = {
    length: ordered.length,
    *[Symbol.iterator]() {
      for (const { cluster } of ordered) yield reconcileCluster(restore ? { ...cluster, reports: cluster.reports.map(restore) } : cluster, { texts, groups });
    },
  };
  return { version: 1, events, unplaced: unplacedOf(valid, reports), ...(issues.length > 0 ? { issues: [...issues] } : {}) };
}
