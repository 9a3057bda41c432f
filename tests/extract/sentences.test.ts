import { describe, expect, it } from "vitest";
import type { Line } from "../../src/extract/clean.js";
import { splitSentences, type Sentence } from "../../src/extract/sentences.js";

// The splitting as first written, each pattern tried at every full stop: the reference for the
// checks that now come before them (a long lower-case word, trimming with `trim`).
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "h.e", "he", "ma", "st", "no", "jr", "sr", "u.s", "u.n", "u.k", "gov", "gen", "sen", "rep",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "inc", "co", "corp", "mt", "lt", "col", "capt", "dato", "tan", "sri", "e.g", "i.e",
]);
function reference(masked: string, lines: readonly Line[]): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number, paragraph: number, caption: boolean) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(masked[s] ?? "")) s++;
    while (e > s && /\s/.test(masked[e - 1] ?? "")) e--;
    if (e - s >= 2) out.push({ start: s, end: e, text: masked.slice(s, e), paragraph, caption });
  };
  lines.forEach((line, paragraph) => {
    const body = masked.slice(line.start, line.end);
    const boundary = /[.!?]["”’)]?(?=\s+["“‘(]?[\p{Lu}\d])/gu;
    let from = 0;
    for (let m = boundary.exec(body); m; m = boundary.exec(body)) {
      const before = body.slice(Math.max(0, m.index - 12), m.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
      if (ABBREVIATIONS.has(word) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(/(\S+)$/u.exec(before)?.[1] ?? "")) continue;
      push(line.start + from, line.start + m.index + m[0].length, paragraph, line.caption);
      from = m.index + m[0].length;
    }
    push(line.start + from, line.end, paragraph, line.caption);
  });
  return out;
}

const linesOf = (text: string): Line[] => {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    lines.push({ start, end: start + part.length, caption: false });
    start += part.length + 1;
  }
  return lines;
};

describe("splitSentences", () => {
  const texts = [
    "Mr. Son met Dr. Wang in Hanoi. They talked. Then they left.",
    "The U.S. and the U.K. agreed. Retno L.P. Marsudi met S. Jaishankar. Talks ended.",
    "He met Prof. Li on Sept. 3. Later, Corp. leaders met. The CAPT. Lee spoke.",
    "Talks with the U.\u212A. Side followed. Then the İ. Team met.",
    "They met in Hanoi. 2025 was a good year! Was it? “Yes.” He said. (Then) more.",
    "  \u00a0Son met Wang in Hanoi.\u2003 Then they left.\t",
    "Abcde. Abcd. abcde. ABCDE. aBcDe. x. 𝐀. Then 𝐀𝐁. Next ſong. Next.",
    "a\n \nab\n\u00a0\u00a0\nThe end. Of it.",
    "talks.\" He left.’ She stayed.) They went. Done.",
  ];

  it("cuts sentences where the reference does, with the same spans and texts", () => {
    for (const text of texts) expect(splitSentences(text, linesOf(text))).toEqual(reference(text, linesOf(text)));
  });
});

describe("a dateline with a full stop after its city", () => {
  it("`KYIV. Aug 20 (Interfax-Ukraine) – …` is not cut after the city; a line of capitals and a full stop otherwise is", () => {
    const texts = (text: string) => splitSentences(text, linesOf(text)).map((s) => s.text);
    expect(texts("KYIV. Aug 20 (Interfax-Ukraine) – Zelensky has visited the Netherlands. He met Rutte.")).toEqual(["KYIV. Aug 20 (Interfax-Ukraine) – Zelensky has visited the Netherlands.", "He met Rutte."]);
    expect(texts("NATO. The alliance met.")).toEqual(["NATO.", "The alliance met."]);
  });
});
