import { z } from "zod";
import { CountryCode, DatePrecision, MeetingMode, Place, SourceRef, Span } from "./common.js";
import { Figure } from "./report.js";

/** How well the sources agree on a value. */
export const SupportStatus = z.enum(["agreed", "single-source", "compatible", "conflicting"]);
export type SupportStatus = z.infer<typeof SupportStatus>;

const alternativeOf = <T extends z.ZodTypeAny>(value: T) =>
  z.object({ value, sources: z.array(SourceRef) });

export const EventParticipant = z.object({
  name: z.string(),
  key: z.string(),
  title: z.string().nullable(),
  country: CountryCode.nullable(),
  sources: z.array(SourceRef),
  /** Other titles the sources give this person. */
  titles: z.array(alternativeOf(z.string())).optional(),
});
export type EventParticipant = z.infer<typeof EventParticipant>;

export const EventDate = z.object({
  value: z.string().nullable(),
  precision: DatePrecision,
  sources: z.array(SourceRef),
  alternatives: z.array(alternativeOf(z.string())),
  status: SupportStatus.optional(),
  rule: z.string().optional(),
});
export type EventDate = z.infer<typeof EventDate>;

export const EventLocation = z.object({
  value: Place.nullable(),
  sources: z.array(SourceRef),
  alternatives: z.array(alternativeOf(Place)),
  status: SupportStatus.optional(),
  rule: z.string().optional(),
});
export type EventLocation = z.infer<typeof EventLocation>;

export const EventOccasion = z.object({
  value: z.string().nullable(),
  sources: z.array(SourceRef),
  alternatives: z.array(alternativeOf(z.string())).optional(),
  status: SupportStatus.optional(),
});
export type EventOccasion = z.infer<typeof EventOccasion>;

export const EventClaim = z.object({
  kind: z.enum(["figure", "agreement", "mechanism"]),
  text: z.string(),
  figure: Figure.optional(),
  sources: z.array(SourceRef),
  alternatives: z.array(alternativeOf(z.string())),
  status: SupportStatus,
});
export type EventClaim = z.infer<typeof EventClaim>;

export const ConflictType = z.enum(["date", "venue", "participant", "title", "figure", "occasion"]);
export type ConflictType = z.infer<typeof ConflictType>;

export const Conflict = z.object({
  type: ConflictType,
  /** Which value is disputed, e.g. `date` or `title of Bùi Thanh Sơn`. */
  field: z.string(),
  values: z.array(alternativeOf(z.unknown())),
  reason: z.string(),
});
export type Conflict = z.infer<typeof Conflict>;

export const EventSource = z.object({
  articleId: z.string(),
  reportId: z.string(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  group: z.string().optional(),
  /** The sentence of the article that states the meeting took place, and its span. */
  span: Span.optional(),
  quote: z.string().optional(),
});
export type EventSource = z.infer<typeof EventSource>;

/** A report that may belong to the event but lacks the evidence to join it. */
export const Candidate = z.object({
  reportId: z.string(),
  articleId: z.string(),
  score: z.number(),
  reason: z.string(),
});
export type Candidate = z.infer<typeof Candidate>;

/** One meeting reconciled across every report of it. */
export const Event = z.object({
  id: z.string().regex(/^evt_[0-9a-f]+$/),
  mode: MeetingMode.optional(),
  participants: z.array(EventParticipant),
  date: EventDate,
  location: EventLocation,
  occasion: EventOccasion,
  claims: z.array(EventClaim),
  sources: z.array(EventSource),
  conflicts: z.array(Conflict),
  candidates: z.array(Candidate).optional(),
  /** Incremental runs: ids of earlier events that new evidence merged into this one. */
  mergedFrom: z.array(z.string()).optional(),
  /** Incremental runs: the earlier event this one was split from. */
  splitFrom: z.string().optional(),
});
export type Event = z.infer<typeof Event>;
