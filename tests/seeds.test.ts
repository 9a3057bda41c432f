import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readArticles } from "../src/io/read-articles.js";
import { Result } from "../src/model/result.js";
import { reconcile } from "../src/reconcile/reconcile.js";
import { compareNames } from "../src/text/names.js";

// The seed articles the project started from, with their answer key, when they are beside the project.
const SEEDS = "../shared/seeds";

interface GoldMeeting { id: string; participants: string[]; date: { start: string; end: string } | null; reports: string[] }

describe.skipIf(!existsSync(`${SEEDS}/gold.json`))("seed articles", () => {
  const gold = existsSync(`${SEEDS}/gold.json`) ? (JSON.parse(readFileSync(`${SEEDS}/gold.json`, "utf8")) as { meetings: GoldMeeting[] }) : { meetings: [] };
  const result = reconcile(readArticles([`${SEEDS}/articles`]).articles);

  it("gives a result valid against the schema, with every article accounted for", () => {
    expect(() => Result.parse(result)).not.toThrow();
    const seen = new Set([...result.events.flatMap((e) => e.sources.map((s) => s.articleId)), ...result.unplaced.map((u) => u.articleId)]);
    expect(seen.size).toBe(readArticles([`${SEEDS}/articles`]).articles.length);
  });

  it.each(gold.meetings.map((m) => [m.id, m] as const))("recovers %s exactly, with its date", (_, m) => {
    const events = result.events.filter((e) => m.participants.every((n) => e.participants.some((p) => compareNames(n, p.name).same)) && e.sources.some((s) => m.reports.includes(s.articleId)));
    expect(events).toHaveLength(1);
    const [e] = events;
    expect([...new Set(e?.sources.map((s) => s.articleId))].sort()).toEqual([...m.reports].sort());
    const expected = m.date ? (m.date.start === m.date.end ? m.date.start : `${m.date.start}/${m.date.end}`) : null;
    expect(e?.date.value).toBe(expected);
  });
});
