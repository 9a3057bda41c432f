import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/synthetic.mjs";
import { COPY_CONTAINMENT, copyRoots, fingerprint, packFingerprints, syndicationGroups } from "../../src/cluster/copies.js";
import { sortedContainment } from "../../src/cluster/content.js";

const { articles } = generateCorpus({ articles: 1500, seed: 23 });
const texts = new Map(articles.map((a) => [a.id, a.text]));
const ids = [...texts.keys()].sort();
const prints = ids.map((id) => fingerprint(texts.get(id) ?? ""));
const isCopy = (a: number, b: number) => sortedContainment(prints[a]?.hashes as Uint32Array, prints[b]?.hashes as Uint32Array) >= COPY_CONTAINMENT;

describe("wire copies", () => {
  const roots = copyRoots(packFingerprints(prints));

  it("groups only articles joined by copies, each group under its smallest article", () => {
    const members = new Map<number, number[]>();
    roots.forEach((root, i) => (members.get(root) ?? members.set(root, []).get(root))?.push(i));
    let grouped = 0;
    for (const [root, group] of members) {
      expect(Math.min(...group)).toBe(root);
      if (group.length < 2) continue;
      grouped += group.length;
      // Connected through pairs whose containment passes the test.
      const reached = new Set([root]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const x of group) if (!reached.has(x) && [...reached].some((y) => isCopy(x, y))) (reached.add(x), (grew = true));
      }
      expect(reached.size).toBe(group.length);
    }
    expect(grouped).toBeGreaterThan(200);
  });

  it("finds every republished copy (the same story with its last paragraph trimmed)", () => {
    let copies = 0;
    ids.forEach((a, i) => {
      ids.forEach((b, j) => {
        const ta = texts.get(a) as string;
        const tb = texts.get(b) as string;
        if (i === j || tb.length < 200 || !ta.startsWith(tb)) return;
        copies++;
        expect(roots[i]).toBe(roots[j]);
      });
    });
    expect(copies).toBeGreaterThan(50);
  });

  it("gives the same groups as a map of article ids, whatever the order of the texts", () => {
    const groups = syndicationGroups(texts);
    const reversed = syndicationGroups(new Map([...texts].reverse()));
    expect(reversed).toEqual(groups);
    ids.forEach((id, i) => expect(groups.get(id)).toBe(ids[roots[i] as number]));
  });

  it("finds the same copies on a worker thread, from fingerprints handed over without copying", async () => {
    const packed = packFingerprints(prints);
    const fromWorker = await new Promise<Int32Array>((resolve, reject) => {
      const worker = new Worker(join(process.cwd(), "dist/copies-worker.cjs"), { workerData: packed, transferList: [packed.hashes.buffer, packed.offsets.buffer, packed.signatures.buffer] as ArrayBuffer[] });
      worker.once("message", (r: Int32Array) => (resolve(r), void worker.terminate()));
      worker.once("error", reject);
    });
    expect(packed.hashes.length).toBe(0); // handed over, not copied
    expect([...fromWorker]).toEqual([...roots]);
  });
});
