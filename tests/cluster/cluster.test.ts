import { describe, expect, it } from "vitest";
import { clusterReports, clusteringView, createClusterCache, forgetInCache } from "../../src/cluster/cluster.js";
import { readArticles } from "../../src/io/read-articles.js";
import { pairEvidence } from "../../src/cluster/evidence.js";
import { explain } from "../../src/cluster/explain.js";
import { extractReports } from "../../src/extract/extract-reports.js";
import type { Report } from "../../src/model/report.js";

interface Input {
  id: string;
  outlet: string;
  publishedAt?: string;
  text: string;
}

function cluster(inputs: Input[]) {
  const reports = inputs.flatMap((a) => extractReports(a));
  const texts = new Map(inputs.map((a) => [a.id, a.text.normalize("NFC")]));
  const clustering = clusterReports({ reports, texts });
  const eventOf = (id: string) => clustering.clusters.findIndex((c) => c.reports.some((r) => r.id === id));
  return { reports, clustering, eventOf };
}

// One outlet dates the visit's two meetings a day late; the other dates them right.
const wire: Input = {
  id: "wire",
  outlet: "Wire",
  publishedAt: "2023-04-15T12:00:00-04:00",
  text: "HANOI (Wire) — Secretary of State Antony Blinken met Foreign Minister Bui Thanh Son in Hanoi on Saturday, and the two spoke of trade and climate. Blinken later met Prime Minister Pham Minh Chinh at the government headquarters to discuss semiconductors.",
};
const paper: Input = {
  id: "paper",
  outlet: "Paper",
  publishedAt: "2023-04-16T10:00:00+07:00",
  text: "Foreign Minister Bùi Thanh Sơn held talks with US Secretary of State Antony Blinken in Hà Nội on April 16, looking back on ten years of partnership and ahead to new investment.\n\nThe same day, Prime Minister Phạm Minh Chính received Blinken, urging American firms to invest in chips and clean energy.",
};

describe("clustering", () => {
  it("initials written apart or together are one name, and an occasion spelled out dates a report", () => {
    const { clustering, eventOf } = cluster([
      { id: "a", outlet: "A", publishedAt: "2025-04-04T22:00:00+05:30", text: "Prime Minister Narendra Modi held talks with Nepal Prime Minister K.P. Sharma Oli on Friday on the sidelines of the BIMSTEC summit in Bangkok." },
      // No publication date: the sixth summit of the series gives the day.
      { id: "b", outlet: "B", text: "Prime Minister KP Sharma Oli held a bilateral meeting with his Indian counterpart Narendra Modi on the sidelines of the sixth BIMSTEC Summit in Bangkok." },
    ]);
    expect(clustering.clusters).toHaveLength(1);
    expect(eventOf("a#1")).toBe(eventOf("b#1"));
  });

  it("two outlets telling the same sequence of meetings, one a day off throughout, are one story", () => {
    const { reports, clustering, eventOf } = cluster([wire, paper]);
    expect(reports.map((r) => r.date.value)).toEqual(["2023-04-15", "2023-04-15", "2023-04-16", "2023-04-16"]);
    expect(eventOf("wire#1")).toBe(eventOf("paper#1"));
    expect(eventOf("wire#2")).toBe(eventOf("paper#2"));
    expect(eventOf("wire#1")).not.toBe(eventOf("wire#2"));
    const [a, b] = [reports[0], reports[2]] as [Report, Report];
    const features = clustering.context.companion?.(a, b);
    expect(features).toMatch(/Phạm Minh Chính/);
  });

  it("a day's difference the outlet's time zone explains is one meeting; a day early from the east is not explained", () => {
    const us: Input = { id: "us", outlet: "Wire", publishedAt: "2025-02-13T22:00:00-05:00", text: "WASHINGTON (Wire) — President Donald Trump held talks with Prime Minister Narendra Modi at the White House on Thursday, pressing India on tariffs and energy purchases." };
    const india: Input = { id: "in", outlet: "Daily", publishedAt: "2025-02-14T09:00:00+05:30", text: "Prime Minister Narendra Modi held talks with President Donald Trump at the White House in Washington on February 14, and the two agreed to expand trade and defence ties." };
    const { reports, clustering, eventOf } = cluster([us, india]);
    expect(reports.map((r) => r.date.value)).toEqual(["2025-02-13", "2025-02-14"]);
    expect(eventOf("us#1")).toBe(eventOf("in#1"));
    const dateItem = (a: Report, b: Report) => pairEvidence(a, b, clustering.context).items.find((i) => i.feature === "date");
    expect(dateItem(reports[1] as Report, reports[0] as Report)?.weight).toBe(1.5);
    expect(dateItem(reports[1] as Report, reports[0] as Report)?.detail).toMatch(/Daily dates by UTC\+05:30, 10\.5 hours ahead of US/);
    // The same day's difference the other way round (the eastern outlet a day early) stays an error.
    const early: Input = { ...india, id: "early", publishedAt: "2025-02-13T09:00:00+05:30", text: india.text.replace("February 14", "February 12") };
    const other = cluster([us, early]);
    expect(dateItem(other.reports[1] as Report, other.reports[0] as Report)?.weight).toBe(-1.5);
    // A report that names no place is weighed against the other's place.
    const placeless: Input = { ...us, id: "nowhere", text: "President Donald Trump held talks with Prime Minister Narendra Modi on Thursday, pressing India on tariffs and energy purchases." };
    const one = cluster([placeless, india]);
    expect(one.reports.map((r) => r.location.value?.city ?? null)).toEqual([null, "Washington"]);
    expect(dateItem(one.reports[1] as Report, one.reports[0] as Report)?.weight).toBe(1.5);
    // Neither naming a place, nothing explains the day: different days are different meetings.
    const noPlaces = cluster([placeless, { ...india, text: india.text.replace(" at the White House in Washington", "") }]);
    expect(dateItem(noPlaces.reports[1] as Report, noPlaces.reports[0] as Report)?.weight).toBe(-20);
  });

  it("a single meeting dated a day apart by two outlets is not linked on that alone", () => {
    const single = (i: Input): Input => ({ ...i, text: i.text.split(/(?<=\.)\s/)[0] as string });
    const { eventOf } = cluster([single(wire), single(paper)]);
    expect(eventOf("wire#1")).not.toBe(eventOf("paper#1"));
  });

  it("reports of articles given without their text are never copies, in scoring and in explanations alike", () => {
    const inputs = [wire, { ...wire, id: "copy", outlet: "Reprint" }, { ...wire, id: "third", outlet: "Third" }];
    const reports = inputs.flatMap((a) => extractReports(a));
    // Only the first article's text is given.
    const clustering = clusterReports({ reports, texts: new Map([["wire", wire.text]]) });
    const [copy, third] = [reports.find((r) => r.id === "copy#1"), reports.find((r) => r.id === "third#1")] as [Report, Report];
    expect(clustering.context.syndicated(copy, third)).toBe(false);
    expect(pairEvidence(copy, third, clustering.context).items.map((i) => i.feature)).not.toContain("syndication");
  });

  it("copies of one story do not corroborate each other's sequence", () => {
    const copy: Input = { ...wire, id: "copy", outlet: "Reprint" };
    const { reports, clustering } = cluster([wire, copy]);
    const e = pairEvidence(reports[0] as Report, reports[2] as Report, clustering.context);
    expect(e.items.map((i) => i.feature)).toContain("syndication");
    expect(e.items.map((i) => i.feature)).not.toContain("sequence");
  });
});

/** Articles of the given inputs, their reports and their NFC texts. */
function corpusReports(inputs: string[]) {
  const { articles } = readArticles(inputs);
  const reports = articles.flatMap((a) => extractReports(a));
  const texts = new Map(articles.map((a) => [a.id, a.text.normalize("NFC")]));
  return { articles, reports, texts };
}

/** Each cluster's report ids, in a stable order. */
function clusterIds(c: ReturnType<typeof clusterReports>): string[] {
  return c.clusters.map((x) => x.reports.map((r) => r.id).join(" ")).sort();
}

describe("blocking on names spelled two ways", () => {
  it("finds reports of one meeting whose outlets romanise the names differently, or drop a second family name", () => {
    const { eventOf } = cluster([
      { id: "kz", outlet: "Kazinform", publishedAt: "2022-12-22T15:40:00+06:00", text: "ASTANA – President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat Mirziyoyev at the Akorda today. The two signed a treaty on allied relations." },
      { id: "kg", outlet: "AKIpress", publishedAt: "2022-12-23T10:00:00+06:00", text: "BISHKEK – Kazakh President Kasym-Jomart Tokaev and Uzbek President Shavkat Mirziyoev held talks in Astana on Thursday and signed a treaty on allied relations." },
      { id: "in", outlet: "MEA", publishedAt: "2025-06-18T09:00:00+05:30", text: "Prime Minister Narendra Modi met President of Mexico Claudia Sheinbaum Pardo on the sidelines of the G7 Summit in Kananaskis on 17 June 2025." },
      { id: "mx", outlet: "Mexico News Daily", publishedAt: "2025-06-18T08:30:00-06:00", text: "President Claudia Sheinbaum met Indian Prime Minister Narendra Modi in Kananaskis on Tuesday, on the sidelines of the G7 summit." },
    ]);
    expect(eventOf("kz#1")).toBe(eventOf("kg#1"));
    expect(eventOf("in#1")).toBe(eventOf("mx#1"));
    expect(eventOf("kz#1")).not.toBe(eventOf("in#1"));
  });

  it("blocks a misprinted name on the rest of it, the Arabic article included", () => {
    const { eventOf } = cluster([
      { id: "eg", outlet: "Ahram", publishedAt: "2024-02-14T17:45:00+02:00", text: "President Abdel-Fattah El-Sisi received Turkish President Recep Tayyip Erdogan in Cairo on Wednesday, and the two pledged to lift trade to $15 billion." },
      { id: "tr", outlet: "Daily Sabah", publishedAt: "2024-02-15T10:32:00+03:00", text: "President Recep Tayyip Erdoğan held talks with his Egyptian counterpart Abdel-Fattah el-Sissi in Cairo on Wednesday, and the two pledged to lift trade to $15 billion." },
    ]);
    expect(eventOf("eg#1")).toBe(eventOf("tr#1"));
  });

  it("meets a name written alone, with an initial, or in a romanisation its culture is not known for", () => {
    const { eventOf } = cluster([
      { id: "za", outlet: "SAnews", publishedAt: "2025-05-22T09:00:00+02:00", text: "President Cyril Ramaphosa held talks with President Donald J. Trump at the White House in Washington on Wednesday on trade and investment." },
      { id: "us", outlet: "Wire", publishedAt: "2025-05-21T18:00:00-04:00", text: "President Trump met South African President Cyril Ramaphosa in the Oval Office on Wednesday to discuss trade and investment." },
      { id: "ma", outlet: "MAP", publishedAt: "2022-04-07T22:00:00+01:00", text: "His Majesty King Mohammed VI received Spanish Prime Minister Pedro Sánchez at the Royal Palace in Rabat on Thursday." },
      { id: "es", outlet: "Daily", publishedAt: "2022-04-08T09:00:00+02:00", text: "King Mohamed VI received Prime Minister Pedro Sánchez at the Royal Palace in Rabat on Thursday evening." },
    ]);
    expect(eventOf("za#1")).toBe(eventOf("us#1"));
    expect(eventOf("ma#1")).toBe(eventOf("es#1"));
    expect(eventOf("za#1")).not.toBe(eventOf("ma#1"));
  });
});

describe("the clustering cache", () => {
  it("gives the same clusters warm as cold, and forgets what it is told to", () => {
    const { articles, reports, texts } = corpusReports(["test-corpus/articles"]);
    const cache = createClusterCache();
    const cold = clusterReports({ reports, texts });
    const first = clusterReports({ reports, texts, cache });
    // Only articles in some compared pair are fingerprinted (those of a meeting no one else reports are not).
    const printed = cache.fingerprints.size;
    expect(printed).toBeGreaterThan(articles.length / 2);
    expect(printed).toBeLessThanOrEqual(articles.length);
    expect(cache.terms.size).toBe(reports.length);
    const warm = clusterReports({ reports, texts, cache });
    expect(cache.fingerprints.size).toBe(printed);
    expect(clusterIds(first)).toEqual(clusterIds(cold));
    expect(clusterIds(warm)).toEqual(clusterIds(cold));
    expect(warm.groups).toEqual(cold.groups);
    // An article that was fingerprinted, so that forgetting it is seen.
    const gone = [...cache.fingerprints.keys()].sort()[0] as string;
    expect([...cache.terms.keys()].some((k) => k.startsWith(`${gone}#`))).toBe(true);
    forgetInCache(cache, [gone]);
    expect(cache.fingerprints.has(gone)).toBe(false);
    expect([...cache.terms.keys()].some((k) => k.startsWith(`${gone}#`))).toBe(false);
  });
});

describe("clustering views", () => {
  it("decide exactly as the reports they come from, on the corpus and on synthetic coverage", async () => {
    const { generateCorpus } = (await import("../../bench/synthetic.mjs")) as { generateCorpus: (o: { articles: number; seed: number }) => { articles: { id: string; text: string }[] } };
    const corpora = [readArticles(["test-corpus/articles"]).articles, generateCorpus({ articles: 600, seed: 5 }).articles];
    for (const articles of corpora) {
      const reports = articles.flatMap((a) => extractReports(a));
      const texts = new Map(articles.map((a) => [a.id, a.text.normalize("NFC")]));
      const decisions = (c: ReturnType<typeof clusterReports>) => c.clusters.map((x) => `${x.reports.map((r) => r.id).join(" ")} | ${x.candidates.map((k) => `${k.report.id}:${k.score}:${k.reason}`).join(" ")}`).sort();
      const full = clusterReports({ reports, texts });
      const views = reports.map(clusteringView);
      expect(decisions(clusterReports({ reports: views, texts }))).toEqual(decisions(full));
      expect(views.every((v) => v.participants.every((p) => p.mentions.length === 0) && v.statement.surface === "")).toBe(true);
    }
  });
});

describe("a clustering run's context", () => {
  it("gives the same wording similarity from packed vectors as from the vectors it hands out, and explain reads it", async () => {
    const { cosine } = await import("../../src/cluster/content.js");
    const { explain } = await import("../../src/cluster/explain.js");
    const { articles } = readArticles(["test-corpus/articles"]);
    const reports = articles.flatMap((a) => extractReports(a));
    const { context, clusters } = clusterReports({ reports, texts: new Map(articles.map((a) => [a.id, a.text])) });
    const pairs = clusters.filter((c) => c.reports.length > 1).map((c) => [c.reports[0], c.reports[1]] as [Report, Report]);
    expect(pairs.length).toBeGreaterThan(10);
    for (const [a, b] of pairs) {
      const fromVectors = cosine(context.vectorOf(a) as never, context.vectorOf(b) as never);
      expect(context.similarity?.(a, b)).toBe(fromVectors);
      expect(fromVectors).toBeGreaterThan(0);
      const content = explain(a, b, { context }).items.find((i) => i.feature === "content");
      expect(content?.weight).toBe(Math.round(fromVectors * 6 * 100) / 100);
    }
  });

  it("gives the same score and verdict without items or details as with them", () => {
    const { articles } = readArticles(["test-corpus/articles"]);
    const reports = articles.flatMap((a) => extractReports(a));
    const { context } = clusterReports({ reports, texts: new Map(articles.map((a) => [a.id, a.text])) });
    let compared = 0;
    for (let i = 0; i < reports.length; i += 3) {
      for (let j = i + 1; j < reports.length; j += 2) {
        const [a, b] = [reports[i] as Report, reports[j] as Report];
        const full = pairEvidence(a, b, context);
        const bare = pairEvidence(a, b, { ...context, items: false });
        expect({ ...bare, items: full.items }).toEqual(full);
        expect(bare.items).toEqual([]);
        // Without details in words, participants are matched with no list built: the same verdict.
        const wordless = pairEvidence(a, b, { ...context, details: false, items: false });
        expect({ ...wordless, items: full.items }).toEqual(full);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(400);
  });
});

describe("undated reports", () => {
  const dated: Input = { id: "dated", outlet: "Wire", publishedAt: "2023-07-10T20:00:00+08:00", text: "President Xi Jinping held talks with Solomon Islands Prime Minister Manasseh Sogavare at the Great Hall of the People in Beijing on Monday, and the two signed agreements on policing, civil aviation and economic development." };
  const undated: Input = { id: "undated", outlet: "Office", text: "Prime Minister Manasseh Sogavare held talks with President Xi Jinping, and the leaders signed agreements on policing and civil aviation." };
  const earlier: Input = { id: "earlier", outlet: "Agency", publishedAt: "2019-10-09T21:00:00+08:00", text: "President Xi Jinping met Prime Minister Manasseh Sogavare in Beijing on Wednesday, weeks after Honiara switched recognition from Taipei." };
  const unlike: Input = { id: "unlike", outlet: "Office", text: "Prime Minister Manasseh Sogavare met President Xi Jinping and thanked him for scholarships, a stadium and medical teams." };

  it("joins the only meeting of its people in the input when their wording agrees closely", () => {
    const { eventOf, reports, clustering } = cluster([dated, undated]);
    expect(eventOf("undated#1")).toBe(eventOf("dated#1"));
    // (Below the bar an undated report must reach when the input holds more than one meeting.)
    const [u, d] = ["undated#1", "dated#1"].map((id) => reports.find((r) => r.id === id) as Report);
    const e = explain(u as Report, d as Report, { context: clustering.context });
    expect(e.same).toBe(false);
    expect(e.sameIfSoleMeeting).toBe(true);
    expect(e.text).toMatch(/^same meeting if it is the only meeting of these people in the input/);
  });

  it("stays apart when the input holds another meeting of the same people, or the wording is not close", () => {
    const two = cluster([dated, undated, earlier]);
    expect(two.eventOf("undated#1")).not.toBe(two.eventOf("dated#1"));
    expect(two.eventOf("undated#1")).not.toBe(two.eventOf("earlier#1"));
    const far = cluster([dated, unlike]);
    expect(far.eventOf("unlike#1")).not.toBe(far.eventOf("dated#1"));
  });

  it("is never joined to a call when it tells a meeting in person", () => {
    const call: Input = { id: "call", outlet: "Wire", publishedAt: "2023-07-10T20:00:00+08:00", text: "President Xi Jinping held a phone call with Solomon Islands Prime Minister Manasseh Sogavare on Monday on policing, civil aviation and economic development agreements." };
    const { eventOf, reports } = cluster([call, undated]);
    expect(reports.find((r) => r.id === "call#1")?.mode).toBe("phone");
    expect(eventOf("undated#1")).not.toBe(eventOf("call#1"));
  });
});
