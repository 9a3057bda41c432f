/**
 * Pairwise evidence that two reports describe the same meeting, as Fellegi–Sunter style
 * weights: each comparison adds log-odds for or against a match; some are vetoes.
 *
 * A weight is roughly log2(P(agreement | same meeting) / P(agreement | different meetings)),
 * rounded and kept conservative where features overlap; `npm run calibrate` prints those
 * log-odds as measured on the labelled corpora beside each weight (README, "Calibration").
 */
import type { Report } from "../model/report.js";
import { compareParsed, type ParsedName } from "../text/names.js";
import { figureKey, figureKeysOf, reportFeatures, type ReportFeatures } from "../normalise/features.js";
import { DateTime } from "luxon";
import { datesCompatible } from "../extract/dates.js";
import { cosine, type TermVector } from "./content.js";

export const WEIGHTS = {
  /** Every principal participant of one report is in the other. */
  sameParticipants: 4,
  /** A participant of one report has no counterpart in the other. */
  participantMissing: -8,
  /** Both dates precise to the day and equal. */
  sameDay: 3,
  /** Date intervals overlap (spans, occasion dates). */
  datesOverlap: 1.5,
  /** Date intervals do not overlap: different meetings. */
  datesDisjoint: -20,
  /** Dates a day apart at the same place or occasion: an outlet's error more likely than a second meeting. */
  datesOneDayApart: -1.5,
  /**
   * Dates a day apart that the time difference between the later-dated outlet and the venue
   * explains: one instant on two calendars, as good as overlapping dates.
   */
  datesInTwoTimeZones: 1.5,
  sameCity: 1,
  /** Same country, and no city named by both to compare. */
  sameCountry: 0.5,
  /** Both name a city and the cities differ (outlets do disagree on venues). */
  cityDiffers: -1.5,
  countryDiffers: -6,
  sameOccasion: 2,
  /** Different editions of a series (the 56th and the 57th AMM). */
  occasionDiffers: -10,
  /** Per unit of TF-IDF cosine between the reports' own text. */
  content: 6,
  /** A figure with the same amount in both. */
  sharedFigure: 1,
  /** The same numbered mechanism or plan (`16th meeting of the Steering Committee`, `2026-2030 action plan`). */
  sharedMechanism: 2.5,
  /** The two articles are copies of one wire story. */
  syndicated: 3,
  /**
   * Both articles also report another meeting with the same people on both sides and the same
   * timing relative to this one: two outlets telling the same sequence of meetings. It also
   * explains a one-day disagreement that repeats across the sequence (one outlet's dating is off).
   */
  sameSequence: 2,
  sameDateline: 0.25,
  /** One report tells a meeting in person, the other a phone or video call. */
  modeDiffers: -2,
} as const;

/** Score at or above which two reports are linked. */
export const LINK_THRESHOLD = 6;
/** A report with no date joins only on this much evidence. */
export const UNDATED_THRESHOLD = 8;
/**
 * Wording similarity (TF-IDF cosine) at which two reports' words agree closely: an undated report
 * that agrees this closely with the only meeting of its people in the input joins it at the
 * ordinary threshold (see `clusterReports`).
 */
export const CLOSE_WORDING = 0.35;

export interface EvidenceItem {
  feature: string;
  weight: number;
  detail: string;
}

export interface PairEvidence {
  score: number;
  items: EvidenceItem[];
  veto: boolean;
  undated: boolean;
  same: boolean;
  /**
   * Not `same`, but one report is undated and the evidence reaches {@link LINK_THRESHOLD} with
   * close wording (cosine at least {@link CLOSE_WORDING}): one meeting when the input holds no
   * other meeting of these people (clustering checks that).
   */
  sameIfSoleMeeting: boolean;
}

export interface PairContext {
  vectorOf: (r: Report) => TermVector | undefined;
  /**
   * The TF-IDF cosine of two reports' text, when the context can give it without building
   * their vectors (clustering's own context does); `vectorOf` is used otherwise.
   */
  similarity?: (a: Report, b: Report) => number | undefined;
  syndicated: (a: Report, b: Report) => boolean;
  /** Per-report values computed once (parsed names, mechanism and figure keys). */
  features?: (r: Report) => ReportFeatures;
  /**
   * Another pair of reports from the same two articles with the same people and the same date
   * offset as this pair, described in words; undefined when there is none.
   */
  companion?: (a: Report, b: Report) => string | undefined;
  /** Whether evidence items carry their details in words (default true); false leaves them empty. */
  details?: boolean;
  /**
   * Whether the evidence lists its items (default true); false gives the score and the verdict
   * with no items, which is all merging reads of most of its hundreds of thousands of pairs.
   */
  items?: boolean;
}

/** What pair scoring needs of a report, computed once per report rather than once per pair. */
function participantsMatch(a: Report, b: Report, fa: ReportFeatures, fb: ReportFeatures, say = true): { matched: number; missing: string[]; details: string[] } {
  const missing: string[] = [];
  const details: string[] = [];
  let matched = 0;
  const parsedB = fb.people;
  const used: boolean[] = new Array<boolean>(parsedB.length).fill(false);
  for (let i = 0; i < a.participants.length; i++) {
    const p = a.participants[i] as Report["participants"][number];
    const pa = fa.people[i] as ParsedName;
    let best = -1;
    let why = "";
    for (let j = 0; j < parsedB.length && best < 0; j++) {
      if (used[j]) continue;
      const otherCountry = b.participants[j]?.country;
      if (p.country && otherCountry && p.country !== otherCountry) continue;
      const c = compareParsed(pa, parsedB[j] as ParsedName);
      if (c.same) {
        best = j;
        why = c.why;
      }
    }
    if (best >= 0) {
      used[best] = true;
      matched++;
      if (say) details.push(`${p.name} = ${b.participants[best]?.name} (${why})`);
    } else missing.push(p.name);
  }
  for (let j = 0; j < b.participants.length; j++) if (!used[j]) missing.push(b.participants[j]?.name ?? "");
  return { matched, missing, details };
}

// Whether two parsed names are one person, by the pair of parsed names (shared by every mention
// of one name): the same ministers meet again and again, and merging asks about each pair of
// reports' people many times over.
const samePersonMemo = new WeakMap<ParsedName, WeakMap<ParsedName, boolean>>();

/** `compareParsed(x, y).same`, remembered per pair of parsed names. */
function sameParsed(x: ParsedName, y: ParsedName): boolean {
  let of = samePersonMemo.get(x);
  if (!of) samePersonMemo.set(x, (of = new WeakMap()));
  let same = of.get(y);
  if (same === undefined) of.set(y, (same = compareParsed(x, y).same));
  return same;
}

/**
 * Whether every participant of each report has a counterpart in the other: the answer of
 * {@link participantsMatch} (the same greedy matching, in the same order), with no list built.
 */
function allParticipantsMatch(a: Report, b: Report, fa: ReportFeatures, fb: ReportFeatures): boolean {
  const pb = fb.people;
  // (More than a bitmask holds: the general matching.)
  if (pb.length > 30) return participantsMatch(a, b, fa, fb, false).missing.length === 0;
  // Each report's participants are matched one to one, so the counts must agree.
  if (a.participants.length !== pb.length) return false;
  let used = 0;
  for (let i = 0; i < a.participants.length; i++) {
    const country = (a.participants[i] as Report["participants"][number]).country;
    const pa = fa.people[i] as ParsedName;
    let found = false;
    for (let j = 0; j < pb.length && !found; j++) {
      if ((used & (1 << j)) !== 0) continue;
      const otherCountry = b.participants[j]?.country;
      if (country && otherCountry && country !== otherCountry) continue;
      if (sameParsed(pa, pb[j] as ParsedName)) {
        used |= 1 << j;
        found = true;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Whether every participant of each report has a counterpart in the other. */
export function participantsAgree(a: Report, b: Report, ctx: PairContext): boolean {
  return participantsMatch(a, b, ctx.features?.(a) ?? reportFeatures(a), ctx.features?.(b) ?? reportFeatures(b)).missing.length === 0;
}

/**
 * What pair scoring reads besides the two reports: their features, their wording similarity,
 * whether their articles are copies of one story, and the companion meeting (read only when the
 * articles are not copies). Clustering works these out by report index, with no lookup by id.
 */
export interface PairFacts {
  fa: ReportFeatures;
  fb: ReportFeatures;
  cos: number | undefined;
  syndicated: boolean;
  companion: () => string | undefined;
}

// The items of evidence not kept (merging needs only the score and the flags); never added to.
const NO_ITEMS: EvidenceItem[] = [];

/** The evidence for and against `a` and `b` being one meeting. */
export function pairEvidence(a: Report, b: Report, ctx: PairContext): PairEvidence {
  const facts: PairFacts = {
    fa: ctx.features?.(a) ?? reportFeatures(a),
    fb: ctx.features?.(b) ?? reportFeatures(b),
    cos: ctx.similarity ? ctx.similarity(a, b) : cosineOf(ctx.vectorOf(a), ctx.vectorOf(b)),
    syndicated: ctx.syndicated(a, b),
    companion: () => ctx.companion?.(a, b),
  };
  return evidenceOf(a, b, facts, ctx.details !== false, ctx.items !== false);
}

/**
 * {@link pairEvidence} from the facts about the pair: details in words when `say`, the items
 * listed when `keepItems` (merging reads only the score and the verdict of most pairs).
 */
export function evidenceOf(a: Report, b: Report, facts: PairFacts, say: boolean, keepItems: boolean): PairEvidence {
  const items: EvidenceItem[] = keepItems ? [] : NO_ITEMS;
  let veto = false;
  let sum = 0;
  const push = (feature: string, weight: number, detail: string) => {
    sum += weight;
    if (keepItems) items.push({ feature, weight, detail });
  };
  const { fa, fb } = facts;
  if (say) {
    const people = participantsMatch(a, b, fa, fb, true);
    if (people.missing.length === 0) push("participants", WEIGHTS.sameParticipants, `same people: ${people.details.join("; ")}`);
    else {
      push("participants", WEIGHTS.participantMissing, `not in both reports: ${people.missing.join(", ")}`);
      veto = true;
    }
  } else if (allParticipantsMatch(a, b, fa, fb)) push("participants", WEIGHTS.sameParticipants, "");
  else {
    push("participants", WEIGHTS.participantMissing, "");
    veto = true;
  }

  const dates = datesCompatible(a.date, b.date);
  const undated = dates === null;
  const samePlace = Boolean(a.location.value?.city && a.location.value.city === b.location.value?.city);
  const sameEdition = Boolean(a.occasion && b.occasion && a.occasion.value === b.occasion.value && a.occasion.ordinal !== null);
  if (dates === false) {
    const dayApart = daysApart(a, b) <= 1;
    const oneDay = dayApart && (samePlace || sameEdition);
    // The time difference is weighed at the same place, or where one report names the place and
    // the other names none (a round-up's paragraph that gives no venue).
    const oneVenue = (a.location.value === null) !== (b.location.value === null);
    const zones = dayApart && (samePlace || oneVenue) ? timeZonesExplain(a, b) : null;
    if (zones) push("date", WEIGHTS.datesInTwoTimeZones, say ? `dates a day apart (${a.date.value} vs ${b.date.value}) that the time difference explains: ${zones}` : "");
    else if (oneDay) {
      push("date", WEIGHTS.datesOneDayApart, say ? `dates a day apart (${a.date.value} vs ${b.date.value}) at the same ${sameEdition ? "occasion" : "place"}: likely one outlet's error` : "");
    } else {
      push("date", WEIGHTS.datesDisjoint, say ? `dates do not overlap: ${a.date.value} vs ${b.date.value}` : "");
      veto = true;
    }
  } else if (dates === true) {
    if (a.date.precision === "day" && b.date.precision === "day" && a.date.value === b.date.value) push("date", WEIGHTS.sameDay, say ? `same day ${a.date.value}` : "");
    else push("date", WEIGHTS.datesOverlap, say ? `dates overlap: ${a.date.value} and ${b.date.value}` : "");
  } else push("date", 0, say ? `no date to compare (${a.date.value ?? "unknown"} vs ${b.date.value ?? "unknown"})` : "");

  const pa = a.location.value;
  const pb = b.location.value;
  if (pa && pb && pa.country && pb.country) {
    if (pa.country !== pb.country) {
      push("venue", WEIGHTS.countryDiffers, say ? `different countries: ${pa.country} vs ${pb.country}` : "");
      veto = true;
    } else if (pa.city && pb.city && pa.city !== pb.city) push("venue", WEIGHTS.cityDiffers, say ? `different cities: ${pa.city} vs ${pb.city}` : "");
    else if (pa.city && pa.city === pb.city) push("venue", WEIGHTS.sameCity, say ? `same city ${pa.city}` : "");
    else push("venue", WEIGHTS.sameCountry, say ? `same country ${pa.country}` : "");
  }
  // (Only in person against a call: outlets call a video call a phone call and the reverse.)
  if ((a.mode === "in-person") !== (b.mode === "in-person")) push("mode", WEIGHTS.modeDiffers, say ? `one tells a meeting in person, the other a call (${a.mode} vs ${b.mode})` : "");

  const da = a.dateline?.place;
  const db = b.dateline?.place;
  if (da && db && da.city && da.city === db.city) push("dateline", WEIGHTS.sameDateline, say ? `both filed from ${da.city} (weak)` : "");

  if (a.occasion && b.occasion && a.occasion.series && a.occasion.series === b.occasion.series) {
    if (a.occasion.ordinal !== null && b.occasion.ordinal !== null && a.occasion.ordinal !== b.occasion.ordinal) {
      push("occasion", WEIGHTS.occasionDiffers, say ? `different editions: ${a.occasion.value} vs ${b.occasion.value}` : "");
      veto = true;
    } else push("occasion", WEIGHTS.sameOccasion, say ? `same occasion: ${a.occasion.value}` : "");
  }

  const cos = facts.cos;
  if (cos !== undefined) {
    push("content", Math.round(cos * WEIGHTS.content * 100) / 100, say ? `wording similarity ${cos.toFixed(2)} (TF-IDF cosine of the reports' own sentences)` : "");
  }

  let sharedFigures = 0;
  if (fa.figures.size > 0) {
    const keys = fb.figureKeys ?? figureKeysOf(b);
    for (let i = 0; i < keys.length; i++) if (fa.figures.has(keys[i] as string)) sharedFigures++;
  }
  if (sharedFigures > 0) {
    const surfaces = () => [...new Set(b.claims.filter((c) => c.figure && fa.figures.has(figureKey(c))).map((c) => c.surface))];
    push("figures", Math.min(3, sharedFigures) * WEIGHTS.sharedFigure, say ? `shared figures: ${surfaces().join(", ")}` : "");
  }

  const sharedMechanisms = fa.mechanisms.size > 0 && fb.mechanisms.size > 0 ? [...fb.mechanisms].filter((k) => fa.mechanisms.has(k)) : [];
  if (sharedMechanisms.length > 0) push("mechanisms", Math.min(2, sharedMechanisms.length) * WEIGHTS.sharedMechanism, say ? `both name: ${sharedMechanisms.join("; ")}` : "");

  if (facts.syndicated) push("syndication", WEIGHTS.syndicated, say ? "the articles are copies of one wire story" : "");
  else {
    // Copies of one story repeat each other's sequence by construction, so only independent articles count.
    const companion = facts.companion();
    if (companion) push("sequence", WEIGHTS.sameSequence, say ? `both articles also report ${companion} with the same timing relative to this meeting` : "");
  }

  const score = Math.round(sum * 100) / 100;
  const threshold = undated ? UNDATED_THRESHOLD : LINK_THRESHOLD;
  const same = !veto && score >= threshold;
  const sameIfSoleMeeting = !veto && !same && undated && score >= LINK_THRESHOLD && cos !== undefined && cos >= CLOSE_WORDING;
  return { score, items, veto, undated, same, sameIfSoleMeeting };
}

function cosineOf(a: TermVector | undefined, b: TermVector | undefined): number | undefined {
  return a && b ? cosine(a, b) : undefined;
}

/** Days between two date intervals (0 when they overlap). */
/** Hours or more an outlet must be ahead of the venue for an evening meeting to fall on its next day. */
const MIN_HOURS_AHEAD = 5;

/**
 * Whether two reports' dates a day apart are one instant on two calendars: the outlet of the
 * later date, five hours or more ahead of the venue, dated the meeting by its own clock (New Delhi's
 * `at the White House on February 14` for evening talks on the 13th in Washington). The venue's
 * zone is its country's easternmost, so a country of many zones explains less, never more (the
 * earlier report's venue, or the later one's when the earlier names none). The outlet's zone is the
 * offset of its publication time. In words, or null when it does not explain.
 */
function timeZonesExplain(a: Report, b: Report): string | null {
  const [earlier, later] = (a.date.start as string) < (b.date.start as string) ? [a, b] : [b, a];
  const outlet = offsetOf(later.publishedAt);
  const country = earlier.location.value?.country ?? later.location.value?.country;
  if (outlet === null || !country || !earlier.date.start) return null;
  const venue = easternmostOffset(country, earlier.date.start);
  if (venue === null || outlet - venue < MIN_HOURS_AHEAD * 60) return null;
  return `${later.outlet ?? later.articleId} dates by UTC${formatOffset(outlet)}, ${(outlet - venue) / 60} hours ahead of ${country} (UTC${formatOffset(venue)} at the most)`;
}

/** The UTC offset in minutes a timestamp is written with (`…+05:30`); null without one or in UTC (`Z` says nothing of the outlet). */
function offsetOf(timestamp: string | null): number | null {
  const m = timestamp ? /([+-])(\d{2}):?(\d{2})$/.exec(timestamp) : null;
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const offsetMemo = new Map<string, number | null>();

/** The largest UTC offset, in minutes, of a country's time zones at noon (UTC) on a day; null for a country with none known. */
function easternmostOffset(country: string, day: string): number | null {
  const key = `${country}|${day}`;
  if (offsetMemo.has(key)) return offsetMemo.get(key) as number | null;
  let zones: string[] = [];
  try {
    zones = (new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[] }).timeZones ?? [];
  } catch {
    zones = [];
  }
  const instant = DateTime.fromISO(`${day}T12:00:00Z`, { zone: "utc" });
  const offsets = zones.map((z) => instant.setZone(z).offset).filter((o) => Number.isFinite(o));
  const out = offsets.length > 0 ? Math.max(...offsets) : null;
  if (offsetMemo.size < 10_000) offsetMemo.set(key, out);
  return out;
}

function daysApart(a: Report, b: Report): number {
  if (!a.date.start || !a.date.end || !b.date.start || !b.date.end) return Number.POSITIVE_INFINITY;
  const day = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
  if (a.date.end < b.date.start) return day(b.date.start) - day(a.date.end);
  if (b.date.end < a.date.start) return day(a.date.start) - day(b.date.end);
  return 0;
}
