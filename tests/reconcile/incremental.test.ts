import { describe, expect, it } from "vitest";
import type { Event } from "../../src/model/event.js";
import { extractReports } from "../../src/extract/extract-reports.js";
import { readArticles } from "../../src/io/read-articles.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { createReconciler, restore } from "../../src/reconcile/reconciler.js";
import { reconcileStream, type StreamItem } from "../../src/reconcile/stream.js";

const { articles } = readArticles(["test-corpus/articles"]);
const batch = reconcile(articles);

/**
 * An event without its id and lineage: what must not depend on how coverage arrived. Candidates
 * are left out too: they list undated reports that fell short of joining, scored by wording
 * similarity that weighs words by their rarity in the coverage at hand, which a stream that has
 * emitted and forgotten older articles sees differently.
 */
const content = (e: Event) => JSON.stringify({ ...e, id: undefined, mergedFrom: undefined, splitFrom: undefined, candidates: undefined });
const contents = (events: readonly Event[]) => events.map(content).sort();

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function collect(source: AsyncGenerator<StreamItem>): Promise<StreamItem[]> {
  const out: StreamItem[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe("incremental reconciliation", () => {
  it("fed everything at once, gives the batch result exactly", () => {
    const r = createReconciler();
    r.add(articles);
    expect(JSON.stringify(r.result())).toBe(JSON.stringify(batch));
  });

  it("fed in chunks, gives the same events, and every id survives while its event does", () => {
    const r = createReconciler();
    const seen = new Map<string, Set<string>>();
    for (const chunk of chunks(articles, 7)) {
      const change = r.add(chunk);
      expect(change.issues).toEqual([]);
      const ids = new Set(r.events().map((e) => e.id));
      const mergedAway = new Set(change.merged.flatMap((m) => m.from));
      for (const [id] of seen) expect(ids.has(id) || mergedAway.has(id), `event ${id} vanished`).toBe(true);
      for (const e of r.events()) seen.set(e.id, new Set(e.sources.map((s) => s.reportId)));
      for (const id of mergedAway) seen.delete(id);
    }
    expect(contents(r.events())).toEqual(contents(batch.events));
    expect(r.result().unplaced).toEqual(batch.unplaced);
  });

  it("snapshots round-trip through JSON with the same events and ids", () => {
    const r = createReconciler();
    for (const chunk of chunks(articles, 20)) r.add(chunk);
    const again = restore(JSON.parse(JSON.stringify(r.snapshot())));
    expect(JSON.stringify(again.result())).toBe(JSON.stringify(r.result()));
    const extra = articles.slice(0, 1).map((a) => ({ ...a, id: `${a.id}-copy` }));
    expect(JSON.stringify(again.add(extra))).toBe(JSON.stringify(r.add(extra)));
  });

  it("interrupted, saved and restarted from its snapshot, ends with the same result as an uninterrupted run", () => {
    const parts = chunks(articles, 9);
    const uninterrupted = createReconciler();
    for (const p of parts) uninterrupted.add(p);
    const first = createReconciler();
    for (const p of parts.slice(0, 3)) first.add(p);
    const restarted = restore(JSON.parse(JSON.stringify(first.snapshot())));
    for (const p of parts.slice(3)) restarted.add(p);
    expect(JSON.stringify(restarted.result())).toBe(JSON.stringify(uninterrupted.result()));
  });

  it("keeps an event's id when new coverage joins it", () => {
    const r = createReconciler();
    const a = { id: "a", publishedAt: "2025-08-15", text: "HANOI — Foreign Minister Bùi Thanh Sơn held talks with Chinese Foreign Minister Wang Yi in Beijing on Thursday about railways." };
    const b = { id: "b", publishedAt: "2025-08-16", text: "BEIJING — Chinese Foreign Minister Wang Yi met Vietnamese Foreign Minister Bui Thanh Son in Beijing on August 14, discussing railways." };
    r.add([a]);
    const first = r.events()[0]?.id;
    const change = r.add([b]);
    expect(r.events()).toHaveLength(1);
    expect(r.events()[0]?.id).toBe(first);
    expect(change.updated).toEqual([first]);
  });

  it("rejects a second article with an id it already has", () => {
    const r = createReconciler();
    r.add(articles.slice(0, 2));
    expect(r.add(articles.slice(1, 3)).issues.map((i) => i.code)).toEqual(["duplicate-id"]);
  });
});

describe("streaming", () => {
  it("with one batch and an endless horizon, gives the batch result", async () => {
    const items = await collect(reconcileStream(articles, { batchSize: 10_000, horizonDays: 1e9 }));
    const events = items.flatMap((i) => (i.type === "event" ? [i.event] : []));
    expect(JSON.stringify(events)).toBe(JSON.stringify(batch.events));
  });

  it("emits an article without a publication date once the stream has moved past where it arrived", async () => {
    const dated = (id: string, day: string, text: string) => ({ id, publishedAt: day, text });
    const stream = [
      dated("a", "2025-01-02", "Foreign Minister Bùi Thanh Sơn met Chinese Foreign Minister Wang Yi in Hanoi on January 1."),
      { id: "u", text: "Foreign Minister Bùi Thanh Sơn met Lao Foreign Minister Thongsavanh Phomvihane in Hanoi." },
      dated("z", "2025-03-02", "Foreign Minister Bùi Thanh Sơn met Thai Foreign Minister Maris Sangiampongsa in Bangkok on March 1."),
    ];
    const items = await collect(reconcileStream(stream, { batchSize: 1, horizonDays: 7 }));
    const at = (id: string) => items.findIndex((i) => i.type === "event" && i.event.sources.some((x) => x.articleId === id));
    expect(at("u")).toBeGreaterThanOrEqual(0);
    expect(at("u")).toBeLessThan(at("z"));
  });

  it("in small batches over an async source, emits the same events and accounts for every article", async () => {
    async function* source() {
      for (const a of [...articles].sort((x, y) => (x.publishedAt ?? "").localeCompare(y.publishedAt ?? "") || x.id.localeCompare(y.id))) yield a;
    }
    const items = await collect(reconcileStream(source(), { batchSize: 8, horizonDays: 30 }));
    const events = items.flatMap((i) => (i.type === "event" ? [i.event] : []));
    const accounted = new Set([...events.flatMap((e) => e.sources.map((s) => s.articleId)), ...items.flatMap((i) => (i.type === "unplaced" ? [i.articleId] : []))]);
    expect([...accounted].sort()).toEqual(articles.map((a) => a.id).sort());
    // A report with no date joins a dated event on its wording alone, weighed by the coverage at
    // hand; the stream holds less of it, so such a report may stand alone there. Every other
    // report falls into the same event, and every event without an undated report is the same.
    // (Undated reports come from undated articles, and from dated ones whose text gives no date.)
    const undated = new Set(articles.flatMap((a) => extractReports(a)).filter((r) => r.date.value === null).map((r) => r.id));
    const datedPart = (e: Event) => e.sources.filter((s) => !undated.has(s.reportId)).map((s) => s.reportId).sort().join(",");
    expect(events.map(datedPart).filter(Boolean).sort()).toEqual(batch.events.map(datedPart).filter(Boolean).sort());
    const whole = batch.events.filter((e) => !e.sources.some((s) => undated.has(s.reportId)));
    const reportsOf = (e: Event) => e.sources.map((s) => s.reportId).sort().join(",");
    const kept = new Set(whole.map(reportsOf));
    expect(contents(events.filter((e) => kept.has(reportsOf(e))))).toEqual(contents(whole));
    expect(events.flatMap((e) => e.sources.map((s) => s.reportId)).sort()).toEqual(batch.events.flatMap((e) => e.sources.map((s) => s.reportId)).sort());
  });
});
