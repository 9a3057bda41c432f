import { describe, expect, it } from "vitest";
import { agreementsIn } from "../../src/extract/claims.js";
import { randomTexts } from "../random-texts.js";


describe("agreementsIn", () => {
  const PLAIN = /\b(?:agreed|pledged|committed|vowed)\s+to\s+([^.;]{8,160})/g;
  const WORDS = ["agreed", "pledged", "committed", "vowed", "Agreed", "disagreed", "agreedeed", "recommitted", "to", "To", "expand", "trade", "and", "boost", "investment", "agre", "ed", "vow", "vowedto", ".", ";", "x", "a long stretch of words without a full stop in it at all", "agreed to", "to agreed to"];
  const GAPS = [" ", " ", " ", "  ", "\n", "", ", "];

  it("finds the matches of the plain pattern, at their verbs, and the statements at the same offsets", () => {
    const differing: string[] = [];
    let found = 0;
    for (const text of randomTexts(6000, WORDS, GAPS, 24)) {
      const expected = [...text.matchAll(PLAIN)].map((m) => [m.index, m.index + m[0].length, m[1], m.index + m[0].indexOf(m[1] as string)]);
      const actual = agreementsIn(text).map((m) => {
        const start = m.index - (m[1] as string).length;
        return [start, m.index + m[0].length, m[2], text.indexOf(m[2] as string, start)];
      });
      found += expected.length;
      if (JSON.stringify(actual) !== JSON.stringify(expected)) differing.push(JSON.stringify(text));
    }
    expect(differing).toEqual([]);
    expect(found).toBeGreaterThan(1000);
  });

  it("takes no verb that starts inside the match before (a statement cut at 160 code units)", () => {
    for (let cut = 150; cut <= 168; cut++) {
      const text = `agreed to ${"w".repeat(cut - 10)} agreed to expand trade and agreed to boost investment`;
      const expected = [...text.matchAll(PLAIN)].map((m) => [m.index, m[1]]);
      const actual = agreementsIn(text).map((m) => [m.index - (m[1] as string).length, m[2]]);
      expect(actual, String(cut)).toEqual(expected);
    }
  });
});
