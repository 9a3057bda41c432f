import { describe, expect, it } from "vitest";
import { extractReports } from "../../src/extract/extract-reports.js";

const roundup = {
  id: "roundup",
  outlet: "Example Wire",
  text: [
    "BEIJING — Bùi Thanh Sơn, Vietnam's Deputy Prime Minister and Foreign Minister, spent Thursday and Friday in China's Yunnan Province for a string of talks held alongside the 10th Lancang-Mekong Cooperation Foreign Ministers' Meeting.",
    "",
    "At his meeting with Wang Ning, the Yunnan Party Secretary, both sides reviewed trade, which reached US$3.13 billion in 2024.",
    "",
    "Wang said Yunnan would open more border gates.",
    "",
    "At his meeting with Cambodian Foreign Minister Prak Sokhonn, Sơn welcomed the outcomes of the phone call the two countries' party leaders had on Thursday.",
    "",
    "![]() |",
    "Photo: VNA |",
    "Sơn will hold talks with the Lao foreign minister next month.",
  ].join("\n"),
};

describe("extractReports", () => {
  const reports = extractReports(roundup);

  it("finds each meeting of a round-up, not the announced one", () => {
    expect(reports.map((r) => r.participants.map((p) => p.name))).toEqual([
      ["Bùi Thanh Sơn", "Wang Ning"],
      ["Bùi Thanh Sơn", "Prak Sokhonn"],
    ]);
  });

  it("resolves weekday dates through the occasion when the article has no publication date", () => {
    for (const r of reports) {
      expect(r.date.value).toBe("2025-08-14/2025-08-15");
      expect(r.date.basis).toBe("occasion");
    }
  });

  it("takes the venue from the text, not the dateline", () => {
    const r = reports[0];
    expect(r?.dateline?.place?.city).toBe("Beijing");
    expect(r?.location.value?.country).toBe("CN");
    expect(r?.location.value?.region).toBe("Yunnan");
  });

  it("names the occasion and its span", () => {
    const r = reports[0];
    expect(r?.occasion?.value).toBe("10th Lancang-Mekong Cooperation Foreign Ministers' Meeting");
    expect(roundup.text.slice(r?.occasion?.span[0], r?.occasion?.span[1])).toContain("Lancang-Mekong");
  });

  it("normalises figures with their span", () => {
    const fig = reports[0]?.claims.find((c) => c.kind === "figure");
    expect(fig?.figure).toMatchObject({ kind: "money", amount: 3.13e9, currency: "USD", subject: "trade" });
    expect(roundup.text.slice(fig?.span[0], fig?.span[1])).toBe("US$3.13 billion");
  });

  it("resolves short forms within the article and keeps every mention's span", () => {
    const son = reports[1]?.participants.find((p) => p.key === "bui thanh son");
    expect(son?.country).toBe("VN");
    for (const m of son?.mentions ?? []) expect(roundup.text.slice(m.span[0], m.span[1])).toBe(m.surface);
    expect(son?.mentions.some((m) => m.surface === "Sơn")).toBe(true);
  });

  it("reads a day-first caption date against the occasion", () => {
    const r = extractReports({
      id: "caption",
      text: "Foreign Minister Bui Thanh Son sat down with Thai Foreign Minister Maris Sangiampongsa in Kuala Lumpur on July 8, a day into the 58th ASEAN Foreign Ministers' Meeting.\n![]() |\nMinister Bui Thanh Son meets Cambodian Deputy Prime Minister Prak Sokhonn on 8/7. |",
    });
    expect(r.map((x) => [x.participants[1]?.name, x.date.value])).toEqual([
      ["Maris Sangiampongsa", "2025-07-08"],
      ["Prak Sokhonn", "2025-07-08"],
    ]);
  });

  it("leaves an undated meeting undated, with a reason", () => {
    const [r] = extractReports({ id: "undated", text: "Chinese Foreign Minister Wang Yi and Foreign Minister Bui Thanh Son held talks.\nBoth spoke about the East Sea." });
    expect(r?.date.value).toBeNull();
    expect(r?.date.precision).toBe("unknown");
    expect(r?.date.reason).toBeTruthy();
    expect(r?.location.value).toBeNull();
  });

  it("gives a paragraph that goes back to an earlier meeting to that meeting", () => {
    const [talks, call] = extractReports({
      id: "visit",
      text: [
        "HANOI — Secretary of State Antony Blinken met Foreign Minister Bui Thanh Son on Saturday. Blinken later met Prime Minister Pham Minh Chinh at the government headquarters.",
        "",
        "Blinken told reporters after the talks with Son that two-way trade reached US$138 billion last year.",
      ].join("\n"),
      publishedAt: "2023-04-15",
    });
    expect(talks?.claims.map((c) => c.surface)).toEqual(["US$138 billion"]);
    expect(call?.claims).toEqual([]);
  });

  it.each([
    ["a given name that folds like a Malay honorific", "Vietnamese Foreign Minister Đặng Đức Tuấn held talks with Chinese Foreign Minister Wang Yi in Beijing on August 14.", "Đặng Đức Tuấn"],
    ["a given name that is also a city", "Vietnamese Deputy Prime Minister Trần Xuân Vinh met Chinese Foreign Minister Wang Yi in Beijing on August 14.", "Trần Xuân Vinh"],
    ["a given name spelled like an organisation's acronym", "Vietnamese Minister of Foreign Affairs Phạm Quốc Nam met Chinese Foreign Minister Wang Yi in Beijing on August 14.", "Phạm Quốc Nam"],
  ])("finds a person whose name has %s", (_, text, name) => {
    const [report] = extractReports({ id: "n", text, publishedAt: "2025-08-15" });
    expect(report?.participants.map((p) => p.name)).toContain(name);
  });

  it("still reads an honorific before a name as a title", () => {
    const [report] = extractReports({ id: "h", text: "Malaysian Foreign Minister Tuan Haji Mohamad Hasan met Vietnamese Foreign Minister Bùi Thanh Sơn in Kuala Lumpur on July 8.", publishedAt: "2025-07-09" });
    expect(report?.participants.map((p) => p.name)).toContain("Mohamad Hasan");
  });

  it("finds a name that starts with a capital outside ASCII after lower-case text", () => {
    const [report] = extractReports({
      id: "giang",
      publishedAt: "2025-10-28",
      text: "Thai Foreign Minister Maris Sangiampongsa met Đặng Hoàng Giang, Vietnam's Deputy Foreign Minister, in Bangkok on Monday.",
    });
    expect(report?.participants.map((p) => p.name)).toEqual(["Maris Sangiampongsa", "Đặng Hoàng Giang"]);
    expect(report?.participants[1]?.mentions[0]?.span).toEqual([46, 62]);
  });

  it("throws a TypeError for a non-article", () => {
    expect(() => extractReports({ text: "x" } as never)).toThrow(TypeError);
  });
});
