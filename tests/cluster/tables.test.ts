import { describe, expect, it } from "vitest";
import { PairMap, sortPairsByKey, Uint32Counts } from "../../src/cluster/tables.js";

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

describe("Uint32Counts slots", () => {
  it("gives each counted key its own slot, and -1 to a key never counted", () => {
    const counts = new Uint32Counts(4);
    const keys = Array.from({ length: 3000 }, (_, i) => (i * 2654435761) >>> 0);
    for (const k of keys) counts.increment(k);
    const slots = keys.map((k) => counts.slotOf(k));
    expect(new Set(slots).size).toBe(keys.length);
    for (const slot of slots) expect(slot >= 0 && slot < counts.slots).toBe(true);
    expect(counts.slotOf(12345)).toBe(-1);
  });
});

describe("sortPairsByKey", () => {
  it("orders by key as a stable sort does, keys of all 32 bits included", () => {
    const next = random(11);
    // Few distinct keys (many ties) and keys spread over the whole range, high bit set or not.
    for (const spread of [7, 0xffffffff]) {
      const keys = Uint32Array.from({ length: 5000 }, () => (spread === 7 ? next() % 7 : next()) >>> 0);
      const values = Uint32Array.from({ length: 5000 }, (_, i) => i);
      const expected = [...keys].map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const sorted = sortPairsByKey(keys, values);
      expect([...sorted.keys]).toEqual(expected.map(([k]) => k));
      expect([...sorted.values]).toEqual(expected.map(([, i]) => i));
    }
  });

  it("sorts nothing and one pair", () => {
    expect([...sortPairsByKey(new Uint32Array(0), new Uint32Array(0)).keys]).toEqual([]);
    expect([...sortPairsByKey(Uint32Array.of(0xfffffffe), Uint32Array.of(3)).values]).toEqual([3]);
  });
});
