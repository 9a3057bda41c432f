import { describe, expect, it } from "vitest";
import { PackedArraysBuilder, packArrays } from "../../src/normalise/packed.js";

describe("PackedArraysBuilder", () => {
  it("packs what packArrays packs, growing past its first guess", () => {
    const arrays = Array.from({ length: 300 }, (_, i) => Uint32Array.from({ length: i % 17 }, (_, k) => i * 100 + k));
    const builder = new PackedArraysBuilder(arrays.length, 4);
    for (const a of arrays) builder.push(a);
    const packed = builder.finish();
    expect(packed).toEqual(packArrays(arrays));
    arrays.forEach((a, i) => expect([...packed.values.subarray(packed.offsets[i], packed.offsets[i + 1])]).toEqual([...a]));
  });

  it("refuses to finish before every array is pushed", () => {
    const builder = new PackedArraysBuilder(2);
    builder.push(Uint32Array.of(1));
    expect(() => builder.finish()).toThrow(/1 of 2 arrays pushed/);
  });
});
