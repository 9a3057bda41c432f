import { z } from "zod";
import { CountryCode, DateBasis, DatePrecision, MeetingMode, Place, Span } from "./common.js";

/** One place in the text where a person is named. */
export const Mention = z.object({
  surface: z.string(),
  span: Span,
});
export type Mention = z.infer<typeof Mention>;

/** A person taking part in a meeting, as one article names them. */
export const ReportParticipant = z.object({
  /** Full name as introduced in the article (NFC, with its diacritics). */
  name: z.string(),
  /** Identity key: folded, family-name-first; equal keys mean the same person. */
  key: z.string(),
  title: z.string().nullable(),
  country: CountryCode.nullable(),
  side: z.enum(["host", "visitor"]).nullable(),
  /** Naming convention the name was read with (`vi`, `zh`, `ja`, `th`, …). */
  culture: z.string().nullable(),
  mentions: z.array(Mention),
});
export type ReportParticipant = z.infer<typeof ReportParticipant>;

/** When the meeting happened, and how the text says so. */
export const ReportDate = z.object({
  /** `2025-08-14`, a span `2025-08-14/2025-08-15`, a month `2025-08`, or null when unknown. */
  value: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  precision: DatePrecision,
  basis: DateBasis.nullable(),
  surface: z.string().nullable(),
  span: Span.nullable(),
  /** Why the date is unknown or how it was inferred. */
  reason: z.string().nullable(),
});
export type ReportDate = z.infer<typeof ReportDate>;

export const ReportLocation = z.object({
  value: Place.nullable(),
  surface: z.string().nullable(),
  span: Span.nullable(),
  basis: z.enum(["text", "occasion"]).nullable(),
});
export type ReportLocation = z.infer<typeof ReportLocation>;

/** Where the story was filed (`BEIJING —`): weak evidence of the venue, never taken for it. */
export const Dateline = z.object({
  place: Place.nullable(),
  surface: z.string(),
  span: Span,
  credit: z.string().nullable(),
});
export type Dateline = z.infer<typeof Dateline>;

export const ReportOccasion = z.object({
  /** Canonical name, e.g. `10th Lancang-Mekong Cooperation Foreign Ministers' Meeting`. */
  value: z.string(),
  series: z.string().nullable(),
  ordinal: z.number().int().nullable(),
  surface: z.string(),
  span: Span,
});
export type ReportOccasion = z.infer<typeof ReportOccasion>;

export const Figure = z.object({
  /** `quantity` is a count or measure with its `unit` (`3.2 million tonnes`). */
  kind: z.enum(["money", "percent", "quantity"]),
  /** Amount in units (billions are expanded: 3.13 billion → 3130000000). */
  amount: z.number(),
  currency: z.string().nullable(),
  /** The unit of a quantity, singular (`tonne`, `visitor`). */
  unit: z.string().optional(),
  approximate: z.boolean(),
  /**
   * Which side of the amount the figure lies on when its words say so: `at least` for `more
   * than`, `over`, `exceeded`; `at most` for `nearly`, `almost`, `up to`. Absent otherwise.
   */
  bound: z.enum(["at least", "at most"]).optional(),
  /** `target` for aims and pledges, `achieved` for recorded results. */
  status: z.enum(["achieved", "target"]),
  /** What the figure measures, e.g. `trade`. */
  subject: z.string().nullable(),
  /** Time scope as written: `in 2024`, `by 2028`, `in the first half of this year`. */
  scope: z.string().nullable(),
});
export type Figure = z.infer<typeof Figure>;

export const Claim = z.object({
  kind: z.enum(["figure", "agreement", "mechanism"]),
  /** Short normalised statement. */
  text: z.string(),
  figure: Figure.optional(),
  surface: z.string(),
  span: Span,
});
export type Claim = z.infer<typeof Claim>;

/** One meeting as one article tells it. */
export const Report = z.object({
  id: z.string(),
  articleId: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  mode: MeetingMode,
  participants: z.array(ReportParticipant),
  date: ReportDate,
  location: ReportLocation,
  dateline: Dateline.nullable(),
  occasion: ReportOccasion.nullable(),
  claims: z.array(Claim),
  /** The words that state the meeting took place. */
  trigger: z.object({ surface: z.string(), span: Span }),
  /** The whole sentence that states it. */
  statement: z.object({ surface: z.string(), span: Span }),
  /** The stretch of text about this meeting. */
  span: Span,
});
export type Report = z.infer<typeof Report>;

/** The id of the report numbered `n` (from 1) in an article: `vna-2025-08-15#2`. */
export function reportIdOf(articleId: string, n: number): string {
  return `${articleId}#${n}`;
}

/** The article a report id belongs to (the inverse of {@link reportIdOf}). */
export function articleIdOf(reportId: string): string {
  return reportId.slice(0, reportId.lastIndexOf("#"));
}
