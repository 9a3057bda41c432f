import { describe, expect, it } from "vitest";
import { endingAt } from "../../src/extract/extract-reports.js";

// The shapes of the patterns the venue rules test on the words before a place: words chosen
// among alternatives, runs of spaces, optional groups, `^`, `\b`, the `i` and `u` flags.
const PATTERNS = [
  /\b(?:ministry|embassy|war|peace|self-government|authorities)\s+(?:in|at)\s+(?:the\s+)?$/i,
  /\b(?:home|returned|returning|returns)\s+(?:in|to)\s+(?:the\s+)?$/i,
  /\bsince\s+(?:[\p{L}\d'’-]+\s+){0,10}(?:in|at)\s+(?:the\s+)?$/u,
  /\b(?:flew|went|came)\s+(?:back\s+)?to\s+(?:the\s+)?$/,
  /\bat\s+(?:the\s+)?$/i,
  /\b(?:an?|the|their|his|her)\s+(?:[a-z]+\s+)?$/i,
  /,\s*$/,
  /\b(?:in|at|visiting|while in)\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}(?:[a-z]+\s+){0,2}(?:capital|city|province)(?:\s+city)?(?:\s+of)?(?:\s*,)?\s+)?(?:[\p{Lu}][\p{L}'’-]*(?:'s|’s)\s+)?$/u,
  /^\s*(?:In|At|Visiting|While in)\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}(?:capital|city)(?:\s*,)?\s+)?(?:[\p{Lu}][\p{L}'’-]*(?:'s|’s)\s+)?$/u,
];

const WORDS = ["in", "In", "IN", "at", "At", "the", "The", "ministry", "Ministry", "since", "back", "to", "flew", "went", "home", "capital", "city", "Lao", "Hanoi", "China's", "China’s", "an", "a", "his", "peace", "self-government", "visiting", "While", "Đà", "Nẵng", "2019", "x", "ministryin"];
const GAPS = [" ", " ", " ", "  ", "\n", "\t ", ", ", ",", "-", "", ". ", "\u00a0"];

/** A pseudo-random text of the words above (a fixed seed: the same texts on every run). */
function texts(count: number): string[] {
  let seed = 12345;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };
  const out: string[] = [];
  for (let t = 0; t < count; t++) {
    let s = next(3) === 0 ? " " : "";
    const words = 1 + next(9);
    for (let w = 0; w < words; w++) s += (WORDS[next(WORDS.length)] as string) + (GAPS[next(GAPS.length)] as string);
    out.push(s);
  }
  return out;
}

describe("endingAt", () => {
  it("answers as the pattern does on the text before each position", () => {
    const all = texts(3000);
    for (const pattern of PATTERNS) {
      const test = endingAt(pattern);
      const differing: string[] = [];
      let matched = 0;
      for (const text of all) {
        for (let at = 0; at <= text.length; at++) {
          const expected = pattern.test(text.slice(0, at));
          if (expected) matched++;
          if (test(text, at) !== expected) differing.push(`${JSON.stringify(text.slice(0, at))} | ${JSON.stringify(text.slice(at))}`);
        }
      }
      expect(differing, String(pattern)).toEqual([]);
      // The texts exercise the pattern: some positions match.
      expect(matched, String(pattern)).toBeGreaterThan(0);
    }
  });

  it("takes only patterns anchored at the end", () => {
    expect(() => endingAt(/\bin\s+/)).toThrow();
    expect(() => endingAt(/costs \$/)).toThrow();
    expect(() => endingAt(/in\s+$/g)).toThrow();
  });
});
