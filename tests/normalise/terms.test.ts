import { describe, expect, it } from "vitest";
import { articleContent, shingleHashes, terms, type TextSpan } from "../../src/normalise/terms.js";

describe("terms", () => {
  it("leaves out stop words, short words and numbers, and folds and stems the rest", () => {
    expect(terms("the two sides met on 14 August in 2025")).toEqual(terms("August"));
    expect(terms("Sơn agreed")).toEqual(terms("son agree"));
    expect(terms("The, of; 2025!")).toHaveLength(0);
    expect(terms("")).toHaveLength(0);
  });

  it("gives each word the same term whatever was seen before it (thousands of distinct words)", () => {
    // Enough distinct words for the word table to grow several times and for hashes to share slots.
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
    const forward = terms(words.join(" "));
    const backward = terms([...words].reverse().join(" "));
    expect(forward).toHaveLength(words.length);
    expect([...backward].reverse()).toEqual([...forward]);
    // One word at a time, after the table holds them all.
    for (const i of [0, 1, 4095, 4096, 12_345, 19_999]) expect(terms(words[i] as string)).toEqual(forward.subarray(i, i + 1));
  });

  it("reads a text of more words than the scratch space it keeps", () => {
    const many = "alpha beta ".repeat(300_000);
    const t = terms(many);
    expect(t).toHaveLength(600_000);
    expect(t[0]).toBe(terms("alpha")[0]);
    expect(t[599_999]).toBe(terms("beta")[0]);
    expect(shingleHashes(many)).toHaveLength(2);
  });

  it("is the concatenation of the terms of its parts", () => {
    const a = "Deputy Prime Minister Bùi Thanh Sơn welcomed the proposal on fisheries";
    const b = "and suggested regular exchanges on energy transition";
    expect([...terms(`${a} ${b}`)]).toEqual([...terms(a), ...terms(b)]);
  });
});

describe("shingleHashes", () => {
  it("gives sorted, distinct hashes of five-word shingles", () => {
    const h = shingleHashes("one two three four five six seven one two three four five");
    expect(h).toHaveLength(7);
    for (let i = 1; i < h.length; i++) expect((h[i] as number) > (h[i - 1] as number)).toBe(true);
  });

  it("reads text the way foldText does (case, marks, punctuation)", () => {
    expect(shingleHashes("Bùi Thanh Sơn met Wang Yi in Hà Nội.")).toEqual(shingleHashes("bui thanh son -- met WANG yi in ha noi"));
    expect(shingleHashes("too short")).toHaveLength(0);
  });
});

describe("articleContent", () => {
  const collect = (text: string, spans: TextSpan[], withShingles = false) => {
    const out: number[][] = [];
    const shingles = articleContent(text, spans, withShingles, (k, t) => (out[k] = [...t]));
    return { terms: out, shingles: shingles && [...shingles] };
  };

  it("gives each part the terms of its own words, folding the text once, and the text's shingles", () => {
    const text = "Sơn met Maris in Kuala Lumpur on Thursday. They agreed on fisheries.\n\nSơn also met Wang Yi, and the two discussed railways.";
    const parts = text.split("\n\n");
    const second = text.indexOf(parts[1] as string);
    const spans: TextSpan[] = [[0, (parts[0] as string).length], [second, text.length]];
    const { terms: got, shingles } = collect(text, spans, true);
    expect(got).toEqual(spans.map(([a, b]) => [...terms(text.slice(a, b))]));
    expect(shingles).toEqual([...shingleHashes(text)]);
    expect(collect(text, spans).shingles).toBeNull();
  });

  it("leaves out a word the part's edge cuts", () => {
    const text = "Maris welcomed cooperation on fisheries";
    const cut = text.indexOf("welcomed") + 3;
    expect(collect(text, [[cut, text.length]]).terms[0]).toEqual([...terms("cooperation on fisheries")]);
    expect(collect(text, [[0, cut]]).terms[0]).toEqual([...terms("Maris")]);
  });

  it("folds each part by itself in a text whose folding moves its characters", () => {
    const text = "Ægir met Sơn in Hà Nội. They agreed on fisheries and railways.";
    const at = text.indexOf("They");
    expect(collect(text, [[0, at], [at, text.length]]).terms).toEqual([[...terms(text.slice(0, at))], [...terms(text.slice(at))]]);
  });
});
