import { describe, expect, it } from "vitest";
import { clusterReports, createClusterCache, reportTerms } from "../../src/cluster/cluster.js";
import { fingerprint } from "../../src/cluster/copies.js";
import { extractReports } from "../../src/extract/extract-reports.js";
import { readArticles } from "../../src/io/read-articles.js";
import { createHandOverCache } from "../../src/cli/hand-over.js";
import { packArrays } from "../../src/normalise/packed.js";

const { articles } = readArticles(["test-corpus/articles"]);
const reports = articles.flatMap((a) => extractReports(a));
const texts = new Map(articles.map((a) => [a.id, a.text.normalize("NFC")]));
const ids = (c: ReturnType<typeof clusterReports>) => c.clusters.map((x) => x.reports.map((r) => r.id).join(" ")).sort();

describe("the hand-over cache", () => {
  it("gives the same clusters from packed batches (terms in the order of their words) as computing everything, and holds nothing once read", () => {
    const cold = clusterReports({ reports, texts, cache: createClusterCache() });
    const handOver = createHandOverCache();
    // Batches of 10 articles, packed as the extraction workers pack them.
    for (let at = 0; at < articles.length; at += 10) {
      const batch = articles.slice(at, at + 10);
      const batchIds = new Set(batch.map((a) => a.id));
      const batchReports = reports.filter((r) => batchIds.has(r.articleId));
      handOver.fingerprints.addPack(batch.map((a) => a.id), packArrays(batch.map((a) => fingerprint(texts.get(a.id) ?? "").hashes)));
      handOver.terms.addPack(batchReports.map((r) => r.id), packArrays(batchReports.map((r) => reportTerms(r, texts))));
    }
    expect(handOver.fingerprints.left).toBe(articles.length);
    expect(handOver.terms.left).toBe(reports.length);
    expect(ids(clusterReports({ reports, texts, cache: handOver }))).toEqual(ids(cold));
    // Normalisation reads every value once, and the cache forgets each as it is read.
    expect(handOver.terms.left).toBe(0);
    expect(handOver.fingerprints.left).toBe(0);
  });

  it("cuts each value out of its pack as it was packed, and forgets it once read", () => {
    const handOver = createHandOverCache();
    const arrays = [Uint32Array.of(1, 2, 3), Uint32Array.of(), Uint32Array.of(4)];
    handOver.terms.addPack(["a", "b", "c"], packArrays(arrays));
    handOver.terms.set("d", Uint32Array.of(9));
    expect(handOver.terms.has("b")).toBe(true);
    expect([...(handOver.terms.get("c") ?? [])]).toEqual([4]);
    expect([...(handOver.terms.get("a") ?? [])]).toEqual([1, 2, 3]);
    expect([...(handOver.terms.get("b") ?? [])]).toEqual([]);
    expect([...(handOver.terms.get("d") ?? [])]).toEqual([9]);
    expect(handOver.terms.get("a")).toBeUndefined();
    expect(handOver.terms.has("b")).toBe(false);
    expect(handOver.terms.left).toBe(0);
  });
});
