import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { findDates, localPublicationDate, markBeforeDigit, resolveDate, type DateAnchor } from "../../src/extract/dates.js";

const anchor = (published: string | null, occasion: DateAnchor["occasion"] = null, dayFirst = true): DateAnchor => ({ published, occasion, dayFirst });

function resolveFirst(text: string, a: DateAnchor) {
  const m = findDates(text)[0];
  if (!m) throw new Error(`no date in ${text}`);
  return resolveDate(m, a, null);
}

describe("dates", () => {
  it.each([
    ["on August 14", anchor("2025-08-15"), "2025-08-14", "explicit"],
    ["on 14 August", anchor("2025-08-15"), "2025-08-14", "explicit"],
    ["on Aug. 14", anchor("2025-08-15"), "2025-08-14", "explicit"],
    ["on Sept. 3", anchor("2025-09-05"), "2025-09-03", "explicit"],
    ["July 8-11", anchor("2025-07-12"), "2025-07-08/2025-07-11", "explicit"],
    ["on December 30", anchor("2026-01-02"), "2025-12-30", "explicit"],
    ["on 8/7", anchor("2025-07-09"), "2025-07-08", "explicit"],
    ["on 8/7", anchor("2025-08-09", null, false), "2025-08-07", "explicit"],
    ["in Belfast 12/4/23", anchor("2023-04-13"), "2023-04-12", "explicit"],
    ["on Thursday", anchor("2025-08-15"), "2025-08-14", "relative"],
    ["on Friday", anchor("2025-08-15"), "2025-08-15", "relative"],
    ["on Monday", anchor("2025-10-27"), "2025-10-27", "relative"],
    ["on Thursday and Friday", anchor("2025-08-16"), "2025-08-14/2025-08-15", "relative"],
    ["yesterday", anchor("2025-07-09"), "2025-07-08", "relative"],
    ["earlier this week", anchor("2025-10-29"), "2025-10-27/2025-10-28", "relative"],
    ["on Thursday and Friday", anchor(null, { start: "2025-08-14", end: "2025-08-15" }), "2025-08-14/2025-08-15", "occasion"],
    ["on August 14", anchor(null, { start: "2025-08-14", end: "2025-08-15" }), "2025-08-14", "occasion"],
  ])("%s against %j → %s", (text, a, value, basis) => {
    const d = resolveFirst(text, a);
    expect(d.value).toBe(value);
    expect(d.basis).toBe(basis);
  });

  it("leaves a date without any anchor unknown, with a reason", () => {
    const d = resolveFirst("on Thursday", anchor(null));
    expect(d.value).toBeNull();
    expect(d.precision).toBe("unknown");
    expect(d.reason).toMatch(/publication date/);
  });

  it("keeps spans into the text", () => {
    const text = "The two ministers met on August 14 in Anning.";
    const [m] = findDates(text);
    expect(m && text.slice(m.span[0], m.span[1])).toBe("August 14");
  });

  it("takes the publication day in the outlet's zone, never the host's", () => {
    expect(localPublicationDate("2025-08-14T20:00:00Z", "Asia/Ho_Chi_Minh")).toBe("2025-08-15");
    expect(localPublicationDate("2025-08-14T20:00:00Z", "America/New_York")).toBe("2025-08-14");
    expect(localPublicationDate("2025-08-14", "Asia/Tokyo")).toBe("2025-08-14");
  });

  it("agrees with luxon's zone conversion across zones, offsets and daylight-saving changes", () => {
    const zones = ["Asia/Ho_Chi_Minh", "America/New_York", "Australia/Adelaide", "Asia/Kathmandu", "Pacific/Chatham", "Europe/London", "UTC", "Not/AZone"];
    const stamps = ["2025-03-09T06:59:00Z", "2025-03-09T07:00:00Z", "2025-11-02T05:30:00Z", "2024-12-31T23:59:59.999Z", "2025-08-14T20:00:00+07:00", "2025-08-14T23:30:00-04:00", "0999-01-01T00:00:00Z"];
    for (const zone of zones) {
      for (const at of stamps) {
        const valid = DateTime.local({ zone }).isValid;
        const expected = DateTime.fromISO(at, { setZone: true }).setZone(valid ? zone : "utc").toISODate();
        expect(localPublicationDate(at, zone), `${at} in ${zone}`).toBe(expected);
      }
    }
  });

  it("agrees with luxon in every zone the runtime knows, over two centuries of instants", () => {
    for (const zone of Intl.supportedValuesOf("timeZone")) {
      for (let ms = Date.UTC(1900, 0, 1, 0, 17); ms < Date.UTC(2100, 0, 1); ms += 86_400_000 * 1013 + 3_600_000 * 5 + 60_000 * 7) {
        const at = new Date(ms).toISOString();
        const expected = DateTime.fromMillis(ms, { zone }).toISODate();
        expect(localPublicationDate(at, zone), `${at} in ${zone}`).toBe(expected);
      }
    }
  });
});

describe("findDates in any case", () => {
  it.each([
    ["They met TODAY in Hanoi.", "relative"],
    ["The talks were held Earlier This Week.", "week"],
    ["They spoke YESTERDAY.", "relative"],
    ["On The Same Day, Son met Wang.", "same-day"],
    ["They met LAST WEEK.", "week"],
    ["They met This Morning.", "relative"],
    ["They met Last Night.", "relative"],
    ["Later That Day, Son met Wang.", "same-day"],
    ["The Next Morning, Son met Wang.", "same-day"],
    ["A DAY LATER, Son met Wang.", "same-day"],
    ["The Preceding Evening, Son met Wang.", "same-day"],
    ["A Day Earlier, Son met Wang.", "same-day"],
  ])("%s", (text, kind) => {
    expect(findDates(text).map((d) => d.kind)).toEqual([kind]);
  });
});

describe("markBeforeDigit", () => {
  const texts = ["", "8/7", "and/or 8/", "/", "a/b/c 1", "2025-08-14", "well-known 3", "-", "end.", "3.5", "e.g. 2.", "v.2", "..9", "/\uFF11", "/\u0661", "x/", "1/ 2"];
  it.each(texts)("%j agrees with a pattern of the mark and \\d", (text) => {
    for (const mark of ["/", "-", "."]) {
      expect(markBeforeDigit(text, mark)).toBe(new RegExp(`\\${mark}\\d`).test(text));
    }
  });
});

describe("month and day names as the patterns match them", () => {
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const abbreviations: [string, number][] = [["Jan", 1], ["Feb", 2], ["Mar", 3], ["Apr", 4], ["Jun", 6], ["Jul", 7], ["Aug", 8], ["Sept", 9], ["Sep", 9], ["Oct", 10], ["Nov", 11], ["Dec", 12]];
  const names: [string, number][] = [...months.map((name, i): [string, number] => [name, i + 1]), ...abbreviations, ...abbreviations.map(([name, month]): [string, number] => [`${name}.`, month])];
  it.each(names)("%s is month %i, before or after the day", (name, month) => {
    for (const text of [`on ${name} 5`, `on 5 ${name}`, `5-6 ${name} 2024`, `${name} 5, 2024`]) {
      const [m] = findDates(text);
      expect(m?.kind === "explicit" ? m.month : null, text).toBe(month);
    }
  });
  it("weekdays alone and in pairs", () => {
    const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    days.forEach((day, i) => {
      expect(findDates(`on ${day}`).map((m) => (m.kind === "weekday" ? m.weekdays : null))).toEqual([[i + 1]]);
      const next = days[(i + 1) % 7] as string;
      expect(findDates(`${day} and ${next}`).map((m) => (m.kind === "weekday" ? m.weekdays : null))).toEqual([[i + 1, ((i + 1) % 7) + 1]]);
    });
  });
});

describe("findDates without a digit", () => {
  it("finds days and words with or without digits elsewhere", () => {
    expect(findDates("They met on Monday.").map((d) => d.kind)).toEqual(["weekday"]);
    expect(findDates("They met on Monday, 14 August.").map((d) => d.kind)).toEqual(["weekday", "explicit"]);
    expect(findDates("They met on August 14 and 15.").map((d) => d.kind)).toEqual(["explicit"]);
    // No digit and none of the date words: nothing, even `on the same occasion`.
    expect(findDates("On the same occasion, Son met Wang.")).toEqual([]);
    expect(findDates("On the same occasion that week, Son met Wang.").map((d) => d.kind)).toEqual(["same-day"]);
  });
});

describe("dotted dates and `last` weekdays", () => {
  it("27.02.2023 is day first, whatever the outlet's zone", () => {
    expect(resolveFirst("27.02.2023. 22:40", anchor(null, null, false)).value).toBe("2023-02-27");
    expect(resolveFirst("on 03.04.2024", anchor(null, null, false)).value).toBe("2024-04-03");
    // A version number or a score is no date.
    expect(findDates("version 2.10.3 and a 3.5 rating")).toEqual([]);
  });

  it("a caption's place and day at its end (`Hà Nội, 28/4`) is a date; a fraction in prose is not", () => {
    expect(findDates("(Photo: NDO) Hà Nội, 28/4").map((d) => d.kind === "explicit" && [d.month, d.day])).toEqual([[4, 28]]);
    expect(findDates("They scored 3/4 in the test, 3/4 of them")).toEqual([]);
  });

  it("`last Saturday` in a story of a Saturday is the week before; `on Saturday` is that day", () => {
    expect(resolveFirst("flew to Addis Ababa last Saturday", anchor("2025-01-18")).value).toBe("2025-01-11");
    expect(resolveFirst("flew to Addis Ababa on Saturday", anchor("2025-01-18")).value).toBe("2025-01-18");
    expect(resolveFirst("flew to Addis Ababa last Thursday", anchor("2025-01-18")).value).toBe("2025-01-16");
  });
});

describe("dates in Portuguese, Spanish and French", () => {
  const read = (text: string) => findDates(text, 0, true).map((d) => (d.kind === "explicit" ? [d.kind, d.day, d.month, d.year] : d.kind === "weekday" ? [d.kind, ...d.weekdays] : d.kind === "relative" ? [d.kind, d.from] : [d.kind]));

  it("reads days of the month, weekdays and yesterday in each", () => {
    expect(read("Em Madri, 26 de abril de 2023; le 26 mars 2024; el 5 de agosto.")).toEqual([["explicit", 26, 4, 2023], ["explicit", 26, 3, 2024], ["explicit", 5, 8, null]]);
    expect(read("na quarta-feira, nesta 4ª feira, este lunes, vendredi")).toEqual([["weekday", 3], ["weekday", 3], ["weekday", 1], ["weekday", 5]]);
    expect(read("ontem; ayer; hier; hoje; aujourd'hui")).toEqual([["relative", -1], ["relative", -1], ["relative", -1], ["relative", 0], ["relative", 0]]);
  });

  it("is read only for an article in one of those languages", () => {
    expect(findDates("26 de abril de 2023, vendredi", 0)).toEqual([]);
  });
});

