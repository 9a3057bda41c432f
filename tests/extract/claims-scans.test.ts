import { describe, expect, it } from "vitest";
import { agreementsIn, endsWithMatch } from "../../src/extract/claims.js";

/** A pseudo-random text of the words and gaps given (a fixed seed: the same texts on every run). */
function texts(count: number, words: readonly string[], gaps: readonly string[], longest: number): string[] {
  let seed = 4242;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return (seed >>> 8) % n;
  };
  const out: string[] = [];
  for (let t = 0; t < count; t++) {
    let s = next(3) === 0 ? " " : "";
    const n = 1 + next(longest);
    for (let w = 0; w < n; w++) s += (words[next(words.length)] as string) + (gaps[next(gaps.length)] as string);
    out.push(s);
  }
  return out;
}

describe("endsWithMatch", () => {
  // The words before a figure that make it approximate or bound it, and other shapes: words among
  // alternatives, runs of spaces, optional groups, `\b`, the `i` and `u` flags.
  const PATTERNS = [
    /\b(?:around|about|nearly|almost|approximately|roughly|some|over|more than|close to|up to|an estimated|exceeded|exceeding|exceeds|topped|surpassed|above)\s*$/i,
    /\b(?:over|more than|exceeded|exceeding|exceeds|topped|surpassed|above)\s*$/i,
    /\b(?:nearly|almost|close to|up to)\s*$/i,
    /\b(?:the|these|those|both|its|their|all|for)\s+$/i,
    /\b(?:the|these)\s+(?:[\p{L}\d'’-]+\s+){0,2}$/u,
    /^\s*(?:about|over)$/,
  ];
  const WORDS = ["about", "About", "ABOUT", "over", "nearly", "Almost", "more", "than", "close", "to", "up", "an", "estimated", "some", "handsome", "moreover", "the", "since", "in", "at", "x", "$", "2019", "Đà", "ſome"];
  const GAPS = [" ", "  ", "\n", "\t ", ", ", "", "-", "\u00a0"];

  it("answers as the pattern does on each text and each start of it", () => {
    const all = texts(3000, WORDS, GAPS, 6);
    for (const pattern of PATTERNS) {
      const test = endsWithMatch(pattern);
      const differing: string[] = [];
      let matched = 0;
      for (const text of all) {
        for (let from = 0; from <= text.length; from++) {
          const part = text.slice(from);
          const expected = pattern.test(part);
          if (expected) matched++;
          if (test(part) !== expected) differing.push(JSON.stringify(part));
        }
      }
      expect(differing, String(pattern)).toEqual([]);
      expect(matched, String(pattern)).toBeGreaterThan(0);
    }
  });

  it("takes only patterns anchored at the end, without backreferences", () => {
    expect(() => endsWithMatch(/\babout\s+/)).toThrow();
    expect(() => endsWithMatch(/costs \$/)).toThrow();
    expect(() => endsWithMatch(/about\s*$/g)).toThrow();
    expect(() => endsWithMatch(/(a)\1$/)).toThrow();
  });
});

describe("agreementsIn", () => {
  const PLAIN = /\b(?:agreed|pledged|committed|vowed)\s+to\s+([^.;]{8,160})/g;
  const WORDS = ["agreed", "pledged", "committed", "vowed", "Agreed", "disagreed", "agreedeed", "recommitted", "to", "To", "expand", "trade", "and", "boost", "investment", "agre", "ed", "vow", "vowedto", ".", ";", "x", "a long stretch of words without a full stop in it at all", "agreed to", "to agreed to"];
  const GAPS = [" ", " ", " ", "  ", "\n", "", ", "];

  it("finds the matches of the plain pattern, at their verbs, and the statements at the same offsets", () => {
    const differing: string[] = [];
    let found = 0;
    for (const text of texts(6000, WORDS, GAPS, 24)) {
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
