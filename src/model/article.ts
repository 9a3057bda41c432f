import { z } from "zod";

/** ISO date (`2025-08-14`) or ISO date-time with an optional offset (`2025-08-14T09:30:00+07:00`). */
const isoDateOrDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    "expected an ISO date (2025-08-14) or date-time (2025-08-14T09:30:00+07:00)",
  );

/** An input article: one news story as an outlet printed it. */
export const Article = z.object({
  id: z.string().min(1, "id must not be empty"),
  text: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  publishedAt: isoDateOrDateTime.optional(),
  language: z.string().default("en"),
  /** IANA zone of the outlet, used to resolve `on Thursday` against the publication date. */
  timezone: z.string().optional(),
});
export type Article = z.infer<typeof Article>;
/** What callers may pass: `language` may be left out. */
export type ArticleInput = z.input<typeof Article>;
