import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findTriggers, lowerSameLength, TRIGGER_PATTERNS } from "../../src/extract/triggers.js";

const corpusDir = join(__dirname, "..", "..", "test-corpus", "articles");

/** Every sentence-like piece of the test corpus's articles, as written, in capitals and in lower case. */
function sampleSentences(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(corpusDir)) {
    const raw = readFileSync(join(corpusDir, file), "utf8");
    const text = file.endsWith(".json") ? String(JSON.parse(raw).text ?? "") : raw;
    for (const piece of text.split(/\n+|(?<=[.!?])\s+/)) if (piece.trim()) out.push(piece, piece.toUpperCase(), piece.toLowerCase());
  }
  return out;
}

describe("trigger patterns", () => {
  it("each pattern's required words are in every sentence it matches", () => {
    const sentences = [
      ...sampleSentences(),
      "Minister Son meets ROK Foreign Minister Park Jin, 13/7.",
      "He met Wang Yi. They sat down together. She paid a courtesy call on the King and called on Hun Manet.",
      "The ministers held a phone call; talks were held; their talks went well; talks between the two; during his working session.",
      "Meeting his counterpart, he hosted visiting ministers and received Him.",
      "They dined with the King, had a working lunch with Scholz and had dinner together.",
    ];
    let matched = 0;
    for (const { re, needs, lower: onLower } of TRIGGER_PATTERNS) {
      for (const s of sentences) {
        re.lastIndex = 0;
        if (!re.test(onLower ? s.toLowerCase() : s)) continue;
        matched++;
        const lower = s.toLowerCase();
        expect(needs.some((w) => lower.includes(w)), `${re} on ${JSON.stringify(s)}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(400);
  });

  it("reads meals with someone as meetings, not a dinner given for many or one to come", () => {
    expect(findTriggers("On Friday, Ruto dined with Museveni at State House.").map((t) => [t.surface, t.form])).toEqual([["dined with", "with"]]);
    expect(findTriggers("Sánchez had a working lunch with Lula in Madrid.").map((t) => [t.surface, t.form])).toEqual([["had a working lunch with", "with"]]);
    expect(findTriggers("Albanese and Luxon had dinner together in Wellington.").map((t) => [t.surface, t.form])).toEqual([["had dinner together", "joint"]]);
    expect(findTriggers("Leaders attended a state dinner hosted by the King.")).toEqual([]);
    expect(findTriggers("Ruto will have dinner with Museveni on Friday.")).toEqual([]);
  });

  it("finds `meets` in a caption", () => {
    expect(findTriggers("Minister Bui Thanh Son meets ROK Foreign Minister Park Jin, 13/7.").map((t) => t.surface)).toEqual(["meets"]);
  });
});

describe("case", () => {
  it("reads triggers and their context whatever their case, with spans in the text as written", () => {
    const text = "İstanbul: PRESIDENT ERDOĞAN MET WITH Chancellor Scholz.";
    const [t] = findTriggers(text);
    expect(t?.surface).toBe("MET WITH");
    expect(text.slice(...(t?.span ?? [0, 0]))).toBe("MET WITH");
    expect(findTriggers("Present during the talks were the two foreign ministers.")).toEqual([]);
    expect(findTriggers("The Minister Will Meet With Wang Yi next week.")).toEqual([]);
  });

  it("lower-cases character for character", () => {
    expect(lowerSameLength("İzmir ABC")).toBe("İzmir abc");
    expect(lowerSameLength("Đà Nẵng")).toBe("đà nẵng");
  });
});

describe("meetings to come, and earlier ones, told around a trigger", () => {
  const surfaces = (s: string) => findTriggers(s).map((t) => t.surface);

  it("`agreed to keep communicating …, including talks between` names the talks agreed on, to come", () => {
    expect(surfaces("The two sides agreed to keep communicating at various levels, including talks between the foreign ministers.")).toEqual([]);
    // An agreement reached at talks is not that.
    expect(surfaces("The two sides agreed to expand trade during talks in Hanoi on Monday.")).toEqual(["during talks"]);
    // A Gulf agency's day and place without commas, before the guest's style.
    expect(surfaces("His Royal Highness the Crown Prince received today at Al-Salam Palace in Jeddah His Excellency Volodymyr Zelenskyy, President of Ukraine.")).toEqual(["received today at Al-Salam Palace in Jeddah "]);
    expect(surfaces("The ministry received today at noon a letter from the embassy.")).toEqual([]);
    // The present perfect with `also` and no day tells what happened before the news.
    expect(surfaces("Leo has also spoken by phone with Ukrainian President Volodymyr Zelenskyy, who has invited him to visit Ukraine.")).toEqual([]);
    expect(surfaces("Leo has also spoken by phone with Ukrainian President Volodymyr Zelenskyy on Wednesday.")).toEqual(["spoken by phone with"]);
    // The `in` of a verb (`lock in`, `pencil in`) is no meeting's.
    expect(surfaces("Officials had been working for weeks to lock in the meeting, which the government saw as its best chance.")).toEqual([]);
    expect(surfaces("They agreed in the meeting to expand trade.")).toEqual(["in the meeting"]);
  });

  it("two people named as signing a treaty or pact together tell a meeting; a country signing one does not", () => {
    expect(surfaces("Later that day he and North Korean leader Kim Jong Un signed a comprehensive strategic partnership treaty.")).toEqual(["signed a comprehensive strategic partnership treaty"]);
    expect(surfaces("Vietnam signed the treaty in 1982.")).toEqual([]);
    expect(surfaces("He signed a decree and a treaty.")).toEqual([]);
  });

  it("a sentence that opens `After talks` tells those talks; `after talks` within a clause may be an earlier meeting", () => {
    // (Signing a joint statement is a trigger of its own, which tells a meeting only of people the sentence names.)
    expect(findTriggers("After talks at the Palace of Serbia, the two leaders signed a joint statement.").map((t) => [t.surface, t.form])).toEqual([["After talks", "joint"], ["signed a joint statement", "joint"]]);
    expect(surfaces("After their two-hour meeting, the presidents signed 28 agreements.")).toEqual(["After their two-hour meeting"]);
    // `with` names the other side: the `with` form reads it.
    expect(findTriggers("After talks with Vucic, Xi left for Budapest.").map((t) => t.form)).toEqual(["with"]);
    expect(surfaces("Ties have improved, after talks in Belgrade in May.")).toEqual([]);
    expect(surfaces("After talks collapsed in 2019, the two sides froze ties.")).toEqual([]);
    expect(surfaces("After failed talks, the two leaders left.")).toEqual([]);
    // A participle tells a meeting as well as a verb does; one looked forward to does not.
    expect(surfaces("Macron on Tuesday swapped the Elysée for a mountain pass, hosting Chinese leader Xi Jinping at the Col du Tourmalet.")).toEqual(["hosting "]);
    expect(surfaces("Albanese said he looked forward to hosting PM Marape in Australia next year.")).toEqual([]);
    // As a clause of its own only: `is hosting Xi on Friday` is to come, `receiving investment` no meeting.
    expect(surfaces("Macron is hosting Chinese President Xi Jinping at the Elysee Palace on Friday.")).toEqual([]);
    expect(surfaces("Paris is receiving Chinese investment.")).toEqual([]);
    // Weeks after an earlier meeting, whoever is named with a title's dot.
    expect(surfaces("The visit comes six weeks after Mr. Modi travelled to Moscow for the annual summit with President Vladimir Putin.")).toEqual([]);
    // A meeting counted (`the first … meeting between`) was held, unless the clause puts it ahead.
    expect(surfaces("Biden came to Mexico City on Monday for the first bilateral meeting between the two leaders on Mexican soil.")).toEqual(["the first bilateral meeting between"]);
    expect(surfaces("The first meeting between the two leaders is expected next month.")).toEqual([]);
    // A programme that foresaw a meeting, or a planned one, tells no meeting held.
    expect(surfaces("Later on Monday, the President's programme in Rome foresaw a meeting with Italian Prime Minister Giorgia Meloni.")).toEqual([]);
    expect(surfaces("As planned, Chinese President Xi Jinping met Serbian President Aleksandar Vucic in Belgrade on Wednesday.")).toEqual(["met"]);
    expect(surfaces("The planned meeting with Putin was called off.")).toEqual([]);
    expect(surfaces("Xi said he looked forward to meeting Vucic again, after the two held talks.")).toEqual(["held talks"]);
    // `after which` tells what came next, not an earlier meeting.
    expect(surfaces("Modi was received with military honours on Thursday, after which the two leaders held talks.")).toEqual(["held talks"]);
  });

  it("`to clear the way for a meeting` is a meeting to come; `paved the way for talks` may have been held", () => {
    expect(surfaces("The deal appeared timed to clear the way for a meeting between the two leaders.")).toEqual([]);
    expect(surfaces("The deal paved the way for talks between Modi and Xi in Kazan on Wednesday.")).toEqual(["talks between"]);
  });

  it("`a statement released after A met B` tells the meeting; `relations improved after A met B` mentions it in passing", () => {
    expect(surfaces("The two countries agreed to restore ties, according to a joint statement released after President Hassan Sheikh Mohamud met Prime Minister Abiy Ahmed on Saturday.")).toEqual(["met"]);
    expect(surfaces("Relations improved after President Hassan Sheikh Mohamud met Prime Minister Abiy Ahmed in Ankara.")).toEqual([]);
  });

  it("`spoke with Trump twice on Feb. 3` tells calls counted, not one; a `will` that governs the sentence makes its talks to come", () => {
    expect(surfaces("Trudeau spoke with Trump twice on Feb. 3, securing a pause.")).toEqual([]);
    expect(surfaces("Xi has met Russian President Vladimir Putin dozens of times.")).toEqual([]);
    expect(surfaces("Xi met Biden on Monday, a year after Biden had visited Beijing twice.")).toEqual(["met"]);
    expect(surfaces("Trump will visit Al Udeid Air Base on Thursday before heading to the United Arab Emirates for talks with President Mohamed bin Zayed.")).toEqual([]);
    // Not a `will` whose clause ends before a verb of the past.
    expect(surfaces("The minister will brief the cabinet on the results of the long trip across the region later this week, and he said that on Monday Tamim held talks with Modi.")).toEqual(["talks with"]);
  });

  it("`since Zelensky's Oval Office meeting with Trump` mentions an earlier meeting, past a possessive", () => {
    expect(surfaces("Relations have been strained since Zelensky's Oval Office meeting with Trump on 28 February.")).toEqual([]);
  });

  it("`following a meeting between A and B` tells an earlier one; `was welcomed with full honors by X` is a meeting, not at the airport", () => {
    expect(surfaces("The date was agreed a week beforehand, following a meeting between Putin and Witkoff in Moscow.")).toEqual([]);
    expect(surfaces("In Budapest on Thursday, Netanyahu was welcomed with full military honors by Prime Minister Viktor Orban.")).toEqual(["was welcomed with full military honors by"]);
    expect(surfaces("Netanyahu was welcomed at the airport by Foreign Minister Peter Szijjarto.")).toEqual([]);
  });

  it("`the final stretch of talks with X`, `months of talks with X` tell a negotiation, not one meeting", () => {
    expect(surfaces("Goyal, who led the Indian side in the final stretch of talks with Business Secretary Jonathan Reynolds, welcomed the deal.")).toEqual([]);
    expect(surfaces("The deal came after months of talks with the Gulf states.")).toEqual([]);
    expect(surfaces("Goyal held two days of talks with Business Secretary Jonathan Reynolds in London.")).toEqual(["talks with"]);
  });

  it("`a meeting with Putin would likely take place in Saudi Arabia` is to come", () => {
    expect(surfaces("Trump said a first in-person meeting with Putin would likely take place in Saudi Arabia.")).toEqual([]);
  });

  it("the past perfect tells an earlier meeting, also with `already`; after `said … he` it is the story's own", () => {
    expect(surfaces("Ishiba had already held talks with Chinese Premier Li Qiang in Vientiane last month.")).toEqual([]);
    expect(surfaces("Trump said on Wednesday he had held a long phone call with Russian President Vladimir Putin.")).toEqual(["phone call with"]);
    expect(surfaces("Vučić said on Sunday that he had held a good and open conversation by telephone with Putin.")).toEqual(["conversation by telephone with"]);
  });
});

describe("first meetings, wishes and trips to come", () => {
  const surfaces = (s: string) => findTriggers(s).map((t) => t.surface);
  it("`first spoke … on May 12` is their first call, before the story's; `first met in person on Monday` may be the story's", () => {
    expect(surfaces("The two first spoke by phone on May 12, four days after the conclave.")).toEqual([]);
    expect(surfaces("Biden and Xi first met in 2011, when both were vice presidents.")).toEqual([]);
    expect(surfaces("The two leaders first met in person on Monday in Bali.")).toEqual(["met"]);
  });

  it("`had confirmed his willingness to host talks` holds none; `When X travels to Istanbul on Friday for talks` is to come", () => {
    expect(surfaces("Meloni later said the Pope had confirmed his willingness to host talks at the Vatican.")).toEqual([]);
    expect(surfaces("When Prime Minister Nikol Pashinyan travels to Istanbul on Friday for talks with President Erdoğan, he will make history.")).toEqual([]);
    expect(surfaces("Pashinyan had a round of talks in Istanbul.")).toEqual(["had a round of talks"]);
  });
});

describe("calls told with the day between verb and phone", () => {
  it("`spoke today by phone with` and `a conversation by telephone with`", () => {
    // (Read with its `with`, which names the other side.)
    expect(findTriggers("President Biden spoke today by phone with President Xi.").map((t) => [t.surface, t.mode])).toEqual([["spoke today by phone with", "phone"]]);
    expect(findTriggers("Vučić had a conversation by phone with Putin.").map((t) => [t.surface, t.mode])).toEqual([["conversation by phone with", "phone"]]);
  });
});
