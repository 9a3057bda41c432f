/** events → a Markdown report a person can read. */
import type { SourceRef } from "../model/common.js";
import type { Event } from "../model/event.js";
import type { Result } from "../model/result.js";

function cite(sources: readonly SourceRef[]): string {
  const groups = new Map<string, SourceRef[]>();
  for (const s of sources) {
    const key = s.group ?? s.articleId;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()]
    .map((g) => g.map((s) => `${s.outlet ?? s.articleId}`).filter((v, i, a) => a.indexOf(v) === i).join(" = "))
    .join("; ");
}

function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s+/g, " ");
}

function place(e: Event): string {
  const v = e.location.value;
  return v ? [v.site, v.city, v.region, v.country].filter(Boolean).join(", ") : "unknown";
}

function eventSection(e: Event): string {
  const names = e.participants.map((p) => p.name).join(" – ");
  const lines = [`## ${md(names)} · ${e.date.value ?? "date unknown"}`, "", `\`${e.id}\``, ""];
  lines.push(`- **When:** ${e.date.value ?? "unknown"} (${e.date.precision}${e.date.status ? `, ${e.date.status}` : ""}) — ${md(cite(e.date.sources)) || "no source"}`);
  lines.push(`- **Where:** ${md(place(e))} — ${md(cite(e.location.sources)) || "no source"}`);
  if (e.occasion.value) lines.push(`- **Occasion:** ${md(e.occasion.value)} — ${md(cite(e.occasion.sources))}`);
  lines.push("- **Who:**");
  for (const p of e.participants) lines.push(`  - ${md(p.name)}${p.title ? `, ${md(p.title)}` : ""}${p.country ? ` (${p.country})` : ""} — ${md(cite(p.sources))}`);
  const figures = e.claims.filter((c) => c.kind === "figure");
  if (figures.length > 0) {
    lines.push("- **Figures:**");
    for (const c of figures) lines.push(`  - ${md(c.text)} [${c.status}] — ${md(cite(c.sources))}${c.alternatives.length ? `; also: ${c.alternatives.map((a) => md(String(a.value))).join(", ")}` : ""}`);
  }
  if (e.conflicts.length > 0) {
    lines.push("- **Conflicts:**");
    for (const c of e.conflicts) lines.push(`  - **${c.type}**: ${md(c.reason)}`);
  }
  lines.push(`- **Sources (${e.sources.length}):** ${e.sources.map((s) => md(`${s.outlet ?? s.articleId} (${s.reportId})`)).join(", ")}`);
  if (e.candidates?.length) lines.push(`- **Possible further reports:** ${e.candidates.map((c) => md(`${c.reportId} (score ${c.score})`)).join(", ")}`);
  return lines.join("\n");
}

/** Renders a result as Markdown: one section per event, conflicts listed, unplaced articles at the end. */
export function renderMarkdown(result: Result): string {
  if (!result || !Array.isArray(result.events) || !Array.isArray(result.unplaced)) throw new TypeError("renderMarkdown expects a Result (with events and unplaced arrays)");
  const conflicts = result.events.reduce((n, e) => n + e.conflicts.length, 0);
  const out = [`# Reconciled meetings`, "", `${result.events.length} events, ${conflicts} conflicts, ${result.unplaced.length} articles with no meeting.`, ""];
  for (const e of result.events) out.push(eventSection(e), "");
  if (result.unplaced.length > 0) {
    out.push("## Articles with no meeting", "");
    for (const u of result.unplaced) out.push(`- ${md(u.articleId)}: ${md(u.reason)}`);
    out.push("");
  }
  if (result.issues?.length) {
    out.push("## Input problems", "");
    for (const i of result.issues) out.push(`- ${md(i.message)}`);
    out.push("");
  }
  return out.join("\n");
}
