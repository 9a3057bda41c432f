/**
 * events → one self-contained HTML file: no network, no external assets. Every piece of
 * article text is escaped, and a Content-Security-Policy allows only the report's own script
 * (by hash), so text from an article can never run.
 */
import { createHash } from "node:crypto";
import type { Place, SourceRef } from "../model/common.js";
import type { Event } from "../model/event.js";
import type { Result } from "../model/result.js";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

const placeText = (p: Place | null): string => (p ? [p.site, p.city, p.region, p.country].filter(Boolean).join(", ") : "unknown");

/** Source chips, copies of one wire story grouped into one chip; each opens to its quote. */
function chips(sources: readonly SourceRef[]): string {
  const groups = new Map<string, SourceRef[]>();
  for (const s of sources) groups.set(s.group ?? s.articleId, [...(groups.get(s.group ?? s.articleId) ?? []), s]);
  return [...groups.values()]
    .map((g) => {
      const outlets = [...new Set(g.map((s) => s.outlet ?? s.articleId))];
      const label = outlets.join(" = ");
      const quotes = g
        .map((s) => `<blockquote><cite>${escapeHtml(s.outlet ?? s.articleId)}</cite> ${escapeHtml(s.quote)}<span class="ref">${escapeHtml(s.articleId)} [${s.span[0]}, ${s.span[1]})</span></blockquote>`)
        .join("");
      return `<details class="chip${g.length > 1 ? " copies" : ""}"><summary title="${g.length > 1 ? "copies of one wire story: one source" : "source"}">${escapeHtml(label)}</summary>${quotes}</details>`;
    })
    .join("");
}

function status(s: string | undefined): string {
  return s ? `<span class="status ${escapeHtml(s)}">${escapeHtml(s)}</span>` : "";
}

function card(e: Event): string {
  const people = e.participants.map((p) => p.key).join("|");
  const countries = [...new Set([...e.participants.map((p) => p.country), e.location.value?.country].filter(Boolean))].join("|");
  const conflictTypes = new Set(e.conflicts.map((c) => c.type));
  const row = (label: string, value: string, extra: string, conflicted: boolean) =>
    `<div class="row${conflicted ? " conflicted" : ""}"><dt>${label}</dt><dd><span class="value">${value}</span>${extra}</dd></div>`;
  const who = e.participants
    .map((p) => `<li><span class="value">${escapeHtml(p.name)}</span>${p.title ? `, ${escapeHtml(p.title)}` : ""}${p.country ? ` <span class="cc">${escapeHtml(p.country)}</span>` : ""}${chips(p.sources)}</li>`)
    .join("");
  const claims = e.claims
    .filter((c) => c.kind === "figure" || c.kind === "mechanism")
    .map((c) => `<li class="${c.status === "conflicting" ? "conflicted" : ""}"><span class="value">${escapeHtml(c.text)}</span> ${status(c.status)}${chips(c.sources)}${c.alternatives.map((a) => `<div class="alt">also: ${escapeHtml(String(a.value))}${chips(a.sources)}</div>`).join("")}</li>`)
    .join("");
  const conflicts = e.conflicts
    .map((c) => `<li><strong>${escapeHtml(c.type)}</strong>: ${escapeHtml(c.reason)}<ul>${c.values.map((v) => `<li>${escapeHtml(typeof v.value === "object" && v.value ? placeText(v.value as Place) : String(v.value))}${chips(v.sources)}</li>`).join("")}</ul></li>`)
    .join("");
  return `<article class="card" data-people="${escapeHtml(people)}" data-countries="${escapeHtml(countries)}" data-date="${escapeHtml(e.date.value?.slice(0, 10) ?? "")}">
<h2>${e.participants.map((p) => escapeHtml(p.name)).join(" – ")}</h2>
<dl>
${row("When", `${escapeHtml(e.date.value ?? "unknown")} <span class="muted">${escapeHtml(e.date.precision)}</span>`, `${status(e.date.status)}${chips(e.date.sources)}`, conflictTypes.has("date"))}
${row("Where", escapeHtml(placeText(e.location.value)), `${status(e.location.status)}${chips(e.location.sources)}`, conflictTypes.has("venue"))}
${e.occasion.value ? row("Occasion", escapeHtml(e.occasion.value), chips(e.occasion.sources), conflictTypes.has("occasion")) : ""}
<div class="row${conflictTypes.has("title") || conflictTypes.has("participant") ? " conflicted" : ""}"><dt>Who</dt><dd><ul>${who}</ul></dd></div>
${claims ? `<div class="row"><dt>Figures</dt><dd><ul>${claims}</ul></dd></div>` : ""}
</dl>
${conflicts ? `<section class="conflicts"><h3>Conflicts</h3><ul>${conflicts}</ul></section>` : ""}
<details class="reports"><summary>How each source reports it</summary><ul>${e.sources.map((s) => `<li><cite>${escapeHtml(s.outlet ?? s.articleId)}</cite>${s.url && /^https?:\/\//i.test(s.url) ? ` <span class="ref">${escapeHtml(s.url)}</span>` : ""}<blockquote>${escapeHtml(s.quote ?? "")}</blockquote></li>`).join("")}</ul></details>
<p class="sources">${e.sources.length} report${e.sources.length === 1 ? "" : "s"} from ${new Set(e.sources.map((s) => s.group ?? s.articleId)).size} independent source${new Set(e.sources.map((s) => s.group ?? s.articleId)).size === 1 ? "" : "s"} · <code>${escapeHtml(e.id)}</code></p>
</article>`;
}

const STYLE = `
:root{--fg:#1b1f24;--muted:#5b6470;--line:#d8dde3;--bg:#f6f7f9;--card:#fff;--accent:#0b5cad;--bad:#b42318;--badbg:#fef3f2}
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{padding:16px 20px;background:var(--card);border-bottom:1px solid var(--line)}h1{margin:0 0 4px;font-size:20px}
.filters{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}.filters label{font-size:13px;color:var(--muted);display:flex;flex-direction:column;gap:2px}
select,input{font:inherit;padding:4px 6px;border:1px solid var(--line);border-radius:6px;background:#fff}
main{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,420px),1fr));gap:14px;padding:16px 20px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}.card h2{font-size:17px;margin:0 0 8px}
dl{margin:0}.row{display:grid;grid-template-columns:84px 1fr;gap:6px;padding:4px 0;border-top:1px dashed var(--line)}dt{color:var(--muted);font-size:13px}dd{margin:0}
.row.conflicted,li.conflicted{background:var(--badbg);border-left:3px solid var(--bad);padding-left:6px}
ul{margin:0;padding-left:18px}.value{font-weight:600}.muted,.ref{color:var(--muted);font-size:12px}.cc{font-size:12px;color:var(--muted)}
.chip{display:inline-block;margin:2px 0 2px 6px;vertical-align:top}.chip>summary{list-style:none;cursor:pointer;font-size:12px;padding:1px 8px;border-radius:999px;background:#e8f0fb;color:var(--accent)}
.chip.copies>summary{background:#eef0f3;color:#344054}.chip>summary::-webkit-details-marker{display:none}
blockquote{margin:6px 0;padding:6px 8px;background:var(--bg);border-left:3px solid var(--accent);font-size:13px;white-space:pre-wrap}blockquote .ref{display:block}
.status{font-size:11px;text-transform:uppercase;letter-spacing:.03em;margin-left:6px;color:var(--muted)}.status.conflicting{color:var(--bad);font-weight:700}
.conflicts{margin-top:8px;border-top:2px solid var(--bad);padding-top:6px}.conflicts h3{margin:0 0 4px;font-size:14px;color:var(--bad)}
.reports{margin-top:8px;font-size:13px}.reports summary{cursor:pointer;color:var(--accent)}.sources{margin:8px 0 0;font-size:12px;color:var(--muted)}.hidden{display:none}
@media print{body{background:#fff}header .filters{display:none}main{display:block}.card{break-inside:avoid;margin-bottom:10px}details>*{display:block}.chip>summary{background:none;padding:0}}
`;

// Filters by person, country and date; the only script the page may run (its hash is in the CSP).
const SCRIPT = `(function(){var d=document;var cards=[].slice.call(d.querySelectorAll('.card'));function v(id){return d.getElementById(id).value}
function apply(){var p=v('f-person'),c=v('f-country'),a=v('f-from'),b=v('f-to'),n=0;cards.forEach(function(e){var ok=(!p||e.dataset.people.split('|').indexOf(p)>=0)&&(!c||e.dataset.countries.split('|').indexOf(c)>=0)&&(!a||(e.dataset.date&&e.dataset.date>=a))&&(!b||(e.dataset.date&&e.dataset.date<=b));e.classList.toggle('hidden',!ok);if(ok)n++});d.getElementById('f-count').textContent=n+' shown'}
['f-person','f-country','f-from','f-to'].forEach(function(id){d.getElementById(id).addEventListener('input',apply)});apply()})();`;

/** Renders a result as one self-contained HTML page (see the module comment for what keeps it safe). */
export function renderHtml(result: Result, options: { title?: string } = {}): string {
  if (!result || !Array.isArray(result.events) || !Array.isArray(result.unplaced)) throw new TypeError("renderHtml expects a Result (with events and unplaced arrays)");
  const title = options.title ?? "Reconciled meetings";
  const people = new Map<string, string>();
  const countries = new Set<string>();
  for (const e of result.events) {
    for (const p of e.participants) {
      if (!people.has(p.key)) people.set(p.key, p.name);
      if (p.country) countries.add(p.country);
    }
    if (e.location.value?.country) countries.add(e.location.value.country);
  }
  const option = (value: string, label: string) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  const personOptions = [...people.entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([k, n]) => option(k, n)).join("");
  const countryOptions = [...countries].sort().map((c) => option(c, c)).join("");
  const conflicts = result.events.reduce((n, e) => n + e.conflicts.length, 0);
  const scriptHash = createHash("sha256").update(SCRIPT).digest("base64");
  const unplaced = result.unplaced.length
    ? `<section class="card"><h2>Articles with no meeting</h2><ul>${result.unplaced.map((u) => `<li>${escapeHtml(u.articleId)}: ${escapeHtml(u.reason)}</li>`).join("")}</ul></section>`
    : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><header><h1>${escapeHtml(title)}</h1>
<div class="muted">${result.events.length} events · ${conflicts} conflicts · ${result.unplaced.length} articles with no meeting · <span id="f-count"></span></div>
<div class="filters"><label>Person<select id="f-person"><option value="">anyone</option>${personOptions}</select></label>
<label>Country<select id="f-country"><option value="">any</option>${countryOptions}</select></label>
<label>From<input id="f-from" type="date"></label><label>To<input id="f-to" type="date"></label></div></header>
<main>${result.events.map(card).join("\n")}${unplaced}</main>
<script>${SCRIPT}</script></body></html>
`;
}
