import { describe, expect, it } from "vitest";
import { compareNames } from "../../src/text/names.js";

describe("misprints outlets really print", () => {
  it.each([
    ["Teodoro Loscin Jr.", "Teodoro Locsin Jr.", "two letters swapped"],
    ["Cho Tae-yull", "Cho Tae-yul", "a letter doubled in a short syllable"],
    ["David Lamy", "David Lammy", "a doubled letter undoubled"],
    ["Retno Matsudi", "Retno Marsudi", "consonant for consonant"],
    ["Enrique Manolo", "Enrique Manalo", "vowel for vowel"],
    ["Tea Seyha", "Tea Seiha", "i/y, one vowel in two spellings"],
    ["Aung Sang Suu Kyi", "Aung San Suu Kyi", "a three-letter name when three others agree"],
    ["Bui Than Son", "Bui Thanh Son", "a Vietnamese digraph losing a letter, against a known official"],
    ["Nguyen Phu Tong", "Nguyen Phu Trong", "tr written t"],
  ])("%s = %s (%s)", (a, b) => {
    expect(compareNames(a, b).same).toBe(true);
    expect(compareNames(b, a).same).toBe(true);
  });

  it.each([
    ["Iwaya Takeshi", "Iwata Takeshi", "a Japanese family name one letter from another"],
    ["Mike Pompeo", "Mike Pompey", "a vowel turned into y"],
    ["Hun Sen", "Hun Seng", "a three-letter name with only the family name agreeing"],
    ["Prak Sokhonn", "Prak Sokha", "two edits in a short name"],
    ["Nguyễn Xuân Phúc", "Nguyễn Xuân Phú", "a Vietnamese syllable written with its marks is taken as written"],
    ["Lê Minh Khái", "Lê Minh Hải", "not a dropped letter of a digraph"],
    ["Nguyen Van Than", "Nguyen Van Thanh", "neither is a known official"],
    ["Wang Yi", "Wang Yu", "two-letter names"],
  ])("%s ≠ %s (%s)", (a, b) => {
    expect(compareNames(a, b).same).toBe(false);
    expect(compareNames(b, a).same).toBe(false);
  });

  it("needs the context to agree", () => {
    expect(compareNames("Retno Matsudi", "Retno Marsudi", { country: "MY" }).same).toBe(false);
    expect(compareNames("Retno Matsudi", "Retno Marsudi", { country: "ID" }).same).toBe(true);
  });
});
