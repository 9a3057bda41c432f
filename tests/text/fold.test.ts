import { describe, expect, it } from "vitest";
import { foldText } from "../../src/text/fold.js";
import { foldCodes, foldWithMap } from "../../src/text/fold.js";
import { randomTexts } from "../random-texts.js";

// Every precomposed Vietnamese letter: 12 vowels × 5 tone marks, the 6 vowels that carry a
// shape mark without tone, and đ; upper and lower case: 134 letters.
const VOWELS: [string, string][] = [
  ["a", "a"], ["ă", "a"], ["â", "a"], ["e", "e"], ["ê", "e"], ["i", "i"],
  ["o", "o"], ["ô", "o"], ["ơ", "o"], ["u", "u"], ["ư", "u"], ["y", "y"],
];
const TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]; // huyền, sắc, ngã, hỏi, nặng

function vietnameseLetters(): [string, string][] {
  const out: [string, string][] = [];
  for (const [vowel, base] of VOWELS) {
    if (vowel !== base) out.push([vowel, base]);
    for (const tone of TONES) out.push([(vowel + tone).normalize("NFC"), base]);
  }
  out.push(["đ", "d"]);
  return [...out, ...out.map(([l, b]): [string, string] => [l.toUpperCase(), b])];
}

describe("foldText", () => {
  const letters = vietnameseLetters();

  it("covers all 134 precomposed Vietnamese letters", () => {
    expect(letters).toHaveLength(134);
    for (const [letter] of letters) expect(letter.length, `${letter} is one code unit`).toBe(1);
  });

  it.each(letters)("folds %s to %s", (letter, base) => {
    expect(foldText(letter)).toBe(base);
    expect(foldText(letter.normalize("NFD"))).toBe(base);
  });

  it.each([
    ["Bùi Thanh Sơn", "bui thanh son"],
    ["Đà Nẵng", "da nang"],
    ["ĐỖ HÙNG VIỆT", "do hung viet"],
    ["Việt Nam", "viet nam"],
    ["Lào Cai – Hà Nội – Hải Phòng", "lao cai ha noi hai phong"],
    ["  Motegi   Toshimitsu. ", "motegi toshimitsu"],
    ["Prak Sokhonn's", "prak sokhonn s"],
    ["Thuý", "thuy"],
    ["Thúy", "thuy"],
    ["hoà", "hoa"],
    ["hòa", "hoa"],
    ["ỷ ỹ ỵ Ỷ Ỹ Ỵ", "y y y y y y"],
  ])("foldText(%j) = %j", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it("gives NFD input the key of NFC input", () => {
    const text = "Phạm Minh Chính met Lê Hoài Trung in Thành phố Hồ Chí Minh";
    expect(foldText(text.normalize("NFD"))).toBe(foldText(text));
  });

  it("is idempotent", () => {
    for (const s of ["Bùi Thanh Sơn", "Đ", "Nguyễn Phú Trọng!", "東京 Tokyo", "a  b\tc"]) expect(foldText(foldText(s))).toBe(foldText(s));
  });

  it("does not split Đ by decomposition (it has no decomposition)", () => {
    expect("Đ".normalize("NFD")).toBe("Đ");
    expect(foldText("Đ")).toBe("d");
  });

  it("throws a TypeError on a non-string", () => {
    expect(() => foldText(42 as unknown as string)).toThrow(TypeError);
  });

  it("folds ASCII text as its patterns do, whatever the spacing and punctuation", () => {
    // The scan that finds a text needing only lower case stands for these two steps.
    const byPattern = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    const texts = randomTexts(5000, ["Wang", "yi", "UN", "a", "B2", "42", "x", ""], ["", " ", "  ", "-", ".", "\t", "\n", "'s ", " - "], 5);
    for (const s of ["", " ", "a", "A", " a", "a ", "a  b", "a\tb", "Ab1 Cd2", "x.", "\u212a"]) texts.push(s);
    for (const s of texts) expect(foldText(s), JSON.stringify(s)).toBe(byPattern(s.normalize("NFC")));
  });
});

describe("foldWithMap", () => {
  it("maps every folded character back into the original text", () => {
    const text = "Hà Nội, Việt Nam";
    const { folded, origin } = foldWithMap(text);
    expect(folded).toBe("ha noi viet nam");
    const at = folded.indexOf("viet");
    expect(text.slice(origin[at], origin[at + "viet nam".length])).toBe("Việt Nam");
  });
});

describe("foldWithMap on long text", () => {
  it("keeps every character and origin when a fold outgrows its buffers (æ → ae)", () => {
    const text = `${"æ".repeat(3000)} Đà Nẵng ${"x".repeat(5000)}`;
    const { folded, origin } = foldWithMap(text);
    expect(folded).toBe(`${"ae".repeat(3000)} da nang ${"x".repeat(5000)}`);
    expect(origin).toHaveLength(folded.length + 1);
    const at = folded.indexOf("da nang");
    expect(text.slice(origin[at], (origin[at + "da nang".length - 1] as number) + 1)).toBe("Đà Nẵng");
    expect(origin[folded.length]).toBe(text.length);
  });

  it("folds a text longer than the buffers it keeps, and a short one after it", () => {
    const huge = "Đà Nẵng, ".repeat(150_000);
    const { folded, origin } = foldWithMap(huge);
    expect(folded).toBe(foldText(huge));
    expect(origin[folded.length]).toBe(huge.length);
    expect(foldWithMap("Bùi Thanh Sơn").folded).toBe("bui thanh son");
  });

  it("gives each call its own origins", () => {
    const first = foldWithMap("Hà Nội");
    const before = Array.from(first.origin);
    foldWithMap("Kuala Lumpur, Malaysia");
    expect(Array.from(first.origin)).toEqual(before);
    expect(before).toEqual([0, 1, 3, 3, 4, 5, 6]);
  });

  it("keeps each call's origins through many later calls", () => {
    const kept = Array.from({ length: 3000 }, (_, i) => `Đà Nẵng ${"word ".repeat(i % 40)}${i}`).map((text) => ({ text, fold: foldWithMap(text) }));
    for (const { text, fold } of kept) {
      expect(fold.folded).toBe(foldText(text));
      expect(fold.origin).toHaveLength(fold.folded.length + 1);
      expect(fold.origin[fold.folded.length]).toBe(text.length);
      expect(text.slice(fold.origin[0], (fold.origin[1] as number) + 1)).toBe("Đà");
    }
  });

  it("keeps surrogate pairs and replaces nothing", () => {
    const text = "𝐀𝐁 met 𠜎 and Đà\ud800a";
    const { folded, origin } = foldWithMap(text);
    expect(folded).toBe(Array.from(folded).join(""));
    expect(folded.includes("\ufffd")).toBe(false);
    expect(folded).toContain("\ud800a");
    expect(origin[folded.length]).toBe(text.length);
  });
});

describe("foldText and foldWithMap agree", () => {
  it.each([
    "Bùi Thanh Sơn met Wang Yi (Vương Nghị) in Hà Nội — 8/7, US$3.13 billion.",
    "ĐỖ HÙNG VIỆT, Ðỗ, Łódź, Æsir, straße, İstanbul",
    "서울 and 東京 and กรุงเทพมหานคร and Thủ đô",
    "emoji 🙂 inside w🙂rds, zero\u200dwidth, rtl \u202etext",
  ])("%s", (text) => {
    expect(foldText(text)).toBe(foldWithMap(text.normalize("NFC")).folded);
  });
});

function fnv1a(word: string): number {
  let h = 2166136261;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h >>> 0;
}

describe("foldCodes", () => {
  const asString = (text: string) => {
    const { codes, length } = foldCodes(text);
    let out = "";
    for (let at = 0; at < length; at += 4096) out += String.fromCharCode(...codes.subarray(at, Math.min(length, at + 4096)));
    return out;
  };

  it.each([
    "",
    "   ",
    "Bùi Thanh Sơn met Wang Yi (Vương Nghị) in Hà Nội — 8/7, US$3.13 billion.",
    "ĐỖ HÙNG VIỆT, Ðỗ, Łódź, Æsir, straße, İstanbul, ΣΟΦΙΑΣ",
    "서울 and 東京 and กรุงเทพมหานคร and Thủ đô",
    "emoji 🙂 inside w🙂rds, zero\u200dwidth, rtl \u202etext",
    "NFD: Bu\u0300i Thanh So\u031bn, Hangul jamo \u1100\u1161\u11a8, compatibility \uf900 \u212b",
    "lone surrogates \ud800 x \udc00 y",
    "ǼÆ".repeat(400),
    "q\u0301 (a mark that composes with nothing), 𝐀𝐁 (letters outside the BMP)",
  ])("gives the codes of foldText for %s, and its words with their FNV-1a hashes", (text) => {
    expect(asString(text)).toBe(foldText(text));
    const expected = foldText(text) === "" ? [] : foldText(text).split(" ");
    const { codes, words, wordEnds, wordHashes } = foldCodes(text);
    const got: string[] = [];
    for (let w = 0, start = 0; w < words; start = (wordEnds[w++] as number) + 1) got.push(String.fromCharCode(...codes.subarray(start, wordEnds[w])));
    expect(got).toEqual(expected);
    expect([...wordHashes.subarray(0, words)]).toEqual(expected.map(fnv1a));
  });

  it("gives where each word is in the text folded, when folding keeps the text's length", () => {
    const text = "Bùi Thanh Sơn met (Wang Yi) — in Hà Nội.";
    const { words, sourceStarts, sourceEnds } = foldCodes(text);
    expect(sourceStarts && sourceEnds).toBeTruthy();
    const pieces = Array.from({ length: words }, (_, w) => text.slice(sourceStarts?.[w], sourceEnds?.[w]));
    expect(pieces).toEqual(["Bùi", "Thanh", "Sơn", "met", "Wang", "Yi", "in", "Hà", "Nội"]);
    // A character outside the Basic Multilingual Plane is one code point of two code units.
    const emoji = "Sơn 🙂 w🙂rds, then 🙂 met";
    const folded = foldCodes(emoji);
    expect(Array.from({ length: folded.words }, (_, w) => emoji.slice(folded.sourceStarts?.[w], folded.sourceEnds?.[w]))).toEqual(["Sơn", "w", "rds", "then", "met"]);
    // A fold of several characters (`æ` → `ae`) or of none moves the text: no places then.
    expect(foldCodes("Æsir met").sourceStarts).toBeNull();
    expect(foldCodes("Bu\u0300i met").sourceStarts).toBeNull();
  });

  it("folds a text longer than the buffers it keeps, and a short one after it", () => {
    const huge = "Sơn met Wang Yi, ".repeat(80_000);
    expect(huge.length).toBeGreaterThan(1 << 20);
    expect(asString(huge)).toBe(foldText(huge));
    expect(foldCodes(huge).words).toBe(4 * 80_000);
    expect(asString("Bùi Thanh Sơn")).toBe("bui thanh son");
  });

  it("gives the codes of foldText for text of every layout (slices, concatenations)", () => {
    const base = "Deputy Prime Minister Bùi Thanh Sơn met Thai Foreign Minister Maris Sangiampongsa in Kuala Lumpur.";
    for (const text of [base.slice(7, 80), `${base} ${base}`, base.toUpperCase()]) expect(asString(text)).toBe(foldText(text));
  });
});
