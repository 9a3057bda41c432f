import { z } from "zod";

/** A character range `[start, end)` into an article's NFC text. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code");
export type CountryCode = z.infer<typeof CountryCode>;

/** A place as specific as the text allows. */
export const Place = z.object({
  /** A building or compound within the city (`Jakarta Convention Center`), when the text names one. */
  site: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  country: CountryCode.nullable(),
});
export type Place = z.infer<typeof Place>;

/** Words of an article that support a value. */
export const SourceRef = z.object({
  articleId: z.string(),
  reportId: z.string().optional(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  span: Span,
  /** The supporting words themselves, cut from the article's NFC text at `span`. */
  quote: z.string(),
  /** Copies of one wire story share a group: they count once as evidence. */
  group: z.string().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const DatePrecision = z.enum(["day", "span", "month", "unknown"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const DateBasis = z.enum(["explicit", "relative", "occasion", "published"]);
export type DateBasis = z.infer<typeof DateBasis>;

export const MeetingMode = z.enum(["in-person", "phone", "video"]);
export type MeetingMode = z.infer<typeof MeetingMode>;

/** A problem with input data: returned as a value, never thrown. */
export const InputIssue = z.object({
  code: z.enum([
    "invalid-json",
    "invalid-article",
    "duplicate-id",
    "unreadable-file",
    "unsupported-file",
    "invalid-front-matter",
    "empty-input",
    "invalid-utf8",
  ]),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  field: z.string().optional(),
});
export type InputIssue = z.infer<typeof InputIssue>;
