import { describe, expect, it } from "vitest";
import { compareNames } from "../../src/text/names.js";
import { pinyinOptions, rendersPinyin } from "../../src/text/sino-vietnamese.js";

describe("rendersPinyin", () => {
  it.each([
    [["Hà", "Lập", "Phong"], ["he", "lifeng"]],
    [["Triệu", "Lập", "Kiên"], ["zhao", "lijian"]],
    [["Lý", "Hi"], ["li", "xi"]],
    [["Lý", "Hy"], ["li", "xi"]],
    [["Hoà"], ["he"]],
    [["Hà", "Lập"], ["heli"]],
  ])("%j renders %j", (vi, pinyin) => {
    expect(rendersPinyin(pinyinOptions(vi), pinyin)).toBe(true);
  });

  it.each([
    [["Vương", "Nghị"], ["wang", "wenbin"], "a syllable left over"],
    [["Lương", "Cường"], ["li", "qiang"], "Lương is liang"],
    [["Hà", "Lập", "Phong"], ["he", "li", "feng", "yi"], "pinyin left over"],
    [["Hoá"], ["he"], "the tone tells 化 hóa from 和 hòa"],
    [["Xyz"], ["x"], "a syllable with no reading"],
  ])("%j does not render %j (%s)", (vi, pinyin) => {
    expect(rendersPinyin(pinyinOptions(vi), pinyin)).toBe(false);
  });
});

describe("compareNames: Vietnamese renderings of Chinese names", () => {
  it.each([
    ["Hà Lập Phong", "He Lifeng"],
    ["Lâm Kiếm", "Lin Jian"],
    ["Mã Triều Húc", "Ma Zhaoxu"],
    ["Hoa Xuân Oánh", "Hua Chunying"],
    ["Uông Văn Bân", "Wang Wenbin"],
  ])("%s = %s", (a, b) => {
    expect(compareNames(a, b).same).toBe(true);
    expect(compareNames(b, a).same).toBe(true);
  });

  it.each([
    ["Vương Nghị", "Wang Wenbin"],
    ["Lương Cường", "Li Qiang"],
    ["Luong Cuong", "Li Qiang"],
    ["Trần Thanh Mẫn", "Chen Min'er"],
    ["Lê Thành Long", "Lee Hsien Loong"],
    ["Vương Đình Huệ", "Wang Tinghui"],
  ])("%s ≠ %s", (a, b) => {
    expect(compareNames(a, b).same).toBe(false);
    expect(compareNames(b, a).same).toBe(false);
  });
});
