import { describe, expect, it } from "vitest";
import { addDays, dayFromParts, dayOf, isoOf, yearOf } from "../../src/extract/calendar.js";

describe("addDays", () => {
  it("crosses months, leap days and years both ways", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2022-11-15", -3)).toBe("2022-11-12");
    expect(addDays("2022-11-16", 7)).toBe("2022-11-23");
  });
});

// What the calendar functions computed through `Date` alone, which the counting by hand must match.
const MS_PER_DAY = 86_400_000;
const dayOfByDate = (iso: string) => Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
function dayFromPartsByDate(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.floor(ms / MS_PER_DAY);
}
const yearOfByDate = (day: number) => new Date(day * MS_PER_DAY).getUTCFullYear();

describe("calendar counted by hand, as Date counts", () => {
  const years = [0, 1, 99, 100, 101, 399, 400, 1582, 1600, 1700, 1899, 1900, 1969, 1970, 1999, 2000, 2023, 2024, 2025, 2100, 2400, 9998, 9999];
  const pad = (n: number, width: number) => String(n).padStart(width, "0");

  it("dayOf: every month 0-13 and day 0-32 of many years, and odd strings", () => {
    for (const y of years) for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) {
      const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
      expect(dayOf(iso), iso).toBe(dayOfByDate(iso));
    }
    for (const iso of ["2025-99-99", "2025-00-00", "2025-08", "2025-08-1", "", "abcd-ef-gh", " 2025-08-15", "2025-08-15T10:25:00+07:00", "2025/08/15", "+202-08-15", "2025-8-15", "1e3 -08-15", "0099-12-31", "0100-01-01"]) {
      expect(Object.is(dayOf(iso), dayOfByDate(iso)) || dayOf(iso) === dayOfByDate(iso), iso).toBe(true);
    }
  });

  it("dayOf and isoOf agree day by day over four centuries", () => {
    const wrong: number[] = [];
    for (let day = dayOf("1800-01-01"); day <= dayOf("2200-12-31"); day++) if (dayOf(isoOf(day)) !== day || dayOfByDate(isoOf(day)) !== day) wrong.push(day);
    expect(wrong).toEqual([]);
  });

  it("dayFromParts: valid and invalid dates, odd numbers", () => {
    for (const y of [...years, -1, 10_000, 12_345, 1.5, Number.NaN]) for (let m = -1; m <= 14; m++) for (let d = -1; d <= 33; d++) {
      expect(dayFromParts(y, m, d), `${y}-${m}-${d}`).toBe(dayFromPartsByDate(y, m, d));
    }
    for (const [y, m, d] of [[2025, 2.5, 1], [2025, 2, 1.5], [2025, Number.NaN, 1], [2025, 1, Number.NaN], [2025, 1, 1e9], [-0, 1, 1], [2025, 1, -0]] as const) {
      expect(dayFromParts(y, m, d), `${y}-${m}-${d}`).toBe(dayFromPartsByDate(y, m, d));
    }
  });

  it("yearOf: every day around the turns of years and centuries, and far days", () => {
    for (const y of years) {
      const first = dayFromPartsByDate(y < 100 ? 2000 + y : y, 1, 1) ?? 0;
      for (let day = first - 3; day <= first + 3; day++) expect(yearOf(day)).toBe(yearOfByDate(day));
    }
    for (let day = dayOf("1599-01-01"); day <= dayOf("2401-12-31"); day += 17) expect(yearOf(day)).toBe(yearOfByDate(day));
    for (const day of [dayOf("0100-01-01") - 1, dayOf("0100-01-01"), dayOf("9999-12-31"), dayOf("9999-12-31") + 1, -1e8, 1e8, 0.5, Number.NaN]) {
      expect(Object.is(yearOf(day), yearOfByDate(day)), String(day)).toBe(true);
    }
  });
});
