import { describe, expect, it } from "vitest";
import { endsAsSentence, extractReports, peopleKey } from "../../src/extract/extract-reports.js";
import { compareNames } from "../../src/text/names.js";

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

describe("reports told in other outlets' styles", () => {
  const people = (text: string, publishedAt = "2023-11-08T06:00:00+08:00", timezone = "Asia/Hong_Kong") =>
    extractReports({ id: "a", text, publishedAt, timezone }).map((r) => ({ who: r.participants.map((p) => p.name).sort().join(" + "), date: r.date.value, venue: r.location.value, mode: r.mode }));

  it("a meeting the two co-chaired, or talks with no article, is a meeting", () => {
    expect(people("External Affairs Minister S. Jaishankar and Vietnamese Foreign Minister Bui Thanh Son co-chaired the 18th session of the Joint Commission in Hanoi on Monday.")).toMatchObject([{ who: "Bui Thanh Son + S. Jaishankar", date: "2023-11-06" }]);
    expect(people("Prime Minister Anthony Albanese urged Chinese Premier Li Qiang to lift barriers during talks in Beijing on Tuesday.")).toMatchObject([{ who: "Anthony Albanese + Li Qiang", date: "2023-11-07" }]);
  });

  it("a call told with `in a telephone call` is a phone meeting", () => {
    expect(people("Secretary of State Marco Rubio told Chinese Foreign Minister Wang Yi in a telephone call on Friday that ties must serve both.", "2025-01-25T09:00:00+08:00")).toMatchObject([{ who: "Marco Rubio + Wang Yi", mode: "phone" }]);
  });

  it("`the pair met` and `after the two leaders met` tell the meeting itself", () => {
    const text = "Chinese Premier Li Qiang spoke with Australian Prime Minister Anthony Albanese about trade. The pair met in Beijing on Tuesday.";
    expect(people(text)).toMatchObject([{ who: "Anthony Albanese + Li Qiang" }]);
    expect(people("Premier Li Qiang praised Prime Minister Anthony Albanese, state media said after the two leaders met in Beijing on Tuesday.")).toHaveLength(1);
  });

  it("someone present at the meeting, or a meeting being arranged, is no meeting", () => {
    const text = "President Xi Jinping met with Prime Minister Anthony Albanese in Beijing on Monday. Foreign Minister Wang Yi was present at the meeting. Both sides are arranging a meeting between President Donald Trump and Xi.";
    expect(people(text, "2023-11-06T20:00:00+08:00").map((r) => r.who)).toEqual(["Anthony Albanese + Xi Jinping"]);
  });

  it("`a day after talks with X` dates that meeting a day before the sentence's date", () => {
    const text = "- Anthony Albanese held the annual leaders' meeting with Premier Li Qiang on Tuesday, a day after talks with President Xi Jinping.";
    expect(people(text, "2023-11-07T21:40:00+11:00", "Australia/Sydney")).toEqual([
      { who: "Anthony Albanese + Li Qiang", date: "2023-11-07", venue: null, mode: "in-person" },
      { who: "Anthony Albanese + Xi Jinping", date: "2023-11-06", venue: null, mode: "in-person" },
    ]);
  });

  it("dates a meeting from the story's first sentence of prose, past its headline and bullet points", () => {
    const text = ["# Li and Albanese vow steady ties", "- Premier tells visiting leader Beijing is ready to expand cooperation", "Kelvin Ang", "", "Chinese Premier Li Qiang told Australian Prime Minister Anthony Albanese on Tuesday that ties should be stable.", "", "The pair met in Beijing for the annual leaders' meeting."].join("\n");
    expect(people(text)).toMatchObject([{ who: "Anthony Albanese + Li Qiang", date: "2023-11-07" }]);
  });

  it("a standfirst that gives no date leaves dating to the first sentence after it that names the meeting's people with a date", () => {
    const standfirst = "The libertarian president sat down with the pontiff he once insulted. A round-up of a long day in Rome.";
    const caption = "![](milei.jpg)\n*President Javier Milei and Pope Francis at the Apostolic Palace.*";
    const lead = "President Javier Milei looked at ease on Monday morning as he took his seat opposite the pontiff.";
    expect(people([standfirst, caption, lead].join("\n\n"), "2024-02-13T08:30:00-03:00", "America/Argentina/Buenos_Aires")).toMatchObject([{ who: "Francis + Javier Milei", date: "2024-02-12" }]);
    // A date of a sentence about someone else is not theirs.
    const other = "Foreign Minister Diana Mondino arrived on Monday morning.";
    expect(people([standfirst, caption, other].join("\n\n"), "2024-02-13T08:30:00-03:00", "America/Argentina/Buenos_Aires")).toMatchObject([{ who: "Francis + Javier Milei", date: null }]);
  });

  it("knows buildings where leaders meet, and the city they are in", () => {
    const [r] = extractReports({ id: "a", text: "Prime Minister Anthony Albanese sat down with Premier Li Qiang at the Great Hall of the People today.", publishedAt: "2023-11-07T21:40:00+11:00", timezone: "Australia/Sydney" });
    expect(r?.location.value).toEqual({ site: "Great Hall of the People", city: "Beijing", country: "CN" });
    expect(r?.date.value).toBe("2023-11-07");
  });
});

describe("datelines in other outlets' styles", () => {
  const datelineOf = (text: string) => extractReports({ id: "a", text, publishedAt: "2023-10-17T01:12:00+05:30", timezone: "Asia/Kolkata" })[0]?.dateline?.place ?? null;

  it("an agency credit ends a dateline without a dash", () => {
    expect(datelineOf("Hanoi, Oct 16 (PTI) External Affairs Minister S Jaishankar on Monday held talks with his Vietnamese counterpart Bui Thanh Son here.")).toEqual({ city: "Hanoi", country: "VN" });
  });

  it("a dateline may open the lead below a headline, or stand alone in capitals", () => {
    expect(datelineOf("# Jaishankar holds talks in Hanoi\n\nHanoi, Oct 16 (PTI) External Affairs Minister S Jaishankar on Monday held talks with Bui Thanh Son.")).toEqual({ city: "Hanoi", country: "VN" });
    expect(datelineOf("# India and Vietnam widen ties\n\nSpecial Correspondent\n\nNEW DELHI\n\nExternal Affairs Minister S. Jaishankar held talks with Foreign Minister Bui Thanh Son in Hanoi on Monday.")).toEqual({ city: "New Delhi", country: "IN" });
  });
});

describe("meetings as European and Gulf outlets tell them", () => {
  const pairs = (text: string, publishedAt: string | undefined = "2022-01-19T09:00:00+00:00") =>
    extractReports({ id: "a", text, ...(publishedAt ? { publishedAt } : {}), timezone: "Europe/London" }).map((r) => ({ who: r.participants.map((p) => p.name).sort().join(" + "), date: r.date.value, venue: r.location.value }));

  it("a meeting someone is due at, expected at, or wants, has not happened, abbreviations notwithstanding", () => {
    expect(pairs("US Secretary of State Antony Blinken is due to meet Mr. Lavrov in Geneva on Friday, and German officials say they want to revive talks with Foreign Minister Sergei Lavrov.")).toEqual([]);
    expect(pairs("President Volodymyr Zelensky is expected to meet U.S. President Joe Biden at the White House and hold talks with him.")).toEqual([]);
    expect(pairs("She is due in Moscow on Tuesday for talks with Russian Foreign Minister Sergei Lavrov.")).toEqual([]);
    expect(pairs("French Foreign Minister Jean-Noël Barrot is expected in Algiers on Sunday, 6 April, for talks with Foreign Minister Ahmed Attaf.")).toEqual([]);
  });

  it("`After a meeting with X, Y said` opening a sentence tells that meeting", () => {
    expect(pairs("After a meeting with Foreign Minister Dmytro Kuleba, German Foreign Minister Annalena Baerbock told reporters that Germany stood by Ukraine.", "2022-01-17T18:00:00+02:00")).toMatchObject([{ who: "Annalena Baerbock + Dmytro Kuleba" }]);
  });

  it("`talks in Kyiv with X` names the counterpart after the place", () => {
    expect(pairs("Foreign Minister Annalena Baerbock sat down with Russian Foreign Minister Sergei Lavrov yesterday, a day after talks in Kyiv with her Ukrainian counterpart, Dmytro Kuleba.")).toEqual([
      { who: "Annalena Baerbock + Sergei Lavrov", date: "2022-01-18", venue: null },
      { who: "Annalena Baerbock + Dmytro Kuleba", date: "2022-01-17", venue: { city: "Kyiv", country: "UA" } },
    ]);
  });

  it("`their discussion` goes back to the meeting already told, not to whoever was named last", () => {
    const text = "Ukrainian President Volodymyr Zelensky held talks with Saudi Crown Prince Mohammed bin Salman in Jeddah on Monday. Saudi Foreign Minister Prince Faisal bin Farhan also attended. Zelensky said their discussion had been detailed.";
    expect(pairs(text, "2025-03-10T20:00:00+03:00")).toEqual([{ who: "Mohammed bin Salman + Volodymyr Zelensky", date: "2025-03-10", venue: { city: "Jeddah", region: "Mecca Province", country: "SA" } }]);
  });

  it("`the 78th session of the UN General Assembly` places an undated meeting in that week", () => {
    const [r] = extractReports({ id: "a", text: "President Volodymyr Zelensky held his first in-person meeting with Brazilian President Luiz Inacio Lula da Silva on Wednesday on the sidelines of the 78th session of the UN General Assembly in New York." });
    expect(r?.occasion?.value).toBe("78th UN General Assembly high-level week");
    expect(r?.date.value).toBe("2023-09-20");
  });
});

describe("meetings as South Asian, Latin American and Korean outlets tell them", () => {
  const reportsOf = (text: string, publishedAt: string, timezone = "Asia/Kolkata") =>
    extractReports({ id: "a", text, publishedAt, timezone }).map((r) => ({ who: r.participants.map((p) => p.name).sort().join(" + "), date: r.date.value, mode: r.mode }));

  it("`held their first summit` and `spoke by telephone` are meetings; hosting a multilateral summit is not", () => {
    expect(reportsOf("President Yoon Suk Yeol and Chinese President Xi Jinping held their first summit on the sidelines of the Group of 20 summit on Tuesday.", "2022-11-15T20:00:00+09:00", "Asia/Seoul")).toMatchObject([{ who: "Xi Jinping + Yoon Suk Yeol", date: "2022-11-15" }]);
    expect(reportsOf("Indonesian President Joko Widodo held the G20 summit in Bali on Tuesday.", "2022-11-15T20:00:00+08:00", "Asia/Jakarta")).toEqual([]);
    expect(reportsOf("Interim leader Muhammad Yunus told Indian Prime Minister Narendra Modi on Friday that his government would protect minorities, Mr Modi said after the two spoke by telephone. Mr Yunus called.", "2024-08-17T09:00:00+05:00", "Asia/Karachi")).toMatchObject([{ who: "Muhammad Yunus + Narendra Modi", date: "2024-08-16", mode: "phone" }]);
  });

  it("two countries' own annual summit, held by their leaders, is a meeting; a multilateral summit named by two regions is not", () => {
    expect(reportsOf("Prime Minister Narendra Modi and Russian President Vladimir Putin held the 22nd India-Russia Annual Summit at the Kremlin on Tuesday.", "2024-07-09T22:48:00+05:30")).toMatchObject([{ who: "Narendra Modi + Vladimir Putin", date: "2024-07-09" }]);
    expect(reportsOf("Chancellor Olaf Scholz and Prime Minister Narendra Modi co-chaired the seventh India-Germany Intergovernmental Consultations in New Delhi on Friday.", "2024-10-25T20:00:00+05:30")).toMatchObject([{ who: "Narendra Modi + Olaf Scholz", date: "2024-10-25" }]);
    expect(reportsOf("Chinese President Xi Jinping and Saudi Crown Prince Mohammed bin Salman held the China-Arab States Summit in Riyadh on Friday.", "2022-12-09T20:00:00+03:00", "Asia/Riyadh")).toEqual([]);
  });

  it("remarks `at the start of formal talks` tell the talks; people introduced `at the end of the meeting` are no meeting of their own", () => {
    const text = "Indian Prime Minister Narendra Modi told Russian President Vladimir Putin on Tuesday that peace would not come from the battlefield. Modi made the comments at the start of formal talks in the Kremlin.";
    expect(reportsOf(text, "2024-07-09T20:00:00+05:30")).toMatchObject([{ who: "Narendra Modi + Vladimir Putin", date: "2024-07-09" }]);
    const audience = "Pope Francis received Argentine President Javier Milei on Monday. The President was accompanied by his sister Karina Milei, Secretary General of the Presidency, and Foreign Minister Diana Mondino, who were introduced to the Pope at the end of the meeting.";
    expect(reportsOf(audience, "2024-02-12T14:00:00+01:00", "Europe/Rome").map((r) => r.who)).toEqual(["Francis + Javier Milei"]);
  });

  it("talks that close a clause dated the day told are that day's talks; with their own day and partner they are an earlier meeting", () => {
    const tanjug = "BELGRADE (Tanjug) - Serbian President Aleksandar Vucic and Chinese President Xi Jinping today signed a Joint Statement on Building a Community with a Shared Future in the New Era, after talks held at the Palace of Serbia.";
    expect(reportsOf(tanjug, "2024-05-08T14:32:00+02:00", "Europe/Belgrade")).toMatchObject([{ who: "Aleksandar Vucic + Xi Jinping", date: "2024-05-08" }]);
    expect(reportsOf("The treaty was signed in 2019, after talks in Geneva.", "2024-05-08T14:32:00+02:00", "Europe/Belgrade")).toEqual([]);
    const rfi = "French President Emmanuel Macron spends the last day of his state visit in Guangzhou on Friday, after talks in Beijing with Chinese President Xi Jinping on Thursday.";
    expect(reportsOf(rfi, "2023-04-07T08:00:00+02:00", "Europe/Paris")).toEqual([]);
  });

  it("`met this Wednesday (Jan. 25) with X` names the one met after the day", () => {
    expect(reportsOf("President Luiz Inácio Lula da Silva met this Wednesday (Jan. 25) with Uruguayan President Luis Lacalle Pou in Montevideo.", "2023-01-25T20:00:00-03:00", "America/Sao_Paulo")).toMatchObject([{ who: "Luis Lacalle Pou + Luiz Inácio Lula da Silva", date: "2023-01-25" }]);
  });

  it("a meeting told in the past perfect is an earlier one", () => {
    const text = "Prime Minister Narendra Modi received a call from Chief Adviser Muhammad Yunus today. Less than two months earlier, on June 22, Prime Minister Sheikh Hasina had held talks with Modi in New Delhi.";
    expect(reportsOf(text, "2024-08-16T17:20:00+06:00", "Asia/Dhaka").map((r) => r.who)).not.toContain("Narendra Modi + Sheikh Hasina");
  });

  it("a dateline's date is when the story was filed; a date after the trigger of an `after` clause is the meeting's", () => {
    expect(reportsOf("Colombo, Dec 17 (Daily Mirror) - President Anura Kumara Dissanayake held talks with Indian Prime Minister Narendra Modi in New Delhi yesterday.", "2024-12-17T06:10:00+05:30", "Asia/Colombo")).toMatchObject([{ date: "2024-12-16" }]);
    expect(reportsOf("The two countries agreed to link their grids, after Prime Minister Narendra Modi held talks with President Anura Kumara Dissanayake on Monday (December 16, 2024).", "2024-12-16T21:45:00+05:30")).toMatchObject([{ date: "2024-12-16" }]);
  });
});

describe("an undated story's occasion", () => {
  it("is the one edition of the series held where the sentence says", () => {
    const [r] = extractReports({ id: "a", text: "French President Emmanuel Macron held talks with Chinese President Xi Jinping on the sidelines of the G20 Summit in Bali." });
    expect(r?.occasion?.value).toBe("17th G20 Summit");
    expect(r?.date.value).toBe("2022-11-15/2022-11-16");
    expect(r?.date.basis).toBe("occasion");
  });

  it("stays unplaced when the series met there more than once or the sentence names no place", () => {
    const [r] = extractReports({ id: "a", text: "French President Emmanuel Macron held talks with Chinese President Xi Jinping on the sidelines of the G20 Summit." });
    expect(r?.date.value).toBeNull();
  });
});

describe("possessive countries", () => {
  const venueOf = (text: string) => extractReports({ id: "a", text, publishedAt: "2022-11-15T21:00:00+09:00", timezone: "Asia/Seoul" })[0]?.location.value ?? null;

  it("are a venue only before a place of theirs", () => {
    expect(venueOf("President Yoon Suk Yeol and Chinese President Xi Jinping held their first summit on Tuesday, with Yoon pressing Beijing to rein in North Korea's nuclear programme.")).toBeNull();
    expect(venueOf("Foreign Minister Bui Thanh Son met Foreign Minister Wang Yi in China's Yunnan Province on Tuesday.")).toEqual({ region: "Yunnan", country: "CN" });
  });
});

describe("a meeting told as the same outing as the one before", () => {
  it("takes the earlier meeting's occasion and venue when its own text names neither", () => {
    const text = "The pair met on the sidelines of the G20 summit in Bali, and Macron urged Xi to help end the war. First up was French President Emmanuel Macron, who met Chinese President Xi Jinping.\n\nOn the same day, Xi also met South Korean President Yoon Suk Yeol.";
    const reports = extractReports({ id: "a", text, publishedAt: "2022-11-17T12:00:00-05:00", timezone: "America/New_York" });
    const yoon = reports.find((r) => r.participants.some((p) => p.name === "Yoon Suk Yeol"));
    expect(yoon?.occasion?.value).toBe("17th G20 Summit");
    expect(yoon?.location.value).toMatchObject({ region: "Bali", country: "ID" });
  });

  it("keeps a venue of its own", () => {
    const text = "Foreign Minister Bui Thanh Son met Foreign Minister Wang Yi in Beijing on Monday.\n\nLater in the day, Son met Premier Li Qiang in Tianjin.";
    const reports = extractReports({ id: "a", text, publishedAt: "2025-08-11T20:00:00+07:00", timezone: "Asia/Ho_Chi_Minh" });
    expect(reports.map((r) => r.location.value?.city)).toEqual(["Beijing", "Tianjin"]);
  });
});

describe("multilateral series by their long names", () => {
  it("`the Group of 20 summit` is the G20 under way at publication, whose calendar gives the venue", () => {
    const [r] = extractReports({ id: "a", text: "President Yoon Suk Yeol and Chinese President Xi Jinping held their first summit on the sidelines of the Group of 20 summit on Tuesday.", publishedAt: "2022-11-15T21:00:00+09:00", timezone: "Asia/Seoul" });
    expect(r?.occasion?.value).toBe("17th G20 Summit");
    expect(r?.location.value).toMatchObject({ region: "Bali", country: "ID" });
    expect(r?.location.basis).toBe("occasion");
  });
});

describe("earlier meetings and welcomes", () => {
  const who = (text: string, publishedAt = "2023-07-13T20:00:00+03:00") => extractReports({ id: "a", text, publishedAt, timezone: "Europe/Helsinki" }).map((r) => r.participants.map((p) => p.name).sort().join(" + "));

  it("a meeting dated months before publication by month and year is an earlier one", () => {
    expect(who("US President Joe Biden held talks with Finnish President Sauli Niinistö on Thursday. It was the first visit since July 2018, when US President Donald Trump met Russian President Vladimir Putin in the capital.")).toEqual(["Joe Biden + Sauli Niinistö"]);
    expect(who("Finnish President Sauli Niinistö met US President Joe Biden in June 2023 and again on Thursday.")).toEqual(["Joe Biden + Sauli Niinistö"]);
  });

  it("being received at the airport is no meeting", () => {
    expect(who("Iranian President Ebrahim Raisi arrived at Jomo Kenyatta International Airport and was received by Foreign Affairs Cabinet Secretary Alfred Mutua.")).toEqual([]);
  });
});

describe("offices, names and places of Central Asia, the Pacific, Europe and Mexico", () => {
  const read = (text: string, publishedAt = "2023-12-11T07:00:00+10:00", timezone = "Pacific/Port_Moresby") =>
    extractReports({ id: "a", text, publishedAt, timezone }).map((r) => ({
      who: r.participants.map((p) => `${p.name} (${p.country ?? "?"})`).sort().join(" + "),
      date: r.date.value,
      venue: r.location.value,
      dateline: r.dateline?.surface ?? null,
    }));

  it("a country of several words wins over the one-word country inside it", () => {
    expect(read("Prime Minister Anthony Albanese met Papua New Guinea Prime Minister James Marape in Canberra on Thursday.")).toMatchObject([
      { who: "Anthony Albanese (AU) + James Marape (PG)" },
    ]);
    expect(read("Equatorial Guinea's President Teodoro Obiang met New Zealand Prime Minister Christopher Luxon in Malabo on Tuesday.")).toMatchObject([
      { who: "Christopher Luxon (NZ) + Teodoro Obiang (GQ)" },
    ]);
  });

  it("chancellors, the Taoiseach, the Pope, emirs and sheikhs hold office; their titles are not their names", () => {
    const names = (text: string) => extractReports({ id: "a", text, publishedAt: "2024-07-03" }).flatMap((r) => r.participants.map((p) => [p.name, p.title]));
    expect(names("Chancellor Olaf Scholz held talks with Taoiseach Leo Varadkar in Dublin on Tuesday.")).toEqual([["Olaf Scholz", "Chancellor"], ["Leo Varadkar", "Taoiseach"]]);
    expect(names("Pope Francis received Ukrainian President Volodymyr Zelensky at the Vatican on Tuesday.")).toEqual([["Francis", "Pope"], ["Volodymyr Zelensky", "Ukrainian President"]]);
    expect(names("The Amir, Sheikh Tamim bin Hamad Al Thani, received President Paul Kagame at the Amiri Diwan on Tuesday.")).toEqual([["Tamim bin Hamad Al Thani", "Sheikh"], ["Paul Kagame", "President"]]);
  });

  it("post-nominal letters are not part of a name", () => {
    expect(read("Prime Minister Hon. James Marape and his Australian counterpart Hon. Anthony Albanese MP held talks in Port Moresby yesterday.")).toMatchObject([
      { who: "Anthony Albanese (AU) + James Marape (?)" },
    ]);
  });

  it("an appositive that opens a clause is no title, and buildings and streets are no one", () => {
    expect(read("President Claudia Sheinbaum, who attended the summit in Kananaskis, Alberta, as an invited guest, met Indian Prime Minister Narendra Modi on Tuesday.", "2025-06-18T08:30:00-06:00", "America/Mexico_City").map((r) => r.who)).toEqual([
      "Claudia Sheinbaum (MX) + Narendra Modi (IN)",
    ]);
    expect(read("Prime Minister Donald Tusk hosted German Chancellor Olaf Scholz in Warsaw on Tuesday. The two heads of government held talks at the Chancellery of the Prime Minister in Aleje Ujazdowskie, while ministers from both cabinets met their counterparts.", "2024-07-02T18:00:00+02:00", "Europe/Warsaw").map((r) => r.who)).toEqual([
      "Donald Tusk (PL) + Olaf Scholz (DE)",
    ]);
    expect(read("During her morning press conference at the National Palace, President Claudia Sheinbaum said that during the conversation with her US counterpart Donald Trump both parties reached agreements.", "2025-02-03T12:00:00-06:00", "America/Mexico_City").map((r) => r.who)).toEqual([
      "Claudia Sheinbaum (MX) + Donald Trump (US)",
    ]);
  });

  it("two counterparts signing together meet; any other signing does not", () => {
    expect(read("Prime Minister Anthony Albanese and his PNG counterpart James Marape put pen to paper at Parliament House on Thursday.", "2023-12-07T16:00:00+11:00", "Australia/Sydney")).toMatchObject([
      { who: "Anthony Albanese (AU) + James Marape (PG)", date: "2023-12-07" },
    ]);
    expect(read("The security agreement signed by Prime Minister James Marape and his Australian counterpart Anthony Albanese in Canberra last Thursday will bring K200 million.")).toMatchObject([
      { who: "Anthony Albanese (AU) + James Marape (?)", date: "2023-12-07", venue: { city: "Canberra", country: "AU" } },
    ]);
    expect(read("Vietnam and China signed 12 documents. President Joko Widodo signed a decree on Thursday.")).toEqual([]);
  });

  it("meetings told as a habit are no one meeting", () => {
    expect(read("She and Donald Trump have talked by phone several times since February.", "2025-06-18T08:30:00-06:00")).toEqual([]);
    expect(read("Prime Minister James Marape has repeatedly met Australian Prime Minister Anthony Albanese.")).toEqual([]);
  });

  it("`after a telephone conversation with X` tells the call the news is about", () => {
    expect(read("Mexico City, Feb 3 (EFE).- United States President Donald Trump agreed on Monday to suspend the tariffs, after a telephone conversation with Mexican President Claudia Sheinbaum.", "2025-02-03T13:00:00-06:00", "America/Mexico_City")).toMatchObject([
      { who: "Claudia Sheinbaum (MX) + Donald Trump (US)", date: "2025-02-03", dateline: "Mexico City, Feb 3 (EFE).-" },
    ]);
  });

  it("a dateline in capitals may end with a colon", () => {
    expect(read("PORT MORESBY: Prime Minister James Marape met Australian Prime Minister Anthony Albanese in Canberra last Thursday.")).toMatchObject([
      { dateline: "PORT MORESBY:", venue: { city: "Canberra" }, date: "2023-12-07" },
    ]);
  });
});

describe("meetings of three", () => {
  const read = (text: string, publishedAt = "2025-03-18T20:00:00+03:00") =>
    extractReports({ id: "a", text, publishedAt, timezone: "Asia/Qatar" }).map((r) => r.participants.map((p) => p.name).sort().join(" + "));

  it("a trilateral or tripartite meeting, or talks of two hosted by a third, is one meeting of all three", () => {
    expect(read("His Highness the Amir Sheikh Tamim bin Hamad Al-Thani hosted in Doha today a tripartite meeting bringing together President of Rwanda Paul Kagame and President of the Democratic Republic of the Congo Felix Tshisekedi.")).toEqual([
      "Felix Tshisekedi + Paul Kagame + Tamim bin Hamad Al-Thani",
    ]);
    expect(read("President Paul Kagame and his DR Congo counterpart Félix Tshisekedi met in Doha on Tuesday evening in talks hosted by the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.")).toEqual([
      "Félix Tshisekedi + Paul Kagame + Tamim bin Hamad Al Thani",
    ]);
  });

  it("a caption of the three `during their meeting` is that meeting, not one of two", () => {
    expect(read("The Amir Sheikh Tamim bin Hamad Al-Thani hosted a trilateral meeting with President Paul Kagame and President Felix Tshisekedi in Doha today.\n\nCaption: The Amir Sheikh Tamim bin Hamad Al-Thani with President Paul Kagame and President Felix Tshisekedi during their meeting in Doha.")).toEqual([
      "Felix Tshisekedi + Paul Kagame + Tamim bin Hamad Al-Thani",
    ]);
  });

  it("two who meet at a multilateral meeting someone else chairs meet as two", () => {
    expect(read("Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi on Thursday at the ministerial meeting chaired by Lao Foreign Minister Saleumxay Kommasith.")).toEqual(["Bui Thanh Son + Wang Yi"]);
  });

  it("a summit that was called off, or only due, is no meeting", () => {
    expect(read("A tripartite summit between Kagame, Tshisekedi and Angolan President João Lourenço that was due to take place in Luanda on December 15 was called off at the last minute.")).toEqual([]);
  });
});

describe("what an earlier event's words do not reach", () => {
  const read = (text: string, publishedAt = "2024-02-15T10:00:00+03:00") =>
    extractReports({ id: "a", text, publishedAt, timezone: "Europe/Istanbul" }).map((r) => ({ who: r.participants.map((p) => p.name).sort().join(" + "), date: r.date.value, venue: r.location.value?.city ?? null }));

  it("`X said after talks with Y … on Wednesday` tells the talks of the day", () => {
    expect(read("Türkiye and Egypt will raise their relations, President Recep Tayyip Erdoğan said after talks with his Egyptian counterpart Abdel-Fattah el-Sissi in Cairo on Wednesday.")).toEqual([
      { who: "Abdel-Fattah el-Sissi + Recep Tayyip Erdoğan", date: "2024-02-14", venue: "Cairo" },
    ]);
  });

  it("a year or month in another clause dates that clause, not the meeting", () => {
    expect(read("Turkish President Recep Tayyip Erdogan held talks with Egyptian President Abdel Fattah al-Sisi in Cairo on Wednesday, the first time he has set foot in Egypt since November 2012.")).toMatchObject([{ date: "2024-02-14" }]);
    expect(read("President Recep Tayyip Erdoğan and Egyptian President Abdel Fattah al-Sisi held their first formal meeting on the sidelines of the G20 summit in New Delhi in September.")).toEqual([]);
  });

  it("a month after a `will` dates what is to come, not the meeting before it", () => {
    // Read in February: `in May` of the clause that `will` opens is this year's May, not last year's.
    expect(read("Japanese Prime Minister Fumio Kishida, who also held talks with Polish Prime Minister Mateusz Morawiecki in Warsaw on Tuesday, will host the G7 summit in Hiroshima in May.")).toEqual([
      { who: "Fumio Kishida + Mateusz Morawiecki", date: "2024-02-13", venue: "Warsaw" },
    ]);
    expect(read("Fumio Kishida also held talks with Mateusz Morawiecki in Warsaw on his way home in May.")).toEqual([]);
  });

  it("`talks between diplomats` are no one's talks of the people named after them", () => {
    expect(read("A thaw began with exploratory talks between diplomats and gathered pace after Erdoğan and el-Sissi shook hands in Doha.")).toEqual([]);
  });

  it("`On that visit, …` after a sentence about an earlier trip tells the earlier trip's meeting", () => {
    const text = "Solomon Islands Prime Minister Manasseh Sogavare travels to China next week. It will be his first official trip to China since October 2019. On that visit, he was received by President Xi Jinping in the Great Hall of the People.";
    expect(read(text, "2023-07-07T10:00:00+12:00")).toEqual([]);
    // A visit told as this one is read.
    expect(read("Solomon Islands Prime Minister Manasseh Sogavare arrived in Beijing on Monday. On that visit, he was received by President Xi Jinping in the Great Hall of the People.", "2023-07-11T10:00:00+12:00")).toHaveLength(1);
  });

  it("a place named before `the Lithuanian capital` is the venue", () => {
    expect(read("US President Joe Biden yesterday held talks in Helsinki with Finland's President Sauli Niinistö, fresh from a Nato summit in the Lithuanian capital, Vilnius.", "2023-07-14T05:30:00+01:00")).toMatchObject([{ venue: "Helsinki" }]);
  });
});

describe("venues told by buildings and sentence openings", () => {
  const venue = (text: string) => extractReports({ id: "a", text, publishedAt: "2024-06-20T10:00:00+00:00", timezone: "UTC" }).map((r) => r.location.value);

  it("a sentence may open with the place (`In Hanoi on Monday, …`, `At the palace, …`)", () => {
    expect(venue("In Hanoi on Monday, Indonesian President Joko Widodo held talks with Vietnamese President Vo Van Thuong.")).toEqual([{ city: "Hanoi", country: "VN" }]);
    expect(venue("At Carthage Palace, Italian Prime Minister Giorgia Meloni met Tunisian President Kais Saied on Tuesday.")).toEqual([{ site: "Carthage Palace", city: "Tunis", country: "TN" }]);
  });

  it("a building's own name needs no `the` (`at Admiralty House`), but a bare kind of building is none", () => {
    expect(venue("New Zealand Prime Minister Christopher Luxon met Anthony Albanese at Admiralty House in Sydney on Wednesday.")).toEqual([{ site: "Admiralty House", city: "Sydney", region: "New South Wales", country: "AU" }]);
    expect(venue("Prime Minister Christopher Luxon met Anthony Albanese at House of Representatives offices in Sydney on Wednesday.")).toEqual([{ city: "Sydney", region: "New South Wales", country: "AU" }]);
  });

  it("a host welcoming an office holder to a city receives them there (`welcomed the Prime Minister of …, X, to Melbourne`)", () => {
    const text = "Media release\n\nPrime Minister Anthony Albanese\n\nToday Prime Minister Anthony Albanese welcomed the Prime Minister of New Zealand, the Rt Hon Christopher Luxon, to Melbourne for the annual leaders' meeting.";
    expect(extractReports({ id: "a", text, publishedAt: "2024-08-16T18:00:00+10:00", timezone: "Australia/Melbourne" }).map((r) => [r.participants.map((p) => p.name).sort().join(" + "), r.location.value?.city])).toEqual([["Anthony Albanese + Christopher Luxon", "Melbourne"]]);
  });

  it("a building one is welcomed to, or named as the kind of meeting, is the venue", () => {
    expect(venue("French President Emmanuel Macron welcomed US President Joe Biden to the Elysee Palace on Saturday for talks.")).toEqual([{ site: "Elysee Palace", city: "Paris", country: "FR" }]);
    expect(venue("US President Donald Trump met South African President Cyril Ramaphosa on Wednesday, in a tense Oval Office meeting.")).toMatchObject([{ site: "White House", city: "Washington", country: "US" }]);
    // `to` a city or country is where someone went, not where they met (`who flew to Manila from Tokyo`): only buildings are.
    expect(venue("Philippine President Ferdinand Marcos Jr. held talks on Friday with Japanese Prime Minister Fumio Kishida, who later flew to Tokyo.")).toEqual([null]);
  });

  it("`After talks at …, the two leaders …` reports the talks of the two named before", () => {
    const reports = extractReports({ id: "a", text: "BELGRADE (AP) — Chinese President Xi Jinping was greeted with military honors in Serbia on Wednesday, where he and President Aleksandar Vucic pledged a shared future.\n\nAfter talks at the Palace of Serbia, the two leaders signed a joint statement.", publishedAt: "2024-05-08T18:00:00+02:00", timezone: "Europe/Belgrade" });
    expect(reports.map((r) => [r.participants.map((p) => p.name).sort(), r.date.value, r.location.value?.site])).toEqual([[["Aleksandar Vucic", "Xi Jinping"], "2024-05-08", "Palace of Serbia"]]);
  });

  it("a meeting that names no place was where the sentence before took a participant", () => {
    expect(venue("Japanese Prime Minister Fumio Kishida then traveled secretly to Poland, and from there took a train to Kyiv.\n\nOn Tuesday, Kishida met Ukrainian President Volodymyr Zelenskyy.")).toEqual([{ city: "Kyiv", country: "UA" }]);
    // A journey of someone else, or a place the meeting's own words name, does not.
    expect(venue("Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi on Monday. Modi later flew to Kyiv.\n\nOn Tuesday, Kishida met Ukrainian President Volodymyr Zelenskyy.")).toEqual([null, null]);
    // `to` must follow the journey's verb: `went on to say that Japan's support to Ukraine` is no journey.
    expect(venue("Japanese Prime Minister Fumio Kishida went on to say that Japan's support to Ukraine would continue.\n\nOn Tuesday, Kishida met Polish President Andrzej Duda.")).toEqual([null]);
    expect(venue("Japanese Prime Minister Fumio Kishida took a train to Kyiv.\n\nOn Tuesday, Kishida met Ukrainian President Volodymyr Zelenskyy in Lviv.")).toEqual([{ city: "Lviv", country: "UA" }]);
  });

  it("a sentence that places other meetings, months away, does not place this one", () => {
    const place = (text: string) => extractReports({ id: "a", text, publishedAt: "2023-12-08T10:00:00+02:00", timezone: "Europe/Athens" }).map((r) => [r.participants.map((p) => p.name).sort().join(" + "), r.location.value]);
    // (`Maximos Mansion` is a building, not a person named Maximos.)
    const met = "Greek Prime Minister Kyriakos Mitsotakis held talks with Turkish President Recep Tayyip Erdogan on Thursday at the Maximos Mansion.";
    expect(place(`${met}\n\nThe thaw continued with meetings between the two leaders on the sidelines of the NATO summit in Vilnius in July and in New York in September.`)).toEqual([["Kyriakos Mitsotakis + Recep Tayyip Erdogan", null]]);
    // A month close to the meeting's does not rule the sentence out.
    expect(place(`${met}\n\nThe talks took place on the sidelines of a conference in Athens in December.`)).toEqual([["Kyriakos Mitsotakis + Recep Tayyip Erdogan", { city: "Athens", country: "GR" }]]);
  });

  it("an occasion's ordinal spelled out after `the` picks its edition; `first` does not", () => {
    const read = (text: string) => extractReports({ id: "a", text }).map((r) => [r.date.value, r.location.value?.city ?? null, r.occasion?.value ?? null]);
    expect(read("Indian Prime Minister Narendra Modi met Nepal Prime Minister KP Sharma Oli on the sidelines of the fourth BIMSTEC Summit.")).toEqual([["2018-08-30/2018-08-31", "Kathmandu", "4th BIMSTEC Summit"]]);
    expect(read("Indian Prime Minister Narendra Modi met Nepal Prime Minister KP Sharma Oli at the first BIMSTEC Summit he attended.")).toEqual([[null, null, "BIMSTEC Summit"]]);
  });

  it("an occasion months away from the day the text gives the meeting is not its occasion", () => {
    const read = (text: string) => extractReports({ id: "a", text, publishedAt: "2023-12-08T10:00:00+07:00", timezone: "Asia/Jakarta" }).map((r) => [r.date.value, r.location.value, r.occasion?.surface ?? null]);
    expect(read("Indonesian President Joko Widodo held talks with Chinese Premier Li Qiang on the sidelines of the 43rd ASEAN Summit.")).toEqual([["2023-09-05/2023-09-07", { city: "Jakarta", country: "ID" }, "43rd ASEAN Summit"]]);
    expect(read("Indonesian President Joko Widodo held talks with Chinese Premier Li Qiang on Thursday, on the sidelines of the 43rd ASEAN Summit.")).toEqual([["2023-12-07", null, null]]);
  });

  it("a meeting that names no place was in the city a participant is told arriving in", () => {
    const visit = "Bangladeshi Prime Minister Sheikh Hasina arrived in New Delhi on Friday evening for a two-day state visit.\n\nOn Saturday, Indian Prime Minister Narendra Modi held talks with Hasina.";
    expect(venue(visit)).toEqual([{ city: "New Delhi", country: "IN" }]);
    // Someone else's arrival; an arrival dated after the meeting; two cities arrived in: no venue.
    expect(venue("Leaders kept up a busy round of diplomacy this week.\n\nIndian Prime Minister Narendra Modi arrived in Dhaka on Friday.\n\nOn Saturday, Japanese Prime Minister Fumio Kishida held talks with Chinese Premier Li Qiang.")).toEqual([null]);
    expect(venue("On Monday, Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida.\n\nModi arrived in Tokyo on Wednesday for the rest of the visit.")).toEqual([null]);
    expect(venue("Leaders kept up a busy round of diplomacy this week.\n\nIndian Prime Minister Narendra Modi arrived in Warsaw on Wednesday, and arrived in Kyiv on Friday.\n\nModi held talks with Ukrainian President Volodymyr Zelensky.")).toEqual([null]);
    // The meeting's own words placing it in another country: the arrival was elsewhere.
    expect(venue("Leaders kept up a busy round of diplomacy this week.\n\nUS Vice President JD Vance arrived in Rome on Friday.\n\nOn Sunday, Vance met Pope Francis at his residence within the Vatican.")).toEqual([null]);
    expect(venue("US Vice President JD Vance arrived in Rome on Friday.\n\nOn Sunday, Vance met Pope Francis at his residence inside the Vatican.")).toEqual([{ city: "Vatican City", country: "VA" }]);
    // `at the Vatican` is in Vatican City.
    expect(venue("US Vice President JD Vance arrived in Rome on Friday.\n\nOn Saturday, Vance held talks at the Vatican with Cardinal Pietro Parolin.")).toEqual([{ city: "Vatican City", country: "VA" }]);
  });

  it("a visit under way places the meeting in the country visited, and a dateline there gives its city", () => {
    expect(venue("Nepalese Prime Minister KP Sharma Oli held talks with Chinese President Xi Jinping on Tuesday, during his official visit to China.")).toEqual([{ country: "CN" }]);
    expect(venue("HANOI (Reuters) - Vietnamese President Luong Cuong held talks on Monday with Indonesian President Prabowo Subianto, who is paying a state visit to Vietnam.")).toEqual([{ city: "Hanoi", country: "VN" }]);
    // Other trips: an earlier or later one, or the first since a year.
    expect(venue("Nepalese Prime Minister KP Sharma Oli held talks with Chinese President Xi Jinping on Tuesday, recalling his previous visit to China.")).toEqual([null]);
    expect(venue("Nepalese Prime Minister KP Sharma Oli held talks with Chinese President Xi Jinping on Tuesday, on his first visit to China since 2019.")).toEqual([null]);
    // A dateline in another country gives no city.
    expect(venue("NEW DELHI (Reuters) - Nepalese Prime Minister KP Sharma Oli held talks with Chinese President Xi Jinping on Tuesday, during his official visit to China.")).toEqual([{ country: "CN" }]);
  });

  it("a meeting with no place, beside one in a city on the same trip, with someone of that city's country, was in that city", () => {
    const read = (text: string) => extractReports({ id: "a", text, publishedAt: "2023-07-15T10:00:00+02:00", timezone: "Europe/Paris" }).map((r) => [r.participants.map((p) => p.name).sort().join(" + "), r.location.value]);
    const trip = "Indian Prime Minister Narendra Modi flew on to Abu Dhabi on Saturday.\n\nModi held talks with French President Emmanuel Macron at the Elysee Palace on Friday.\n\nEarlier on Thursday, shortly after landing, Modi met French Prime Minister Elisabeth Borne.";
    expect(read(trip)).toEqual([
      ["Emmanuel Macron + Narendra Modi", { site: "Elysee Palace", city: "Paris", country: "FR" }],
      ["Elisabeth Borne + Narendra Modi", { city: "Paris", country: "FR" }],
    ]);
    // Not with someone of another country (the traveller may have met them anywhere), nor days away.
    expect(read(trip.replace("French Prime Minister Elisabeth Borne", "UAE President Mohamed bin Zayed Al Nahyan"))[1]?.[1]).toBeNull();
    expect(read(trip.replace("Earlier on Thursday", "On July 5"))[1]?.[1]).toBeNull();
  });

  it("a base or airport named after a town the reference data does not know is in that town, in the one country the sentence names", () => {
    expect(venue("In the Netherlands, Ukrainian President Volodymyr Zelensky met Prime Minister Mark Rutte at the Eindhoven air base.")).toEqual([{ city: "Eindhoven", country: "NL" }]);
    // No country named, or two: no town.
    expect(venue("Ukrainian President Volodymyr Zelensky met Prime Minister Mark Rutte at the Eindhoven air base.")).toEqual([null]);
  });

  it("a sentence that opens with the talks at a building places them; a call later that day is in its city, not its building", () => {
    const reports = extractReports({ id: "a", text: "Prime Minister Narendra Modi held talks with the visiting Amir of Qatar, Sheikh Tamim bin Hamad Al-Thani, on Tuesday. The talks at Hyderabad House covered trade and energy. Later on Tuesday, the Amir called on President Droupadi Murmu.", publishedAt: "2025-02-19T08:00:00+05:30", timezone: "Asia/Kolkata" });
    expect(reports.map((r) => r.location.value)).toEqual([
      { site: "Hyderabad House", city: "New Delhi", country: "IN" },
      { city: "New Delhi", country: "IN" },
    ]);
  });

  it("a lead that places the talks in a country only is made specific by the next sentence's city in it", () => {
    const standfirst = "The EU says the two sides agreed the annex after marathon talks in North Macedonia.";
    const chaired = "Josep Borrell, who chaired the meeting with Kosovo Prime Minister Albin Kurti and Serbian President Aleksandar Vucic, said the parties had committed.";
    expect(venue(`${standfirst}\n\nThe annex was agreed following almost 12 hours of talks in Ohrid, North Macedonia. ${chaired}`)).toEqual([{ city: "Ohrid", country: "MK" }]);
    // A city of another country is not within it.
    expect(venue(`${standfirst}\n\nThe annex was agreed after the talks, Borrell said in Brussels. ${chaired}`)).toEqual([{ country: "MK" }]);
  });

  it("a building the reference data places in a region is in that region (`Chequers`, Buckinghamshire)", () => {
    expect(venue("Prime Minister Narendra Modi held talks with Keir Starmer at Chequers on Thursday.")).toEqual([{ site: "Chequers", region: "Buckinghamshire", country: "GB" }]);
  });

  it("a trip's end where someone was met (`travelled to X, where he called on Y`) is that meeting's venue, even later the same day", () => {
    const day = "Prime Minister Narendra Modi held talks with Keir Starmer at Chequers on Thursday.\n\nLater in the day, Modi travelled to the Sandringham Estate in Norfolk, where he called on King Charles III.";
    expect(venue(day)).toEqual([{ site: "Chequers", region: "Buckinghamshire", country: "GB" }, { city: "Sandringham", region: "Norfolk", country: "GB" }]);
    // The same outing with no place of its own, or a place the first one is in, is where the first was.
    expect(venue("Prime Minister Narendra Modi held talks with Keir Starmer at Chequers on Thursday.\n\nLater in the day, Modi called on King Charles III.")).toEqual([{ site: "Chequers", region: "Buckinghamshire", country: "GB" }, { site: "Chequers", region: "Buckinghamshire", country: "GB" }]);
  });

  it("a city the reference data does not know is read before its country, in the text and in a dateline", () => {
    expect(venue("Bolivian President Luis Arce held talks with Brazilian President Luiz Inácio Lula da Silva on Tuesday in Tarija, Bolivia.")).toEqual([{ city: "Tarija", country: "BO" }]);
    expect(venue("Bolivian President Luis Arce held talks with Brazilian President Luiz Inácio Lula da Silva on Tuesday in the border town of Puerto Quijarro, Bolivia.")).toEqual([{ city: "Puerto Quijarro", country: "BO" }]);
    expect(venue("SANTA CRUZ DE LA SIERRA, Bolivia (AP) — Bolivian President Luis Arce held talks here on Tuesday with Brazilian President Luiz Inácio Lula da Silva.")).toEqual([{ city: "Santa Cruz de la Sierra", country: "BO" }]);
    // Not a city: a month, a building, a place with no locative before it, a country's possessive.
    expect(venue("In January, Bolivia's President Luis Arce held talks with Brazilian President Luiz Inácio Lula da Silva.")).toEqual([null]);
    expect(venue("Bolivian President Luis Arce held talks with Brazilian President Luiz Inácio Lula da Silva at Tsinghua University, China.")).toEqual([null]);
    expect(venue("Bolivian President Luis Arce held talks with Brazilian President Luiz Inácio Lula da Silva, the leader of Brazil, on Tuesday.")).toEqual([null]);
    expect(venue("Bolivian President Luis Arce held talks in Tarija, Bolivia's south, with Brazilian President Luiz Inácio Lula da Silva.")).toEqual([null]);
  });

  it("a place left without the business of the meeting done is where the meeting was", () => {
    expect(venue("German Foreign Minister Annalena Baerbock assured Ukraine of her government's backing on Monday after a meeting with Dmytro Kuleba, but left Kyiv without changing Berlin's refusal to send it arms.")).toEqual([{ city: "Kyiv", country: "UA" }]);
    expect(venue("Josep Borrell announced the outcome after 12 hours of negotiations with Aleksandar Vucic and Albin Kurti, who left the lakeside resort of Ohrid without signing anything.")).toEqual([{ city: "Ohrid", country: "MK" }]);
    // Leaving a place for another says nothing of where the meeting was.
    expect(venue("German Foreign Minister Annalena Baerbock held a meeting with Dmytro Kuleba on Monday and left Kyiv for Moscow.")).toEqual([null]);
  });

  it("the pair seen at a building is where they met, not a building where they met before", () => {
    expect(venue("Indian Prime Minister Narendra Modi was received by US President Donald Trump on Thursday. The two men embraced outside the West Wing and promised to double trade.")).toMatchObject([{ site: "White House", city: "Washington", country: "US" }]);
    // (An aside about their earlier meeting does not make the rest of the sentence about it.)
    expect(venue("Indian Prime Minister Narendra Modi was received by US President Donald Trump on Thursday. The two men, who had last met in person in Ahmedabad in February 2020, embraced outside the West Wing.")).toMatchObject([{ site: "White House", city: "Washington", country: "US" }]);
    expect(venue("Indian Prime Minister Narendra Modi was received by US President Donald Trump on Thursday. The two men had last met in person in Ahmedabad, outside the West Wing of a hotel.")).toEqual([null]);
    expect(venue("German Chancellor Olaf Scholz held talks with Chinese President Xi Jinping in Beijing on Tuesday. The two men spoke at the Great Hall of the People for three hours.")).toEqual([{ site: "Great Hall of the People", city: "Beijing", country: "CN" }]);
    // Where they last met is neither the venue nor its building.
    expect(venue("US President Joe Biden held talks with Mexican President Andrés Manuel López Obrador in Mexico City on Monday. The two leaders last sat down together at the White House in July.")).toEqual([{ city: "Mexico City", country: "MX" }]);
    // A building the reference data places in another country is not this meeting's.
    expect(venue("US President Joe Biden held talks with Mexican President Andrés Manuel López Obrador in Mexico City on Monday. Their previous talks were held at the White House in July.")).toEqual([{ city: "Mexico City", country: "MX" }]);
  });

  it("where a trip for the talks went is the venue; a place after `since` is an earlier event's", () => {
    expect(venue("Somali President Hassan Sheikh Mohamud flew to Addis Ababa on Saturday for talks with Ethiopian Prime Minister Abiy Ahmed, their first encounter since Turkey's President Recep Tayyip Erdogan brought them together in Ankara.")).toEqual([{ city: "Addis Ababa", country: "ET" }]);
  });

  it("home after a trip is not a venue; a capital that is also a given name is a venue after a locative", () => {
    expect(venue("Japanese Prime Minister Fumio Kishida has arrived back in Tokyo after a trip on which he met Indian Prime Minister Narendra Modi on Monday.")).toEqual([null]);
    expect(venue("On Sunday, Italian Prime Minister Giorgia Meloni was back in Tunis for a meeting with Tunisian President Kais Saied.")).toEqual([{ city: "Tunis", country: "TN" }]);
    expect(venue("German Chancellor Olaf Scholz was received by Chilean President Gabriel Boric at the La Moneda palace in Santiago on Sunday.")).toEqual([{ site: "La Moneda Palace", city: "Santiago", country: "CL" }]);
  });

  it("a capital that is also a given name does not unmake the people who bear it (`Santiago Peña`, `Queen Sofia`)", () => {
    const who = (text: string) => extractReports({ id: "a", text, publishedAt: "2024-06-20T10:00:00+00:00", timezone: "UTC" }).map((r) => r.participants.map((p) => p.name).sort().join(" + "));
    expect(who("Paraguayan President Santiago Peña met Brazilian President Luiz Inácio Lula da Silva in Brasília on Monday.")).toEqual(["Luiz Inácio Lula da Silva + Santiago Peña"]);
    expect(who("Spanish Queen Sofia met US First Lady Jill Biden in Madrid on Monday.")).toEqual(["Jill Biden + Sofia"]);
    expect(venue("Bulgarian Prime Minister Rosen Zhelyazkov met Greek Prime Minister Kyriakos Mitsotakis in Sofia on Monday.")).toEqual([{ city: "Sofia", country: "BG" }]);
  });

  it("a place that says where someone governs is not the venue (`the Institutions of Self-Government in Priština`)", () => {
    expect(venue("Serbian President Aleksandar Vučić took part in talks hosted by EU foreign policy chief Josep Borrell with Albin Kurti, head of the Provisional Institutions of Self-Government in Priština.")).toEqual([null]);
  });

  it("`after the talks at Hyderabad House` places the talks when their own sentence does not", () => {
    expect(venue("Indian Prime Minister Narendra Modi held talks with Bangladeshi Prime Minister Sheikh Hasina on Saturday. The two sides signed ten agreements after the talks at Hyderabad House.")).toEqual([{ site: "Hyderabad House", city: "New Delhi", country: "IN" }]);
  });

  it("a building the gazetteer knows goes by its usual name whichever name the text gives", () => {
    expect(venue("Turkish President Recep Tayyip Erdogan received Israeli Prime Minister Benjamin Netanyahu on Tuesday in New York. They talked for an hour at the Turkish House, across from the UN, where the talks were held.")).toMatchObject([{ site: "Turkevi Center", city: "New York" }]);
  });
});

describe("who is a side of the meeting, and with what title", () => {
  const read = (text: string) => extractReports({ id: "a", text, timezone: "Africa/Nairobi" }).map((r) => r.participants.map((p) => `${p.name} [${p.title ?? ""}]`).sort());

  it("a leader's spouse at their side is no side of the meeting", () => {
    expect(read("King Charles III was received by President William Ruto and First Lady Rachel Ruto at State House.")).toEqual([["Charles III [King]", "William Ruto [President]"]]);
    // First ladies meeting each other are the meeting.
    expect(read("First Lady Rachel Ruto met First Lady Jill Biden at the White House.")).toEqual([["Jill Biden [First Lady]", "Rachel Ruto [First Lady]"]]);
  });

  it("an office in lower case before a comma comes between the verb and the one met (`the Vatican's secretary of state, Cardinal …`)", () => {
    expect(read("President Javier Milei held talks with the Vatican's secretary of state, Cardinal Pietro Parolin, and the Holy See's foreign minister, Archbishop Paul Gallagher.")).toEqual([["Javier Milei [President]", "Paul Gallagher [Archbishop]", "Pietro Parolin [Cardinal]"]]);
  });

  it("`Ruler of Dubai` is an office; a corridor is no one", () => {
    expect(read("His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice President and Prime Minister of the UAE and Ruler of Dubai, met Indian Prime Minister Narendra Modi in Dubai.").map((who) => who.map((w) => w.replace(/ \[.*\]$/, "")))).toEqual([["Mohammed bin Rashid Al Maktoum", "Narendra Modi"]]);
    expect(read("Sheikh Mohamed bin Zayed Al Nahyan held talks with Indian Prime Minister Narendra Modi, and the two leaders witnessed the exchange of a framework agreement on the India-Middle East-Europe Economic Corridor.").map((who) => who.map((w) => w.replace(/ \[.*\]$/, "")))).toEqual([["Mohamed bin Zayed Al Nahyan", "Narendra Modi"]]);
  });

  it("a capitalised `Tô`/`To` before a name is the Vietnamese family name, not a title's `to`", () => {
    expect(read("Vietnamese State President Tô Lâm held talks with Chinese President Xi Jinping in Beijing.")).toEqual([["Tô Lâm [Vietnamese State President]", "Xi Jinping [Chinese President]"]]);
    expect(read("Russian President Vladimir Putin met General Secretary To Lam in Hanoi.")).toEqual([["To Lam [General Secretary]", "Vladimir Putin [Russian President]"]]);
  });

  it("`President-elect` is a title (the person after it is named)", () => {
    expect(read("Danish Prime Minister Mette Frederiksen held a telephone conversation with US President-elect Donald Trump.")).toEqual([["Donald Trump [US President-elect]", "Mette Frederiksen [Danish Prime Minister]"]]);
  });

  it("a title-case headline's verb and subject are not part of the title after them", () => {
    expect(read("President Ruto Hosts His Majesty King Charles III at State House\n\nPresident William Ruto held talks with King Charles III at State House.")).toContainEqual(["Charles III [His Majesty King]", "William Ruto [President]"]);
    // What an office is of stays in the title.
    expect(read("Vietnamese Foreign Minister Bui Thanh Son met Chen Gang, Secretary of the Guangxi Regional Party Committee.")).toEqual([["Bui Thanh Son [Vietnamese Foreign Minister]", "Chen Gang [Secretary of the Guangxi Regional Party Committee]"]]);
  });
});

describe("round-ups with section headings, and what they mention in passing", () => {
  const read = (text: string, publishedAt = "2024-11-19T18:00:00+08:00") =>
    extractReports({ id: "a", text, publishedAt, timezone: "Asia/Hong_Kong" }).map((r) => ({ who: r.participants.map((p) => p.name).sort().join(" + "), date: r.date.value, venue: r.location.value?.city ?? r.location.value?.region ?? null }));

  it("a section heading of a date and a place dates and places the meetings under it", () => {
    const text = [
      "Chinese President Xi Jinping has packed a dense run of diplomacy into his week in South America.",
      "**Thursday, November 14 – Lima**",
      "He held talks with Peruvian President Dina Boluarte, and the two sides signed a trade protocol.",
      "**Friday, November 15 – Lima**",
      "In his first meeting with Japanese Prime Minister Shigeru Ishiba, the two reaffirmed their relationship.",
    ].join("\n\n");
    expect(read(text)).toEqual([
      { who: "Dina Boluarte + Xi Jinping", date: "2024-11-14", venue: "Lima" },
      { who: "Shigeru Ishiba + Xi Jinping", date: "2024-11-15", venue: "Lima" },
    ]);
  });

  it("`their first summit since the G20 in Bali` does not place this one", () => {
    expect(read("Chinese President Xi Jinping sat down with South Korean President Yoon Suk Yeol in Lima on Friday, their first summit since the G20 in Bali two years ago.")).toEqual([{ who: "Xi Jinping + Yoon Suk Yeol", date: "2024-11-15", venue: "Lima" }]);
  });

  it("`X has also met Y … in October`, told in November, is an earlier meeting", () => {
    expect(read("Japanese Prime Minister Shigeru Ishiba has also met Chinese Premier Li Qiang, on the sidelines of a regional summit in Laos in October.", "2024-11-16T10:00:00+09:00")).toEqual([]);
    // A month ago by two or more is earlier whatever the tense; this month is the news.
    expect(read("Japanese Prime Minister Shigeru Ishiba has met Chinese Premier Li Qiang in Vientiane on Thursday.", "2024-10-11T10:00:00+09:00")).toHaveLength(1);
  });

  it("the day after a meeting's second trigger in its sentence dates it (`Starmer's talks with Xi, after the two leaders met on Tuesday`)", () => {
    expect(read("Exporters welcomed Sir Keir Starmer's talks with Chinese President Xi Jinping, after the two leaders met on Tuesday in Rio de Janeiro.", "2024-11-20T06:00:00+00:00")).toEqual([{ who: "Keir Starmer + Xi Jinping", date: "2024-11-19", venue: "Rio de Janeiro" }]);
  });

  it("a day inside the trigger's words dates it (`talks in Beijing yesterday between A and B`)", () => {
    expect(read("Solomon Islands and China raised their ties following talks in Beijing yesterday between Prime Minister Manasseh Sogavare and Chinese President Xi Jinping.", "2023-07-11T08:15:00+11:00")).toMatchObject([{ who: "Manasseh Sogavare + Xi Jinping", date: "2023-07-10" }]);
  });

  it("a time stamp ending in a dot is not the lead; the lead's day dates the meeting told after it", () => {
    const text = "**Vučić after Brussels talks**\n\n27.02.2023. 22:40\n\nBELGRADE - Serbian President Aleksandar Vučić said on Monday evening, after the high-level meeting in Brussels, that he had signed nothing.\n\nVučić took part in talks hosted by EU High Representative Josep Borrell, also attended by Kosovo Prime Minister Albin Kurti.";
    expect(read(text, "2023-02-27T22:40:00+01:00")).toMatchObject([{ date: "2023-02-27" }]);
  });

  it("a counterpart named after `since` is at an earlier event, not another one met", () => {
    expect(read("Somali President Hassan Sheikh Mohamud flew to Addis Ababa on Saturday for talks with Ethiopian Prime Minister Abiy Ahmed, their first encounter since Turkey's President Recep Tayyip Erdogan brought them together in Ankara.", "2025-01-18T11:30:00+04:00").map((r) => r.who)).toEqual(["Abiy Ahmed + Hassan Sheikh Mohamud"]);
  });

  it("`the two leaders` are the meeting last told when the person named last is in it", () => {
    const text = "# Starmer raises Jimmy Lai case with Xi at G20 talks\n\n![](x.jpg)\n*Keir Starmer and Xi Jinping at their meeting. Photograph: PA*\n\nKeir Starmer has raised the imprisonment of the Hong Kong pro-democracy publisher Mr Jimmy Lai directly with Xi Jinping, in the first talks between a British prime minister and the Chinese leader for six years.\n\nThe two leaders met on Monday on the fringes of the G20 summit in Rio de Janeiro, where Starmer set out his approach. Lai, who is 76, has been held since 2020.";
    expect(read(text, "2024-11-18T22:00:00+00:00").map((r) => r.who)).toEqual(["Keir Starmer + Xi Jinping"]);
  });

  it("one named as an owner is no side of the meeting, unless a pronoun the trigger holds stands for them", () => {
    const quad = "External Affairs Minister S Jaishankar was in Washington on Tuesday for President Donald Trump's inauguration, where he also held his first bilateral meeting with the new Secretary of State, Marco Rubio.";
    expect(read(quad, "2025-01-28T10:00:00+05:30").map((r) => r.who)).toEqual(["Marco Rubio + S Jaishankar"]);
    const trip = "President Gustavo Petro's trip to Venezuela on Tuesday, where President Nicolás Maduro received him at the Miraflores palace, gave both presidents the images they wanted.";
    expect(read(trip, "2022-11-04T10:00:00-05:00").map((r) => r.who)).toEqual(["Gustavo Petro + Nicolás Maduro"]);
  });

  it("`the two leaders` are the last two named when the other was named only after the meeting last told", () => {
    const text = "Argentine President Javier Milei met Pope Francis on Monday. Later, Prime Minister Giorgia Meloni welcomed Milei at Palazzo Chigi. It was the first face-to-face meeting between the two leaders.";
    expect(read(text, "2024-02-13T08:00:00+01:00").map((r) => r.who)).toEqual(["Francis + Javier Milei", "Giorgia Meloni + Javier Milei"]);
    // The sentence that sets the scene places the meeting (past an appositive before its `where`).
    const scene = "Argentine President Javier Milei met Pope Francis on Monday.\n\nFrom the Vatican, the motorcade headed to Palazzo Chigi, the seat of the Italian government, where Prime Minister Giorgia Meloni welcomed Milei. It was the first face-to-face meeting between the two leaders.";
    expect(read(scene, "2024-02-13T08:00:00+01:00").at(-1)).toMatchObject({ who: "Giorgia Meloni + Javier Milei", venue: "Rome" });
  });

  it("a counterpart described as outgoing or interim is still the one met", () => {
    expect(read("The highlight in Lima was Chinese President Xi Jinping's third and probably final meeting with outgoing US President Joe Biden on Saturday.")).toMatchObject([{ who: "Joe Biden + Xi Jinping", date: "2024-11-16" }]);
  });

  it("`at the G20`, `on the sidelines of APEC`: the summit under way at publication, with its calendar venue; `G20 members` is the group", () => {
    const occasion = (text: string) => extractReports({ id: "a", text, publishedAt: "2024-11-20T06:00:00+00:00", timezone: "Europe/London" }).map((r) => [r.occasion?.value ?? null, r.location.value?.city ?? null]);
    expect(occasion("British Prime Minister Keir Starmer met Chinese President Xi Jinping at the G20 on Monday.")).toEqual([["19th G20 Summit", "Rio de Janeiro"]]);
    expect(occasion("British Prime Minister Keir Starmer met Chinese President Xi Jinping on Monday to discuss what G20 members owe poorer countries.")).toEqual([[null, null]]);
  });
});

describe("headlines, earlier meetings and who `the two leaders` are", () => {
  const read = (text: string, publishedAt = "2025-02-24T20:00:00+00:00") =>
    extractReports({ id: "a", text, publishedAt, timezone: "UTC" }).map((r) => ({ who: r.participants.map((p) => p.name).sort().join(" + "), venue: r.location.value?.site ?? r.location.value?.city ?? null, occasion: r.occasion?.value ?? null }));

  it("the prose places a meeting before its headline does, and a summit to come is no occasion", () => {
    const text = "Putin, Pezeshkian hold first talks, agree to continue dialogue at BRICS summit in Kazan\n\nASHGABAT, October 11. /TASS/. Russian President Vladimir Putin has held his first talks with Iranian President Masoud Pezeshkian on the sidelines of an international forum in Ashgabat.";
    expect(read(text, "2024-10-11T15:00:00+03:00")).toEqual([{ who: "Masoud Pezeshkian + Vladimir Putin", venue: "Ashgabat", occasion: null }]);
  });

  it("a building another sentence names in the same city is the venue (`at Perdana Putra` in the headline, `in Putrajaya` in the lead)", () => {
    const text = "Anwar receives Li Qiang at Perdana Putra\n\nMalaysian Prime Minister Anwar Ibrahim held talks with Chinese Premier Li Qiang in Putrajaya on Wednesday.";
    expect(read(text, "2024-06-19T18:00:00+08:00")).toEqual([{ who: "Anwar Ibrahim + Li Qiang", venue: "Perdana Putra", occasion: null }]);
  });

  it("`the two leaders` after a subject, an object and a third person are the subject and the object", () => {
    expect(read("French President Emmanuel Macron urged Donald Trump on Monday not to strike a hasty deal with Vladimir Putin, as the two leaders met at the White House.").map((r) => r.who)).toEqual(["Donald Trump + Emmanuel Macron"]);
  });

  it("whatever the clause of `last met` tells is the meeting before", () => {
    expect(read("Trump and Zelenskyy last met in Paris in December, at a meeting arranged by French President Emmanuel Macron.", "2025-02-28T20:00:00+00:00")).toEqual([]);
  });

  it("`became one of the first leaders to be received by Trump` tells that reception; `setting the stage for talks` is to come", () => {
    expect(read("On February 13, Indian Prime Minister Narendra Modi became one of the first leaders to be received by US President Donald Trump.", "2025-03-01T10:00:00+00:00").map((r) => r.who)).toEqual(["Donald Trump + Narendra Modi"]);
    expect(read("Prime Minister Narendra Modi left for Washington, setting the stage for his first talks with US President Donald Trump.", "2025-02-12T10:00:00+00:00")).toEqual([]);
  });

  it("`the Leader of the Islamic Revolution` is an office, not a person named `Islamic Revolution`", () => {
    expect(read("Russian President Vladimir Putin met the Leader of the Islamic Revolution, Ayatollah Ali Khamenei, in Tehran on Monday.").map((r) => r.who)).toEqual(["Ali Khamenei + Vladimir Putin"]);
  });
});

describe("meetings of three as captions, lists and pronouns tell them", () => {
  const read = (text: string, publishedAt = "2023-07-11T09:00:00+03:00", timezone = "Europe/Vilnius") =>
    extractReports({ id: "a", text, publishedAt, timezone }).map((r) => ({ who: r.participants.map((p) => p.name).sort().join(" + "), date: r.date.value, venue: r.location.value?.city ?? null, mode: r.mode }));

  it("a caption of two of a meeting of three the prose tells pictures that meeting, unless it names another day", () => {
    const caption = (day: string) => `![](oval.jpg)\n*U.S. President Donald Trump meets with Ukraine's President Volodymyr Zelenskyy in the Oval Office, ${day}.*`;
    const prose = "WASHINGTON (AP) — A meeting fell apart on February 28 as President Donald Trump and Vice President JD Vance scolded Ukrainian President Volodymyr Zelenskyy in front of cameras during their talks at the White House.";
    expect(read(`${caption("2/28/2025")}\n\n${prose}`, "2025-02-28T20:00:00-05:00", "America/New_York").map((r) => r.who)).toEqual(["Donald Trump + JD Vance + Volodymyr Zelenskyy"]);
    expect(read(`${caption("February 18, 2025")}\n\n${prose}`, "2025-02-28T20:00:00-05:00", "America/New_York").map((r) => r.who)).toEqual(["Donald Trump + Volodymyr Zelenskyy", "Donald Trump + JD Vance + Volodymyr Zelenskyy"]);
  });

  it("a caption naming three, `a meeting with A and B`, `sat down with A and B for talks`, and `A, B and C … before their meeting`", () => {
    expect(read("![The three leaders](camp-david.jpg)\n*US President Joe Biden walks with Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at Camp David, Maryland, on August 18, 2023.*", "2023-08-18T20:00:00-04:00", "America/New_York")).toEqual([
      { who: "Fumio Kishida + Joe Biden + Yoon Suk Yeol", date: "2023-08-18", venue: "Camp David", mode: "in-person" },
    ]);
    expect(read("NATO Secretary General Jens Stoltenberg walked out of a meeting with Turkish President Recep Tayyip Erdoğan and Swedish Prime Minister Ulf Kristersson late yesterday.").map((r) => r.who)).toEqual([
      "Jens Stoltenberg + Recep Tayyip Erdoğan + Ulf Kristersson",
    ]);
    expect(read("Prime Minister Ulf Kristersson sat down with Turkey's President Recep Tayyip Erdoğan and the alliance's secretary general, Jens Stoltenberg, for talks on Monday.").map((r) => r.who)).toEqual([
      "Jens Stoltenberg + Recep Tayyip Erdoğan + Ulf Kristersson",
    ]);
    expect(read("![The three](vilnius.jpg)\n*President Recep Tayyip Erdoğan (L), NATO Secretary-General Jens Stoltenberg (C) and Swedish PM Ulf Kristersson pose for a photo before their meeting, Vilnius, Lithuania. (AA Photo)*")).toMatchObject([
      { who: "Jens Stoltenberg + Recep Tayyip Erdoğan + Ulf Kristersson", venue: "Vilnius" },
    ]);
  });

  it("`met A and B` without more may be two meetings, and stays so", () => {
    expect(read("Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi and Lao Foreign Minister Saleumxay Kommasith on Monday.").map((r) => r.who)).toEqual([
      "Bui Thanh Son + Wang Yi",
      "Bui Thanh Son + Saleumxay Kommasith",
    ]);
  });

  it("the eve of an occasion is the day before its first", () => {
    expect(read("On the eve of the Nato summit in Vilnius, which ran from July 11th to 12th, Prime Minister Ulf Kristersson sat down with Turkey's President Recep Tayyip Erdoğan.", "2023-07-14T09:00:00+02:00", "Europe/Stockholm")).toMatchObject([
      { date: "2023-07-10", venue: "Vilnius" },
    ]);
  });
});

describe("earlier and later meetings of the same people", () => {
  const read = (text: string, publishedAt = "2023-08-16T09:00:00+09:00", timezone = "Asia/Seoul") =>
    extractReports({ id: "a", text, publishedAt, timezone }).map((r) => ({ who: r.participants.map((p) => p.name).sort().join(" + "), venue: r.location.value?.city ?? null, date: r.date.value }));

  it("a headline's infinitive is its future, and `last held talks` the meeting before", () => {
    expect(read("Yoon to leave for Camp David on Thursday for first standalone summit with Biden, Kishida\n\nPresident Yoon Suk Yeol will depart on Thursday for a summit with US President Joe Biden and Japanese Prime Minister Fumio Kishida.")).toEqual([]);
    expect(read("President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida last held talks in Vilnius on the sidelines of the NATO summit.")).toEqual([]);
    expect(read("Relations began to thaw in March, when President Yoon Suk Yeol visited Tokyo for a summit with Japanese Prime Minister Fumio Kishida.", "2023-08-22T09:00:00+09:00", "Asia/Tokyo")).toEqual([]);
  });

  it("a sentence about their earlier meeting does not place this one", () => {
    expect(read("President Recep Tayyip Erdoğan held talks with Finnish President Sauli Niinistö on Friday. Erdoğan and Niinistö previously met on the sidelines of the NATO summit in Madrid in June.", "2023-03-18T09:00:00+03:00", "Europe/Istanbul")).toMatchObject([
      { venue: null, date: "2023-03-17" },
    ]);
  });

  it("a country after `at` is no venue; a call has none; `Monday's deal` does not date a call", () => {
    expect(read("President Joe Biden hosted Prime Minister Fumio Kishida on Friday, in a show of unity aimed squarely at China.", "2023-08-19T09:00:00-04:00", "America/New_York")).toMatchObject([{ venue: null }]);
    expect(read("The ground for Monday's deal was partly laid on Sunday, when US President Joe Biden spoke with Turkish President Recep Tayyip Erdoğan by phone in Vilnius.", "2023-07-11T09:00:00+03:00", "Europe/Vilnius")).toEqual([
      { who: "Joe Biden + Recep Tayyip Erdoğan", venue: null, date: "2023-07-09" },
    ]);
  });

  it("a headline names the place its story's prose leaves out, and a dateline names the city of a region the text gives", () => {
    expect(read("**Türkiye agrees to send protocol to parliament after trilateral meeting in Vilnius**\n\nVILNIUS (AA) - NATO Secretary General Jens Stoltenberg announced on Monday an agreement after a trilateral meeting with President Recep Tayyip Erdogan and Swedish Prime Minister Ulf Kristersson.", "2023-07-10T23:00:00+03:00", "Europe/Istanbul")).toMatchObject([
      { who: "Jens Stoltenberg + Recep Tayyip Erdogan + Ulf Kristersson", venue: "Vilnius" },
    ]);
    expect(read("CAMP DAVID, Maryland, Aug. 18 (Yonhap) -- President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held talks at the mountain retreat in Maryland on Friday.", "2023-08-19T09:00:00+09:00")).toMatchObject([{ venue: "Camp David" }]);
  });
});

describe("mediated meetings and the same three on two days", () => {
  const read = (text: string, publishedAt = "2023-12-28T10:00:00+03:00", timezone = "Europe/Istanbul") =>
    extractReports({ id: "a", text, publishedAt, timezone }).map((r) => ({ who: r.participants.map((p) => p.name).sort().join(" + "), date: r.date.value }));

  it("two named together as a subject meet its object together, each day the text names", () => {
    expect(read("On 27 February, Serbian President Aleksandar Vucic and Kosovo's Prime Minister Albin Kurti sat down in Brussels with EU foreign policy chief Josep Borrell. Three weeks later, on 18 March, Vucic and Kurti met Borrell again in Ohrid.")).toEqual([
      { who: "Albin Kurti + Aleksandar Vucic + Josep Borrell", date: "2023-02-27" },
      { who: "Albin Kurti + Aleksandar Vucic + Josep Borrell", date: "2023-03-18" },
    ]);
  });

  it("taking part in talks someone hosts is a meeting of the host and those who take part; negotiations are talks", () => {
    expect(read("President Aleksandar Vučić took part in talks hosted by EU High Representative for Foreign Affairs and Security Policy Josep Borrell, which were also attended by Kosovo Prime Minister Albin Kurti, on Monday.", "2023-02-27T23:00:00+01:00", "Europe/Belgrade").map((r) => r.who)).toEqual([
      "Albin Kurti + Aleksandar Vučić + Josep Borrell",
    ]);
    expect(read("Josep Borrell announced the outcome after some 12 hours of negotiations with Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti.", "2023-03-18T19:20:00-04:00", "America/New_York").map((r) => r.who)).toEqual([
      "Albin Kurti + Aleksandar Vucic + Josep Borrell",
    ]);
  });

  it("a headline that someone heads somewhere for talks is a preview; taking part in talks already told is no meeting of one's own", () => {
    expect(read("Petro heads to Caracas for first face-to-face talks with Maduro\n\nThe presidency confirmed the trip on Monday evening.", "2022-10-31T20:00:00-05:00", "America/Bogota")).toEqual([]);
    expect(read("President Gustavo Petro held talks with President Nicolás Maduro at Miraflores Palace on Tuesday. Among those taking part in the talks were Colombian Foreign Minister Álvaro Leyva and Colombia's ambassador, Armando Benedetti.", "2022-11-01T20:00:00-04:00", "America/Caracas").map((r) => r.who)).toEqual([
      "Gustavo Petro + Nicolás Maduro",
    ]);
  });

  it("`a day after A and his counterpart, B, held their first meeting` dates it a day before", () => {
    expect(read("Bogotá, Nov 2 (EFE).- Relations entered a new phase on Wednesday, a day after President Gustavo Petro and his Venezuelan counterpart, Nicolás Maduro, held their first meeting in Caracas.", "2022-11-02T18:00:00-05:00", "America/Bogota")).toEqual([
      { who: "Gustavo Petro + Nicolás Maduro", date: "2022-11-01" },
    ]);
  });
});

describe("names that hold a word of a title", () => {
  const who = (text: string) => extractReports({ id: "a", text, publishedAt: "2025-01-11T18:00:00+03:00", timezone: "Africa/Addis_Ababa" }).map((r) => r.participants.map((p) => p.name).sort().join(" + "));

  it("an honorific after a name word is part of the name (`Hassan Sheikh Mohamud`), and the short form finds it", () => {
    expect(who("Prime Minister Abiy Ahmed held talks today with President Hassan Sheikh Mohamud of Somalia. Abiy and Hassan Sheikh agreed to restore ties.")).toEqual(["Abiy Ahmed + Hassan Sheikh Mohamud"]);
  });

  it("an adverb that opens a sentence is not a given name (`Then Trump …`)", () => {
    expect(who("President Cyril Ramaphosa met President Donald Trump at the White House on Wednesday. Then Trump played a video.")).toEqual(["Cyril Ramaphosa + Donald Trump"]);
  });
});

describe("delegations, lists of several, previews and time spent together", () => {
  const read = (text: string, publishedAt = "2023-03-11T10:00:00+08:00", timezone = "Asia/Shanghai") =>
    extractReports({ id: "a", text, publishedAt, timezone }).map((r) => ({ who: r.participants.map((p) => p.name).sort().join(" + "), date: r.date.value }));
  const who = (text: string, publishedAt?: string) => read(text, publishedAt).map((r) => r.who);

  it("talks between delegations are talks of their heads, and of whoever takes part", () => {
    expect(read("Negotiations took place in Muscat during the period 2-4 May 2023 between the delegation of the Republic of Yemen, headed by Dr. Ahmed Awad bin Mubarak, and the delegation of the Kingdom of Bahrain, headed by Abdullatif bin Rashid Al Zayani, with the participation of Sayyid Badr Albusaidi.", "2023-05-05T10:00:00+04:00")).toEqual([]);
    expect(read("Talks were held in Muscat during the period 2-4 May 2023 between the delegation of the Republic of Yemen, headed by Dr. Ahmed Awad bin Mubarak, and the delegation of the Kingdom of Bahrain, headed by Abdullatif bin Rashid Al Zayani, with the participation of Sayyid Badr Albusaidi.", "2023-05-05T10:00:00+04:00")).toEqual([
      { who: "Abdullatif bin Rashid Al Zayani + Ahmed Awad bin Mubarak + Badr Albusaidi", date: "2023-05-02/2023-05-04" },
    ]);
    expect(who("The communique followed talks held in Muscat between a Yemeni delegation headed by Ahmed Awad bin Mubarak and a Bahraini delegation led by Abdullatif bin Rashid Al Zayani.")).toEqual(["Abdullatif bin Rashid Al Zayani + Ahmed Awad bin Mubarak"]);
  });

  it("a meeting its own sentences do not date takes the day a sentence about it names it by", () => {
    const date = (text: string) => extractReports({ id: "a", text, publishedAt: "2023-03-19T10:00:00+01:00", timezone: "Europe/Belgrade" }).map((r) => r.date.value);
    const told = "The EU foreign policy chief Josep Borrell, who chaired the meeting with Prime Minister Albin Kurti and President Aleksandar Vucic, said both sides had agreed on the annex.";
    expect(date(`${told}\n\nYesterday's meeting kept to the usual format of the dialogue.`)).toEqual(["2023-03-18"]);
    // Someone else named in the clause, or a meeting before this one: not its day.
    expect(date(`${told}\n\nYesterday's meeting of Prime Minister Edi Rama with the envoys kept to the usual format.`)).toEqual([null]);
    expect(date(`${told}\n\nLittle had moved since Monday's meeting in Brussels.`)).toEqual([null]);
  });

  it("a pronoun opening a section stands for the story's principal", () => {
    const read = (text: string) => extractReports({ id: "a", text, publishedAt: "2025-04-04T20:00:00+05:30", timezone: "Asia/Kolkata" }).map((r) => r.participants.map((p) => p.name).sort().join(" + "));
    const story = "Indian Prime Minister Narendra Modi met Chief Adviser Muhammad Yunus in Bangkok on Friday.\n\nYunus, the Nobel laureate, also gave Modi a photograph.\n\n";
    expect(read(`${story}## Talks with Oli\n\nHe also met Nepal Prime Minister K.P. Sharma Oli on the margins of the summit.`)).toEqual(["Muhammad Yunus + Narendra Modi", "K.P. Sharma Oli + Narendra Modi"]);
    // Within a section, the one who opens a sentence before it, as before.
    expect(read(`${story}He also met Nepal Prime Minister K.P. Sharma Oli on the margins of the summit.`)).toEqual(["Muhammad Yunus + Narendra Modi", "K.P. Sharma Oli + Muhammad Yunus"]);
  });

  it("who speaks of a meeting is no side of it, and `during the meeting` is the meeting just told", () => {
    const read = (text: string) => extractReports({ id: "a", text, publishedAt: "2025-04-04T20:00:00+06:00", timezone: "Asia/Dhaka" }).map((r) => [r.participants.map((p) => p.name).sort().join(" + "), r.date.value]);
    const met = "Chief Adviser Muhammad Yunus and Indian Prime Minister Narendra Modi held a bilateral meeting today in Bangkok.";
    expect(read(`${met}\n\nBriefing reporters, Press Secretary Shafiqul Alam said the meeting was held in a cordial atmosphere.`)).toEqual([["Muhammad Yunus + Narendra Modi", "2025-04-04"]]);
    expect(read(`${met}\n\nDuring the meeting, Yunus gave Modi a photograph taken at a science congress in Mumbai on January 3, 2015.`)).toEqual([["Muhammad Yunus + Narendra Modi", "2025-04-04"]]);
    // The one told in a call is a side of it.
    expect(read("US Secretary of State Marco Rubio told Chinese Foreign Minister Wang Yi in a telephone call on Friday that ties must serve both.")).toEqual([["Marco Rubio + Wang Yi", "2025-04-04"]]);
  });

  it("leaders named signing one joint text together meet", () => {
    const read = (text: string) => extractReports({ id: "a", text, publishedAt: "2025-08-09T10:00:00+04:00", timezone: "Asia/Yerevan" }).map((r) => [r.participants.map((p) => p.name).sort().join(" + "), r.date.value, r.location.value?.city ?? null]);
    expect(read("Prime Minister Nikol Pashinyan, President Donald Trump and President Ilham Aliyev yesterday signed a joint declaration at the White House.")).toEqual([["Donald Trump + Ilham Aliyev + Nikol Pashinyan", "2025-08-08", "Washington"]]);
    // Countries signing, or a signing to come, are no meeting.
    expect(read("Armenia and Azerbaijan signed a joint declaration on Friday.")).toEqual([]);
    expect(read("Prime Minister Nikol Pashinyan and President Ilham Aliyev will sign a joint declaration at the White House on Friday.")).toEqual([]);
  });

  it("`had spoken by phone with` in reported speech is the story's call; a meeting as such is none", () => {
    const read = (text: string) => extractReports({ id: "a", text, publishedAt: "2025-01-26T09:00:00+02:00", timezone: "Asia/Jerusalem" }).map((r) => [r.participants.map((p) => p.name).sort().join(" + "), r.mode, r.date.value]);
    expect(read("US President Donald Trump said on Saturday that he had spoken by phone with Jordan's King Abdullah II.")).toEqual([["Abdullah II + Donald Trump", "phone", "2025-01-25"]]);
    expect(read("New Zealand Prime Minister Christopher Luxon flies to Beijing on Tuesday. A meeting with Chinese President Xi Jinping is, in itself, a signal that Beijing wants calm.")).toEqual([]);
    // A list of those met does not run on into a clause of its own.
    expect(read("US President Donald Trump said on Saturday that he had spoken by phone with Jordan's King Abdullah II, adding that he would put the same request to Egyptian President Abdel Fattah el-Sisi.")).toEqual([["Abdullah II + Donald Trump", "phone", "2025-01-25"]]);
  });

  it("a day before a trigger that dates something else does not split the meeting; nor does a day after `before`", () => {
    const read = (text: string, publishedAt: string) => extractReports({ id: "a", text, publishedAt, timezone: "UTC" }).map((r) => [r.participants.map((p) => p.name).sort().join(" + "), r.date.value]);
    const kbc = "BEIJING – President William Ruto on Thursday held bilateral talks with President Xi Jinping at the Great Hall of the People.\n\nThe Head of State, who is on a state visit to China that runs until Saturday, was received by President Xi with a welcome ceremony.";
    expect(read(kbc, "2025-04-24T18:00:00+00:00")).toEqual([["William Ruto + Xi Jinping", "2025-04-24"]]);
    const paris = "The US president met Volodymyr Zelensky in Paris before being received by Emmanuel Macron for a state visit on Saturday.\n\nUS President Joe Biden sat down with Ukrainian President Volodymyr Zelensky in Paris on Friday.";
    expect(read(paris, "2024-06-09T10:00:00+00:00")).toEqual([["Joe Biden + Volodymyr Zelensky", "2024-06-07"], ["Emmanuel Macron + Joe Biden", "2024-06-08"]]);
  });

  it("title words joined by a hyphen are a title (`Vice-President`)", () => {
    const text = "US Vice-President Kamala Harris met Ghanaian President Nana Akufo-Addo in Accra on Monday. Ms Harris said ties were strong.";
    expect(extractReports({ id: "a", text, publishedAt: "2023-03-28T09:00:00+00:00", timezone: "UTC" }).map((r) => r.participants.map((p) => [p.name, p.title, p.country]))).toEqual([
      [["Kamala Harris", "US Vice-President", "US"], ["Nana Akufo-Addo", "Ghanaian President", "GH"]],
    ]);
  });

  it("a short form the reference data knows is not someone it knows as another", () => {
    const text = "Washington, Feb. 11 (Petra) -- His Majesty King Abdullah II met with US President Donald Trump at the White House on Tuesday, with His Royal Highness Crown Prince Al Hussein bin Abdullah II accompanying His Majesty.";
    expect(extractReports({ id: "a", text, publishedAt: "2025-02-12T09:00:00+03:00", timezone: "Asia/Amman" }).map((r) => r.participants.map((p) => p.name).sort().join(" + "))).toEqual(["Abdullah II + Donald Trump"]);
  });

  it("a name after an elided `de`, and a newsroom's staff, are no people", () => {
    const who2 = (text: string) => extractReports({ id: "a", text, publishedAt: "2023-03-28T09:00:00+00:00", timezone: "UTC" }).map((r) => r.participants.map((p) => p.name).sort().join(" + "));
    expect(who2("In Accra on Monday, US Vice President Kamala Harris met President Nana Akufo-Addo and then announced aid for Ghana, Benin, Cote d'Ivoire and Togo.")).toEqual(["Kamala Harris + Nana Akufo-Addo"]);
    expect(who2("By The New Arab Staff\n\nPalestinians who spoke to The New Arab Staff on Saturday said they would stay.")).toEqual([]);
  });

  it("a call made to someone, a phoning, and the readout of a call are calls", () => {
    const calls = (text: string) => extractReports({ id: "a", text, publishedAt: "2024-12-28T18:00:00+04:00", timezone: "Asia/Baku" }).map((r) => [r.participants.map((p) => p.name).sort().join(" + "), r.mode, r.date.value]);
    expect(calls("On December 28, Russian President Vladimir Putin made a phone call to Azerbaijani President Ilham Aliyev.")).toEqual([["Ilham Aliyev + Vladimir Putin", "phone", "2024-12-28"]]);
    expect(calls("Russian President Vladimir Putin phoned Azerbaijani President Ilham Aliyev on Saturday.")).toEqual([["Ilham Aliyev + Vladimir Putin", "phone", "2024-12-28"]]);
    expect(calls("Azerbaijani President Ilham Aliyev received on Saturday a phone call from Russian President Vladimir Putin.")).toEqual([["Ilham Aliyev + Vladimir Putin", "phone", "2024-12-28"]]);
    expect(calls("Russian President Vladimir Putin apologized to Azerbaijani President Ilham Aliyev on Saturday over the crash.\n\nIn a readout of the phone call, the Kremlin said Putin had offered condolences.")).toEqual([["Ilham Aliyev + Vladimir Putin", "phone", "2024-12-28"]]);
    // A call to come is no call; nor is a call for something.
    expect(calls("Russian President Vladimir Putin will make a phone call to Azerbaijani President Ilham Aliyev on Monday.")).toEqual([]);
    expect(calls("Azerbaijani President Ilham Aliyev made a call for an international inquiry, and Russian President Vladimir Putin said nothing.")).toEqual([]);
  });

  it("a meeting told by how it went on the day is a meeting of everyone the sentence names", () => {
    expect(who("A Kremlin meeting meant to settle the grain dispute broke down on Tuesday in an angry exchange, as President Vladimir Putin and Foreign Minister Sergei Lavrov lectured Turkish President Recep Tayyip Erdogan before the cameras.", "2023-07-12T10:00:00+03:00")).toEqual(["Recep Tayyip Erdogan + Sergei Lavrov + Vladimir Putin"]);
    // Without a day after the verb it is an earlier event, told in passing; and a meeting that
    // could still fall apart has not.
    expect(who("Talks between President Vladimir Putin and President Recep Tayyip Erdogan collapsed in 2019 over Syria.", "2023-07-12T10:00:00+03:00")).toEqual([]);
    expect(who("The summit of President Vladimir Putin and President Recep Tayyip Erdogan could still fall apart on Friday.", "2023-07-12T10:00:00+03:00")).toEqual([]);
    // `The meeting was friendly`, with both sides named in the sentence; naming one tells nothing.
    expect(who("On July 11, Swedish Prime Minister Ulf Kristersson was the first Nordic leader to visit.\n\nThe meeting was cordial, but Kristersson pressed President Recep Tayyip Erdogan on the ratification.", "2023-07-12T10:00:00+03:00")).toEqual(["Recep Tayyip Erdogan + Ulf Kristersson"]);
    expect(who("On July 11, Swedish Prime Minister Ulf Kristersson was the first Nordic leader to visit.\n\nThe meeting was cordial, Kristersson said.", "2023-07-12T10:00:00+03:00")).toEqual([]);
  });

  it("a byline's time stamp is not a section heading that dates what follows", () => {
    const text = "*Leaders came to Washington all month.*\n\nBy Jane Roe\nPublished On 1 Mar 2025\n\n**France's Macron: a warm welcome**\n\nOn February 24, French President Emmanuel Macron was the first European leader to visit. The meeting was friendly, but Macron corrected President Donald Trump in front of cameras.";
    const reports = extractReports({ id: "a", text, publishedAt: "2025-03-01T10:00:00+03:00", timezone: "Asia/Qatar" });
    expect(reports.map((r) => [r.participants.map((p) => p.name).sort().join(" + "), r.date.value])).toEqual([["Donald Trump + Emmanuel Macron", "2025-02-24"]]);
  });

  it("three or more named as one subject meet together, and a host receiving several receives them together", () => {
    expect(who("Chancellor Olaf Scholz, President Emmanuel Macron and Prime Minister Mario Draghi on Thursday met President Volodymyr Zelensky in Kyiv.", "2022-06-17T10:00:00+03:00")).toEqual(["Emmanuel Macron + Mario Draghi + Olaf Scholz + Volodymyr Zelensky"]);
    expect(who("Chancellor Olaf Scholz, President Emmanuel Macron and Prime Minister Mario Draghi held talks in Kyiv on Thursday.", "2022-06-17T10:00:00+03:00")).toEqual(["Emmanuel Macron + Mario Draghi + Olaf Scholz"]);
    expect(who("President Volodymyr Zelensky received, on Thursday in Kyiv, Chancellor of Germany Olaf Scholz, President of France Emmanuel Macron and Prime Minister of Italy Mario Draghi.", "2022-06-17T10:00:00+03:00")).toEqual(["Emmanuel Macron + Mario Draghi + Olaf Scholz + Volodymyr Zelensky"]);
  });

  it("members of a delegation, or those accompanying someone, are no meeting of their own", () => {
    expect(who("Foreign Minister Sergey Lavrov and Deputy Prime Minister Alexander Novak were among the members of the Russian delegation at the talks.")).toEqual([]);
    expect(who("President Joko Widodo held talks with President Xi Jinping in Chengdu on Thursday. At the talks, President Joko Widodo was accompanied, among others, by Minister of State-Owned Enterprises Erick Thohir.", "2023-07-28T10:00:00+08:00")).toEqual(["Joko Widodo + Xi Jinping"]);
  });

  it("talks a clause says are expected, and an event weeks before the one told, are not reports", () => {
    expect(who("Talks with Kono Taro are expected, and a meeting with Li Qiang, the premier who chairs the State Council, is seen as likely.")).toEqual([]);
    expect(who("Le Hoai Trung held talks with Wang Yi in Beijing on Friday, who is expected to visit Hanoi next year.")).toEqual(["Le Hoai Trung + Wang Yi"]);
    expect(who("The visit came barely a month after President Cyril Ramaphosa travelled to Beijing and held talks with his Chinese counterpart Xi Jinping.")).toEqual([]);
    expect(who("Two weeks after their first meeting, President Cyril Ramaphosa held talks with President Xi Jinping again on Friday.")).toEqual(["Cyril Ramaphosa + Xi Jinping"]);
  });

  it("`met today in Beijing with`, `talks earlier Monday between`, `spent seven hours with`", () => {
    expect(who("Secretary of Commerce Gina M. Raimondo met today in Beijing with People's Republic of China (PRC) Minister of Commerce Wang Wentao.", "2023-08-28T22:00:00+08:00")).toEqual(["Gina M. Raimondo + Wang Wentao"]);
    expect(who("The session followed two hours of talks earlier Monday between Janet Yellen and Premier Li Qiang at the state guesthouse.", "2023-07-10T22:00:00+08:00")).toEqual(["Janet Yellen + Li Qiang"]);
    expect(who("On Saturday, Treasury Secretary Janet Yellen spent more than five hours with Premier Li Qiang, including a working lunch.", "2023-07-10T22:00:00+08:00")).toEqual(["Janet Yellen + Li Qiang"]);
  });

  it("a caption that calls itself a file photo, and a body co-chaired by countries, are no meetings", () => {
    const text = "Trump will host the two leaders on Friday.\n\n![](https://x.test/p.jpg)\nNikol Pashinyan and Ilham Aliyev in a file photo.\n\nFor three decades the talks were co-chaired by France, Russia and the United States.";
    expect(extractReports({ id: "a", text, publishedAt: "2025-08-07T10:00:00+04:00", timezone: "Asia/Yerevan" })).toEqual([]);
    // Two people named as co-chairs are a meeting, as before.
    expect(who("Foreign Minister Bùi Thanh Sơn and Cambodian Deputy Prime Minister Prak Sokhonn co-chaired the 18th session of the Joint Commission on Thursday.")).toEqual(["Bùi Thanh Sơn + Prak Sokhonn"]);
  });

  it("a caption of a country's own leaders side by side is no meeting; of two countries' leaders it is", () => {
    const read = (text: string) => extractReports({ id: "a", text, publishedAt: "2024-03-06T10:00:00+01:00", timezone: "Europe/Warsaw" }).map((r) => r.participants.map((p) => p.name).sort().join(" + "));
    expect(read("![](https://x.test/p.jpg) |\nPolish President Andrzej Duda and Polish Prime Minister Donald Tusk.\n\nThe two will travel to Washington next week.")).toEqual([]);
    expect(read("![](https://x.test/p.jpg) |\nPolish President Andrzej Duda and US President Joe Biden.")).toEqual(["Andrzej Duda + Joe Biden"]);
  });

  it("a caption of a year before the story's shows an earlier meeting; a royal household's credit names no one", () => {
    const read = (text: string) => extractReports({ id: "a", text, publishedAt: "2025-08-13T10:00:00+03:00", timezone: "Europe/Helsinki" }).map((r) => r.participants.map((p) => p.name).sort().join(" + "));
    expect(read("Trump and Putin are to meet in Alaska on Friday.\n\n![](https://x.test/p.jpg) |\nDonald Trump and Vladimir Putin in Helsinki in 2018.")).toEqual([]);
    expect(read("![](https://x.test/p.jpg) |\nDonald Trump and Vladimir Putin in Helsinki in 2025.")).toEqual(["Donald Trump + Vladimir Putin"]);
    expect(read("![](https://x.test/p.jpg) |\nPresident Volodymyr Zelenskyy at Sandringham House (Royal Family/X)")).toEqual([]);
  });

  it("a file photo is no report; a photo's position markers name those pictured", () => {
    expect(who("Modi due in Paris\n\n![](https://x.test/p.jpg)\nFile photo: Prime Minister Narendra Modi with President Emmanuel Macron.\n\nThe visit starts on Thursday.")).toEqual([]);
    expect(who("Talks end in Muscat\n\n![](https://x.test/p.jpg)\n*Ahmed Awad bin Mubarak (L), Badr Albusaidi (C) and Abdullatif bin Rashid Al Zayani (R) after the trilateral talks in Muscat.*\n\nThe talks ended on Thursday.")).toEqual([
      "Abdullatif bin Rashid Al Zayani + Ahmed Awad bin Mubarak + Badr Albusaidi",
    ]);
  });

  it("`Un` ends a Korean name; a bank is no one", () => {
    expect(who("Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks on Wednesday.", "2023-09-14T10:00:00+09:00")).toEqual(["Kim Jong Un + Vladimir Putin"]);
    expect(who("The two leaders held talks and witnessed the signing of a deal between the Reserve Bank of India and the Central Bank of the UAE.")).toEqual([]);
  });

  it("a second mention of the same days or span is the same meeting", () => {
    expect(read("Wang Yi, Ahmed Awad bin Mubarak and Abdullatif bin Rashid Al Zayani at the close of the trilateral talks in Beijing on March 10. The statement followed talks held in Beijing from March 6 to 10 between a Yemeni delegation headed by Ahmed Awad bin Mubarak and a Bahraini delegation led by Abdullatif bin Rashid Al Zayani.")).toEqual([
      { who: "Abdullatif bin Rashid Al Zayani + Ahmed Awad bin Mubarak + Wang Yi", date: "2023-03-10" },
    ]);
  });

  it("one who came alongside others is a side with them; a meeting likely to come is none", () => {
    expect(who("Italian Prime Minister Giorgia Meloni flew home. On Sunday, Meloni was back in Carthage, this time alongside Commission chief Ursula von der Leyen and Dutch premier Mark Rutte, for a meeting with President Kais Saied.", "2023-06-12T10:00:00+02:00")).toEqual([
      "Giorgia Meloni + Kais Saied + Mark Rutte + Ursula von der Leyen",
    ]);
    expect(who("Foreign Secretary Vinay Kwatra briefed reporters. Defence deals are also likely to figure in the talks.", "2023-07-12T10:00:00+05:30")).toEqual([]);
  });

  it("a meeting without a date of its own takes the day of the sentence that sets its scene", () => {
    expect(read("Prime Minister Narendra Modi arrived in Paris on Thursday. He met Prime Minister Élisabeth Borne before addressing the diaspora.", "2023-07-15T10:00:00+02:00")).toEqual([
      { who: "Narendra Modi + Élisabeth Borne", date: "2023-07-13" },
    ]);
    expect(read("President Mohamed bin Zayed received Prime Minister Narendra Modi in Abu Dhabi on Saturday.\n\nModi came from Paris, where on Friday he watched the parade. Rafale jets flew past.\n\nLater that day, Modi held talks with President Emmanuel Macron at the Elysee Palace.", "2023-07-15T20:00:00+04:00")).toEqual([
      { who: "Mohamed bin Zayed + Narendra Modi", date: "2023-07-15" },
      { who: "Emmanuel Macron + Narendra Modi", date: "2023-07-14" },
    ]);
  });

  it("a country of several words with a possessive in it is read whole", () => {
    const [report] = extractReports({ id: "a", text: "Chairman of the State Affairs of the Democratic People's Republic of Korea Kim Jong Un held talks with President Vladimir Putin on Wednesday.", publishedAt: "2023-09-13T18:00:00+03:00", timezone: "Europe/Moscow" });
    expect(report?.participants.map((p) => p.country)).toEqual(["KP", "RU"]);
  });

  it("a place known by an abbreviation in capitals is not read in a word that merely spells it (`La Seine`)", () => {
    const venue = (text: string) => extractReports({ id: "a", text, publishedAt: "2023-07-14T10:00:00+02:00", timezone: "Europe/Paris" }).map((r) => r.location.value?.city ?? null);
    expect(venue("Prime Minister Narendra Modi met Senate President Gérard Larcher at La Seine Musicale on Thursday.")).toEqual([null]);
    expect(venue("Prime Minister Narendra Modi met Mayor Karen Bass in LA on Thursday.")).toEqual(["Los Angeles"]);
  });

  it("the same two on two days of the week are two meetings; a headline's undated trigger joins either", () => {
    expect(read("Xi, Putin hold talks in Moscow\n\nPresident Xi Jinping held talks with President Vladimir Putin at the Kremlin on Tuesday. On Monday afternoon, Xi and Putin held an informal meeting over dinner.", "2023-03-22T01:00:00+08:00")).toEqual([
      { who: "Vladimir Putin + Xi Jinping", date: "2023-03-21" },
      { who: "Vladimir Putin + Xi Jinping", date: "2023-03-20" },
    ]);
    expect(read("Bogotá, Nov 2 (EFE).- Relations entered a new phase on Wednesday, a day after President Gustavo Petro and his Venezuelan counterpart, Nicolás Maduro, held their first meeting in Caracas. The two leaders met on Tuesday for several hours.", "2022-11-02T18:00:00-05:00", "America/Bogota")).toEqual([
      { who: "Gustavo Petro + Nicolás Maduro", date: "2022-11-01" },
    ]);
  });

  it("a pronoun that opens a sentence stands for the one who opened a sentence before it", () => {
    expect(who("President Xi Jinping held talks with President Vladimir Putin in Moscow on Tuesday. Meanwhile, Prime Minister Kishida Fumio arrived in Kyiv by train. He toured Bucha and met President Volodymyr Zelensky.", "2023-03-22T01:00:00+08:00")).toEqual(["Vladimir Putin + Xi Jinping", "Kishida Fumio + Volodymyr Zelensky"]);
    expect(who("Instead, President Claudia Sheinbaum spent Tuesday in bilateral meetings. The most important was with the host, Prime Minister Mark Carney. She also met Prime Minister Narendra Modi.", "2025-06-18T10:00:00-06:00")).toContain("Claudia Sheinbaum + Narendra Modi");
  });

  it("what could happen, has yet to, or will happen after `and` is no meeting; nor is a schedule's later stop", () => {
    expect(who("Reports say Xi could hold his first conversation with President Volodymyr Zelensky after the trip.")).toEqual([]);
    expect(who("Critics note that Xi Jinping has yet to speak with President Volodymyr Zelensky.")).toEqual([]);
    expect(who("President Joe Biden will next week host Prime Minister Kishida Fumio for a state visit and hold a first three-way summit with Kishida and President Ferdinand Marcos Jr.")).toEqual([]);
    expect(who("President Ebrahim Raisi is expected to hold talks with President Yoweri Museveni in Kampala later today before travelling on to Harare on Thursday for a meeting with President Emmerson Mnangagwa.")).toEqual([]);
  });

  it("a caption credited as a file picture is no report", () => {
    expect(who("Xi to visit Moscow\n\n![](https://x.test/p.jpg)\nXi Jinping and Vladimir Putin at a summit in Samarkand in September 2022 [File: Reuters]\n\nThe visit was announced on Friday.")).toEqual([]);
  });

  it("an article whose one meeting is named only in a photo caption tells it in its prose too", () => {
    const text = "Leaders set trade goal\n\n![](https://x.test/p.jpg)\n*Prime Minister Narendra Modi with President Vladimir Putin during talks at the Kremlin in Moscow on Tuesday. Photo: PIB*\n\nThe two sides signed nine agreements and set a goal of $100 billion in trade by 2030.";
    const [report, ...rest] = extractReports({ id: "a", text, publishedAt: "2024-07-09T22:00:00+05:30", timezone: "Asia/Kolkata" });
    expect(rest).toEqual([]);
    expect(report?.claims.filter((c) => c.figure).map((c) => c.surface)).toEqual(["nine agreements", "$100 billion"]);
  });

  it("a meeting named only in a photo caption is dated by the prose that shows the caption's place with a day", () => {
    const text = "Trump accepts invitation\n\n![](https://x.test/p.jpg)\n*Prime Minister Keir Starmer handed President Donald Trump a letter during their meeting in the Oval Office. Getty Images*\n\nThe letter was written in London last week. The prime minister produced the envelope in front of cameras in the Oval Office on Thursday.";
    const [report] = extractReports({ id: "a", text, publishedAt: "2025-02-27T22:05:00+00:00", timezone: "Europe/London" });
    expect(report?.date.value).toBe("2025-02-27");
    expect(report?.date.reason).toMatch(/shows the place of the photo/);
  });

  it("a caption's place only quoted in the prose (`The White House said on Friday`) dates nothing, and a monastery of another city is that city's", () => {
    const text = "Tariffs stay\n\n![](https://x.test/p.jpg)\n*Prime Minister Mark Carney meets President Donald Trump at the White House. Reuters*\n\nCanada won no relief from the tariffs. The White House said on Friday that they would stay.";
    expect(extractReports({ id: "a", text, publishedAt: "2025-05-03T12:00:00-04:00", timezone: "America/Toronto" })[0]?.date.value ?? null).toBeNull();
    const [krakow] = extractReports({ id: "b", text: "Polish President Andrzej Duda met Ukrainian President Volodymyr Zelensky at the Carmelite Monastery in Krakow on Thursday.", publishedAt: "2024-05-02T20:00:00+02:00", timezone: "Europe/Warsaw" });
    expect(krakow?.location.value).toMatchObject({ city: "Kraków", country: "PL" });
  });

  it("a short form the reference data knows names its person (`Lula`)", () => {
    const [report] = extractReports({ id: "a", text: "Chancellor Olaf Scholz held talks with President Luiz Inacio Lula da Silva in Brasilia on Monday. Lula ruled out sending ammunition.", publishedAt: "2023-01-31T10:00:00+01:00", timezone: "Europe/Berlin" });
    expect(report?.participants.find((p) => p.name.includes("Lula"))?.mentions.map((m) => m.surface)).toContain("Lula");
  });

  it("a site is in the city its entry names, even one written with diacritics (`Brasília`)", () => {
    const [report] = extractReports({ id: "a", text: "President Luiz Inácio Lula da Silva received Chancellor Olaf Scholz at the Planalto Palace on Monday.", publishedAt: "2023-01-30T20:00:00-03:00", timezone: "America/Sao_Paulo" });
    expect(report?.location.value).toEqual({ site: "Planalto Palace", city: "Brasília", region: "Federal District", country: "BR" });
  });

  it("a meeting told only in the present perfect took place the day of publication or the day before", () => {
    const [report] = extractReports({ id: "a", text: "Prime Minister Kishida Fumio and President Yoon Suk Yeol have held talks in Seoul. They agreed to keep up visits.", publishedAt: "2023-05-07T21:15:00+09:00", timezone: "Asia/Tokyo" });
    expect(report?.date).toMatchObject({ value: "2023-05-06/2023-05-07", precision: "span", basis: "published" });
    const [undated] = extractReports({ id: "b", text: "Prime Minister Kishida Fumio and President Yoon Suk Yeol have held talks in Seoul." });
    expect(undated?.date.value).toBeNull();
  });

  it("`has held wide-ranging talks with`, and a lead in the present perfect over the meetings told after it, date them so too", () => {
    const date = (text: string) => extractReports({ id: "a", text, publishedAt: "2023-08-20T22:15:00+03:00", timezone: "Europe/Kyiv" }).map((r) => r.date.value);
    expect(date("Taoiseach Leo Varadkar has held wide-ranging talks with US President Joe Biden in the Oval Office.")).toEqual(["2023-08-19/2023-08-20"]);
    expect(date("KYIV. Aug 20 (Interfax-Ukraine) – President Volodymyr Zelensky has visited the Netherlands and Denmark, where he held talks with both heads of government.\n\nIn the Netherlands, Zelensky met Prime Minister Mark Rutte at the Eindhoven air base.")).toEqual(["2023-08-19/2023-08-20"]);
    // A lead in the past tense dates nothing it does not name.
    expect(date("President Volodymyr Zelensky visited the Netherlands and Denmark.\n\nIn the Netherlands, Zelensky met Prime Minister Mark Rutte at the Eindhoven air base.")).toEqual([null]);
  });

  it("a relative clause about the visitor does not take the date after it for another event's", () => {
    expect(read("BEIJING, July 10 (Xinhua) -- President Xi Jinping held talks with Prime Minister James Marape, who is on an official visit to China, at the Great Hall of the People on Monday.", "2023-07-10T19:58:00+08:00")).toEqual([
      { who: "James Marape + Xi Jinping", date: "2023-07-10" },
    ]);
  });

  it("a titled short name named again and again is one person", () => {
    const reports = extractReports({ id: "a", text: "Prime Minister Narendra Modi held talks with Prime Minister Hasina at Hyderabad House on Saturday. Prime Minister Hasina thanked India. Later, President Droupadi Murmu received Prime Minister Hasina.", publishedAt: "2024-06-22T20:00:00+05:30", timezone: "Asia/Kolkata" });
    expect(reports.map((r) => r.participants.map((p) => p.name).sort().join(" + "))).toEqual(["Hasina + Narendra Modi", "Droupadi Murmu + Hasina"]);
  });

  it("`spoke to his British counterpart X` and `spoke to the Japanese Prime Minister` name the one spoken to", () => {
    expect(who("Prime Minister Narendra Modi on Tuesday spoke to his British counterpart Keir Starmer over the phone.", "2025-05-06T21:45:00+05:30")).toEqual(["Keir Starmer + Narendra Modi"]);
    expect(who("Prime Minister Narendra Modi on Tuesday spoke to the Japanese Prime Minister, Shigeru Ishiba, by phone.", "2025-05-06T21:45:00+05:30")).toEqual(["Narendra Modi + Shigeru Ishiba"]);
    expect(who("Prime Minister Narendra Modi spoke to the press after his talks with the delegation.", "2025-05-06T21:45:00+05:30")).toEqual([]);
  });

  it("`The Prime Minister met his Indian counterpart on Thursday`, right after the meeting is told, tells it again and dates it", () => {
    const read = (text: string) => extractReports({ id: "a", text, publishedAt: "2025-10-09T16:20:00+01:00", timezone: "Europe/London" }).map((r) => [r.participants.map((p) => p.name).sort().join(" + "), r.date.value]);
    expect(read("Keir Starmer has held talks with Narendra Modi in Mumbai.\n\nThe Prime Minister met his Indian counterpart on Thursday, the second day of his visit.")).toEqual([["Keir Starmer + Narendra Modi", "2025-10-09"]]);
    // Not after a sentence of other news: the counterpart is no one known, and the day is not the
    // meeting's (the present perfect dates it to publication or the day before).
    expect(read("Keir Starmer has held talks with Narendra Modi in Mumbai.\n\nThe visit drew large crowds.\n\nThe Prime Minister met his Indian counterpart on Thursday.")).toEqual([["Keir Starmer + Narendra Modi", "2025-10-08/2025-10-09"]]);
  });

  it("`Later on Tuesday, he called on X` after `Earlier, Sheikh Tamim was given a welcome`: the clause after a comma is no title, and the opening phrase may name a day", () => {
    const text = "Prime Minister Narendra Modi held talks with Qatar's Amir Sheikh Tamim bin Hamad Al-Thani on Tuesday.\n\nEarlier, Sheikh Tamim was given a ceremonial welcome at the Rashtrapati Bhavan forecourt. Later on Tuesday, he called on President Droupadi Murmu.";
    expect(who(text, "2025-02-19T10:00:00+05:30")).toEqual(["Narendra Modi + Tamim bin Hamad Al-Thani", "Droupadi Murmu + Tamim bin Hamad Al-Thani"]);
  });

  it("`The last time A and B met … was in Helsinki in July 2018` and `In November last year, Xi met …` tell earlier meetings", () => {
    expect(who("Donald Trump and Vladimir Putin are to meet in Alaska on Friday.\n\nThe last time Trump and Putin met for a formal summit was in Helsinki in July 2018.", "2025-08-14T10:00:00-08:00")).toEqual([]);
    expect(who("Chinese President Xi Jinping spoke with Donald Trump by phone on Friday.\n\nIn November last year, Xi met with outgoing U.S. President Joe Biden in Lima, Peru.", "2025-01-17T20:00:00+08:00")).toEqual(["Donald Trump + Xi Jinping"]);
  });

  it("two hosts who `received His Majesty` did not meet each other; talks `the week before` are an earlier event", () => {
    expect(who("President Droupadi Murmu and Prime Minister Narendra Modi received His Majesty in the forecourt of the presidential palace.", "2023-12-17T10:00:00+04:00")).toEqual([]);
    expect(who("Russian President Vladimir Putin rejected the ceasefire that Ukrainian President Volodymyr Zelensky had accepted in talks in Saudi Arabia the week before.", "2025-03-20T10:00:00+11:00")).toEqual([]);
  });

  it("`in February last year, when he held talks with Duda` tells an earlier meeting", () => {
    expect(who("Biden has visited Poland twice since the invasion, most recently in February last year, when he held talks with President Andrzej Duda at the Presidential Palace.", "2024-03-06T10:00:00+01:00")).toEqual([]);
  });

  it("a pronoun's meeting takes the day of the sentence before, which may name its subject by office, past a caption of the talks", () => {
    const text = [
      "BUDAPEST — Prime Minister Viktor Orbán went to Moscow this week.",
      "![](orban-putin.jpg) |\nViktor Orbán and Vladimir Putin before their talks.",
      "On Friday, the Prime Minister flew to Moscow. He was received by President Vladimir Putin at the Kremlin.",
    ].join("\n\n");
    expect(read(text, "2024-07-06T10:00:00+02:00")).toEqual([{ who: "Viktor Orbán + Vladimir Putin", date: "2024-07-05" }]);
  });

  it("the one met may be named by office alone, when one person named before holds it", () => {
    const arrived = "Oman's Sultan Haitham bin Tarik arrived in New Delhi on Saturday.";
    expect(who(`${arrived} President Droupadi Murmu later met the Sultan and hosted a banquet in his honour.`, "2023-12-16T21:00:00+05:30")).toEqual(["Droupadi Murmu + Haitham bin Tarik"]);
    expect(who("Ukrainian President Volodymyr Zelensky arrived in Berlin on Monday. Chancellor Olaf Scholz met the Ukrainian president at the chancellery.", "2024-02-17T10:00:00+01:00")).toEqual(["Olaf Scholz + Volodymyr Zelensky"]);
    // Two presidents named: `the president` is neither. A vice president is no president.
    expect(who("Ukrainian President Volodymyr Zelensky and French President Emmanuel Macron met in Paris on Friday. Later, Chancellor Olaf Scholz met the president in Berlin.", "2024-02-17T10:00:00+01:00")).toEqual(["Emmanuel Macron + Volodymyr Zelensky"]);
    expect(who("Vice President Kamala Harris arrived in Accra on Sunday. Finance Minister Ken Ofori-Atta later met the President.", "2023-03-27T10:00:00+00:00")).toEqual([]);
    // `his Kenyan counterpart`: the one person of that country, of an office, named before.
    const nairobi = "Iranian President Ebrahim Raisi and Kenyan President William Ruto signed five documents on Wednesday. President Raisi arrived in Nairobi earlier in the day.";
    expect(who(`${nairobi} He was officially welcomed by his Kenyan counterpart at the State House.`, "2023-07-12T16:20:00+03:30")).toEqual(["Ebrahim Raisi + William Ruto"]);
    expect(who(`${nairobi} He was officially welcomed by his Ugandan counterpart at the State House.`, "2023-07-12T16:20:00+03:30")).toEqual([]);
  });

  it("`X, who he hosted at …` tells the meeting of the one the clause describes and the sentence's subject", () => {
    const text = "French President Emmanuel Macron condemned a strike on Beirut as a breach of the truce between Israel and Hezbollah, speaking alongside Lebanese President Joseph Aoun, who he hosted at the Elysee Palace on 27 March.";
    expect(read(text, "2025-03-28T10:00:00+01:00")).toEqual([{ who: "Emmanuel Macron + Joseph Aoun", date: "2025-03-27" }]);
    // (No comma, no relative clause: `the man who he met` names no one.)
    expect(who("Macron said the man who he met in Beirut was a partner.", "2025-03-28T10:00:00+01:00")).toEqual([]);
  });

  it("a host welcoming `him` to a place the day before the talks told first is a meeting of its own, and a sentence naming the talks' day goes back to them", () => {
    const text = [
      "Indian Prime Minister Narendra Modi told Russian President Vladimir Putin on Tuesday that peace would not come from the battlefield.",
      "Modi spoke at the start of formal talks in the Kremlin.",
      "On Monday, Putin embraced Modi as he welcomed him to Novo-Ogaryovo, his residence outside Moscow, for an informal dinner.",
      "The two leaders agreed on Tuesday to sign nine agreements.",
    ].join(" ");
    const reports = extractReports({ id: "a", text, publishedAt: "2024-07-09T16:00:00+01:00", timezone: "Europe/London" });
    expect(reports.map((r) => [r.date.value, r.location.value?.city ?? r.location.value?.site ?? null])).toEqual([
      ["2024-07-09", "Moscow"],
      ["2024-07-08", "Novo-Ogaryovo"],
    ]);
    expect(reports[0]?.claims.map((c) => c.figure?.amount)).toContain(9);
    expect(reports[1]?.claims).toEqual([]);
  });

  it("a meeting on the eve of an occasion is the day before it, where the text places it, with no occasion of its own", () => {
    const [r] = extractReports({ id: "a", text: "Lebanese President Joseph Aoun held talks in Riyadh with Saudi Crown Prince Mohammed bin Salman, on the eve of the extraordinary Arab summit on Gaza in Cairo." });
    expect(r?.date).toMatchObject({ value: "2025-03-03", basis: "occasion" });
    expect(r?.location.value).toMatchObject({ city: "Riyadh", country: "SA" });
    expect(r?.occasion).toBeNull();
  });

  it("an occasion of the calendar named without a date dates the meeting, its surface without the spacing after it", () => {
    const [r] = extractReports({ id: "a", text: "Hungarian Prime Minister Viktor Orbán met Russian President Vladimir Putin on the sidelines of the third Belt and Road Forum in Beijing." });
    expect(r?.date).toMatchObject({ value: "2023-10-17/2023-10-18", basis: "occasion" });
    const [g20] = extractReports({ id: "a", text: "Prime Minister Narendra Modi met President Luiz Inácio Lula da Silva on the sidelines of the G20 Summit in Rio.", publishedAt: "2024-11-19" });
    expect(g20?.occasion?.surface).toBe("G20 Summit");
  });

  it("`at an earlier meeting` tells none, in a caption or in prose; a possessive city is no part of a building's name", () => {
    const caption = "![](a.jpg) |\nIlham Aliyev and Nikol Pashinyan at an earlier meeting.";
    expect(who(`${caption}\n\nThe text of the treaty was agreed on Thursday, officials said.`, "2025-03-14T10:00:00+04:00")).toEqual([]);
    expect(who("President Ilham Aliyev recalled what Prime Minister Nikol Pashinyan told him at their last meeting.", "2025-03-14T10:00:00+04:00")).toEqual([]);
    const [r] = extractReports({ id: "a", text: "On Sunday, President Seyyed Ebrahim Raeisi welcomed Sultan Haitham bin Tariq at Tehran's Saadabad Palace before the two held talks.", publishedAt: "2023-05-28T20:00:00+03:30", timezone: "Asia/Tehran" });
    expect(r?.participants.map((p) => p.name).sort()).toEqual(["Ebrahim Raeisi", "Haitham bin Tariq"]);
    expect(r?.location.value).toMatchObject({ site: "Saadabad Palace", city: "Tehran" });
  });

  it("the outlet's own name is no one met; `the two men`, in talks held in someone's presence, are the two named before", () => {
    const text = "On Sunday, Syria's President Ahmed al-Sharaa was received in Riyadh by Saudi Crown Prince Mohammed bin Salman. The two men held talks on the situation in Syria, in the presence of Syrian Foreign Minister Asaad al-Shaibani. Analysts who spoke to Enab Baladi said the order of the visits was deliberate.";
    const reports = extractReports({ id: "a", outlet: "Enab Baladi", text, publishedAt: "2025-02-05T10:00:00+03:00", timezone: "Asia/Damascus" });
    expect(reports.map((r) => r.participants.map((p) => p.name).sort().join(" + "))).toEqual(["Ahmed al-Sharaa + Mohammed bin Salman"]);
  });

  it("a caption's credit in brackets keeps the place and day after it, which date the talks the prose tells", () => {
    const text = "NDO – Prime Minister Phạm Minh Chính held talks in Hà Nội with Prime Minister of Japan Ishiba Shigeru.\n\n![](a.jpg) |\nPrime Minister Phạm Minh Chính and Japanese Prime Minister Ishiba Shigeru at the talks. (Photo: NDO) Hà Nội, 28/4";
    const [r] = extractReports({ id: "a", text, publishedAt: "2025-04-28T20:30:00+07:00", timezone: "Asia/Ho_Chi_Minh" });
    expect(r?.date.value).toBe("2025-04-28");
  });

  it("popes by their names in other languages, and Castel Gandolfo", () => {
    const [r] = extractReports({ id: "a", language: "fr", text: "Le pape Léon XIV a reçu mercredi le président ukrainien Volodymyr Zelensky à Castel Gandolfo.", publishedAt: "2025-07-10T08:00:00+02:00", timezone: "Europe/Paris" });
    expect(r?.participants.map((p) => p.name).sort()).toEqual(["Léon XIV", "Volodymyr Zelensky"]);
    expect(compareNames("Léon XIV", "Leo XIV").same).toBe(true);
    expect(r?.location.value).toMatchObject({ city: "Castel Gandolfo", country: "IT" });
  });

  it("a sovereign named by office alone is the one who held it then, in a country the story names, where a side", () => {
    const who2 = (text: string, publishedAt?: string) => extractReports({ id: "a", text, ...(publishedAt ? { publishedAt } : {}) }).map((r) => r.participants.map((p) => p.name).sort().join(" + "));
    const visit = "President Volodymyr Zelensky of Ukraine flew to Norfolk after his talks in London.";
    expect(who2(`${visit} The King, who spends part of the winter at Sandringham, received him at Sandringham House on Sunday.`, "2025-03-02T18:00:00+00:00")).toEqual(["Charles III + Volodymyr Zelensky"]);
    expect(who2(`${visit} He has met the King at Sandringham.`)).toEqual(["Charles III + Volodymyr Zelensky"]);
    // Not the sender of a letter; not a king of history the story names; no king where none held the office.
    expect(who2("Prime Minister Keir Starmer handed President Donald Trump a letter from the King during their meeting in the Oval Office on Thursday.", "2025-02-28T10:00:00+00:00")).toEqual(["Donald Trump + Keir Starmer"]);
    expect(who2(`${visit} Sandringham was bought for the future King Edward VII. He has met the King at Sandringham.`, "2025-03-02T18:00:00+00:00")).toEqual(["Charles III + Volodymyr Zelensky"]);
    expect(who2(`${visit} He has met the King at Sandringham.`, "2021-03-02T18:00:00+00:00")).toEqual([]);
    // The Pope needs no country.
    expect(who2("Argentine President Javier Milei was received by the Pope at the Vatican on Monday.", "2024-02-12T18:00:00+01:00")).toEqual(["Francis + Javier Milei"]);
    // `the Jordanian monarch`: the country's adjective names the country, `monarch` whichever sovereign it has.
    expect(who2("US President Donald Trump said on Saturday he had discussed the idea with the Jordanian monarch in a phone call earlier that day.", "2025-01-26T10:00:00+02:00")).toEqual(["Abdullah II bin Al-Hussein + Donald Trump"]);
    expect(who2("US President Donald Trump said on Saturday he had discussed the idea with the Ruritanian monarch in a phone call earlier that day.", "2025-01-26T10:00:00+02:00")).toEqual([]);
  });

  it("a king under his title by one name is the one of that name then reigning; `was received on Saturday by`; `the two heads of state met`", () => {
    const [r] = extractReports({ id: "a", text: "AMMAN — His Majesty King Abdullah yesterday held talks with US President Joe Biden at the White House.", publishedAt: "2024-02-13T00:45:00+02:00", timezone: "Asia/Amman" });
    expect(r?.participants.map((p) => p.name).sort()).toEqual(["Abdullah II bin Al-Hussein", "Joe Biden"]);
    const lisbon = "The President of Brazil, Luiz Inácio Lula da Silva, was received on Saturday by the President of the Republic, Marcelo Rebelo de Sousa. After the welcome ceremony, the two heads of state met at Belém Palace.";
    const [l] = extractReports({ id: "a", text: lisbon, publishedAt: "2023-04-22T20:00:00+01:00", timezone: "Europe/Lisbon" });
    expect(l?.participants.map((p) => p.name).sort()).toEqual(["Luiz Inácio Lula da Silva", "Marcelo Rebelo de Sousa"]);
    expect(l?.location.value).toMatchObject({ site: "Belém Palace", city: "Lisbon", country: "PT" });
  });

  it("`the former army chief` in a later clause makes no earlier office holder of the one met", () => {
    expect(who("Mr Macron held talks with President Joseph Aoun at the Grand Serail in Beirut on Friday, a week after the former army chief was elected by parliament.", "2025-01-18T10:00:00+01:00")).toEqual(["Joseph Aoun + Macron"]);
    expect(who("Mr Macron held talks with former President Michel Aoun in Beirut on Friday.", "2025-01-18T10:00:00+01:00")).toEqual([]);
  });

  it("a meeting in a clause that a month before publication opens (`a state visit in March, where he held talks`) is that month's", () => {
    const text = "President Volodymyr Zelenskyy spoke by phone with Chinese President Xi Jinping on Wednesday. Xi paid a state visit to Moscow in March, where he held talks with Vladimir Putin.";
    expect(who(text, "2023-04-26T21:00:00+03:00")).toEqual(["Volodymyr Zelenskyy + Xi Jinping"]);
  });

  it("an earlier stop of a trip is told in passing, unless a day is given for its meeting", () => {
    const lead = "Brazilian President Luiz Inácio Lula da Silva met Spanish Prime Minister Pedro Sánchez in Madrid on Wednesday.";
    expect(who(`${lead} Madrid was the last stop of a European tour that began in Portugal, where Lula held a summit with Prime Minister António Costa.`, "2023-04-26T21:00:00+02:00")).toEqual(["Luiz Inácio Lula da Silva + Pedro Sánchez"]);
    expect(who(`${lead} Lula had arrived from Lisbon, where he held talks with Prime Minister António Costa on Saturday.`, "2023-04-26T21:00:00+02:00")).toEqual(["Luiz Inácio Lula da Silva + Pedro Sánchez", "António Costa + Luiz Inácio Lula da Silva"]);
  });

  it("`was also received by`: an adverb may come between the passive's verb and its agent", () => {
    expect(who("Brazilian President Luiz Inácio Lula da Silva was also received by King Felipe VI of Spain on Wednesday.", "2023-04-26T21:00:00+02:00")).toEqual(["Felipe VI + Luiz Inácio Lula da Silva"]);
  });

  it("`In the afternoon, she called on X` is the one the sentences before were about, past an opening phrase", () => {
    const text = "Indian Prime Minister Narendra Modi held talks with Bangladeshi Prime Minister Sheikh Hasina on Saturday.\n\nBefore the talks, Hasina was given a guard of honour, where Modi received her. She later placed a wreath at Rajghat.\n\nIn the afternoon, she called on Indian President Droupadi Murmu.";
    expect(who(text, "2024-06-22T20:00:00+05:30")).toEqual(["Hasina + Narendra Modi", "Droupadi Murmu + Hasina"]);
  });

  it("a leader who hosts a business person meets them (`hosted tech billionaire Elon Musk`)", () => {
    expect(who("President Recep Tayyip Erdoğan hosted tech billionaire Elon Musk at the Turkevi Center on Sunday.", "2023-09-22T10:00:00+03:00")).toEqual(["Elon Musk + Recep Tayyip Erdoğan"]);
  });

  it("`a day after Meloni was hosted by Trump`: a passive's subject named right before it is its side, a day before", () => {
    const read = (text: string) => extractReports({ id: "a", text, publishedAt: "2025-04-20T14:00:00+02:00", timezone: "Europe/Rome" }).map((r) => [r.participants.map((p) => p.name).sort().join(" + "), r.date.value]);
    expect(read("US Vice President JD Vance arrived in Rome on Friday and met Italian Prime Minister Giorgia Meloni at Palazzo Chigi, a day after Meloni was hosted by President Donald Trump at the White House.")).toEqual([
      ["Giorgia Meloni + JD Vance", "2025-04-18"],
      ["Donald Trump + Giorgia Meloni", "2025-04-17"],
    ]);
  });

  it("two who spoke to each delegation did not meet each other", () => {
    expect(who("Josep Borrell and the EU Special Representative, Miroslav Lajcak, first spoke to each delegation separately.", "2023-03-19T10:00:00+01:00")).toEqual([]);
  });

  it("`welcomed A to the White House`, `his summit Tuesday with B`, and those present at the talks", () => {
    expect(who("President Joe Biden welcomed President Luiz Inácio Lula da Silva of Brazil to the White House today.", "2023-02-10T18:00:00-05:00")).toEqual(["Joe Biden + Luiz Inácio Lula da Silva"]);
    expect(who("President Joe Biden welcomed President Lula's decision to rejoin the climate fund.", "2023-02-10T18:00:00-05:00")).toEqual([]);
    expect(read("President Xi Jinping held talks with Prime Minister Fumio Kishida on Thursday. Xi's talks with Kishida followed his summit Tuesday with U.S. President Joe Biden in Woodside.", "2023-11-17T10:00:00+09:00")).toEqual([
      { who: "Fumio Kishida + Xi Jinping", date: "2023-11-16" },
      { who: "Joe Biden + Xi Jinping", date: "2023-11-14" },
    ]);
    expect(who("President Xi Jinping held talks with President Joe Biden on Wednesday. Cai Qi and Wang Yi were among those present at the talks.", "2023-11-16T10:00:00+08:00")).toEqual(["Joe Biden + Xi Jinping"]);
  });
});


describe("a round-up's descriptions, next days and outings", () => {
  const read = (text: string, publishedAt = "2023-11-11T08:00:00+08:00") =>
    extractReports({ id: "a", text, publishedAt, timezone: "Asia/Hong_Kong" }).map((r) => ({
      who: r.participants.map((p) => p.name).sort().join(" + "),
      date: r.date.value,
      city: r.location.value?.city ?? r.location.value?.country ?? null,
    }));

  it("a leader described by country stands for the one person of that country the article names", () => {
    const text = "Australian Prime Minister Anthony Albanese went to China, and Japan's Fumio Kishida to Manila. On Monday, the Australian prime minister was received by President Xi Jinping in Beijing. The next day, Albanese sat down with Premier Li Qiang in Beijing.";
    expect(read(text)).toEqual([
      { who: "Anthony Albanese + Xi Jinping", date: "2023-11-06", city: "Beijing" },
      { who: "Anthony Albanese + Li Qiang", date: "2023-11-07", city: "Beijing" },
    ]);
    // Two people of that country: no guess.
    expect(read("Prime Minister Anthony Albanese and Foreign Minister Penny Wong went to China. On Monday, the Australian prime minister was received by President Xi Jinping.").map((r) => r.who)).not.toContain("Penny Wong + Xi Jinping");
  });

  it("what someone said after holding talks tells the talks; an earlier meeting after which something happened does not", () => {
    expect(read("President Recep Tayyip Erdoğan has said Türkiye drew up new proposals on grain, after holding talks with Russian President Vladimir Putin on Monday.").map((r) => r.who)).toEqual(["Recep Tayyip Erdoğan + Vladimir Putin"]);
    expect(read("Grain prices fell, after holding talks with Russian President Vladimir Putin in July, President Recep Tayyip Erdoğan went home.").map((r) => r.who)).toEqual([]);
  });

  it("a day inside a relative clause about something else does not date the meeting", () => {
    expect(read("US President Joe Biden, who leaves France on Sunday, was received by President Emmanuel Macron at the Elysee Palace on Saturday.", "2024-06-09T10:00:00+02:00").map((r) => r.date)).toEqual(["2024-06-08"]);
  });

  it("`the next day` counts from a meeting told to the day, and not from a span", () => {
    expect(read("President Xi Jinping met Prime Minister Anthony Albanese on Thursday in Beijing. The next day, Albanese met Premier Li Qiang.").map((r) => r.date)).toEqual(["2023-11-09", "2023-11-10"]);
    // After a span the next day is no one day: the lead's dates stand.
    expect(read("President Xi Jinping met Prime Minister Anthony Albanese on Thursday and Friday in Beijing. The next day, Albanese met Premier Li Qiang.").map((r) => r.date)).toEqual(["2023-11-09/2023-11-10", "2023-11-09/2023-11-10"]);
  });

  it("a meeting its text does not date was between the visitor's arrival there and publication", () => {
    const read2 = (text: string, publishedAt: string) => extractReports({ id: "a", text, publishedAt, timezone: "Europe/Kyiv" }).map((r) => r.date.value);
    expect(read2("President Volodymyr Zelensky and Prime Minister Narendra Modi held talks in Kyiv.\n\nModi arrived in Kyiv this morning after a ten-hour train journey.", "2024-08-23T17:52:00+03:00")).toEqual(["2024-08-23"]);
    expect(read2("President Volodymyr Zelensky and Prime Minister Narendra Modi held talks in Kyiv.\n\nModi arrived in Kyiv on Thursday after a ten-hour train journey.", "2024-08-24T09:00:00+03:00")).toEqual(["2024-08-22/2024-08-24"]);
    // An arrival somewhere else says nothing of this meeting's day, even a city sharing a word with it.
    expect(read2("Prime Minister Narendra Modi held talks with President Joe Biden in New York.\n\nModi arrived in New Delhi on Monday.", "2024-09-24T09:00:00+05:30")).toEqual([null]);
    expect(read2("President Volodymyr Zelensky and Prime Minister Narendra Modi held talks in Kyiv.\n\nModi arrived in Warsaw on Wednesday.", "2024-08-23T17:52:00+03:00")).toEqual([null]);
  });

  it("`a day earlier` and `the previous day` count back from the meeting told before; `the day before the summit` does not", () => {
    expect(read("President Xi Jinping met Prime Minister Giorgia Meloni on Monday in Beijing. Premier Li Qiang held talks with Meloni on Monday too, a day before the summit opened.").map((r) => r.date)).toEqual(["2023-11-06", "2023-11-06"]);
    expect(read("President Xi Jinping met Prime Minister Giorgia Meloni on Monday in Beijing. A day earlier, Premier Li Qiang held talks with Meloni.").map((r) => r.date)).toEqual(["2023-11-06", "2023-11-05"]);
    expect(read("President Xi Jinping met Prime Minister Giorgia Meloni on Monday in Beijing. The previous day, Premier Li Qiang held talks with Meloni.").map((r) => r.date)).toEqual(["2023-11-06", "2023-11-05"]);
    expect(read("President Xi Jinping met Prime Minister Giorgia Meloni on Monday in Beijing. Premier Li Qiang held talks with Meloni on Monday too, the day before the summit opened.").map((r) => r.date)).toEqual(["2023-11-06", "2023-11-06"]);
  });

  it("a dateline's day with its year is when the story was filed: the anchor without a publication date, never the meeting's day", () => {
    const filed = extractReports({ id: "a", text: "Santiago, March 11, 2024 – President Gabriel Boric and President Luiz Inácio Lula da Silva met this Monday at La Moneda Palace.", timezone: "America/Santiago" });
    expect(filed.map((r) => [r.date.value, r.dateline?.surface])).toEqual([["2024-03-11", "Santiago, March 11, 2024 –"]]);
    const wire = extractReports({
      id: "b",
      text: "OSLO, Feb 6, 2025 (Wire) - Norwegian Prime Minister Jonas Gahr Store told Canadian Prime Minister Justin Trudeau in a phone call that Arctic security needed allies.\n\nThe two leaders spoke for half an hour on Wednesday, his office said.",
      publishedAt: "2025-02-06T09:00:00+01:00",
      timezone: "Europe/Oslo",
    });
    expect(wire.map((r) => [r.date.value, r.mode])).toEqual([["2025-02-05", "phone"]]);
  });

  it("`the two leaders spoke for …` tells their conversation; speaking to reporters does not", () => {
    const calls = (text: string) => read(text, "2025-02-06T09:00:00+01:00").map((r) => `${r.who} ${r.date}`);
    expect(calls("Prime Minister Jonas Gahr Store welcomed Prime Minister Justin Trudeau's remarks. The two leaders spoke for an hour on Tuesday.")).toEqual(["Jonas Gahr Store + Justin Trudeau 2025-02-04"]);
    expect(calls("Prime Minister Jonas Gahr Store welcomed Prime Minister Justin Trudeau's remarks. The two leaders spoke to reporters separately.")).toEqual([]);
  });

  it("a meeting told after the lead, days before it and between people of other countries, is not at the lead's place", () => {
    const text = [
      "Kuala Lumpur: Prime Minister Anwar Ibrahim held talks with Japanese Prime Minister Fumio Kishida on Saturday and agreed to widen defence ties, a boost for the many Japanese firms in Malaysia.",
      "Kishida arrived from Manila, where on Thursday he held talks with President Ferdinand Marcos Jr. at Malacanang Palace.",
      "Earlier on Wednesday, Kishida met Philippine Senate President Juan Miguel Zubiri.",
    ].join(" ");
    const got = read(text, "2023-11-04T18:00:00+08:00");
    expect(got.find((r) => r.who.includes("Zubiri"))).toMatchObject({ date: "2023-11-01" });
    // (Where the talks told beside it were, on the same trip, with someone of that country.)
    expect(got.find((r) => r.who.includes("Zubiri"))?.city).toBe("Manila");
    expect(got.find((r) => r.who.includes("Anwar"))).toMatchObject({ date: "2023-11-04", city: "MY" });
  });

  it("the war somewhere is not where the leaders met, and a meeting joined after the talks is where the talks were", () => {
    expect(
      read("President Emmanuel Macron told Xi Jinping on Thursday he counted on China over the war in Ukraine. Macron sat down with Xi at the Great Hall of the People in Beijing. After the bilateral session, Macron and Xi were joined by Ursula von der Leyen for a three-way meeting.", "2023-04-06T18:00:00+08:00"),
    ).toEqual([
      { who: "Emmanuel Macron + Xi Jinping", date: "2023-04-06", city: "Beijing" },
      { who: "Emmanuel Macron + Ursula von der Leyen + Xi Jinping", date: "2023-04-06", city: "Beijing" },
    ]);
  });
});

describe("words that are not people", () => {
  it("a regiment, a broadcaster or a meal in a caption or a title-case headline is no participant", () => {
    const people = (text: string) => extractReports({ id: "a", text, publishedAt: "2024-06-19T20:00:00+08:00", timezone: "Asia/Kuala_Lumpur" }).flatMap((r) => r.participants.map((p) => p.name));
    expect(people("![Anwar and Li](https://example.org/a.jpg)\n*Prime Minister Anwar Ibrahim and Chinese Premier Li Qiang inspect the guard of honour of the Royal Malay Regiment at Perdana Putra today. -- BERNAMA Radio*").sort()).toEqual(["Anwar Ibrahim", "Li Qiang"]);
    expect(people("HM the King Offers Iftar in Honor of Spanish Prime Minister\n\nDuring the talks that preceded the dinner, the King and Prime Minister Pedro Sánchez reviewed relations.")).not.toContain("Offers Iftar");
  });
});

describe("meetings as Korean, Canadian and US outlets of 2025 tell them", () => {
  const reportsOf = (text: string, publishedAt: string, timezone = "Asia/Seoul") =>
    extractReports({ id: "a", text, publishedAt, timezone }).map((r) => ({ who: r.participants.map((p) => p.name).sort().join(" + "), date: r.date.value, mode: r.mode }));

  it("`sat down face to face with`: how they met may come before `with`", () => {
    expect(reportsOf("WASHINGTON — Prime Minister Mark Carney sat down face to face with U.S. President Donald Trump for the first time on Tuesday.", "2025-05-06T16:45:00-04:00", "America/Toronto")).toMatchObject([{ who: "Donald Trump + Mark Carney", date: "2025-05-06" }]);
  });

  it("a round-up's `by meeting X`, and a short form that a hyphenated pairing (`a Lee-Trump summit`) does not make ambiguous", () => {
    const text = "President Lee Jae Myung held back-to-back summits on Tuesday. Lee began his day by meeting South African President Cyril Ramaphosa. Later, Lee held talks with Japanese Prime Minister Shigeru Ishiba. Officials said Seoul would seek to arrange a Lee-Trump summit soon.";
    expect(reportsOf(text, "2025-06-18T14:30:00+09:00").map((r) => r.who)).toEqual(["Cyril Ramaphosa + Lee Jae Myung", "Lee Jae Myung + Shigeru Ishiba"]);
  });

  it("a headline's `Planned talks with X fall through` is no meeting", () => {
    expect(reportsOf("Planned talks with US President Donald Trump fall through after Trump cuts trip short", "2025-06-18T14:30:00+09:00")).toEqual([]);
  });

  it("`…, as he welcomed X` after a wish for another meeting: a past clause of its own, whose subject is the sentence's", () => {
    const ap = "WASHINGTON (AP) — President Donald Trump said Monday that he would like to meet North Korean leader Kim Jong Un again this year, as he welcomed South Korean President Lee Jae Myung to the White House for talks.";
    expect(reportsOf(ap, "2025-08-25T15:20:00-04:00", "America/New_York")).toMatchObject([{ who: "Donald Trump + Lee Jae Myung", date: "2025-08-25" }]);
    const ahead = "Chinese President Xi Jinping is due to travel to Brasília on Wednesday, when he will hold talks with President Luiz Inácio Lula da Silva.";
    expect(reportsOf(ahead, "2024-11-19T08:00:00+08:00", "Asia/Hong_Kong")).toEqual([]);
  });

  it("a meeting it is not yet known whether they will hold, one called off, and a headline's scrapped one are not reports", () => {
    expect(reportsOf("It is not yet known whether a meeting with Pope Francis will take place, said Prime Minister Giorgia Meloni.", "2025-04-18T12:00:00+02:00", "Europe/Rome")).toEqual([]);
    expect(reportsOf("Prime Minister Anthony Albanese's first meeting with US President Donald Trump has been called off.", "2025-06-17T12:00:00+10:00", "Australia/Sydney")).toEqual([]);
    expect(reportsOf("Albanese's first face-to-face meeting with President Donald Trump scrapped as he quits G7 early", "2025-06-17T12:00:00+10:00", "Australia/Sydney")).toEqual([]);
  });

  it("of a sentence's two triggers, the first clause places the meeting (`at the White House …, in a meeting watched closely in Mexico City`)", () => {
    const [report] = extractReports({ id: "a", text: "Canada's new prime minister, Mark Carney, met with U.S. President Donald Trump at the White House on Wednesday, in a meeting that was watched as closely in Mexico City as it was in Ottawa.", publishedAt: "2025-05-07T12:00:00-06:00", timezone: "America/Mexico_City" });
    expect(report?.location.value).toMatchObject({ site: "White House", city: "Washington" });
  });

  it("talks held with two of one side are one meeting; with two of two countries, two", () => {
    const vatican = "On Saturday, U.S. Vice President JD Vance held talks at the Vatican with Cardinal Pietro Parolin, the Holy See's secretary of state, and Archbishop Paul Gallagher, its foreign minister.";
    expect(reportsOf(vatican, "2025-04-20T12:00:00+02:00", "Europe/Rome").map((r) => r.who)).toEqual(["JD Vance + Paul Gallagher + Pietro Parolin"]);
    const twoCountries = "On Monday, Prime Minister Narendra Modi held talks with French President Emmanuel Macron and German Chancellor Olaf Scholz.";
    expect(reportsOf(twoCountries, "2024-06-14T20:00:00+02:00", "Europe/Rome").map((r) => r.who)).toEqual(["Emmanuel Macron + Narendra Modi", "Narendra Modi + Olaf Scholz"]);
  });

  it("trade with a country none of the participants is from keeps its partner, so it is never the meeting's trade", () => {
    const text = "Prime Minister Mark Carney met with U.S. President Donald Trump at the White House on Tuesday. Trade in goods between the United States and Canada came to more than US $760 billion last year, and U.S. trade with Mexico to around US $840 billion. Canada's trade with the United States grew.";
    const [report] = extractReports({ id: "a", text, publishedAt: "2025-05-07T12:00:00-06:00", timezone: "America/Mexico_City" });
    expect(report?.claims.filter((c) => c.figure).map((c) => [c.figure?.amount, c.figure?.subject])).toEqual([
      [760e9, "trade"],
      [840e9, "trade with MX"],
    ]);
    const own = "Prime Minister Mark Carney met with U.S. President Donald Trump on Tuesday. Canada's trade with the United States reached US$762 billion in 2024.";
    expect(extractReports({ id: "b", text: own, publishedAt: "2025-05-07T12:00:00-04:00", timezone: "America/Toronto" })[0]?.claims.find((c) => c.figure)?.figure?.subject).toBe("trade");
  });

  it("what this round's rules must not read: a meeting held after all, a schedule, another's pronoun, two days, a multilateral meeting", () => {
    const who = (text: string, publishedAt = "2025-05-07T12:00:00-04:00", timezone = "America/New_York") => reportsOf(text, publishedAt, timezone).map((r) => r.who);
    expect(who("Japanese Prime Minister Shigeru Ishiba met American President Donald Trump at the White House on Friday, and they agreed that the steel tariffs would be scrapped.")).toEqual(["Donald Trump + Shigeru Ishiba"]);
    expect(who("It was unclear whether President Donald Trump raised Taiwan when he met Chinese President Xi Jinping in Busan on Thursday.")).toEqual(["Donald Trump + Xi Jinping"]);
    expect(who("Chinese President Xi Jinping will travel to Moscow next week, when he meets Russian President Vladimir Putin.")).toEqual([]);
    expect(who("Prime Minister Mark Carney praised Mexican President Claudia Sheinbaum on Tuesday, as she met U.S. President Donald Trump in Washington.")).toEqual(["Claudia Sheinbaum + Donald Trump"]);
    expect(who("U.S. Secretary of State Marco Rubio held talks with Chinese Premier Li Qiang on Monday and with Chinese Foreign Minister Wang Yi on Tuesday.")).toEqual(["Li Qiang + Marco Rubio", "Marco Rubio + Wang Yi"]);
    expect(who("Serbian President Aleksandar Vucic on Wednesday praised Chinese President Xi Jinping, after talks in Belgrade last May.")).toEqual([]);
    expect(who("Prime Minister Mark Carney left Washington on Wednesday, after talks at the White House.")).toEqual([]);
    expect(who("U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov traded barbs at the Security Council meeting on Monday.")).toEqual([]);
    expect(who("Nothing is gained by meeting Russian President Vladimir Putin, Ukrainian President Volodymyr Zelensky said on Tuesday.")).toEqual([]);
  });

  it("`in their first phone conversation`, and a directorate that says so is no person", () => {
    expect(reportsOf("SEOUL (Yonhap) -- President Lee Jae Myung and U.S. President Donald Trump agreed Friday to work toward a tariff deal, in their first phone conversation since Lee took office.", "2025-06-06T23:30:00+09:00")).toMatchObject([{ who: "Donald Trump + Lee Jae Myung", date: "2025-06-06", mode: "phone" }]);
    expect(reportsOf("Leaders take up energy and technology in their first face-to-face talks, says Communications Directorate", "2023-09-20T10:00:00+03:00", "Europe/Istanbul")).toEqual([]);
  });
});

describe("endsAsSentence", () => {
  const pattern = /[.!?]["”’)]?\s*$/;
  const cases = ["He met Son.", "He met Son. ", "He met Son.\n\u2028", "“We agreed.”", "(See below.)", "He met (Son)", "Really?!", "Wait!\t", "", " ", ".", ")", "a.)", "a)", "27.02.2023. 22:40", "Ends with a quote\"", "Dot then two closers.”)", "U.S.", "\uFEFFEnd.\uFEFF", "emoji 😀.", "😀"];
  it.each(cases)("reads %j as the pattern does", (text) => {
    expect(endsAsSentence(text)).toBe(pattern.test(text));
  });
});

describe("peopleKey", () => {
  it.each([[[7, 3]], [[3, 7]], [[4, 4]], [[10, 9, 2]], [[5]], [[]], [[12, 100]]])("keys %j as a sorted list", (people) => {
    expect(peopleKey(people)).toBe([...people].sort((a, b) => a - b).join(","));
  });
});

describe("claims of a sentence two reports own", () => {
  const text =
    "OTTAWA — Canadian Prime Minister Mark Carney met US President Donald Trump and Mexican President Claudia Sheinbaum in Washington on Monday.\n\n";
  it("keeps each report's trade partner", () => {
    const [trump, sheinbaum] = extractReports({ id: "t", text: `${text}Canada’s trade with Mexico reached US$50 billion last year, Carney said.`, publishedAt: "2025-05-07" });
    expect(trump?.claims.map((c) => c.figure?.subject)).toEqual(["trade with MX"]);
    expect(sheinbaum?.claims.map((c) => c.figure?.subject)).toEqual(["trade"]);
  });
  it("gives each report claims of its own, equal where the partners answer alike", () => {
    const [a, b] = extractReports({ id: "t", text: `${text}Two-way trade reached US$50 billion last year.`, publishedAt: "2025-05-07" });
    expect(a?.claims).toEqual(b?.claims);
    expect(a?.claims[0]).not.toBe(b?.claims[0]);
    expect(a?.claims[0]?.span).not.toBe(b?.claims[0]?.span);
    expect(a?.claims[0]?.figure).not.toBe(b?.claims[0]?.figure);
  });
});

describe("articles in Portuguese, Spanish and French", () => {
  const read = (text: string, language: string, publishedAt: string, timezone: string) =>
    extractReports({ id: "a", text, language, publishedAt, timezone }).map((r) => ({ who: r.participants.map((p) => p.name).sort().join(" + "), date: r.date.value, city: r.location.value?.city ?? null, mode: r.mode }));

  it("reads who met whom, when and where, in the article's language", () => {
    expect(read("O Presidente de Angola, João Lourenço, recebeu ontem, no Palácio Presidencial, o Presidente dos Estados Unidos, Joe Biden, em Luanda.", "pt", "2024-12-04T09:00:00+01:00", "Africa/Luanda")).toEqual([
      { who: "Joe Biden + João Lourenço", date: "2024-12-03", city: "Luanda", mode: "in-person" },
    ]);
    expect(read("El presidente Gabriel Boric se reunió este lunes con el presidente Luiz Inácio Lula da Silva en Santiago.", "es", "2024-08-06T09:00:00-04:00", "America/Santiago")).toEqual([
      { who: "Gabriel Boric + Luiz Inácio Lula da Silva", date: "2024-08-05", city: "Santiago", mode: "in-person" },
    ]);
    expect(read("O presidente Luiz Inácio Lula da Silva conversou por telefone, nesta quinta-feira, 7 de agosto, com o primeiro-ministro da Índia, Narendra Modi.", "pt", "2025-08-07T20:00:00-03:00", "America/Sao_Paulo")).toEqual([
      { who: "Luiz Inácio Lula da Silva + Narendra Modi", date: "2025-08-07", city: null, mode: "phone" },
    ]);
    expect(read("Le premier ministre Mark Carney et le président Donald Trump se sont entretenus au téléphone vendredi.", "fr", "2025-03-29T09:00:00-04:00", "America/Toronto")).toEqual([
      { who: "Donald Trump + Mark Carney", date: "2025-03-28", city: null, mode: "phone" },
    ]);
  });

  it("a Spanish passive with the day before its agent, and a leader named after an office in lower case", () => {
    expect(read("El presidente Luis Lacalle Pou fue recibido este miércoles por su par chino, Xi Jinping, en el Gran Palacio del Pueblo de Beijing.", "es", "2023-11-22T21:30:00-03:00", "America/Montevideo")).toEqual([
      { who: "Luis Lacalle Pou + Xi Jinping", date: "2023-11-22", city: "Beijing", mode: "in-person" },
    ]);
  });

  it("an office in lower case with its nationality after it (`le président azerbaïdjanais Ilham Aliev`) names a person", () => {
    const text = "![](a.jpg) |\nIlham Aliev, Donald Trump et Nikol Pachinian à la Maison-Blanche, vendredi. AFP\n\nDonald Trump a accueilli vendredi à la Maison-Blanche le président azerbaïdjanais Ilham Aliev et le premier ministre arménien Nikol Pachinian.";
    expect(read(text, "fr", "2025-08-09T06:30:00+02:00", "Europe/Paris").map((r) => r.who)).toEqual(["Donald Trump + Ilham Aliev + Nikol Pachinian"]);
  });

  it("a king by his French style (`SM le Roi`, `Sa Majesté le Roi`), and `les deux Chefs d'État` as the two named before", () => {
    expect(read("![](a.jpg) |\nSM le Roi Mohammed VI et le Président Emmanuel Macron au Palais Royal de Rabat.", "fr", "2024-10-29T09:00:00+01:00", "Africa/Casablanca")).toEqual([
      { who: "Emmanuel Macron + Mohammed VI", date: null, city: "Rabat", mode: "in-person" },
    ]);
    const told = "Le Président Emmanuel Macron est arrivé lundi à Rabat, où l'attendait Sa Majesté le Roi Mohammed VI. Le cortège s'est ensuite dirigé vers le Palais Royal, où les deux Chefs d'État ont eu un entretien en tête-à-tête.";
    expect(read(told, "fr", "2024-10-29T09:00:00+01:00", "Africa/Casablanca").map((r) => r.who)).toEqual(["Emmanuel Macron + Mohammed VI"]);
  });

  it("a Portuguese sentence in an article said to be in English tells nothing; `e` after a name opens no title", () => {
    expect(read("O Presidente de Angola, João Lourenço, recebeu ontem o Presidente dos Estados Unidos, Joe Biden.", "en", "2024-12-04T09:00:00+01:00", "Africa/Luanda")).toEqual([]);
    const both = extractReports({ id: "a", text: "Os Presidentes dos Estados Unidos, Donald Trump, e da Rússia, Vladimir Putin, reuniram-se na sexta-feira em Anchorage.", language: "pt", publishedAt: "2025-08-16T09:00:00+01:00", timezone: "Europe/Lisbon" });
    expect(both[0]?.participants.find((p) => p.name === "Donald Trump")?.country).not.toBe("RU");
  });
});

