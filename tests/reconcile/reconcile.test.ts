import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { foldText } from "../../src/text/fold.js";
import { readArticles } from "../../src/io/read-articles.js";
import { Result, resultJsonSchema } from "../../src/model/result.js";
import { reconcile, reconcileInOrder } from "../../src/reconcile/reconcile.js";
import { clusteringView } from "../../src/cluster/cluster.js";
import { extractReports } from "../../src/extract/extract-reports.js";

const corpus = readArticles(["test-corpus/articles"]);

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("reconcile on the test corpus", () => {
  const result = reconcile(corpus.articles);

  it("reads the corpus without input problems", () => {
    expect(corpus.issues).toEqual([]);
    expect(corpus.articles.length).toBeGreaterThanOrEqual(60);
  });

  it("produces output valid against the schema", () => {
    expect(() => Result.parse(result)).not.toThrow();
    expect(resultJsonSchema()).toHaveProperty("properties.events");
  });

  it("accounts for every input article", () => {
    const seen = new Set([...result.events.flatMap((e) => e.sources.map((s) => s.articleId)), ...result.unplaced.map((u) => u.articleId)]);
    expect([...seen].sort()).toEqual(corpus.articles.map((a) => a.id).sort());
  });

  it("quotes exactly the words at every source span", () => {
    const texts = new Map(corpus.articles.map((a) => [a.id, a.text.normalize("NFC")]));
    const refs = result.events.flatMap((e) => [
      ...e.participants.flatMap((p) => p.sources),
      ...e.date.sources,
      ...e.location.sources,
      ...e.occasion.sources,
      ...e.claims.flatMap((c) => c.sources),
    ]);
    expect(refs.length).toBeGreaterThan(100);
    for (const r of refs) {
      const text = texts.get(r.articleId) ?? "";
      expect(r.span[0]).toBeLessThanOrEqual(r.span[1]);
      expect(r.span[1]).toBeLessThanOrEqual(text.length);
      expect(text.slice(r.span[0], r.span[1]).startsWith(r.quote)).toBe(true);
    }
  });

  it("builds the same events in the same order one at a time, from reports or from clustering views", () => {
    const lazy = reconcileInOrder(corpus.articles);
    expect(lazy.events.length).toBe(result.events.length);
    expect({ ...lazy, events: [...lazy.events] }).toEqual(result);
    const reports = corpus.articles.flatMap((a) => extractReports(a));
    const byId = new Map(reports.map((r) => [r.id, r]));
    const fromViews = reconcileInOrder(shuffled(corpus.articles, 3), { reports: reports.map(clusteringView), restore: (v) => byId.get(v.id) as (typeof reports)[number] });
    expect([...fromViews.events]).toEqual(result.events);
  });

  it("gives the same events and ids for any input order", () => {
    const base = JSON.stringify(result);
    for (const seed of [1, 7, 42]) expect(JSON.stringify(reconcile(shuffled(corpus.articles, seed)))).toBe(base);
  });

  it("keeps the ids of events an unrelated article does not touch", () => {
    const extra = { id: "zzz-unrelated", text: "HANOI — Prime Minister Phạm Minh Chính received visiting Mongolian Foreign Minister Battsetseg Batmunkh in Hanoi on Monday.", publishedAt: "2025-03-03" };
    const ids = new Set(result.events.map((e) => e.id));
    const after = reconcile([...corpus.articles, extra]);
    const afterIds = new Set(after.events.map((e) => e.id));
    for (const id of ids) expect(afterIds.has(id)).toBe(true);
  });

  it("never merges the same people meeting on different occasions (answer key)", () => {
    const gold = JSON.parse(readFileSync("test-corpus/gold.json", "utf8")) as { meetings: { id: string; participants: string[]; reports: string[] }[] };
    const key = (names: readonly string[]) => names.map((n) => foldText(n)).sort().join("+");
    const byPeople = new Map<string, { id: string; reports: string[] }[]>();
    for (const m of gold.meetings) byPeople.set(key(m.participants), [...(byPeople.get(key(m.participants)) ?? []), m]);
    let checked = 0;
    for (const e of result.events) {
      const meetings = byPeople.get(key(e.participants.map((p) => p.name))) ?? [];
      if (meetings.length < 2) continue;
      const articles = new Set(e.sources.map((s) => s.articleId));
      const touched = meetings.filter((m) => m.reports.some((r) => articles.has(r)));
      checked++;
      expect(touched.map((m) => m.id), `${e.id} mixes meetings`).toHaveLength(1);
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe("reconcile input handling", () => {
  it("reports invalid articles as issues and keeps the rest", () => {
    const r = reconcile([{ id: "a", text: "Nothing happened." }, { id: "", text: "x" } as never, { id: "a", text: "dup" }]);
    expect(r.unplaced.map((u) => u.articleId)).toEqual(["a"]);
    expect(r.issues?.map((i) => i.code)).toEqual(["invalid-article", "duplicate-id"]);
  });

  it("throws a TypeError when not given an array", () => {
    expect(() => reconcile("articles" as never)).toThrow(TypeError);
  });
});

describe("venues that differ only in spelling", () => {
  it("`Élysée Palace` and `Elysee Palace` are one venue, not a conflict", () => {
    const articles = [
      { id: "x-1", text: "PARIS — President Emmanuel Macron held talks with Prime Minister Narendra Modi in Paris on Friday. The talks took place at the Élysée Palace.", publishedAt: "2023-07-14T20:00:00+02:00", timezone: "Europe/Paris" },
      { id: "y-1", text: "Prime Minister Narendra Modi held talks with President Emmanuel Macron at the Elysee Palace in Paris on Friday, discussing defence and space.", publishedAt: "2023-07-14T23:00:00+05:30", timezone: "Asia/Kolkata" },
    ];
    const { events } = reconcile(articles);
    expect(events).toHaveLength(1);
    expect(events[0]?.conflicts.filter((c) => c.type === "venue")).toEqual([]);
    expect(events[0]?.location.value?.city).toBe("Paris");
  });

  it("a building spelled a letter apart, or with the city after its name, is one venue; two buildings of one city conflict", () => {
    const at = (site: string, id: string) => ({ id, text: `MANILA — Japanese Prime Minister Fumio Kishida held talks with President Ferdinand Marcos Jr. at ${site} in Manila on Friday.`, publishedAt: "2023-11-03T20:00:00+08:00", timezone: "Asia/Manila" });
    const spelled = reconcile([at("Malacañan Palace", "ph-1"), at("Malacanang Palace", "jp-1")]).events;
    expect(spelled).toHaveLength(1);
    expect(spelled[0]?.conflicts.filter((c) => c.type === "venue")).toEqual([]);
    const named = reconcile([at("Malacañan Palace", "ph-1"), at("Malacañan Palace Manila", "jp-1")]).events;
    expect(named[0]?.conflicts.filter((c) => c.type === "venue")).toEqual([]);
    const two = reconcile([at("Malacañan Palace", "ph-1"), at("Manila Hotel", "jp-1")]).events;
    expect(two[0]?.conflicts.map((c) => c.type)).toContain("venue");
  });
});

describe("a known person under a spelling the reference data does not list", () => {
  it("meets the listed spelling in a block and in one event", () => {
    const articles = [
      { id: "kz-1", text: "ASTANA — President Kassym-Jomart Tokayev held talks with President Shavkat Mirziyoyev at the Akorda on Thursday, and the two signed an allied treaty.", publishedAt: "2022-12-22T20:00:00+06:00", timezone: "Asia/Almaty" },
      { id: "kg-1", text: "BISHKEK, Dec 23 (AKIpress) - Kazakh President Kasym-Jomart Tokaev and Uzbek President Shavkat Mirziyoev met in Astana on December 22 and signed a treaty on allied relations.", publishedAt: "2022-12-23T09:00:00+06:00", timezone: "Asia/Bishkek" },
    ];
    const { events } = reconcile(articles);
    expect(events).toHaveLength(1);
    expect(events[0]?.sources.map((s) => s.articleId).sort()).toEqual(["kg-1", "kz-1"]);
  });
});

describe("titles checked against the offices people held", () => {
  const titleConflicts = (title: string) =>
    reconcile([{ id: "x-1", text: `Danish Prime Minister Mette Frederiksen held a telephone conversation with ${title} Donald Trump on Wednesday.`, publishedAt: "2025-01-15T19:00:00+01:00", timezone: "Europe/Copenhagen" }]).events[0]?.conflicts.filter((c) => c.type === "title") ?? [];

  it("`President` before the inauguration names an office not yet held; `President-elect` does not", () => {
    expect(titleConflicts("US President")).toHaveLength(1);
    expect(titleConflicts("US President-elect")).toEqual([]);
  });
  it("a defence minister's title after the person left that office", () => {
    const conflicts = (title: string) =>
      reconcile([{ id: "x-1", text: `Lebanese President Joseph Aoun held talks in Riyadh with ${title} Mohammed bin Salman on Monday.`, publishedAt: "2025-03-03T21:00:00+03:00", timezone: "Asia/Riyadh" }]).events[0]?.conflicts.filter((c) => c.type === "title") ?? [];
    expect(conflicts("Saudi Crown Prince and Defence Minister Prince")).toHaveLength(1);
    expect(conflicts("Saudi Crown Prince and Prime Minister Prince")).toEqual([]);
  });
});

describe("titles that give one person two offices of one family", () => {
  const titlesOf = (a: string, b: string) =>
    reconcile([
      { id: "a-1", text: `${a} Xi Jinping held talks with Kenyan President William Ruto in Beijing on Thursday.`, publishedAt: "2025-04-24T20:00:00+08:00", timezone: "Asia/Shanghai" },
      { id: "b-1", text: `${b} Xi Jinping held talks with Kenyan President William Ruto in Beijing on Thursday.`, publishedAt: "2025-04-24T20:00:00+03:00", timezone: "Africa/Nairobi" },
    ]).events.flatMap((e) => e.conflicts.filter((c) => c.type === "title").map((c) => c.values.map((v) => v.value).sort()));

  it("clash: a head of state and a head of government, two portfolios", () => {
    expect(titlesOf("Chinese President", "Chinese Premier")).toEqual([["Chinese Premier", "Chinese President"]]);
    expect(titlesOf("Chinese Foreign Minister", "Chinese Commerce Minister")).toEqual([["Chinese Commerce Minister", "Chinese Foreign Minister"]]);
    // Ireland's Taoiseach and Tánaiste are its prime minister and deputy.
    expect(titlesOf("Chinese Taoiseach", "Chinese Tánaiste")).toEqual([["Chinese Taoiseach", "Chinese Tánaiste"]]);
  });

  it("do not clash: offices of different families, the same office worded otherwise, a deputy's title", () => {
    expect(titlesOf("Chinese President", "Chinese President and Party General Secretary")).toEqual([]);
    expect(titlesOf("Chinese Deputy Premier and Foreign Minister", "Chinese Foreign Minister")).toEqual([]);
    expect(titlesOf("Chinese Vice Premier", "Chinese Deputy Prime Minister")).toEqual([]);
    expect(titlesOf("Chinese Prime Minister", "Chinese Premier")).toEqual([]);
    expect(titlesOf("Chinese Crown Prince", "Chinese Prime Minister")).toEqual([]);
    // Spain's prime minister is formally the President of the Government.
    expect(titlesOf("Chinese President of the Government", "Chinese Prime Minister")).toEqual([]);
  });
});
