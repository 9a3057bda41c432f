/**
 * Hash tables over integers in typed arrays. Clustering a hundred thousand articles checks
 * millions of article pairs and counts millions of term hashes; a `Map` or `Set` of numbers
 * boxes every key outside the small-integer range and spends its time collecting them.
 */

/**
 * Sorts (key, value) pairs by key, keeping pairs with equal keys in their order (a stable
 * radix sort, two passes of 16 bits): linear in the number of pairs, where a comparison sort of
 * millions of entries takes most of the time of the step that needs it. Returns new arrays.
 */
export function sortPairsByKey(keys: Uint32Array, values: Uint32Array): { keys: Uint32Array; values: Uint32Array } {
  let fromKeys = keys;
  let fromValues = values;
  let toKeys: Uint32Array = new Uint32Array(keys.length);
  let toValues: Uint32Array = new Uint32Array(keys.length);
  const counts = new Uint32Array(0x10000);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < fromKeys.length; i++) (counts[((fromKeys[i] as number) >>> shift) & 0xffff] as number)++;
    let sum = 0;
    for (let d = 0; d < counts.length; d++) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < fromKeys.length; i++) {
      const key = fromKeys[i] as number;
      const at = (counts[(key >>> shift) & 0xffff] as number)++;
      toKeys[at] = key;
      toValues[at] = fromValues[i] as number;
    }
    [fromKeys, toKeys] = [toKeys, fromKeys];
    [fromValues, toValues] = [toValues, fromValues];
  }
  return { keys: fromKeys, values: fromValues };
}

/** A map from pairs of non-negative 31-bit integers (article or report indexes) to non-negative integers. */
export class PairMap {
  // Open addressing, three slots per entry: first + 1 (0 marks an empty entry), second, value.
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 512) {
    const capacity = capacityFor(expected);
    this.slots = new Int32Array(capacity * 3);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value of the pair (a, b), or -1 when it has none. Pairs are ordered: (a, b) is not (b, a). */
  get(a: number, b: number): number {
    const slots = this.slots;
    for (let at = mixPair(a, b) & this.mask; ; at = (at + 1) & this.mask) {
      const first = slots[3 * at] as number;
      if (first === 0) return -1;
      if (first === a + 1 && slots[3 * at + 1] === b) return slots[3 * at + 2] as number;
    }
  }

  /** Gives (a, b) a value, replacing the one it had. */
  set(a: number, b: number, value: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    this.put(a, b, value);
  }

  /** Adds (a, b) with the value 0 when it has none; false when it was already there. */
  add(a: number, b: number): boolean {
    if (this.get(a, b) >= 0) return false;
    this.set(a, b, 0);
    return true;
  }

  private put(a: number, b: number, value: number): void {
    const slots = this.slots;
    for (let at = mixPair(a, b) & this.mask; ; at = (at + 1) & this.mask) {
      const first = slots[3 * at] as number;
      if (first === 0 || (first === a + 1 && slots[3 * at + 1] === b)) {
        if (first === 0) this.count++;
        slots[3 * at] = a + 1;
        slots[3 * at + 1] = b;
        slots[3 * at + 2] = value;
        return;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * 3);
    this.mask = capacity - 1;
    this.count = 0;
    for (let at = 0; at < old.length; at += 3) if (old[at] !== 0) this.put((old[at] as number) - 1, old[at + 1] as number, old[at + 2] as number);
  }
}

/** Counts of 32-bit unsigned keys (term hashes). */
export class Uint32Counts {
  private keys: Uint32Array;
  private counts: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 512) {
    const capacity = capacityFor(expected);
    this.keys = new Uint32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Adds one to the count of `key`. */
  increment(key: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    this.bump(key, 1);
  }

  /** The count of `key` (0 when never counted). */
  get(key: number): number {
    const slot = this.slotOf(key);
    return slot < 0 ? 0 : (this.counts[slot] as number);
  }

  /** Slots in the table: {@link slotOf} gives a number below this. */
  get slots(): number {
    return this.mask + 1;
  }

  /**
   * The slot that holds `key`, or -1 when it was never counted: a small integer per key, the
   * same until the next increment (which may move every key), for values kept beside the counts.
   */
  slotOf(key: number): number {
    for (let at = mixKey(key) & this.mask; ; at = (at + 1) & this.mask) {
      const c = this.counts[at] as number;
      if (c === 0) return -1;
      if (this.keys[at] === key) return at;
    }
  }

  private bump(key: number, by: number): void {
    for (let at = mixKey(key) & this.mask; ; at = (at + 1) & this.mask) {
      const c = this.counts[at] as number;
      if (c === 0) {
        this.keys[at] = key;
        this.counts[at] = by;
        this.count++;
        return;
      }
      if (this.keys[at] === key) {
        this.counts[at] = c + by;
        return;
      }
    }
  }

  private grow(): void {
    const keys = this.keys;
    const counts = this.counts;
    const capacity = (this.mask + 1) * 2;
    this.keys = new Uint32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.count = 0;
    for (let at = 0; at < keys.length; at++) if (counts[at] !== 0) this.bump(keys[at] as number, counts[at] as number);
  }
}

/** Slots for `expected` entries at most half full: a power of two, at least 1,024. */
function capacityFor(expected: number): number {
  let capacity = 1024;
  while (capacity < expected * 2) capacity *= 2;
  return capacity;
}

function mixPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
}

function mixKey(key: number): number {
  const h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}
