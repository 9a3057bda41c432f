/**
 * Calendar days as integers (days since 1970-01-01, UTC). Pure arithmetic: no clock, no zone.
 * Hot paths resolve thousands of dates per second; luxon is kept for time-zone conversion.
 */

const MS_PER_DAY = 86_400_000;

/** Day number of an ISO date (`2025-08-14`). */
export function dayOf(isoDate: string): number {
  return Math.floor(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / MS_PER_DAY);
}

/** Day number of a calendar date, or null when it does not exist (31 June). */
export function dayFromParts(year: number, month: number, day: number): number | null {
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
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
