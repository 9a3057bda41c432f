/**
 * Calendar days as integers (days since 1970-01-01, UTC). Pure arithmetic: no clock, no zone.
 * Hot paths resolve thousands of dates per second; luxon is kept for time-zone conversion.
 *
 * The common cases (four-digit years from 100 on, months and days in range) are counted by hand,
 * with the proleptic Gregorian calendar `Date` uses; anything else goes through `Date` as it
 * always did, so every input gives what `Date` gives. (A `Date` and its getters cost a few
 * hundred nanoseconds each; resolving a date used half a dozen.)
 */

const MS_PER_DAY = 86_400_000;

/** Day number of a proleptic Gregorian date, its month 1-12 and its day 1-31 (any integer year). */
function daysFromCivil(year: number, month: number, day: number): number {
  // Years counted from March, so that the leap day ends the year (H. Hinnant's `days_from_civil`).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The proleptic Gregorian year, month (1-12) and day of an integer day number (`civil_from_days`). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Day numbers of 0100-01-01 and 9999-12-31: between them `Date` writes and reads the year in four
// digits, and `Date.UTC` takes the year as it is (years 0-99 are read as 1900-1999).
const FIRST_PLAIN_DAY = daysFromCivil(100, 1, 1);
const LAST_PLAIN_DAY = daysFromCivil(9999, 12, 31);

/** The number of `length` ASCII digits at `at` in `s`, or -1 when one of them is no digit. */
function digitsAt(s: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Day number of an ISO date (`2025-08-14`). */
export function dayOf(isoDate: string): number {
  const year = digitsAt(isoDate, 0, 4);
  const month = digitsAt(isoDate, 5, 2);
  const day = digitsAt(isoDate, 8, 2);
  if (year >= 100 && month >= 0 && day >= 0) {
    // What Date.UTC makes of any month 0-99 and day 0-99: months past 12 run into the next years,
    // month 0 is the December before, and the day counts from the first of the month.
    const m = month - 1;
    const carry = Math.floor(m / 12);
    return daysFromCivil(year + carry, m - carry * 12 + 1, 1) + day - 1;
  }
  return Math.floor(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / MS_PER_DAY);
}

/** Day number of a calendar date, or null when it does not exist (31 June). */
export function dayFromParts(year: number, month: number, day: number): number | null {
  if (Number.isInteger(year) && year >= 100 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day)) {
    return day >= 1 && day <= daysInMonth(year, month) ? daysFromCivil(year, month, day) : null;
  }
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.floor(ms / MS_PER_DAY);
}

const isoCache = new Map<number, string>();

/** ISO date of a day number. */
export function isoOf(day: number): string {
  // Articles name the same few thousand days over and over; formatting a Date each time is not free.
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoCache.size < 100_000) isoCache.set(day, iso);
  }
  return iso;
}

/** The ISO date `days` days after `isoDate` (before it when negative). */
export function addDays(isoDate: string, days: number): string {
  return isoOf(dayOf(isoDate) + days);
}

/** ISO weekday of a day number: 1 Monday … 7 Sunday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Year of a day number. */
export function yearOf(day: number): number {
  if (Number.isInteger(day) && day >= FIRST_PLAIN_DAY && day <= LAST_PLAIN_DAY) return civilFromDays(day)[0];
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
