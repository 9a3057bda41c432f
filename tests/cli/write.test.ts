import { describe, expect, it } from "vitest";
import { jsonPieces } from "../../src/cli/write.js";
import { readArticles } from "../../src/io/read-articles.js";
import { reconcile } from "../../src/reconcile/reconcile.js";

describe("jsonPieces", () => {
  it("joins to exactly JSON.stringify(value, null, 2)", () => {
    const values: Record<string, unknown>[] = [
      {},
      { version: 1, events: [], unplaced: [], issues: [] },
      { a: [1, [2, 3], { b: [] }], c: "x\ny", d: null, e: undefined, f: [{}], g: { h: [1] } },
      reconcile(readArticles(["test-corpus/articles"]).articles) as unknown as Record<string, unknown>,
    ];
    for (const v of values) expect([...jsonPieces(v)].join("")).toBe(JSON.stringify(v, null, 2));
  });

  it("writes a sequence that knows its length as an array, reading it once", () => {
    let reads = 0;
    const sequence = (items: unknown[]) => ({
      length: items.length,
      *[Symbol.iterator]() {
        reads++;
        yield* items;
      },
    });
    for (const items of [[], [1], [{ a: [1, 2] }, "x", null]]) {
      expect([...jsonPieces({ version: 1, events: sequence(items) })].join("")).toBe(JSON.stringify({ version: 1, events: items }, null, 2));
    }
    expect(reads).toBe(2);
  });
});
