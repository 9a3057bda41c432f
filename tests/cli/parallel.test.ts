import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/synthetic.mjs";
import { extractInParallel } from "../../src/cli/parallel.js";
import { createHandOverCache } from "../../src/cli/hand-over.js";
import { createReportStore } from "../../src/cli/report-store.js";
import { clusteringView } from "../../src/cluster/cluster.js";
import { extractFromArticle } from "../../src/extract/extract-reports.js";
import { Article } from "../../src/model/article.js";
import { reconcile, reconcileInOrder } from "../../src/reconcile/reconcile.js";

const articles = generateCorpus({ articles: 600, seed: 31 }).articles.map((a) => Article.parse(a));

describe("extraction on one thread", () => {
  it("keeps full reports in memory below the spill size", async () => {
    const { reports, store } = await extractInParallel(articles, {}, { workers: 1, extractOne: (a) => extractFromArticle(a, {}), openStore: createReportStore, spillFrom: 10_000 });
    expect(store).toBeUndefined();
    expect(reports).toEqual(articles.flatMap((a) => extractFromArticle(a, {})));
  });

  it("from the spill size, stores full reports and returns views, and the events are the same", async () => {
    const cache = createHandOverCache();
    let progress = 0;
    const { reports, store } = await extractInParallel(articles, {}, { workers: 1, extractOne: () => [], openStore: createReportStore, cache, spillFrom: 100, onBatch: (done) => (progress = done) });
    try {
      const full = articles.flatMap((a) => extractFromArticle(a, {}));
      expect(store).toBeDefined();
      expect(progress).toBe(articles.length);
      expect(reports).toEqual(full.map(clusteringView));
      expect(full.every((r) => JSON.stringify(store?.get(r.id)) === JSON.stringify(r))).toBe(true);
      expect(cache.fingerprints.left).toBe(articles.length);
      expect(cache.terms.left).toBe(full.length);
      const lazy = reconcileInOrder(articles, { reports, cache, restore: (v) => store?.get(v.id) as (typeof full)[number] });
      expect([...lazy.events]).toEqual(reconcile(articles).events);
    } finally {
      store?.close();
    }
  });
});
