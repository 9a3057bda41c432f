import { describe, expect, it } from "vitest";
import { possessiveAt } from "../../src/extract/extract-reports.js";

describe("possessiveAt", () => {
  it("agrees with /^['’]s/ on the two characters at a position", () => {
    const texts = ["Monday's deal", "Monday’s deal", "Monday‘s", "Monday'S", "Monday'", "Monday s", "'s", "’s", "'", "", "x''s", "Monday`s", "Monday′s"];
    for (const text of texts) for (let at = 0; at <= text.length + 1; at++) {
      expect(possessiveAt(text, at), `${text} @${at}`).toBe(/^['’]s/.test(text.slice(at, at + 2)));
    }
  });
});

describe("the eve of an occasion, tested on the last 94 characters", () => {
  // The pattern of dateFor: a match is at most 93 characters and ends the text.
  const EVE_OF = /\bon the eve of\b[^.;]{0,80}$/i;
  it("gives what the whole text gives", () => {
    const fillers = ["", "x", " ", "a b", ".", ";", "the Nato summit, which ran from July 11th to ", "z".repeat(70), "y ".repeat(40), "Q".repeat(79), "w".repeat(80), "v".repeat(81)];
    const heads = ["", " ", "x", "Son", "non", "On", "  ", "é"];
    for (const head of heads) for (const eve of ["on the eve of", "On The Eve Of", "on the eve ofs", "upon the eve of", "on the eve"]) for (const a of fillers) for (const b of fillers) {
      const text = `${head}${b}${eve}${a}`;
      expect(EVE_OF.test(text.slice(-94)), JSON.stringify(text)).toBe(EVE_OF.test(text));
    }
  });
});
