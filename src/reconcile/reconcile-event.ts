/**
 * clusters → events: one event per meeting, every value with the sources that back it,
 * alternatives, a status and the rule that chose it. Copies of one wire story count once.
 */
import { createHash } from "node:crypto";
import levenshtein from "fast-levenshtein";
import type { Place, SourceRef } from "../model/common.js";
import type { Conflict, Event, EventClaim, EventParticipant, SupportStatus } from "../model/event.js";
import type { Report } from "../model/report.js";
import { compareParsed, parseName } from "../text/names.js";
import { foldText } from "../text/fold.js";
import { defaultGazetteer } from "../text/gazetteer.js";
import { scopeYear } from "../extract/claims.js";
import type { Cluster } from "../cluster/cluster.js";

export interface ReconcileContext {
  texts: ReadonlyMap<string, string>;
  groups: ReadonlyMap<string, string>;
}

const QUOTE_MAX = 160;

/** A stable event id: derived from the smallest report id of the cluster, so unrelated additions leave it unchanged. */
export function eventId(reports: readonly Report[]): string {
  const anchor = [...reports.map((r) => r.id)].sort()[0] ?? "";
  return `evt_${createHash("sha256").update(anchor).digest("hex").slice(0, 16)}`;
}

function ref(r: Report, span: [number, number] | null, ctx: ReconcileContext): SourceRef {
  const s = span ?? r.trigger.span;
  const text = ctx.texts.get(r.articleId) ?? "";
  const quote = text.slice(s[0], Math.min(s[1], s[0] + QUOTE_MAX));
  return {
    articleId: r.articleId,
    reportId: r.id,
    ...(r.outlet ? { outlet: r.outlet } : {}),
    ...(r.url ? { url: r.url } : {}),
    span: [s[0], s[1]],
    quote,
    group: groupOf(r, ctx),
  };
}

// Group ids are hashed once per wire story, not once per source reference.
const groupIds = new Map<string, string>();

/** The article a report's wire story goes back to (its own article when it is no copy). */
function wireRoot(r: Report, groups: ReadonlyMap<string, string>): string {
  return groups.get(r.articleId) ?? r.articleId;
}

function groupOf(r: Report, ctx: ReconcileContext): string {
  const root = wireRoot(r, ctx.groups);
  let id = groupIds.get(root);
  if (id === undefined) {
    id = `grp_${createHash("sha256").update(root).digest("hex").slice(0, 12)}`;
    if (groupIds.size < 100_000) groupIds.set(root, id);
  }
  return id;
}

/** Number of independent evidence groups among sources. */
function independent(sources: readonly SourceRef[]): number {
  return new Set(sources.map((s) => s.group)).size;
}

function statusOf(chosen: readonly SourceRef[], alternatives: number, compatible: boolean): SupportStatus {
  if (alternatives > 0) return compatible ? "compatible" : "conflicting";
  return independent(chosen) > 1 ? "agreed" : "single-source";
}

function placeLabel(p: Place): string {
  return [p.site, p.city, p.region, p.country].filter(Boolean).join(", ");
}

/** Whether `title` names an office the reference data says `personId` did not hold on `day`. */
function titleOutOfOffice(personId: string | null, title: string, day: string): boolean {
  // `President-elect`, `Prime Minister-designate`: an office still to come.
  if (!personId || /-(?:elect|designate)\b/i.test(title)) return false;
  const person = defaultGazetteer().peopleById.get(personId);
  if (!person?.roles) return false;
  const ranks = rankOf(title).split("+").filter(Boolean);
  return ranks.some((rank) => {
    const roles = (person.roles ?? []).filter((r) => rankOf(r.title).split("+").includes(rank));
    // Only dated roles can rule a title out; an office the data does not list is not evidence.
    if (roles.length === 0 || roles.some((r) => !r.from)) return false;
    return roles.every((r) => (r.from && day < (r.from as string)) || (r.to && day.slice(0, (r.to as string).length) > (r.to as string)));
  });
}

function participantsOf(reports: readonly Report[], ctx: ReconcileContext, conflicts: Conflict[], meetingDay: string | null): EventParticipant[] {
  const people: { parsed: ReturnType<typeof parseName>; names: Map<string, number>; titles: Map<string, SourceRef[]>; countries: Map<string, number>; sources: SourceRef[]; key: string }[] = [];
  for (const r of reports) {
    for (const p of r.participants) {
      const parsed = parseName(p.name, { country: p.country, culture: p.culture });
      let entry = people.find((e) => compareParsed(e.parsed, parsed).same);
      if (!entry) {
        entry = { parsed, names: new Map(), titles: new Map(), countries: new Map(), sources: [], key: p.key };
        people.push(entry);
      }
      entry.names.set(p.name, (entry.names.get(p.name) ?? 0) + 1);
      if (p.country) entry.countries.set(p.country, (entry.countries.get(p.country) ?? 0) + 1);
      const first = p.mentions[0];
      const source = ref(r, first ? first.span : null, ctx);
      entry.sources.push(source);
      if (p.title) {
        const list = entry.titles.get(p.title) ?? [];
        list.push(source);
        entry.titles.set(p.title, list);
      }
    }
  }
  return people.map((e) => {
    // The spelling with the most diacritics is the fullest rendering (`Bùi Thanh Sơn` over `Bui Thanh Son`).
    const name = [...e.names.keys()].sort((a, b) => marks(b) - marks(a) || (e.names.get(b) ?? 0) - (e.names.get(a) ?? 0) || a.localeCompare(b))[0] ?? "";
    const titles = [...e.titles.entries()].sort((a, b) => independent(b[1]) - independent(a[1]) || b[0].length - a[0].length || a[0].localeCompare(b[0]));
    const country = [...e.countries.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
    const out: EventParticipant = { name, key: e.parsed.key, title: titles[0]?.[0] ?? null, country, sources: e.sources };
    if (titles.length > 1) out.titles = titles.map(([value, sources]) => ({ value, sources }));
    // A title is judged for the meeting's date: it conflicts only with the reference data's
    // dated roles (`Deputy Prime Minister` in 2023 for someone who became one in 2025).
    const wrong = meetingDay ? titles.filter(([t]) => titleOutOfOffice(e.parsed.personId, t, meetingDay)) : [];
    if (wrong.length > 0) {
      const right = titles.filter(([t]) => !wrong.some(([w]) => w === t));
      conflicts.push({
        type: "title",
        field: `title of ${name}`,
        values: [...right, ...wrong].map(([value, sources]) => ({ value, sources })),
        reason: `${wrong.map(([t]) => `"${t}"`).join(", ")} names an office ${name} did not hold on ${meetingDay}`,
      });
    } else {
      const clash = officeClash(titles.map(([t]) => t));
      if (clash) {
        conflicts.push({
          type: "title",
          field: `title of ${name}`,
          values: titles.filter(([t]) => clash.titles.includes(t)).map(([value, sources]) => ({ value, sources })),
          reason: `the sources give ${name} ${clash.offices.map((o) => OFFICE_NAMES[o]).join(" and ")}, offices one person does not hold at once`,
        });
      }
    }
    return out;
  });
}

// Offices of which one person holds one at a time, by family: a head of state or government, and a
// minister's portfolio. (A deputy prime minister may also be foreign minister, and a crown prince
// prime minister: offices of different families never clash.)
const LEADER_OFFICES: readonly (readonly [string, RegExp])[] = [
  ["vice-president", /\bvice[- ]president\b/],
  // (Ireland's Taoiseach and Tánaiste are its prime minister and deputy.)
  ["deputy-pm", /\bdeputy prime minister\b|\bdeputy pm\b|\bdpm\b|\b(?:vice|deputy)[- ]premier\b|\bt[aá]naiste\b/],
  // (Spain's prime minister is formally the President of the Government.)
  ["president", /\bpresident\b(?!\s+of\s+the\s+government\b)/],
  ["chief-adviser", /\bchief adviser\b|\bchief advisor\b/],
  ["pm", /\bprime minister\b|\bpm\b|\bpremier\b|\btaoiseach\b|\bpresident of the government\b|\bchancellor\b(?<!\b(?:uk|british|britain's|vice)[- ]chancellor)(?!\s+of\s+the\s+exchequer)/],
];
const PORTFOLIO_OFFICES: readonly (readonly [string, RegExp])[] = [
  ["fm", /\bforeign minister\b|\bforeign affairs\b|\bexternal affairs\b|\bforeign secretary\b|\bfm\b|\bsecretary of state\b(?!\s+for)/],
  ["finance", /\bfinance minister\b|\bminister of finance\b|\btreasurer\b|\btreasury secretary\b|\bexchequer\b|\b(?:uk|british|britain's)[- ]chancellor\b/],
  ["trade", /\btrade\b|\bcommerce\b/],
  ["defence", /\bdefen[cs]e\b/],
];
const OFFICE_NAMES: Readonly<Record<string, string>> = {
  "vice-president": "vice-president", "deputy-pm": "deputy prime minister", president: "president", "chief-adviser": "chief adviser", pm: "head of government",
  fm: "foreign minister", finance: "finance minister", trade: "trade minister", defence: "defence minister",
};

/** The one office of a family a title names, or null when it names none or several (`President and Prime Minister`). */
function officeIn(title: string, family: readonly (readonly [string, RegExp])[]): string | null {
  const t = title.toLowerCase();
  const found: string[] = [];
  for (const [office, re] of family) {
    // (A deputy prime minister's title holds `prime minister`; a vice-president's, `president`.)
    if (re.test(t) && !(office === "pm" && found.includes("deputy-pm")) && !(office === "president" && found.includes("vice-president"))) found.push(office);
  }
  return found.length === 1 ? (found[0] as string) : null;
}

/**
 * Two titles that give one person different offices of one family (`Chinese Premier` and
 * `President` for Xi; `Business and Trade Secretary` and `UK Chancellor`): the titles concerned and
 * their offices. Titles naming no office of the family, or several, neither clash nor settle it.
 */
function officeClash(titles: readonly string[]): { titles: string[]; offices: string[] } | null {
  for (const family of [LEADER_OFFICES, PORTFOLIO_OFFICES]) {
    const byOffice = new Map<string, string[]>();
    for (const t of titles) {
      const office = officeIn(t, family);
      if (office) byOffice.set(office, [...(byOffice.get(office) ?? []), t]);
    }
    if (byOffice.size > 1) return { titles: [...byOffice.values()].flat(), offices: [...byOffice.keys()].sort() };
  }
  return null;
}

/** The office a title names, ignoring wording: `Deputy PM and FM` and `Deputy Prime Minister and Foreign Minister` are one rank. */
function rankOf(title: string): string {
  const t = title.toLowerCase();
  const parts: string[] = [];
  if (/deputy prime minister|deputy pm|\bdpm\b|vice premier|t[aá]naiste/.test(t)) parts.push("deputy-pm");
  else if (/prime minister|\bpm\b|premier|taoiseach/.test(t)) parts.push("pm");
  if (/foreign minister|minister of foreign affairs|minister for foreign affairs|\bfm\b|foreign affairs secretary|secretary of foreign affairs|foreign secretary|secretary of state/.test(t)) parts.push("fm");
  if (/\bpresident\b/.test(t) && !/vice president/.test(t)) parts.push("president");
  if (/defen[cs]e minister|minister of defen[cs]e|minister for defen[cs]e|defen[cs]e secretary|secretary of defen[cs]e/.test(t)) parts.push("defence");
  return parts.join("+");
}

function marks(s: string): number {
  return (s.normalize("NFD").match(/\p{M}/gu) ?? []).length + (s.match(/[đĐ]/g) ?? []).length;
}

interface DateChoice {
  /** The chosen value: a day, or `start/end` for a span. */
  value: string;
  /** Whether one span is compatible with every source. */
  compatible: boolean;
  /** Dated reports by the value they give; when incompatible, in rank order (chosen value first). */
  byValue: [string, Report[]][];
}

/**
 * The date of a meeting from its dated reports: the narrowest span every source allows or, when
 * the sources do not overlap, the value most independent sources (wire stories, by root
 * article) give.
 */
function chooseDate(known: readonly Report[], groups: ReadonlyMap<string, string>): DateChoice {
  const start = known.map((r) => r.date.start as string).sort().at(-1) as string;
  const end = known.map((r) => r.date.end as string).sort()[0] as string;
  const byValue = new Map<string, Report[]>();
  for (const r of known) {
    const value = r.date.value as string;
    const list = byValue.get(value);
    if (list) list.push(r);
    else byValue.set(value, [r]);
  }
  if (start <= end) return { value: start === end ? start : `${start}/${end}`, compatible: true, byValue: [...byValue.entries()] };
  const independentOf = (rs: readonly Report[]) => new Set(rs.map((r) => wireRoot(r, groups))).size;
  const ranked = [...byValue.entries()].sort((a, b) => independentOf(b[1]) - independentOf(a[1]) || a[0].localeCompare(b[0]));
  return { value: (ranked[0] as [string, Report[]])[0], compatible: false, byValue: ranked };
}

function datedReports(reports: readonly Report[]): Report[] {
  return reports.filter((r) => r.date.start && r.date.end);
}

/**
 * The date value the event of these reports takes (`event.date.value`), without building the
 * event: large results are ordered by it before their events are built one at a time.
 */
export function eventDateValue(reports: readonly Report[], groups: ReadonlyMap<string, string>): string | null {
  const known = datedReports(reports);
  return known.length === 0 ? null : chooseDate(known, groups).value;
}

function dateOf(reports: readonly Report[], ctx: ReconcileContext, conflicts: Conflict[]): Event["date"] {
  const known = datedReports(reports);
  if (known.length === 0) return { value: null, precision: "unknown", sources: [], alternatives: [], status: "single-source", rule: "no source dates the meeting" };
  const { value, compatible, byValue } = chooseDate(known, ctx.groups);
  const refs = byValue.map(([v, rs]) => ({ value: v, sources: rs.map((r) => ref(r, r.date.span, ctx)) }));
  const alternatives = refs.filter((a) => a.value !== value);
  if (compatible) {
    // The narrowest span every source allows.
    const sources = known.map((r) => ref(r, r.date.span, ctx));
    return { value, precision: value.includes("/") ? "span" : "day", sources, alternatives, status: statusOf(sources, alternatives.length, true), rule: "narrowest span compatible with every source" };
  }
  conflicts.push({ type: "date", field: "date", values: refs, reason: `sources give dates that do not overlap: ${byValue.map(([v]) => v).join(" vs ")}` });
  return { value, precision: value.includes("/") ? "span" : "day", sources: (refs[0] as (typeof refs)[number]).sources, alternatives, status: "conflicting", rule: "dates conflict: the value most independent sources give" };
}

function locationOf(reports: readonly Report[], ctx: ReconcileContext, conflicts: Conflict[]): Event["location"] {
  const known = reports.filter((r) => r.location.value && r.location.value.country);
  if (known.length === 0) return { value: null, sources: [], alternatives: [], status: "single-source", rule: "no source names the venue" };
  const byLabel = new Map<string, { place: Place; sources: SourceRef[] }>();
  for (const r of known) {
    const place = r.location.value as Place;
    const label = placeLabel(place);
    const entry = byLabel.get(label) ?? { place, sources: [] };
    entry.sources.push(ref(r, r.location.span, ctx));
    byLabel.set(label, entry);
  }
  const entries = [...byLabel.values()];
  const specificity = (p: Place) => (p.site ? 4 : p.city ? 3 : p.region ? 2 : 1);
  // Names compare folded: `Élysée Palace` in one source is the `Elysee Palace` of another.
  const same = (a: string | undefined, b: string | undefined) => !a || !b || a === b || foldText(a) === foldText(b);
  const compatible = (p: Place, q: Place) => p.country === q.country && same(p.city, q.city) && same(p.region, q.region) && (same(p.site, q.site) || sameBuildingSpelled(p.site as string, q.site as string));
  const allCompatible = entries.every((e) => entries.every((f) => compatible(e.place, f.place)));
  const ranked = [...entries].sort((a, b) => (allCompatible ? specificity(b.place) - specificity(a.place) : 0) || independent(b.sources) - independent(a.sources) || specificity(b.place) - specificity(a.place) || placeLabel(a.place).localeCompare(placeLabel(b.place)));
  const chosen = ranked[0] as { place: Place; sources: SourceRef[] };
  const supporting = allCompatible ? entries.flatMap((e) => e.sources) : chosen.sources;
  const alternatives = ranked.slice(1).map((e) => ({ value: e.place, sources: e.sources }));
  if (!allCompatible) {
    conflicts.push({ type: "venue", field: "location", values: ranked.map((e) => ({ value: e.place, sources: e.sources })), reason: `sources name different venues: ${ranked.map((e) => placeLabel(e.place)).join(" vs ")}` });
  }
  return { value: chosen.place, sources: supporting, alternatives, status: statusOf(supporting, alternatives.length, allCompatible), rule: allCompatible ? "most specific place compatible with every source" : "venues conflict: the place most independent sources give" };
}

/**
 * Whether two names of a building in one city name it alike: spelled a letter apart for every ten
 * (`Malacañan Palace` and `Malacanang Palace`), folded, or one the other's first words (`State
 * House` and `State House Nairobi`, `Great Hall` and `Great Hall of the People`). Buildings of a
 * city are few, and two of them are named apart by whole words (`Kirribilli House`, `Admiralty House`).
 */
function sameBuildingSpelled(a: string, b: string): boolean {
  const [x, y] = [foldText(a), foldText(b)];
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return longer.startsWith(`${shorter} `) || levenshtein.get(x, y) <= Math.max(1, Math.floor(longer.length / 10));
}

function occasionOf(reports: readonly Report[], ctx: ReconcileContext, conflicts: Conflict[]): Event["occasion"] {
  const byValue = new Map<string, SourceRef[]>();
  for (const r of reports) {
    if (!r.occasion) continue;
    const list = byValue.get(r.occasion.value) ?? [];
    list.push(ref(r, r.occasion.span, ctx));
    byValue.set(r.occasion.value, list);
  }
  const ranked = [...byValue.entries()].sort((a, b) => independent(b[1]) - independent(a[1]) || a[0].localeCompare(b[0]));
  if (ranked.length === 0) return { value: null, sources: [] };
  const [value, sources] = ranked[0] as [string, SourceRef[]];
  const alternatives = ranked.slice(1).map(([v, s]) => ({ value: v, sources: s }));
  if (alternatives.length > 0) conflicts.push({ type: "occasion", field: "occasion", values: ranked.map(([v, s]) => ({ value: v, sources: s })), reason: "sources name different occasions" });
  return { value, sources, alternatives, status: statusOf(sources, alternatives.length, false) };
}

/** Relative difference tolerated when a source calls its figure approximate (`about US$3.1 billion`). */
const APPROXIMATE = 0.05;

/**
 * The rounding step of a figure as written: `US$3.13 billion` → 0.01 billion, `$5 billion` → 1
 * billion; a duration in words by its words (`half an hour`, `one and a half hours`, told to the
 * quarter hour → 15 minutes; `an hour` → half an hour; `four hours` → an hour).
 */
function stepOf(c: Report["claims"][number]): number {
  const amount = c.figure?.amount ?? 0;
  // (`an hour` alone is told to the half hour: `about an hour` is not `some 90 minutes`.)
  if (c.figure?.unit === "minute" && !/\d/.test(c.surface)) return /half/i.test(c.surface) ? 15 : /\b(?:an|one)\s+hour\b/i.test(c.surface) ? 30 : /hour/i.test(c.surface) ? 60 : 1;
  const written = /(\d+(?:[.,]\d+)*)/.exec(c.surface)?.[1]?.replace(/,(?=\d{3}\b)/g, "") ?? "";
  const number = Number.parseFloat(written);
  if (!Number.isFinite(number) || number === 0) return Math.abs(amount) * APPROXIMATE;
  const decimals = written.includes(".") ? (written.split(".")[1]?.length ?? 0) : 0;
  return (amount / number) * 10 ** -decimals;
}

/** How far below its amount `nearly`, `almost` or `close to` still reaches (`nearly five hours` covers 3¾ to 5). */
const NEAR_BELOW = 0.25;

/**
 * Whether two written figures can be one fact: one is the other rounded to its precision
 * (`US$3.13 billion` and `3.1 billion`), a source calls its figure approximate (within 5%, or
 * within the rounding of how it is written), or the amounts a bounded figure allows meet the
 * other (`more than four hours` and `nearly five hours`).
 */
function sameFigure(a: Report["claims"][number], b: Report["claims"][number]): boolean {
  const x = a.figure?.amount ?? 0;
  const y = b.figure?.amount ?? 0;
  const rounding = Math.max(stepOf(a), stepOf(b)) / 2 + 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  if (a.figure?.bound || b.figure?.bound) {
    const [a0, a1] = rangeOf(a);
    const [b0, b1] = rangeOf(b);
    return a0 <= b1 && b0 <= a1;
  }
  if (a.figure?.approximate || b.figure?.approximate) return Math.abs(x - y) <= Math.max(rounding, APPROXIMATE * Math.max(Math.abs(x), Math.abs(y), 1e-9));
  return Math.abs(x - y) <= rounding;
}

/**
 * The amounts a figure allows: one side of it when bounded (the bound itself is exact: `exceeded
 * $4 billion` is not $3.6 billion), else within its rounding, or 5% when approximate.
 */
function rangeOf(c: Report["claims"][number]): [number, number] {
  const v = c.figure?.amount ?? 0;
  if (c.figure?.bound === "at least") return [v, Number.POSITIVE_INFINITY];
  if (c.figure?.bound === "at most") return [v * (1 - NEAR_BELOW), v];
  const spread = Math.max(stepOf(c) / 2, c.figure?.approximate ? Math.abs(v) * APPROXIMATE : 0) + 1e-9 * Math.abs(v);
  return [v - spread, v + spread];
}

function claimsOf(reports: readonly Report[], ctx: ReconcileContext, conflicts: Conflict[]): EventClaim[] {
  const out: EventClaim[] = [];
  const figures = reports.flatMap((r) => r.claims.filter((c) => c.kind === "figure" && c.figure).map((c) => ({ r, c })));
  // Equivalent claims share subject, kind, currency, status and scope; amounts within rounding are compatible.
  const groups = new Map<string, typeof figures>();
  for (const f of figures) {
    const fig = f.c.figure;
    if (!fig) continue;
    const key = [fig.kind, fig.subject ?? "?", fig.currency ?? fig.unit ?? "", fig.status].join("|");
    (groups.get(key) ?? groups.set(key, []).get(key))?.push(f);
  }
  for (const [key, all] of [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    // Figures for different years are different facts; a figure without a year joins the year most others give.
    const byYear = new Map<string, typeof all>();
    for (const f of all) {
      const y = scopeYear(f.c.figure?.scope ?? null, f.r.publishedAt);
      const k = y === null ? "?" : String(y);
      byYear.set(k, [...(byYear.get(k) ?? []), f]);
    }
    const years = [...byYear.keys()].filter((k) => k !== "?").sort((a, b) => (byYear.get(b)?.length ?? 0) - (byYear.get(a)?.length ?? 0) || a.localeCompare(b));
    if (years.length > 0 && byYear.has("?")) {
      byYear.set(years[0] as string, [...(byYear.get(years[0] as string) ?? []), ...(byYear.get("?") ?? [])]);
      byYear.delete("?");
    }
    for (const [year, members] of [...byYear.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      claimGroup(`${key}|${year}`, members, ctx, conflicts, out);
    }
  }
  const others = new Map<string, { kind: EventClaim["kind"]; text: string; sources: SourceRef[] }>();
  for (const r of reports) {
    for (const c of r.claims) {
      if (c.kind === "figure") continue;
      const key = `${c.kind}|${c.text.toLowerCase()}`;
      const entry = others.get(key) ?? { kind: c.kind, text: c.text, sources: [] };
      entry.sources.push(ref(r, c.span, ctx));
      others.set(key, entry);
    }
  }
  for (const [, e] of [...others.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push({ kind: e.kind, text: e.text, sources: e.sources, alternatives: [], status: independent(e.sources) > 1 ? "agreed" : "single-source" });
  }
  return out;
}

type FigureMember = { r: Report; c: Report["claims"][number] };

/** Reconciles figures of one subject, status and year: rounding is compatible, other differences between independent sources conflict. */
function claimGroup(key: string, members: readonly FigureMember[], ctx: ReconcileContext, conflicts: Conflict[], out: EventClaim[]): void {
  const byAmount: { amount: number; text: string; sources: SourceRef[]; claims: Report["claims"] }[] = [];
  for (const { r, c } of members) {
    const amount = c.figure?.amount ?? 0;
    const near = byAmount.find((b) => b.claims.some((other) => sameFigure(other, c)));
    if (near) {
      near.sources.push(ref(r, c.span, ctx));
      near.claims.push(c);
    } else byAmount.push({ amount, text: c.text, sources: [ref(r, c.span, ctx)], claims: [c] });
  }
  byAmount.sort((a, b) => independent(b.sources) - independent(a.sources) || b.amount - a.amount);
  const chosen = byAmount[0];
  if (!chosen) return;
  const subject = key.split("|")[1];
  const figureOf = (amount: number) => members.find((m) => m.c.figure?.amount === amount)?.c.figure;
  // Different amounts conflict only between independent sources: one source giving two amounts states two facts.
  const groupsOf = (b: (typeof byAmount)[number]) => new Set(b.sources.map((s) => s.group));
  const conflicting = byAmount.length > 1 && subject !== "?" && byAmount.slice(1).some((b) => [...groupsOf(b)].some((g) => !groupsOf(chosen).has(g)));
  if (conflicting) {
    const status = members[0]?.c.figure?.status ?? "";
    conflicts.push({ type: "figure", field: `${subject} ${status}`.trim(), values: byAmount.map((b) => ({ value: b.text, sources: b.sources })), reason: `sources give different amounts for ${subject}: ${byAmount.map((b) => b.text).join(" vs ")}` });
    const fig = figureOf(chosen.amount);
    out.push({ kind: "figure", text: chosen.text, ...(fig ? { figure: fig } : {}), sources: chosen.sources, alternatives: byAmount.slice(1).map((b) => ({ value: b.text, sources: b.sources })), status: "conflicting" });
    return;
  }
  for (const b of byAmount) {
    const fig = figureOf(b.amount);
    const texts = new Set(b.sources.map((s) => s.quote));
    const status: SupportStatus = independent(b.sources) > 1 ? (texts.size > 1 ? "compatible" : "agreed") : "single-source";
    out.push({ kind: "figure", text: b.text, ...(fig ? { figure: fig } : {}), sources: b.sources, alternatives: [], status });
  }
}

/** Reconciles one cluster of reports into an event. */
export function reconcileCluster(cluster: Cluster, ctx: ReconcileContext): Event {
  const reports = cluster.reports;
  const conflicts: Conflict[] = [];
  const date = dateOf(reports, ctx, conflicts);
  const participants = participantsOf(reports, ctx, conflicts, date.value?.slice(0, 10) ?? null);
  const location = locationOf(reports, ctx, conflicts);
  const occasion = occasionOf(reports, ctx, conflicts);
  const claims = claimsOf(reports, ctx, conflicts);
  const modes = [...new Set(reports.map((r) => r.mode))];
  const event: Event = {
    id: eventId(reports),
    ...(modes.length === 1 && modes[0] ? { mode: modes[0] } : {}),
    participants,
    date,
    location,
    occasion,
    claims,
    sources: reports.map((r) => ({ articleId: r.articleId, reportId: r.id, ...(r.outlet ? { outlet: r.outlet } : {}), ...(r.url ? { url: r.url } : {}), group: groupOf(r, ctx), span: r.statement.span, quote: r.statement.surface })),
    conflicts,
  };
  if (cluster.candidates.length > 0) {
    event.candidates = cluster.candidates
      .map((c) => ({ reportId: c.report.id, articleId: c.report.articleId, score: c.score, reason: c.reason }))
      .sort((a, b) => b.score - a.score || a.reportId.localeCompare(b.reportId));
  }
  return event;
}
