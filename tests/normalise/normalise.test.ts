import { describe, expect, it } from "vitest";
import { clusterNormalised, clusterReports } from "../../src/cluster/cluster.js";
import { fingerprint } from "../../src/cluster/copies.js";
import { extractReports } from "../../src/extract/extract-reports.js";
import { readArticles } from "../../src/io/read-articles.js";
import { createClusterCache, normaliseReports, reportTerms } from "../../src/normalise/normalise.js";

const { articles } = readArticles(["test-corpus/articles"]);
const sample = articles.slice(0, 40);
const reports = sample.flatMap((a) => extractReports(a));
const texts = new Map(sample.map((a) => [a.id, a.text.normalize("NFC")]));
const clusterIds = (c: ReturnType<typeof clusterReports>) => c.clusters.map((x) => x.reports.map((r) => r.id).join(" "));
const at = (values: Uint32Array, offsets: Uint32Array, i: number) => [...values.subarray(offsets[i], offsets[i + 1])];

describe("normaliseReports", () => {
  it("orders reports by id whatever order they come in, with each report's features and sorted terms beside it", () => {
    const n = normaliseReports({ reports: [...reports].reverse(), texts });
    expect(n.reports.map((r) => r.id)).toEqual(reports.map((r) => r.id).sort());
    expect(n.features).toHaveLength(n.reports.length);
    n.reports.forEach((r, i) => {
      expect(n.features[i]?.people.map((p) => p.display)).toEqual(r.participants.map((p) => p.name));
      const terms = at(n.terms.values, n.terms.offsets, i);
      expect(terms).toEqual([...reportTerms(r, texts)]);
      expect(terms).toEqual([...terms].sort((x, y) => x - y));
    });
  });

  it("gives every article with text its shingles, in id order", () => {
    const n = normaliseReports({ reports, texts });
    expect(n.articleIds).toEqual([...texts.keys()].sort());
    n.articleIds.forEach((id, i) => expect(at(n.prints.values, n.prints.offsets, i)).toEqual([...fingerprint(texts.get(id) ?? "").hashes]));
  });

  it("gives each report its article's place among the article ids, and its date as day numbers", () => {
    const withoutText = { ...reports[0]!, id: "zz-no-text#1", articleId: "zz-no-text", date: { ...reports[0]!.date, start: "2025-07-10", end: "2025-07-11" } };
    const n = normaliseReports({ reports: [...reports, withoutText], texts });
    n.reports.forEach((r, i) => {
      expect(n.articleOf[i]).toBe(n.articleIds.indexOf(r.articleId));
      const day = (iso: string | null) => (iso === null ? Number.NaN : Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
      expect(n.firstDays[i]).toBe(day(r.date.start));
      expect(n.lastDays[i]).toBe(r.date.start === null ? Number.NaN : day(r.date.end ?? r.date.start));
    });
    const last = n.reports.length - 1;
    expect([n.articleOf[last], n.lastDays[last]! - n.firstDays[last]!]).toEqual([-1, 1]);
  });

  it("reads what a cache holds and fills it with what it computes", () => {
    const cache = createClusterCache();
    const cold = normaliseReports({ reports, texts, cache });
    expect(cache.terms.size).toBe(reports.length);
    expect(cache.fingerprints.size).toBe(texts.size);
    const warm = normaliseReports({ reports, texts, cache });
    expect([...warm.terms.values]).toEqual([...cold.terms.values]);
    expect([...warm.prints.values]).toEqual([...cold.prints.values]);
  });
});

describe("clusterNormalised", () => {
  it("clusters as clusterReports does, and leaves what it is given as it was (it can be clustered again)", () => {
    const n = normaliseReports({ reports, texts });
    const terms = n.terms.values.slice();
    const first = clusterIds(clusterNormalised(n));
    expect(first).toEqual(clusterIds(clusterReports({ reports, texts })));
    expect(n.terms.values).toEqual(terms);
    expect(clusterIds(clusterNormalised(n))).toEqual(first);
  });

  it("hands out what it made frozen, so that what clustering trusts cannot change under it", () => {
    const n = normaliseReports({ reports, texts });
    expect(() => (n.reports as unknown as unknown[]).reverse()).toThrow(TypeError);
    expect(() => Object.assign(n, { reports: [] })).toThrow(TypeError);
  });

  it("refuses normalised reports that do not hang together, saying what is wrong", () => {
    const n = normaliseReports({ reports, texts });
    expect(() => clusterNormalised({ ...n, features: n.features.slice(1) })).toThrow(/features for \d+ reports/);
    expect(() => clusterNormalised({ ...n, reports: [...n.reports].reverse() })).toThrow(/not in increasing id order/);
    expect(() => clusterNormalised({ ...n, firstDays: n.firstDays.subarray(1) })).toThrow(/firstDays for \d+ reports/);
    const unsorted = n.terms.values.slice();
    const d = n.reports.findIndex((_, i) => (n.terms.offsets[i + 1] as number) - (n.terms.offsets[i] as number) >= 2);
    const from = n.terms.offsets[d] as number;
    [unsorted[from], unsorted[from + 1]] = [unsorted[from + 1] as number, unsorted[from] as number];
    expect(() => clusterNormalised({ ...n, terms: { values: unsorted, offsets: n.terms.offsets } })).toThrow(new RegExp(`terms of report ${n.reports[d]?.id} not sorted`));
  });
});
