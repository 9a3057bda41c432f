import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/synthetic.mjs";
import { COPY_CONTAINMENT, copyGroupsAmong, fingerprint } from "../../src/cluster/copies.js";
import { sortedContainment } from "../../src/cluster/content.js";
import { packArrays } from "../../src/normalise/packed.js";

const { articles, meetings } = generateCorpus({ articles: 1500, seed: 23 });
const texts = new Map(articles.map((a) => [a.id, a.text]));
const ids = [...texts.keys()].sort();
const indexOf = new Map(ids.map((id, i) => [id, i]));
const prints = ids.map((id) => fingerprint(texts.get(id) ?? ""));
const isCopy = (a: number, b: number) => sortedContainment(prints[a]?.hashes as Uint32Array, prints[b]?.hashes as Uint32Array) >= COPY_CONTAINMENT;
const packed = packArrays(prints.map((p) => p.hashes));
const everyPrint = Int32Array.from(ids, (_, i) => i);

/** The pairs of articles of one meeting: those clustering compares, since they report the same people. */
function meetingPairs(): { first: number[]; second: number[] } {
  const first: number[] = [];
  const second: number[] = [];
  for (const m of meetings) {
    const members = m.articles.map((id) => indexOf.get(id) as number).sort((x, y) => x - y);
    members.forEach((a, i) => members.slice(i + 1).forEach((b) => (first.push(a), second.push(b))));
  }
  return { first, second };
}

describe("wire copies among compared pairs", () => {
  const { first, second } = meetingPairs();
  const groups = copyGroupsAmong(ids, first, second, packed, everyPrint);

  it("groups only articles joined by copies among the pairs, each group under its smallest article id", () => {
    const members = new Map<string, number[]>();
    for (const [id, root] of groups) (members.get(root) ?? members.set(root, []).get(root))?.push(indexOf.get(id) as number);
    const pairs = new Set(first.map((a, p) => `${a} ${second[p]}`));
    let grouped = 0;
    for (const [root, group] of members) {
      expect(ids[Math.min(...group)]).toBe(root);
      if (group.length < 2) continue;
      grouped += group.length;
      // Connected through given pairs whose containment passes the test.
      const reached = new Set([indexOf.get(root) as number]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const x of group) {
          if (reached.has(x)) continue;
          if ([...reached].some((y) => pairs.has(`${Math.min(x, y)} ${Math.max(x, y)}`) && isCopy(x, y))) (reached.add(x), (grew = true));
        }
      }
      expect(reached.size).toBe(group.length);
    }
    expect(grouped).toBeGreaterThan(200);
    expect(groups.size).toBe(ids.length);
  });

  it("finds every republished copy (the same story with its last paragraph trimmed)", () => {
    let copies = 0;
    for (const m of meetings) {
      for (const a of m.articles) {
        for (const b of m.articles) {
          const ta = texts.get(a) as string;
          const tb = texts.get(b) as string;
          if (a === b || tb.length < 200 || !ta.startsWith(tb)) continue;
          copies++;
          expect(groups.get(a)).toBe(groups.get(b));
        }
      }
    }
    expect(copies).toBeGreaterThan(50);
  });

  it("does not join articles of different meetings that no pair compares, however alike their wording", () => {
    const meetingOf = new Map<string, string>();
    for (const m of meetings) for (const a of m.articles) if (!meetingOf.has(a)) meetingOf.set(a, m.id);
    const roundUps = new Set(meetings.flatMap((m) => m.articles).filter((a, i, all) => all.indexOf(a) !== i));
    for (const [id, root] of groups) if (!roundUps.has(id) && !roundUps.has(root)) expect(meetingOf.get(id)).toBe(meetingOf.get(root));
  });

  it("gives the same groups whatever the order of the pairs", () => {
    const order = first.map((_, p) => p).sort((p, q) => ((p * 7919) % 1009) - ((q * 7919) % 1009) || p - q);
    const shuffled = copyGroupsAmong(
      ids,
      order.map((p) => first[p] as number),
      order.map((p) => second[p] as number),
      packed,
      everyPrint,
    );
    expect(shuffled).toEqual(groups);
  });

  it("finds a short copy inside a long story, which a similarity of the whole texts would miss", () => {
    const story = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} tells how the delegations reviewed item number ${i * 37} of the agenda in detail.`).join("\n\n");
    const short = story.split("\n\n").slice(0, 3).join("\n\n");
    const other = "A different story about a harbour festival, with boats and music and crowds along the quay all day long.";
    const local = new Map([
      ["a-long", story],
      ["b-short", short],
      ["c-other", other],
    ]);
    const localIds = [...local.keys()];
    const got = copyGroupsAmong(localIds, [0, 0, 1], [1, 2, 2], packArrays(localIds.map((id) => fingerprint(local.get(id) ?? "").hashes)), Int32Array.of(0, 1, 2));
    expect(got.get("b-short")).toBe("a-long");
    expect(got.get("c-other")).toBe("c-other");
  });
});
