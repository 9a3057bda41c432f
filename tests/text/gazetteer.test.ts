import { describe, expect, it } from "vitest";
import { defaultGazetteer, hashRange, RangeTable } from "../../src/text/gazetteer.js";

describe("hashRange", () => {
  it("continues a range's hash over the rest as if hashing the whole", () => {
    const s = "the lao pdr s capital";
    for (let a = 0; a <= s.length; a++) {
      for (let b = a; b <= s.length; b++) {
        for (let c = b; c <= s.length; c++) expect(hashRange(s, b, c, hashRange(s, a, b))).toBe(hashRange(s, a, c));
      }
    }
  });
});

describe("RangeTable", () => {
  // Keys that collide in the table or differ by one character, an empty key, keys outside ASCII.
  const keys = ["", "a", "b", "ab", "ba", "the", "the hague", "hague", "lao pdr", "lao pdr s", "ha noi", "hà nội", "北京", "😀", "a\u0000", "aa", "aaa"];
  const map = new Map(keys.map((k, i) => [k, i]));
  const table = new RangeTable(map);

  it("finds exactly the key equal to a range, as a Map finds a slice", () => {
    const texts = ["in the hague on monday", "lao pdr s capital", "ha noi hà nội 北京 😀", "aaaa a\u0000b", "", "b a ab ba"];
    for (const text of texts) {
      for (let a = 0; a <= text.length; a++) {
        for (let b = a; b <= text.length; b++) expect(table.get(text, a, b)).toBe(map.get(text.slice(a, b)));
      }
    }
  });

  it("keeps the last value of a key given twice", () => {
    expect(new RangeTable([["x", 1], ["x", 2]]).get("x", 0, 1)).toBe(2);
  });

  it("answers like the gazetteer's maps for every key they hold and for near misses", () => {
    const g = defaultGazetteer();
    const starts = new RangeTable(g.phraseStarts);
    for (const [key, n] of g.phraseStarts) {
      const text = ` ${key} `;
      expect(starts.get(text, 1, 1 + key.length)).toBe(n);
      expect(starts.get(text, 0, 1 + key.length)).toBe(g.phraseStarts.get(text.slice(0, 1 + key.length)));
      expect(starts.get(text, 1, 2 + key.length)).toBe(g.phraseStarts.get(text.slice(1, 2 + key.length)));
    }
  });
});
