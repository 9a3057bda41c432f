import { describe, expect, it } from "vitest";
import { packSurfaces, unpackReports } from "../../src/cli/transport.js";
import { appendReports, createReportStore } from "../../src/cli/report-store.js";
import { extractReports } from "../../src/extract/extract-reports.js";
import { readArticles } from "../../src/io/read-articles.js";

const { articles } = readArticles(["test-corpus/articles"]);

describe("report transport between threads", () => {
  it("packs surfaces and gives back reports equal to the originals", () => {
    for (const article of articles) {
      const text = article.text.normalize("NFC");
      const reports = extractReports(article);
      const sent = structuredClone(reports);
      packSurfaces(sent, text);
      const received = structuredClone(sent);
      unpackReports(received, text, new Map());
      expect(received).toEqual(reports);
    }
  });

  it("leaves a surface that is not the text at its span as it is", () => {
    const value = { a: { surface: "other words", span: [0, 5] }, b: { surface: "Hanoi", span: [0, 5] } };
    packSurfaces(value, "Hanoi is the capital");
    expect(value.a.surface).toBe("other words");
    expect(value.b.surface).toBe(0);
  });

  it("interns equal strings in objects and arrays", () => {
    const value = JSON.parse('[{"country":"VN","tags":["VN"]},{"country":"VN"}]') as { country: string; tags?: string[] }[];
    const pool = new Map<string, string>();
    unpackReports(value, "", pool);
    expect(pool.size).toBe(1);
    expect(value[0]?.tags?.[0]).toBe("VN");
  });
});

describe("the report store", () => {
  it("gives back every report written by any writer, and removes its files on close", () => {
    const store = createReportStore();
    const reports = articles.slice(0, 12).flatMap((a) => extractReports(a));
    const halves = [reports.slice(0, 7), reports.slice(7)];
    halves.forEach((half, n) => {
      let offset = 0;
      // Two appends per writer, as a worker does batch after batch.
      for (const part of [half.slice(0, 3), half.slice(3)]) {
        const { at, end } = appendReports(store.file(n), n, offset, part);
        part.forEach((r, i) => store.record(r.id, at[i] as [number, number, number]));
        offset = end;
      }
    });
    for (const r of [...reports].reverse()) expect(store.get(r.id)).toEqual(r);
    expect(() => store.get("nope#1")).toThrow(/never stored/);
    store.close();
    expect(() => store.get(reports[0]?.id as string)).toThrow(/closed/);
  });
});
