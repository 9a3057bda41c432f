/**
 * Audit: every conflict across all events, most consequential first, for a person to check or
 * a pipeline to stop on.
 */
import type { ConflictType } from "../model/event.js";
import type { Result } from "../model/result.js";

export interface AuditValue {
  value: unknown;
  /** Independent evidence groups (copies of one wire story count once). */
  independentSources: number;
  outlets: string[];
  articleIds: string[];
}

export interface AuditEntry {
  eventId: string;
  /** Who met, and when, for a person reading the list. */
  event: string;
  type: ConflictType;
  field: string;
  reason: string;
  values: AuditValue[];
  /** Higher is more consequential: a wrong date or venue misplaces the whole meeting. */
  severity: number;
}

// Date, venue and participants decide which meeting it was; figures and titles are details of it.
const SEVERITY: Readonly<Record<ConflictType, number>> = { participant: 6, date: 5, venue: 4, occasion: 3, figure: 2, title: 1 };

/**
 * Lists every conflict of a result, most consequential first (by type, then by how many
 * independent sources stand on each side), with ties broken by event id so the order is stable.
 *
 * @example
 * audit(reconcile(articles))[0]
 * //=> { type: "date", field: "date", reason: "sources give dates that do not overlap: 2025-08-14 vs 2025-08-15", … }
 */
export function audit(result: Result): AuditEntry[] {
  if (!result || !Array.isArray(result.events)) throw new TypeError("audit expects a Result with an events array");
  const entries: AuditEntry[] = [];
  for (const e of result.events) {
    const label = `${e.participants.map((p) => p.name).join(" – ")} (${e.date.value ?? "date unknown"})`;
    for (const c of e.conflicts) {
      entries.push({
        eventId: e.id,
        event: label,
        type: c.type,
        field: c.field,
        reason: c.reason,
        severity: SEVERITY[c.type],
        values: c.values.map((v) => ({
          value: v.value,
          independentSources: new Set(v.sources.map((s) => s.group ?? s.articleId)).size,
          outlets: [...new Set(v.sources.map((s) => s.outlet ?? s.articleId))],
          articleIds: [...new Set(v.sources.map((s) => s.articleId))],
        })),
      });
    }
  }
  const weight = (a: AuditEntry) => a.values.reduce((n, v) => n + v.independentSources, 0);
  return entries.sort((a, b) => b.severity - a.severity || weight(b) - weight(a) || a.eventId.localeCompare(b.eventId) || a.field.localeCompare(b.field));
}

function show(value: unknown): string {
  if (value && typeof value === "object") {
    const p = value as { site?: string; city?: string; region?: string; country?: string | null };
    return [p.site, p.city, p.region, p.country].filter(Boolean).join(", ");
  }
  return String(value);
}

/** The audit as plain text, one conflict a paragraph. */
export function renderAuditText(entries: readonly AuditEntry[]): string {
  if (entries.length === 0) return "No conflicts.\n";
  const lines = [`${entries.length} conflict${entries.length === 1 ? "" : "s"}, most consequential first:`, ""];
  entries.forEach((e, i) => {
    lines.push(`${i + 1}. [${e.type}] ${e.event} — ${e.reason}`);
    for (const v of e.values) lines.push(`     ${show(v.value)}: ${v.outlets.join(", ")} (${v.independentSources} independent)`);
    lines.push(`     event ${e.eventId}`);
  });
  return `${lines.join("\n")}\n`;
}
