import { describe, expect, it } from "vitest";
import { compareNames, normalizeName, parseName } from "../../src/text/names.js";

describe("parseName", () => {
  it("keeps titles apart from the name", () => {
    const p = parseName("Deputy Prime Minister cum Foreign Minister Bùi Thanh Sơn");
    expect(p.display).toBe("Bùi Thanh Sơn");
    expect(p.titles).toEqual(["Deputy Prime Minister cum Foreign Minister"]);
    expect(p.culture).toBe("vi");
    expect(p.family).toBe("bui");
    expect(p.given).toEqual(["thanh", "son"]);
  });

  it.each([
    ["Mr. Maris", "maris"],
    ["H.E. Prak Sokhonn", "prak sokhonn"],
    ["Cambodian Deputy Prime Minister and Foreign Affairs Minister Prak Sokhonn", "prak sokhonn"],
    ["Deputy PM and FM Sơn", "son"],
    ["State Councilor Wang Yi", "wang yi"],
    ["Wang Ning, Yunnan's Party Secretary", "wang ning"],
    ["Dr. Retno Marsudi", "retno marsudi"],
    ["Deputy Prime Minister, Foreign Minister Bùi Thanh Sơn", "bui thanh son"],
  ])("normalizeName(%j) = %j", (input, key) => {
    expect(normalizeName(input)).toBe(key);
  });

  it("keeps generational suffixes", () => {
    expect(parseName("Ferdinand Marcos Jr.").suffix).toBe("jr");
  });
});

describe("compareNames", () => {
  it.each([
    ["Bùi Thanh Sơn", "Bui Thanh Son", "diacritics"],
    ["Motegi Toshimitsu", "Toshimitsu Motegi", "Japanese order"],
    ["Sơn", "Bùi Thanh Sơn", "Vietnamese short form"],
    ["Retno Matsudi", "Retno Marsudi", "misprint"],
    ["David Lamy", "David Lammy", "misprint"],
    ["Cho Tae-yul", "Cho Taeyul", "hyphenation"],
    ["Ma. Theresa Lazaro", "Maria Theresa Lazaro", "abbreviated given name"],
    ["Lê Hoài Trung", "Le Hoai Trung", "diacritics"],
  ])("%s = %s (%s)", (a, b) => {
    expect(compareNames(a, b).same).toBe(true);
    expect(compareNames(b, a).same).toBe(true);
  });

  it.each([
    ["Nguyễn Phú Trọng", "Nguyễn Xuân Phúc"],
    ["Hun Sen", "Hun Manet"],
    ["Li Qiang", "Li Keqiang"],
    ["Ferdinand Marcos Jr.", "Ferdinand Marcos Sr."],
    ["Pham Minh Chinh", "Pham Binh Minh"],
    ["Wang Yi", "Wang Ning"],
    ["Wang Yi", "Wang Yu"],
    ["Hà Văn Minh", "Hồ Văn Minh"],
  ])("%s ≠ %s", (a, b) => {
    expect(compareNames(a, b).same).toBe(false);
    expect(compareNames(b, a).same).toBe(false);
  });

  it("is symmetric in score and reason", () => {
    for (const [a, b] of [["Sơn", "Bùi Thanh Sơn"], ["Hun Sen", "Hun Manet"], ["Motegi Toshimitsu", "Toshimitsu Motegi"]] as const) {
      expect(compareNames(a, b)).toEqual(compareNames(b, a));
    }
  });
});
