/**
 * Dates as news text writes them, found with their spans and resolved against the publication
 * date (in the outlet's zone) or the occasion. The host clock and zone are never read:
 * every luxon call is given an explicit zone.
 */
import { DateTime } from "luxon";
import { dayFromParts, dayOf, isoOf, weekdayOf, yearOf } from "./calendar.js";
import type { ReportDate } from "../model/report.js";

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Readonly<Record<string, number>> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
// The months and days as the patterns below match them (`August`, `Aug`, `Aug.`; `Monday`): looked
// up as matched, without putting each in lower case and taking its period off.
const MONTH_OF_NAME: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS).flatMap(([name, month]) => [[capitalised(name), month], [`${capitalised(name)}.`, month]]));
const WEEKDAY_OF_NAME: ReadonlyMap<string, number> = new Map(Object.entries(WEEKDAYS).map(([name, day]) => [capitalised(name), day]));

const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

export type DateMention =
  | { kind: "explicit"; surface: string; span: [number, number]; month: number; day: number; dayEnd: number | null; year: number | null; numeric: boolean; ambiguous: boolean; alt: { month: number; day: number } | null }
  | { kind: "weekday"; surface: string; span: [number, number]; weekdays: number[]; last?: boolean }
  | { kind: "relative"; surface: string; span: [number, number]; from: number; to: number }
  /** A day counted from the meeting told before (`the same day`: 0, `the next day`: 1). */
  | { kind: "same-day"; surface: string; span: [number, number]; days: number }
  | { kind: "week"; surface: string; span: [number, number]; weeksBack: number }
  | { kind: "iso"; surface: string; span: [number, number]; date: string };

interface Pattern {
  re: RegExp;
  make: (m: RegExpExecArray, span: [number, number]) => DateMention | null;
}

/**
 * A pattern of dates in figures, with what every match contains, checked before it runs
 * (`month`: the text has a digit and a month's stem).
 */
interface FigurePattern extends Pattern {
  mayMatch: (text: string, month: boolean) => boolean;
}

/** A pattern of dates in words, with the words every match contains, checked in the text in lower case before it runs. */
interface WordPattern extends Pattern {
  mayMatch: (lower: string) => boolean;
}

const MONTH_STEM = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

const num = (s: string | undefined): number | null => (s === undefined ? null : Number.parseInt(s, 10));

/** Whether `mark` is somewhere right before a digit (0-9, the `\d` of a pattern without `u`). */
export function markBeforeDigit(text: string, mark: string): boolean {
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    const c = text.charCodeAt(at + mark.length);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// `last` just before a weekday.
const LAST_BEFORE = /\blast\s+$/i;

const FIGURE_PATTERNS: FigurePattern[] = [
  {
    // August 14, Aug. 14-15, August 14, 2025, Sept. 3
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|to|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?(?![\\d/])`, "g"),
    make: (m, span) => explicit(m[0], span, MONTH_OF_NAME.get(m[1] as string) ?? 0, num(m[2]), num(m[3]), num(m[4])),
    mayMatch: (_, month) => month,
  },
  {
    // 14 August, 8-11 July 2025
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|to|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`, "g"),
    make: (m, span) => explicit(m[0], span, MONTH_OF_NAME.get(m[3] as string) ?? 0, num(m[1]), num(m[2]), num(m[4])),
    mayMatch: (_, month) => month,
  },
  {
    // 8/7, 8/7/2025, 12/4/23 — only after "on" or with a year, where a fraction or score is unlikely.
    re: /\b(?:on|On|dated|\()\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b(?!\/)|\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b(?![\/.,]?\d)/g,
    make: (m, span) => {
      const a = num(m[1] ?? m[4]) ?? 0;
      const b = num(m[2] ?? m[5]) ?? 0;
      const yRaw = m[3] ?? m[6];
      const year = yRaw === undefined ? null : yRaw.length === 2 ? 2000 + Number(yRaw) : Number(yRaw);
      return numericDate(m[0], span, a, b, year);
    },
    // (Every match has a slash before a digit: `8/7`.)
    mayMatch: (text) => markBeforeDigit(text, "/"),
  },
  {
    // `(Photo: NDO) Hà Nội, 28/4`: a caption's place and day at its end, as Vietnamese outlets write them.
    re: /(?<=\p{L},\s?)(\d{1,2})\/(\d{1,2})(?=\s*[.)]?\s*$)/gu,
    make: (m, span) => numericDate(m[0], span, num(m[1]) ?? 0, num(m[2]) ?? 0, null),
    mayMatch: (text) => markBeforeDigit(text, "/"),
  },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, make: (m, span) => ({ kind: "iso", surface: m[0], span, date: m[0] }), mayMatch: (text) => markBeforeDigit(text, "-") },
  // 27.02.2023: dots with a full year are written day first, in every outlet that writes them.
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, make: (m, span) => explicitDayFirst(m[0], span, num(m[1]) ?? 0, num(m[2]) ?? 0, num(m[3]) ?? null), mayMatch: (text) => markBeforeDigit(text, ".") },
  {
    re: new RegExp(`\\b${WEEKDAY}(?:\\s*(?:and|-|–|to)\\s*${WEEKDAY})?\\b`, "g"),
    make: (m, span) => {
      const first = WEEKDAY_OF_NAME.get(m[1] as string) ?? 0;
      const days = m[2] === undefined ? [first] : [first, WEEKDAY_OF_NAME.get(m[2]) ?? 0];
      // `last Saturday` in a story of a Saturday is the week before.
      const last = LAST_BEFORE.test(m.input.slice(Math.max(0, m.index - 6), m.index));
      return { kind: "weekday", surface: m[0], span, weekdays: days, ...(last ? { last } : {}) };
    },
    mayMatch: (text) => text.includes("day"),
  },
];

const WORD_PATTERNS: WordPattern[] = [
  { re: /\b(?:earlier|late|later) this week\b/gi, make: (m, span) => ({ kind: "week", surface: m[0], span, weeksBack: 0 }), mayMatch: (lower) => lower.includes("this week") },
  { re: /\blast week\b/gi, make: (m, span) => ({ kind: "week", surface: m[0], span, weeksBack: 1 }), mayMatch: (lower) => lower.includes("last week") },
  { re: /\btoday\b|\bthis (?:morning|afternoon|evening)\b/gi, make: (m, span) => ({ kind: "relative", surface: m[0], span, from: 0, to: 0 }), mayMatch: (lower) => lower.includes("today") || lower.includes("this ") },
  { re: /\byesterday\b|\blast (?:night|evening)\b/gi, make: (m, span) => ({ kind: "relative", surface: m[0], span, from: -1, to: -1 }), mayMatch: (lower) => lower.includes("yesterday") || lower.includes("last ") },
  { re: /\b(?:on |earlier )?(?:the|that) same day\b|\bthe same afternoon\b|\bthe same morning\b|\blater that day\b|\bon the same occasion\b/gi, make: (m, span) => ({ kind: "same-day", surface: m[0], span, days: 0 }), mayMatch: (lower) => lower.includes("same") || lower.includes("later that day") },
  { re: /\b(?:on )?the (?:next|following) (?:day|morning|afternoon|evening)\b|\ba day later\b/gi, make: (m, span) => ({ kind: "same-day", surface: m[0], span, days: 1 }), mayMatch: (lower) => lower.includes("the next ") || lower.includes("the following ") || lower.includes("a day later") },
  // `A day earlier, Li Qiang held talks with Meloni`, after the meeting of the day after (not `the
  // day before the summit`, a day counted from the words after it: any word after `the day before`
  // or `a day before` keeps it from counting, `i` making `[a-z]` any letter).
  { re: /\b(?:on )?the (?:previous|preceding) (?:day|morning|afternoon|evening)\b|\ba day earlier\b|\b(?:a|the) day before\b(?!\s+[a-z])/gi, make: (m, span) => ({ kind: "same-day", surface: m[0], span, days: -1 }), mayMatch: (lower) => lower.includes("previous ") || lower.includes("preceding ") || lower.includes("day before") || lower.includes("day earlier") },
];

function explicit(surface: string, span: [number, number], month: number, day: number | null, dayEnd: number | null, year: number | null): DateMention | null {
  if (!month || !day || day > 31 || (dayEnd !== null && (dayEnd > 31 || dayEnd <= day))) return null;
  return { kind: "explicit", surface, span, month, day, dayEnd, year, numeric: false, ambiguous: false, alt: null };
}

function explicitDayFirst(surface: string, span: [number, number], day: number, month: number, year: number | null): DateMention | null {
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return { kind: "explicit", surface, span, month, day, dayEnd: null, year, numeric: true, ambiguous: false, alt: null };
}

function numericDate(surface: string, span: [number, number], a: number, b: number, year: number | null): DateMention | null {
  const dayFirstOk = a >= 1 && a <= 31 && b >= 1 && b <= 12;
  const monthFirstOk = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  if (!dayFirstOk && !monthFirstOk) return null;
  // Stored day-first; `alt` holds the month-first reading when both are possible.
  if (dayFirstOk) {
    return { kind: "explicit", surface, span, month: b, day: a, dayEnd: null, year, numeric: true, ambiguous: monthFirstOk && a !== b, alt: monthFirstOk ? { month: a, day: b } : null };
  }
  return { kind: "explicit", surface, span, month: a, day: b, dayEnd: null, year, numeric: true, ambiguous: false, alt: null };
}

/** Adds the mentions of pattern `p` in `text` to `found`. */
function mentionsOf(p: Pattern, text: string, base: number, found: DateMention[]): void {
  p.re.lastIndex = 0;
  for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
    const mention = p.make(m, [base + m.index, base + m.index + m[0].length]);
    if (mention) found.push(mention);
  }
}

// Every date expression has a digit or one of these words: other sentences are skipped. (Every
// figure pattern has a digit: a text without one is tested for the words only.)
const DIGIT = /\d/;
const DATE_WORD_WITHOUT_DIGIT = /day\b|week\b|yesterday|today|morning|afternoon|evening|night/i;
// The words of the gates of WORD_PATTERNS in one test, in the text as written: every match of
// those (case-insensitive) patterns contains one of them, so a text without any is neither put in
// lower case nor tested for each.
const DATE_WORD = /this |last |today|yesterday|same|later that day|the next |the following |a day later|previous |preceding |day before|day earlier/i;

// Dates in Portuguese, Spanish and French, read in articles in those languages (findDates with
// `foreign`): `26 de abril de 2023`, `le 26 mars 2024`, `quarta-feira`, `4ª feira`, `este lunes`,
// `vendredi`, `ontem`, `ayer`, `hier`.
const FOREIGN_MONTHS: Readonly<Record<string, number>> = {
  janeiro: 1, fevereiro: 2, "março": 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  enero: 1, febrero: 2, marzo: 3, mayo: 5, junio: 6, julio: 7, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janvier: 1, "février": 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, "août": 8, septembre: 9, octobre: 10, novembre: 11, "décembre": 12,
};
const FOREIGN_WEEKDAYS: Readonly<Record<string, number>> = {
  segunda: 1, "terça": 2, terca: 2, quarta: 3, quinta: 4, sexta: 5, "sábado": 6, sabado: 6, domingo: 7,
  lunes: 1, martes: 2, "miércoles": 3, miercoles: 3, jueves: 4, viernes: 5,
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
};
const FOREIGN_MONTH = `(${Object.keys(FOREIGN_MONTHS).join("|")})`;
// Each with what a text must hold, in lower case, for it to be tried (the patterns are
// case-insensitive and Unicode-aware, which costs more than the test).
const FOREIGN_PATTERNS: (Pattern & { gate: RegExp })[] = [
  // `26 de abril de 2023`, `5 de agosto`, `le 26 mars 2024`, `1er juin`.
  {
    gate: /\d\s*(?:º|°|er)?\s+(?:de\s+)?[a-zç]/,
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:º|°|er)?\\s+(?:de\\s+)?${FOREIGN_MONTH}(?:\\s+(?:de\\s+)?(\\d{4}))?(?![\\p{L}])`, "giu"),
    make: (m, span) => explicit(m[0], span, FOREIGN_MONTHS[(m[2] as string).toLowerCase()] ?? 0, num(m[1]), null, num(m[3])),
  },
  // `quarta-feira`, `4ª feira` (the second day is Monday), `sábado`, `lunes`, `vendredi`.
  {
    gate: /feira|sábado|sabado|domingo|lunes|martes|miércoles|miercoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche/,
    re: /(?<![\p{L}])(?:(segunda|terça|terca|quarta|quinta|sexta)(?:-|\s)feira|([2-6])ª\s*feira|(sábado|sabado|domingo|lunes|martes|miércoles|miercoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))(?![\p{L}])/giu,
    make: (m, span) => {
      const day = m[2] !== undefined ? Number(m[2]) - 1 : FOREIGN_WEEKDAYS[((m[1] ?? m[3]) as string).toLowerCase()];
      return day === undefined ? null : { kind: "weekday", surface: m[0], span, weekdays: [day] };
    },
  },
  { gate: /ontem|ayer|hier/, re: /(?<![\p{L}])(?:ontem|ayer|hier)(?![\p{L}])/giu, make: (m, span) => ({ kind: "relative", surface: m[0], span, from: -1, to: -1 }) },
  { gate: /hoje|hoy|aujourd/, re: /(?<![\p{L}])(?:hoje|hoy|aujourd['’]hui)(?![\p{L}])/giu, make: (m, span) => ({ kind: "relative", surface: m[0], span, from: 0, to: 0 }) },
];

/**
 * Every date expression in `text`, with spans offset by `base`, in text order; overlapping matches
 * keep the longest. `foreign`: the text is in Portuguese, Spanish or French, whose dates are read too.
 */
export function findDates(text: string, base = 0, foreign = false): DateMention[] {
  const found: DateMention[] = [];
  if (foreign) {
    const lower = text.toLowerCase();
    for (const p of FOREIGN_PATTERNS) if (p.gate.test(lower)) mentionsOf(p, text, base, found);
  }
  const digit = DIGIT.test(text);
  if (!digit && !DATE_WORD_WITHOUT_DIGIT.test(text) && found.length === 0) return found;
  const month = digit && MONTH_STEM.test(text);
  for (const p of FIGURE_PATTERNS) if (p.mayMatch(text, month)) mentionsOf(p, text, base, found);
  if (DATE_WORD.test(text)) {
    const lower = text.toLowerCase();
    for (const p of WORD_PATTERNS) if (p.mayMatch(lower)) mentionsOf(p, text, base, found);
  }
  found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out: DateMention[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.span[0] < last.span[1]) continue;
    out.push(d);
  }
  return out;
}


// A zone's formatter, or null for a name that is not a zone, made once per name. Building one
// is what luxon's check of a zone does (and costs a tenth of a millisecond): the formatter that
// checks the zone is the one that reads days in it.
const dayFormatters = new Map<string, Intl.DateTimeFormat | null>();
function dayFormatter(zone: string): Intl.DateTimeFormat | null {
  let f = dayFormatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", calendar: "gregory", numberingSystem: "latn" });
    } catch {
      // A RangeError, as for luxon: the name is no zone this runtime knows.
      f = null;
    }
    if (dayFormatters.size < 1000) dayFormatters.set(zone, f);
  }
  return f;
}

/** The calendar day of a publication time in the outlet's zone (a date-only value is taken as is). */
export function localPublicationDate(publishedAt: string | null | undefined, timezone: string | null | undefined): string | null {
  if (!publishedAt) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(publishedAt)) return publishedAt;
  const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/.test(publishedAt);
  if (!hasOffset) return publishedAt.slice(0, 10);
  const zone = timezone && dayFormatter(timezone) ? timezone : "UTC";
  // The common ISO shapes parse natively; the zone's calendar day comes from a cached formatter
  // (a DateTime per article was the costliest step of reading one). Other shapes go through luxon.
  const ms = STRICT_ISO.test(publishedAt) ? Date.parse(publishedAt) : Number.NaN;
  if (Number.isFinite(ms)) return dayInZone(ms, zone);
  const dt = DateTime.fromISO(publishedAt, { setZone: true }).setZone(zone);
  return dt.isValid ? (dt.toISODate() ?? publishedAt.slice(0, 10)) : publishedAt.slice(0, 10);
}

// `2025-08-15T10:25:00+07:00`, `2025-08-15T03:25:00.000Z`: shapes Date.parse reads the same everywhere.
const STRICT_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The calendar day (YYYY-MM-DD) in `zone` (a valid zone) of the instant `ms`. */
function dayInZone(ms: number, zone: string): string {
  const f = dayFormatter(zone) as Intl.DateTimeFormat;
  // `08/15/2025`: reading the formatted string is 2.5× faster than `formatToParts`, which builds
  // an object per part. Any other shape (a year before 1000, an era) goes through the parts.
  const us = US_DAY.exec(f.format(ms));
  if (us) return `${us[3]}-${us[1]}-${us[2]}`;
  let y = "";
  let m = "";
  let d = "";
  for (const p of f.formatToParts(ms)) {
    if (p.type === "year") y = p.value;
    else if (p.type === "month") m = p.value;
    else if (p.type === "day") d = p.value;
  }
  return `${y.padStart(4, "0")}-${m}-${d}`;
}

const US_DAY = /^(\d\d)\/(\d\d)\/(\d{4})$/;

/** What a date is resolved against. */
export interface DateAnchor {
  /** Publication day in the outlet's zone. */
  published: string | null;
  /** The occasion's dates, when the report names one that the calendar knows. */
  occasion: { start: string; end: string } | null;
  /** Read `8/7` as 8 July (day first) or August 7 (month first). */
  dayFirst: boolean;
}

export function unknownDate(reason: string): ReportDate {
  return { value: null, start: null, end: null, precision: "unknown", basis: null, surface: null, span: null, reason };
}

function makeDate(start: string, end: string, basis: ReportDate["basis"], m: { surface: string; span: [number, number] } | null, reason: string | null): ReportDate {
  const precision = start === end ? "day" : "span";
  return { value: start === end ? start : `${start}/${end}`, start, end, precision, basis, surface: m?.surface ?? null, span: m?.span ?? null, reason };
}

/** Picks the year for a month and day: the publication year (a date after publication belongs to the year before), else the occasion's year. */
function chooseYear(month: number, day: number, anchor: DateAnchor): { year: number; how: string } | null {
  if (anchor.published) {
    const pub = dayOf(anchor.published);
    const year = yearOf(pub);
    const candidate = dayFromParts(year, month, day);
    // Reports of meetings that happened: a date more than a week after publication is last year's.
    if (candidate !== null && candidate - pub > 7) return { year: year - 1, how: "year from the publication date (the date would be after publication)" };
    return { year, how: "year from the publication date" };
  }
  if (anchor.occasion) return { year: Number(anchor.occasion.start.slice(0, 4)), how: "year from the occasion" };
  return null;
}

/** Resolves one date mention to a date or span, or an unknown date with the reason. */
export function resolveDate(m: DateMention, anchor: DateAnchor, previous: ReportDate | null): ReportDate {
  switch (m.kind) {
    case "iso":
      return makeDate(m.date, m.date, "explicit", m, null);
    case "explicit": {
      let month = m.month;
      let day = m.day;
      if (m.numeric && m.alt && !anchor.dayFirst) ({ month, day } = m.alt);
      let year = m.year;
      let reason: string | null = m.numeric && m.ambiguous ? `${m.surface.trim()} read ${anchor.dayFirst ? "day" : "month"} first` : null;
      let basis: ReportDate["basis"] = "explicit";
      if (year === null) {
        const y = chooseYear(month, day, anchor);
        if (!y) return { ...unknownDate(`"${m.surface.trim()}" has no year and neither a publication date nor a known occasion gives one`), surface: m.surface, span: m.span };
        year = y.year;
        reason = reason ? `${reason}; ${y.how}` : y.how;
        if (!anchor.published) basis = "occasion";
      }
      const start = dayFromParts(year, month, day);
      const end = m.dayEnd ? dayFromParts(year, month, m.dayEnd) : start;
      if (start === null || end === null) return { ...unknownDate(`"${m.surface.trim()}" is not a calendar date`), surface: m.surface, span: m.span };
      return makeDate(isoOf(start), isoOf(end), basis, m, reason);
    }
    case "weekday": {
      const first = m.weekdays[0] ?? 1;
      const last = m.weekdays[m.weekdays.length - 1] ?? first;
      const spanDays = (last - first + 7) % 7;
      if (anchor.published) {
        // Past tense: the latest such weekday on or before publication.
        const pub = dayOf(anchor.published);
        let lastDay = pub - ((weekdayOf(pub) - last + 7) % 7);
        if (m.last && lastDay === pub) lastDay -= 7;
        return makeDate(isoOf(lastDay - spanDays), isoOf(lastDay), "relative", m, `${m.surface.trim()} before publication on ${anchor.published}`);
      }
      if (anchor.occasion) {
        // No publication date: the weekday that falls within the occasion's dates.
        const end = dayOf(anchor.occasion.end);
        for (let d = dayOf(anchor.occasion.start); d <= end; d++) {
          if (weekdayOf(d) === first) {
            return makeDate(isoOf(d), isoOf(d + spanDays), "occasion", m, `${m.surface.trim()} within the occasion's dates ${anchor.occasion.start}/${anchor.occasion.end}`);
          }
        }
        return { ...unknownDate(`${m.surface.trim()} does not fall within the occasion's dates`), surface: m.surface, span: m.span };
      }
      return { ...unknownDate(`"${m.surface.trim()}" needs a publication date or a known occasion to resolve`), surface: m.surface, span: m.span };
    }
    case "relative": {
      if (!anchor.published) return { ...unknownDate(`"${m.surface.trim()}" needs a publication date to resolve`), surface: m.surface, span: m.span };
      const pub = dayOf(anchor.published);
      return makeDate(isoOf(pub + m.from), isoOf(pub + m.to), "relative", m, `${m.surface.trim()} relative to publication on ${anchor.published}`);
    }
    case "week": {
      if (!anchor.published) return { ...unknownDate(`"${m.surface.trim()}" needs a publication date to resolve`), surface: m.surface, span: m.span };
      const pub = dayOf(anchor.published);
      const monday = pub - (weekdayOf(pub) - 1) - 7 * m.weeksBack;
      // `earlier this week`: from Monday to the day before publication (Monday itself when published on a Monday).
      const end = m.weeksBack > 0 ? monday + 6 : Math.max(monday, pub - 1);
      return makeDate(isoOf(monday), isoOf(end), "relative", m, `${m.surface.trim()} relative to publication on ${anchor.published}`);
    }
    case "same-day": {
      if (m.days === 0 && previous && previous.value) return { ...previous, surface: m.surface, span: m.span, basis: previous.basis === "explicit" ? "relative" : previous.basis, reason: "the same day as the meeting reported before it" };
      // A day after a meeting told to the day (not after a span: `the next day` of a two-day visit is not one day).
      if (m.days !== 0 && previous?.precision === "day" && previous.start) {
        const day = isoOf(dayOf(previous.start) + m.days);
        return makeDate(day, day, previous.basis === "explicit" ? "relative" : (previous.basis ?? "relative"), m, `${m.surface.trim()} ${m.days > 0 ? "after" : "before"} the meeting reported before it, on ${previous.start}`);
      }
      return { ...unknownDate(`"${m.surface.trim()}" refers to a meeting whose date is unknown`), surface: m.surface, span: m.span };
    }
  }
}

/** Whether two resolved dates can describe the same meeting (their intervals overlap). */
export function datesCompatible(a: ReportDate, b: ReportDate): boolean | null {
  if (!a.start || !a.end || !b.start || !b.end) return null;
  return a.start <= b.end && b.start <= a.end;
}
