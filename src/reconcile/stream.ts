/**
 * Streaming reconciliation over async iterables: events are emitted once they can no longer
 * change (no report within a horizon of days after their latest day), and their articles are
 * then forgotten, so memory stays bounded for coverage that arrives roughly in date order.
 */
import type { ArticleInput } from "../model/article.js";
import type { InputIssue } from "../model/common.js";
import type { Event } from "../model/event.js";
import type { ReconcileOptions } from "./reconcile.js";
import { createReconciler } from "./reconciler.js";

export interface StreamOptions extends ReconcileOptions {
  /** Days after an event's latest day with no new report before it is final. Default 7. */
  horizonDays?: number;
  /** Articles reconciled together. Default 2000. */
  batchSize?: number;
}

export type StreamItem =
  | { type: "event"; event: Event }
  | { type: "unplaced"; articleId: string; reason: string }
  | { type: "issue"; issue: InputIssue };

const DAY = 86_400_000;
const dayOf = (iso: string | undefined | null): number | null => (iso ? Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY) : null);

/**
 * Reconciles a stream of articles, yielding each event once it is final and each article
 * that reports no meeting. Every input article is accounted for by the end of the stream.
 *
 * @example
 * for await (const item of reconcileStream(readJsonlLines(process.stdin))) {
 *   if (item.type === "event") store(item.event);
 * }
 */
export async function* reconcileStream(source: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, options: StreamOptions = {}): AsyncGenerator<StreamItem> {
  const { horizonDays = 7, batchSize = 2000, ...rest } = options;
  const reconciler = createReconciler(rest);
  const published = new Map<string, number | null>();
  let watermark = Number.NEGATIVE_INFINITY;
  let buffer: ArticleInput[] = [];
  const emitted = new Set<string>();
  const emittedUnplaced = new Set<string>();

  const latestDay = (e: Event): number | null => {
    const days = [dayOf(e.date.value?.split("/").at(-1)), ...e.sources.map((s) => published.get(s.articleId) ?? null)].filter((d): d is number => d !== null);
    return days.length ? days.reduce((a, b) => Math.max(a, b)) : null;
  };

  function* drain(final: boolean): Generator<StreamItem> {
    const result = reconciler.result();
    const done = new Set<string>();
    const open = new Set<string>();
    for (const e of result.events) {
      const last = latestDay(e);
      const ready = final || (last !== null && last < watermark - horizonDays);
      for (const s of e.sources) (ready ? done : open).add(s.articleId);
      if (ready && !emitted.has(e.id)) {
        emitted.add(e.id);
        yield { type: "event", event: e };
      }
    }
    for (const u of result.unplaced) {
      if (!emittedUnplaced.has(u.articleId)) yield { type: "unplaced", articleId: u.articleId, reason: u.reason };
      emittedUnplaced.add(u.articleId);
      done.add(u.articleId);
    }
    // An article leaves memory once every event it reports is out.
    const forget = new Set([...done].filter((id) => !open.has(id)));
    for (const id of forget) published.delete(id);
    if (forget.size > 0) reconciler.remove([...forget]);
    // So do the ids of what was emitted, once nothing that could bring it back remains.
    const remaining = new Set(result.events.filter((e) => e.sources.some((s) => !forget.has(s.articleId))).map((e) => e.id));
    for (const id of emitted) if (!remaining.has(id)) emitted.delete(id);
    for (const id of emittedUnplaced) if (forget.has(id)) emittedUnplaced.delete(id);
  }

  const flush = function* (final: boolean): Generator<StreamItem> {
    if (buffer.length > 0) {
      // An article without a publication date counts from the day the stream had reached before
      // it arrived: otherwise its event could never become final, and the open window would grow
      // with every undated article. (Before any dated article, there is no such day.)
      const reached = Number.isFinite(watermark) ? watermark : null;
      for (const a of buffer) {
        const d = dayOf(typeof a?.publishedAt === "string" ? a.publishedAt : null);
        if (a && typeof a.id === "string") published.set(a.id, d ?? reached);
        if (d !== null && d > watermark) watermark = d;
      }
      const { issues } = reconciler.add(buffer);
      buffer = [];
      for (const issue of issues) yield { type: "issue", issue };
    }
    yield* drain(final);
  };

  for await (const article of source) {
    buffer.push(article);
    if (buffer.length >= batchSize) yield* flush(false);
  }
  yield* flush(true);
}
