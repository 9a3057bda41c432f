/**
 * What the extraction workers compute for clustering (wire-copy fingerprints of articles,
 * content terms of reports), handed to clustering packed as the workers sent it: one set of
 * typed arrays per batch of articles rather than one or two per article and report. A hundred
 * thousand articles would otherwise hold some 300,000 small typed arrays, each with its own
 * buffer, from extraction until clustering reads them.
 */
import type { ClusterCache } from "../cluster/cluster.js";
import type { Fingerprint, PackedFingerprints } from "../cluster/copies.js";
import type { PackedArrays } from "../normalise/packed.js";

/** Content terms of a batch's reports side by side (see `packArrays`). */
export type PackedTerms = PackedArrays;

// Where a value is: pack number × SLOTS + its index in the pack.
const SLOTS = 2 ** 24;

/**
 * A map whose values are cut out of packs (views, not copies) when read, and forgotten once
 * read: clustering reads each value once. A pack is let go when all its values have been read.
 * Values can also be set one by one, as in any map (read once too).
 */
export class HandOverMap<V, P> extends Map<string, V> {
  private readonly packs: (P | undefined)[] = [];
  private readonly unread: number[] = [];
  private readonly where = new Map<string, number>();

  constructor(private readonly cut: (pack: P, index: number) => V) {
    super();
  }

  /** Adds a pack holding the values of `keys`, in that order. */
  addPack(keys: readonly string[], pack: P): void {
    const p = this.packs.push(pack) - 1;
    this.unread.push(keys.length);
    keys.forEach((key, i) => this.where.set(key, p * SLOTS + i));
  }

  override get(key: string): V | undefined {
    const at = this.where.get(key);
    if (at === undefined) {
      const value = super.get(key);
      this.delete(key);
      return value;
    }
    this.where.delete(key);
    const p = Math.floor(at / SLOTS);
    const pack = this.packs[p] as P;
    this.unread[p] = (this.unread[p] as number) - 1;
    if (this.unread[p] === 0) this.packs[p] = undefined;
    return this.cut(pack, at % SLOTS);
  }

  override has(key: string): boolean {
    return this.where.has(key) || super.has(key);
  }

  /** Forgets every value, read or not, and the packs that hold them. */
  override clear(): void {
    super.clear();
    this.packs.length = 0;
    this.unread.length = 0;
    this.where.clear();
  }

  /** How many values have not been read. */
  get left(): number {
    return this.where.size + this.size;
  }
}

export interface HandOverCache extends ClusterCache {
  fingerprints: HandOverMap<Fingerprint, PackedFingerprints>;
  terms: HandOverMap<Uint32Array, PackedTerms>;
}

/**
 * A {@link ClusterCache} for one run whose values were computed on worker threads: clustering
 * reads each value once and the cache forgets it. Not for incremental runs, which read the
 * same values again.
 */
export function createHandOverCache(): HandOverCache {
  return {
    fingerprints: new HandOverMap((pack: PackedFingerprints, i) => ({ hashes: pack.values.subarray(pack.offsets[i], pack.offsets[i + 1]) })),
    terms: new HandOverMap((pack: PackedTerms, i) => pack.values.subarray(pack.offsets[i], pack.offsets[i + 1])),
  };
}
