/**
 * Arrays of 32-bit values packed side by side in one buffer: what normalisation computes for a
 * hundred thousand reports (their terms, their articles' shingles) is two buffers, not a hundred
 * thousand typed arrays (each costs a microsecond and its own memory outside the heap).
 */

/** Arrays side by side in one: array `i` is `values[offsets[i]]` up to `values[offsets[i + 1]]`. */
export interface PackedArrays {
  values: Uint32Array;
  offsets: Uint32Array;
}

/** Packs arrays side by side (see {@link PackedArrays}): one buffer instead of one per array. */
export function packArrays(arrays: readonly Uint32Array[]): PackedArrays {
  const builder = new PackedArraysBuilder(arrays.length, arrays.reduce((sum, a) => sum + a.length, 0));
  for (const a of arrays) builder.push(a);
  return builder.finish();
}

/**
 * Builds {@link PackedArrays} one array at a time, copying each into a buffer that grows as
 * needed: arrays computed into scratch space are packed without one allocation each.
 */
export class PackedArraysBuilder {
  private values: Uint32Array;
  private readonly offsets: Uint32Array;
  private count = 0;

  /** For `arrays` arrays holding about `expectedValues` values in all. */
  constructor(arrays: number, expectedValues = arrays * 16) {
    this.offsets = new Uint32Array(arrays + 1);
    this.values = new Uint32Array(Math.max(16, expectedValues));
  }

  /** Appends the next array. */
  push(array: Uint32Array): void {
    const at = this.offsets[this.count] as number;
    if (at + array.length > this.values.length) {
      const grown = new Uint32Array(Math.max(at + array.length, this.values.length * 2));
      grown.set(this.values.subarray(0, at));
      this.values = grown;
    }
    this.values.set(array, at);
    this.offsets[++this.count] = at + array.length;
  }

  /** The packed arrays, once every array is pushed. */
  finish(): PackedArrays {
    if (this.count !== this.offsets.length - 1) throw new Error(`PackedArraysBuilder: ${this.count} of ${this.offsets.length - 1} arrays pushed`);
    const length = this.offsets[this.count] as number;
    // A view, not a copy: packed arrays are read and dropped within one clustering, and a copy
    // of tens of megabytes counts against the external memory that makes V8 collect the whole heap.
    return { values: this.values.subarray(0, length), offsets: this.offsets };
  }
}
