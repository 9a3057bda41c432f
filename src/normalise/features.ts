/**
 * What clustering reads of a report besides its text, worked out once per report: its
 * participants' parsed names (identities that tolerate spelling, order and short forms), and
 * the keys of its figures and its named mechanisms.
 */
import type { Claim, Report } from "../model/report.js";
import { parseName, type ParsedName } from "../text/names.js";

export interface ReportFeatures {
  people: ParsedName[];
  mechanisms: ReadonlySet<string>;
  figures: ReadonlySet<string>;
  /** The figure key of each claim with a figure, in claim order (repeats kept); worked out from the claims when absent. */
  figureKeys?: readonly string[];
}

// Most reports name no mechanism: one shared empty set instead of one each (a hundred thousand
// reports would otherwise hold a hundred thousand empty sets).
const NONE: ReadonlySet<string> = new Set();

function setOf(values: readonly string[]): ReadonlySet<string> {
  return values.length === 0 ? NONE : new Set(values);
}

/** Computes a report's {@link ReportFeatures}. */
export function reportFeatures(r: Report): ReportFeatures {
  const figureKeys = figureKeysOf(r);
  return {
    people: r.participants.map((p) => parseName(p.name, { country: p.country, culture: p.culture })),
    mechanisms: setOf(r.claims.filter((c) => c.kind === "mechanism").map((c) => mechanismKey(c.text))),
    figures: setOf(figureKeys),
    figureKeys,
  };
}

const NO_KEYS: readonly string[] = [];

export function figureKeysOf(r: Report): readonly string[] {
  return r.claims.some((c) => c.figure) ? r.claims.filter((c) => c.figure).map(figureKey) : NO_KEYS;
}

/** What makes two figures the same: their kind and amount. */
export function figureKey(c: Claim): string {
  return `${c.figure?.kind}:${c.figure?.amount}`;
}

/** A mechanism's identity: its ordinal or years and its distinctive words (`16 steering committee`). */
function mechanismKey(text: string): string {
  const lower = text.toLowerCase();
  const numbers = lower.match(/\d+/g)?.join("-") ?? "";
  const words = lower.replace(/[^a-z ]/g, " ").split(/\s+/).filter((w) => w.length > 3 && !["meeting", "session", "vietnam", "china", "joint", "bilateral", "cooperation", "with", "between", "that", "from"].includes(w));
  return `${numbers} ${words.slice(0, 2).sort().join(" ")}`.trim();
}
