import { describe, expect, it } from "vitest";
import { PairMap, Uint32Counts } from "../../src/cluster/tables.js";

function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

describe("integer tables", () => {
  it("PairMap holds what a Map of pairs holds, through growth", () => {
    const next = random(5);
    const table = new PairMap(4);
    const reference = new Map<string, number>();
    for (let k = 0; k < 50_000; k++) {
      const a = next() % 3000;
      const b = next() % 3000;
      if (k % 3 === 0) {
        expect(table.add(a, b)).toBe(!reference.has(`${a},${b}`));
        if (!reference.has(`${a},${b}`)) reference.set(`${a},${b}`, 0);
      } else {
        table.set(a, b, k);
        reference.set(`${a},${b}`, k);
      }
    }
    expect(table.size).toBe(reference.size);
    for (const [key, value] of reference) {
      const [a, b] = key.split(",").map(Number) as [number, number];
      expect(table.get(a, b)).toBe(value);
    }
    // Pairs are ordered, and absent pairs have no value.
    expect(table.get(3001, 1)).toBe(-1);
    const t = new PairMap();
    t.set(1, 2, 7);
    expect(t.get(2, 1)).toBe(-1);
  });

  it("Uint32Counts counts any 32-bit key, zero and the largest included", () => {
    const next = random(9);
    const counts = new Uint32Counts(2);
    const reference = new Map<number, number>();
    const keys = [0, 0xffffffff, 0x80000000, ...Array.from({ length: 20_000 }, () => next() % 5000), ...Array.from({ length: 5000 }, () => next())];
    for (const k of keys) {
      counts.increment(k);
      reference.set(k, (reference.get(k) ?? 0) + 1);
    }
    for (const [k, c] of reference) expect(counts.get(k)).toBe(c);
    expect(counts.get(123_456_789)).toBe(reference.get(123_456_789) ?? 0);
  });
});
