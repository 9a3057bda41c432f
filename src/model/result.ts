import { z } from "zod";
import { InputIssue } from "./common.js";
import { Event } from "./event.js";

/** An input article that is in no event, and why. */
export const Unplaced = z.object({
  articleId: z.string(),
  reason: z.string(),
});
export type Unplaced = z.infer<typeof Unplaced>;

/** The output of a run. `version` changes only if the contract ever breaks. */
export const Result = z.object({
  version: z.literal(1),
  events: z.array(Event),
  unplaced: z.array(Unplaced),
  /** Problems met while reading input; the articles they name are not in the result. */
  issues: z.array(InputIssue).optional(),
});
export type Result = z.infer<typeof Result>;

/** JSON Schema (draft 2020-12) of {@link Result}, for consumers in other languages. */
export function resultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Result, { target: "draft-2020-12", io: "output", unrepresentable: "any" }) as Record<string, unknown>;
}
