import { describe, expect, it } from "vitest";
import { endingAt } from "../../src/extract/ending-at.js";
import { randomTexts } from "../random-texts.js";

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

describe("endingAt", () => {
  it("answers as the pattern does on the text before each position", () => {
    const all = randomTexts(3000, WORDS, GAPS, 9, 12345);
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
});

describe("endingAt, at the end of the text", () => {
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
    const all = randomTexts(3000, WORDS, GAPS, 6);
    for (const pattern of PATTERNS) {
      const test = endingAt(pattern);
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
    expect(() => endingAt(/\babout\s+/)).toThrow();
    expect(() => endingAt(/costs \$/)).toThrow();
    expect(() => endingAt(/about\s*$/g)).toThrow();
    expect(() => endingAt(/(a)\1$/)).toThrow();
  });
});
