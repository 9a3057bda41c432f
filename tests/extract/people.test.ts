import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afterLinkWord } from "../../src/extract/people.js";

const LINK = /\b(?:met|meets|with|and|by|counterpart|received|hosted|told|said)\s+$/;

describe("afterLinkWord", () => {
  it.each([
    ["Son met ", true],
    ["talks with\u00a0", true],
    ["and\n", true],
    ["Ahmet ", false],
    ["x-met  ", true],
    ["metwith ", false],
    ["_said ", false],
    ["said", false],
    ["Said ", false],
    ["counterpart\t", true],
    ["", false],
    [" ", false],
  ])("%j → %s, as the pattern says", (text, expected) => {
    expect(afterLinkWord(text)).toBe(expected);
    expect(LINK.test(text)).toBe(expected);
  });

  it("agrees with the pattern on random text", () => {
    const pieces = fc.constantFrom("met", "meets", "with", "and", "by", "counterpart", "received", "hosted", "told", "said", "x", "_", "1", "Met", "-", " ", "\n", "\u00a0", "\u2003", "\ufeff", "é", ",", ".");
    fc.assert(fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
      const text = parts.join("");
      expect(afterLinkWord(text)).toBe(LINK.test(text));
    }), { numRuns: 20_000 });
  });
});
