import { describe, expect, it } from "vitest";
import { beforePunctuation, dollarOf, findClaims, firstPiece, kOf } from "../../src/extract/claims.js";

const subjects = (text: string) => findClaims(text, 0).filter((c) => c.figure?.kind === "percent").map((c) => c.figure?.subject ?? null);

describe("percentages", () => {
  it("a share of something else is not a trade figure, even in a sentence about trade", () => {
    expect(subjects("They set a trade target of 20 billion USD and will finish the remaining 16% of land border demarcation.")).toEqual([null]);
  });

  it("a rate of change has its own subject", () => {
    expect(subjects("Trade stood at 10.57 billion U.S. dollars in 2022, up 13 percent from the previous year.")).toEqual(["trade growth"]);
  });

  it("a share of trade stays a trade figure", () => {
    expect(subjects("Rice made up 17.8 per cent of trade in 2024.")).toEqual(["trade"]);
  });
});

describe("plans", () => {
  it.each(["They will finalise the 2026-2030 action plan.", "They will draw up an action plan for the 2026-2030 period.", "They adopted an action plan for 2026–30.", "They signed the 2026-2030 Action Plan.", "An Action Plan for 2026-2030 was adopted."])("%s names the 2026-2030 action plan", (text) => {
    expect(findClaims(text, 0).filter((c) => c.kind === "mechanism").map((c) => c.text)).toEqual(["2026-2030 action plan"]);
  });
});

describe("mechanisms", () => {
  it.each([
    ["They co-chaired the 6th meeting of the Joint Commission.", "6th meeting of the Joint Commission"],
    ["They attended the 12th session of the Intergovernmental Committee.", "12th meeting of the Intergovernmental Committee"],
  ])("%s names %s", (text, expected) => {
    expect(findClaims(text, 0).filter((c) => c.kind === "mechanism").map((c) => c.text)).toEqual([expected]);
  });
});

describe("quantities", () => {
  it("reads an amount with its unit, what it counts, and its scope", () => {
    const [c] = findClaims("The Philippines bought around 3.2 million tonnes of Vietnamese rice in the first half of this year.", 0);
    expect(c?.figure).toMatchObject({ kind: "quantity", amount: 3_200_000, unit: "tonne", approximate: true, subject: "rice", scope: "in the first half of this year" });
    expect(c?.surface).toBe("3.2 million tonnes");
  });

  it("is not money", () => {
    expect(findClaims("Exports reached 500,000 tons and US$2 billion.", 0).map((c) => c.figure?.kind)).toEqual(["quantity", "money"]);
  });
});

describe("currencies", () => {
  const money = (text: string, dollar?: string) => findClaims(text, 0, dollar).filter((c) => c.figure?.kind === "money").map((c) => [c.figure?.currency, c.figure?.amount]);

  it("reads symbols, codes and words of many currencies", () => {
    expect(money("Curbs hit A$20 billion (US$12.8 billion) of goods.")).toEqual([["AUD", 20e9], ["USD", 12.8e9]]);
    expect(money("Sales reached 87.1 billion yen last year.")).toEqual([["JPY", 87.1e9]]);
    expect(money("A credit line of 500 million rupees was agreed.")).toEqual([["INR", 500e6]]);
    expect(money("Trade stood at £3 billion.")).toEqual([["GBP", 3e9]]);
    expect(money("Restrictions once affected $20b worth of goods.")).toEqual([["USD", 20e9]]);
  });

  it("reads ¥ as yen where the sentence is about Japan, as yuan elsewhere", () => {
    expect(money("Japanese seafood sales to China were worth ¥81.7 billion.")).toEqual([["JPY", 81.7e9]]);
    expect(money("Chinese investment reached ¥5 billion.")).toEqual([["CNY", 5e9]]);
  });

  it("reads a bare $ as the outlet's own dollar, and marked dollars as written", () => {
    expect(money("Trade is worth $300 billion.", dollarOf("Australia/Sydney"))).toEqual([["AUD", 300e9]]);
    expect(money("Trade is worth $300 billion and US$190 billion of it is exports.", dollarOf("Asia/Singapore"))).toEqual([["SGD", 300e9], ["USD", 190e9]]);
    expect(dollarOf("Europe/London")).toBe("USD");
    expect(dollarOf(null)).toBe("USD");
  });
});

describe("figures in outlets beyond the first corpus", () => {
  const figures = (text: string, dollar = "USD", k: string | null = null) => findClaims(text, 0, dollar, k).flatMap((c) => (c.figure ? [c.figure] : []));

  it("a figure a bound is given as is approximate (`exceeded 4 billion`)", () => {
    expect(figures("Mutual trade exceeded 4 billion US dollars in January–October this year.")[0]).toMatchObject({ amount: 4e9, approximate: true, subject: "trade" });
  });

  it("names the subject as a whole word (`said` is no aid); goods exchanged are trade", () => {
    expect(figures("Egypt and Turkey exchanged about $6.6 billion in goods last year, both leaders said.")[0]).toMatchObject({ subject: "trade" });
    expect(figures("He said $2 billion would come.")[0]?.subject).toBeNull();
  });

  it("reads a K before a figure as the local currency where the outlet is, and only there", () => {
    expect(figures("The deal will bring K200 million in support.", "USD", kOf("Pacific/Port_Moresby"))[0]).toMatchObject({ amount: 2e8, currency: "PGK" });
    expect(figures("The deal will bring K200 million in support.", "USD", kOf("Europe/London"))).toEqual([]);
  });
});

describe("counts", () => {
  const counts = (text: string) => findClaims(text, 0).filter((c) => c.figure?.kind === "quantity").map((c) => [c.figure?.amount, c.figure?.unit, c.figure?.subject]);

  it("agreements are counted alike whatever they are called, with a word between", () => {
    expect(counts("They signed 15 cooperation agreements and exchanged 3 MoUs.")).toEqual([
      [15, "agreement", "agreements"],
      [3, "agreement", "agreements"],
    ]);
  });

  it("aircraft, troops and hours have subjects of their own; a year is not a count", () => {
    expect(counts("Airbus sold 160 aircraft; about 240 Indian soldiers marched; the talks lasted 5 hours. In 2022 documents were lost.")).toEqual([
      [160, "aircraft", "aircraft"],
      [240, "soldier", "troops"],
      [300, "minute", "duration"],
    ]);
  });

  it("reads how long talks lasted, in figures or words, in minutes, and only when the words say it is their length", () => {
    expect(counts("The conversation lasted almost one and a half hours.")).toEqual([[90, "minute", "duration"]]);
    expect(counts("They spoke by phone for nearly 90 minutes.")).toEqual([[90, "minute", "duration"]]);
    expect(counts("After a 45-minute call and two-hour talks, they met for an hour and a half, and then for half an hour in all.").map((c) => c[0])).toEqual([45, 120, 90, 30]);
    expect(counts("A four-and-a-half-hour informal meeting followed.")).toEqual([[270, "minute", "duration"]]);
    expect(counts("The visit was confirmed about an hour before it began, 24 hours after the call.")).toEqual([]);
  });

  it("reads counts of agreements written in words, but not a part of a count", () => {
    expect(counts("Eight agreements were signed after the talks, and the leaders witnessed the signing of nine memoranda of understanding.")).toEqual([
      [8, "agreement", "agreements"],
      [9, "agreement", "agreements"],
    ]);
    expect(counts("They adopted three cooperation documents and 12 cooperation agreements.")).toEqual([
      [3, "agreement", "agreements"],
      [12, "agreement", "agreements"],
    ]);
    // (China and Japan's `four political documents` are a set named by its number, not a signing.)
    expect(counts("Xi said the two should stick to the principles of their four political documents.")).toEqual([]);
    expect(counts("The leaders issued a joint statement together with two further documents.")).toEqual([]);
    expect(counts("Two sides agreed to deepen ties.")).toEqual([]);
    // Tens and tens with units: the whole number, never its last word alone.
    expect(counts("Pakistan and Turkiye have signed twenty-four agreements and memorandums of understanding.")).toEqual([[24, "agreement", "agreements"]]);
    expect(counts("Thirty agreements were signed.")).toEqual([[30, "agreement", "agreements"]]);
    // Capitalised as a document's name: `seven Memoranda of Understanding`.
    expect(counts("The two sides signed seven Memoranda of Understanding (MoUs) after the talks.")).toEqual([[7, "agreement", "agreements"]]);
    // Prisoners exchanged are counted too.
    expect(counts("Russia and Ukraine will also swap 175 prisoners each.")).toEqual([[175, "prisoner", "prisoners"]]);
    expect(counts("They signed some forty-odd agreements.")).toEqual([]);
    // Signed in a sentence that also sets a target: the count is of what was signed.
    expect(findClaims("The leaders agreed to lift trade to $5 billion as officials signed 26 agreements.", 0).filter((c) => c.figure?.unit === "agreement").map((c) => c.figure?.status)).toEqual(["achieved"]);
  });

  it("counts groups of people, with the nationality that names the group as the subject", () => {
    expect(counts("Chile hosts some 1.8 million Peruvian migrants and refugees, while about 2.1 million Peruvians have left in all.")).toEqual([
      [1_800_000, "person", "Peruvians"],
      [2_100_000, "person", "Peruvians"],
    ]);
    expect(counts("Lebanon is home to more than 1.5 million registered Syrian refugees and 250,000 Japanese residents.")).toEqual([
      [1_500_000, "person", "Syrians"],
      [250_000, "person", "Japanese"],
    ]);
    // People no nationality names are counted with no subject: two such counts never conflict.
    expect(counts("Nepal, a country of about 30 million people, and its 60,000 inhabitants of the valley.")).toEqual([
      [30_000_000, "person", null],
      [60_000, "person", null],
    ]);
    // An incident's handful of people is no group's count.
    expect(counts("Twelve people were hurt and 40 people were evacuated.")).toEqual([]);
    expect(findClaims("The diaspora of 3.5 million Indians is the largest.", 0).map((c) => c.text)).toEqual(["Indians 3.5 million person"]);
  });

  it("counts aircraft and drones past a maker's and a model's name", () => {
    expect(counts("India plans to buy 31 MQ-9B SeaGuardian armed drones, and the airline ordered 50 Boeing 737 MAX jets.")).toEqual([
      [31, "drone", "drones"],
      [50, "aircraft", "aircraft"],
    ]);
    expect(counts("In 2023 Airbus jets flew; 12 Chinese Foreign Ministry officials attended.")).toEqual([]);
  });

  it("agreements referred to or hoped for are no count; drones launched in war and a date before a unit are no figure", () => {
    expect(counts("Neither of the two trade deals was signed, and they reviewed the two agreements reached in 2019.")).toEqual([]);
    expect(counts("Officials had hoped for three agreements but none were signed.")).toEqual([]);
    expect(counts("On 1 June Ukrainian drones struck four airfields; since 24 February Russian aircraft have struck daily.")).toEqual([]);
    expect(counts("Overnight, Russia launched 479 drones at Ukrainian cities.")).toEqual([]);
  });

  it("a half-hour call lasted thirty minutes", () => {
    expect(counts("She held a half-hour phone call with the president-elect.")).toEqual([[30, "minute", "duration"]]);
  });

  it("notes the side of a bound (`more than`, `nearly`)", () => {
    const bounds = (text: string) => findClaims(text, 0).map((c) => c.figure?.bound ?? null);
    expect(bounds("The talks lasted more than four hours in all.")).toEqual(["at least"]);
    expect(bounds("Trade exceeded US$4 billion, and the talks lasted nearly five hours.")).toEqual(["at least", "at most"]);
    expect(bounds("Trade reached about US$4 billion.")).toEqual([null]);
  });
});

describe("currencies written out", () => {
  it.each([
    ["38.6 billion Canadian dollars", "CAD"],
    ["100 million rand", "ZAR"],
    ["5 billion riyals", "SAR"],
    ["2 billion rubles", "RUB"],
    ["R$194 million", "BRL"],
  ])("%s is in %s", (text, code) => {
    expect(findClaims(`Canada pledged ${text} for the programme.`, 0).map((c) => c.figure?.currency)).toEqual([code]);
  });
});

describe("US $ with a space", () => {
  it("is US dollars, and a bound before it still bounds it", () => {
    const [figure] = findClaims("Trade in goods came to more than US $760 billion last year.", 0).map((c) => c.figure);
    expect(figure).toMatchObject({ amount: 760e9, currency: "USD", bound: "at least", subject: "trade" });
  });
});

describe("trade by other names", () => {
  it("the commercial relationship of two countries, and commerce, are trade", () => {
    const subjects = (text: string) => findClaims(text, 0).map((c) => c.figure?.subject);
    expect(subjects("The commercial relationship between Mexico and the U.S. — worth some US $780 billion in 2021 — matters.")).toEqual(["trade"]);
    expect(subjects("Commerce between the two reached $12 billion last year.")).toEqual(["trade"]);
    expect(subjects("Germany earmarked €53 million for the Amazon Fund.")).toEqual([null]);
    expect(subjects("The U.S. Chamber of Commerce estimated the tariffs would cost $5 billion.")).toEqual([null]);
    expect(subjects("Commerce Secretary Howard Lutnick said the $2 billion fund was ready.")).toEqual([null]);
  });
});

describe("a balance of trade", () => {
  it("is a surplus or a deficit, not the trade's volume", () => {
    const money = (text: string) => findClaims(text, 0).filter((c) => c.figure?.kind === "money").map((c) => c.figure?.subject ?? null);
    expect(money("India's goods trade with the US was about $129 billion in 2024, with New Delhi running a surplus of $45.7 billion.")).toEqual(["trade", "surplus"]);
    expect(money("France's trade deficit with China stood at €46 billion last year.")).toEqual(["deficit"]);
    // Only a balance that governs the amount: elsewhere in the sentence, the volume is still trade.
    expect(money("Bilateral trade, which is in deficit for Vietnam, reached $50 billion.")).toEqual(["trade"]);
    expect(money("The trade deficit narrowed as two-way trade reached $50 billion.")).toEqual(["trade"]);
  });
});


describe("pieces of text, as a split would cut them", () => {
  const samples = ["", ",", "a", "a,b", "2025, trade", "in 2025; more", "in 2025. More", "no marks", ";.,", " , ", "a.b,c;d", "$5 billion in 2030", "…,", "x\n,y"];

  it("beforePunctuation is the first piece of a split at `,`, `;` or `.`", () => {
    for (const text of samples) expect(beforePunctuation(text)).toBe(text.split(/[,;.]/)[0]);
  });

  it("firstPiece is the first piece of a split at the separator of an agreement's clause", () => {
    const separator = /,\s*(?:and\s+)?|\s+and\s+(?=[a-z]+\s)/;
    const clauses = [
      ...samples,
      "expand trade, and boost investment",
      "expand trade and boost investment",
      "expand trade and Boost investment",
      "expand trade and boost",
      "expand trade,and boost",
      "expand trade  and  cooperation in energy, and more",
      "deepen ties and\tcooperate in\nenergy",
      "and then, and",
    ];
    for (const text of clauses) expect(firstPiece(text, separator)).toBe(text.split(separator)[0]);
  });
});
