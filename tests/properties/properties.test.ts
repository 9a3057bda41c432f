import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractReports } from "../../src/extract/extract-reports.js";
import { parseJsonl } from "../../src/io/read-articles.js";
import { Result } from "../../src/model/result.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { foldText, foldWithMap } from "../../src/text/fold.js";
import { compareNames } from "../../src/text/names.js";

// 100,200 generated cases per run, weighted towards the cheap properties.
const RUNS = { fold: 45_000, names: 20_000, extract: 15_000, jsonl: 20_000, corpora: 200 } as const;

// Text of the kind that breaks scrapers: any code point, lone surrogates, controls, bidi marks,
// zero-width joiners, emoji, other digits, mixed with the words the extractor looks for.
const fragment = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(
    "Foreign Minister Bùi Thanh Sơn", " met ", " held talks with ", "Wang Yi", " on Thursday", " on 8/7", " in Hà Nội", ", ",
    ". ", "\n", "![]() |", "US$3.13 billion", "\u200d", "\u202e", "\ud800", "🙂", "١٢/٨", "Mr. ", "the same day", "<script>x</script>",
    "10th Lancang-Mekong Cooperation Foreign Ministers' Meeting", "—", "Đ", "Motegi Toshimitsu",
  ),
);
const hostileText = fc.array(fragment, { maxLength: 25 }).map((parts) => parts.join(""));

describe("properties", () => {
  it("folding is idempotent and the same with and without the offset map", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
        expect(foldWithMap(s.normalize("NFC")).folded).toBe(once);
      }),
      { numRuns: RUNS.fold },
    );
  });

  it("compareNames is symmetric and never throws", () => {
    fc.assert(
      fc.property(hostileText, hostileText, (a, b) => {
        const x = compareNames(a, b);
        const y = compareNames(b, a);
        expect(x.same).toBe(y.same);
        expect(x.score).toBe(y.score);
      }),
      { numRuns: RUNS.names },
    );
  });

  it("extractReports accepts any text, and every span points into it", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const reports = extractReports({ id: "a", text, publishedAt: "2025-08-15" });
        const nfc = text.toWellFormed().normalize("NFC");
        for (const r of reports) {
          for (const p of r.participants) for (const m of p.mentions) expect(nfc.slice(m.span[0], m.span[1])).toBe(m.surface);
          expect(r.span[0]).toBeLessThanOrEqual(r.span[1]);
          expect(r.span[1]).toBeLessThanOrEqual(nfc.length);
        }
      }),
      { numRuns: RUNS.extract },
    );
  });

  it("the JSONL reader never throws and accounts for every non-blank line", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constant('{"id":"x","text":"t"}'), fc.constant('{"__proto__":{"a":1},"id":"p","text":"t"}')), { maxLength: 8 }), (lines) => {
        const r = parseJsonl(lines.join("\n"), "f.jsonl");
        const nonBlank = lines.join("\n").split("\n").filter((l) => l.replace(/\r$/, "").trim() !== "").length;
        const linesWithIssues = new Set(r.issues.map((i) => i.line));
        expect(r.articles.length + linesWithIssues.size).toBe(nonBlank);
      }),
      { numRuns: RUNS.jsonl },
    );
  });

  it("random corpora: valid output, nothing lost, the same result in any order", () => {
    const article = fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), text: hostileText, publishedAt: fc.option(fc.constantFrom("2025-08-15", "2024-06-13T10:00:00+07:00"), { nil: undefined }) });
    fc.assert(
      fc.property(fc.uniqueArray(article, { selector: (a) => a.id, maxLength: 8 }), fc.integer(), (articles, seed) => {
        const clean = articles.map((a) => (a.publishedAt === undefined ? { id: a.id, text: a.text } : a));
        const result = reconcile(clean);
        expect(() => Result.parse(result)).not.toThrow();
        const seen = new Set([...result.events.flatMap((e) => e.sources.map((s) => s.articleId)), ...result.unplaced.map((u) => u.articleId)]);
        expect([...seen].sort()).toEqual(clean.map((a) => a.id).sort());
        const shuffled = [...clean].sort((x, y) => ((x.id.charCodeAt(0) * 31 + seed) % 7) - ((y.id.charCodeAt(0) * 31 + seed) % 7));
        expect(JSON.stringify(reconcile(shuffled))).toBe(JSON.stringify(result));
      }),
      { numRuns: RUNS.corpora },
    );
  });
});
