#!/usr/bin/env node
// Scores communique against hand-made answer keys: report detection, clustering, exact
// recovery of meetings, and field accuracy. Usage: npm run eval [-- DIR ...]
// A DIR holds articles/ and gold.json. Default: test-corpus and, where present, ../shared/seeds.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compareNames, createGazetteer, foldText, readArticles, reconcileRun } from "../dist/index.js";

// Currency marks before an amount (`US$`, `€`, `A$`, `USD `) and currency words after it (`billion dollars`, ` euros`).
const CURRENCY_BEFORE = /(?:[$€£¥₹₩]|\b(?:USD|EUR|GBP|JPY|CNY|RMB|INR|Rs\.?)\s?)$/;
const CURRENCY_AFTER = /^\s*(?:(?:U\.?S\.?|US|Australian|Hong Kong|Singapore|Canadian)\s+)?(?:dollars?|euros?|yuan|yen|won|pounds?|rupees?|dirhams?|riyals?|rubles?|roubles?|reais|real|francs?|USD|EUR)\b/i;

const gazetteer = createGazetteer({});
const countryCode = (name) => (name ? gazetteer.countryByKey.get(foldText(name).replace(/^the /, "")) ?? (/^[A-Z]{2}$/.test(name) ? name : null) : null);

const pct = (x) => (Number.isFinite(x) ? x.toFixed(3) : "n/a");
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function samePerson(goldName, participant) {
  return compareNames(goldName, participant.name).same;
}

/** Greedy one-to-one match of an article's reports to the gold meetings it reports. */
function dateFits(report, meeting) {
  const { start, end } = report.date;
  return meeting.date && start && end && start <= meeting.date.end && end >= meeting.date.start ? 1 : 0;
}

export function matchReports(reports, goldMeetings) {
  const byArticle = new Map();
  for (const r of reports) byArticle.set(r.articleId, [...(byArticle.get(r.articleId) ?? []), r]);
  const matches = []; // { report, meeting }
  const goldPairs = [];
  for (const m of goldMeetings) for (const a of m.reports) goldPairs.push({ articleId: a, meeting: m });
  const usedReports = new Set();
  const matched = new Set();
  // An article that tells the same people's meetings on two days has a report for each: the one
  // whose date fits a meeting's is its report. Reports are matched where their dates fit first,
  // so that a meeting listed earlier does not take the report of a later one.
  for (const datedOnly of [true, false]) {
    for (const gp of goldPairs) {
      if (matched.has(gp)) continue;
      const candidates = (byArticle.get(gp.articleId) ?? []).filter((r) => !usedReports.has(r.id) && (!datedOnly || dateFits(r, gp.meeting)));
      const scored = candidates
        .map((r) => ({ r, hit: gp.meeting.participants.filter((n) => r.participants.some((p) => samePerson(n, p))).length }))
        .filter((x) => x.hit === gp.meeting.participants.length)
        .sort((a, b) => a.r.participants.length - b.r.participants.length || a.r.id.localeCompare(b.r.id));
      const best = scored[0];
      if (best) {
        usedReports.add(best.r.id);
        matched.add(gp);
        matches.push({ report: best.r, meeting: gp.meeting });
      }
    }
  }
  return { matches, goldPairs };
}

function pairwise(labelsTrue, labelsPred) {
  let tp = 0, fp = 0, fn = 0;
  const n = labelsTrue.length;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    const t = labelsTrue[i] === labelsTrue[j];
    const p = labelsPred[i] === labelsPred[j];
    if (t && p) tp++; else if (p) fp++; else if (t) fn++;
  }
  const P = tp + fp ? tp / (tp + fp) : 1, R = tp + fn ? tp / (tp + fn) : 1;
  return { P, R, F: f1(P, R) };
}

function bcubed(labelsTrue, labelsPred) {
  const n = labelsTrue.length;
  let P = 0, R = 0;
  for (let i = 0; i < n; i++) {
    let both = 0, pred = 0, gold = 0;
    for (let j = 0; j < n; j++) {
      const t = labelsTrue[i] === labelsTrue[j], p = labelsPred[i] === labelsPred[j];
      if (t && p) both++;
      if (p) pred++;
      if (t) gold++;
    }
    P += both / pred; R += both / gold;
  }
  P = n ? P / n : 1; R = n ? R / n : 1;
  return { P, R, F: f1(P, R) };
}

function placeMatches(gold, pred) {
  if (!pred) return false;
  if (countryCode(gold.country) !== pred.country) return false;
  if (gold.city && foldText(gold.city) !== foldText(pred.city ?? "")) return false;
  if (gold.region && foldText(gold.region) !== foldText(pred.region ?? "")) return false;
  return true;
}

export function evaluate(dir, goldPath) {
  const gold = JSON.parse(readFileSync(goldPath, "utf8"));
  const { articles, issues } = readArticles([join(dir, "articles")]);
  const { result, reports } = reconcileRun(articles, { issues });
  const inRun = new Set(articles.map((a) => a.id));
  const meetings = gold.meetings.map((m) => ({ ...m, reports: m.reports.filter((id) => inRun.has(id)) })).filter((m) => m.reports.length > 0);
  const { matches, goldPairs } = matchReports(reports, meetings);
  const eventOf = new Map();
  for (const e of result.events) for (const s of e.sources) eventOf.set(s.reportId, e);

  const detP = reports.length ? matches.length / reports.length : 1;
  const detR = goldPairs.length ? matches.length / goldPairs.length : 1;
  const roundupArticles = new Set([...new Map(goldPairs.map((g) => [g.articleId, goldPairs.filter((x) => x.articleId === g.articleId).length])).entries()].filter(([, n]) => n > 1).map(([a]) => a));
  const roundupGold = goldPairs.filter((g) => roundupArticles.has(g.articleId)).length;
  const roundupHit = matches.filter((m) => roundupArticles.has(m.report.articleId)).length;

  const labelsTrue = matches.map((m) => m.meeting.id);
  const labelsPred = matches.map((m) => eventOf.get(m.report.id)?.id ?? m.report.id);
  const pw = pairwise(labelsTrue, labelsPred);
  const b3 = bcubed(labelsTrue, labelsPred);

  // A meeting is recovered exactly when one event holds exactly its articles.
  const eventArticles = result.events.map((e) => [...new Set(e.sources.map((s) => s.articleId))].sort().join("|"));
  const exact = meetings.filter((m) => eventArticles.includes([...new Set(m.reports)].sort().join("|"))).length;

  // Same people, different meetings: never in one event.
  const keyOf = (m) => m.participants.map((p) => foldText(p)).sort().join("+");
  let samePeoplePairs = 0, samePeopleMerged = 0;
  for (let i = 0; i < meetings.length; i++) for (let j = i + 1; j < meetings.length; j++) {
    if (keyOf(meetings[i]) !== keyOf(meetings[j])) continue;
    samePeoplePairs++;
    const ei = new Set(matches.filter((m) => m.meeting === meetings[i]).map((m) => eventOf.get(m.report.id)?.id));
    if (matches.some((m) => m.meeting === meetings[j] && ei.has(eventOf.get(m.report.id)?.id))) samePeopleMerged++;
  }

  let dateExact = 0;
  let dateTotal = 0, dateOk = 0, dateUnknown = 0, venueTotal = 0, venueOk = 0, partOk = 0;
  const wrong = { date: [], venue: [], participants: [] };
  // A report whose outlet was planted to disagree is scored against the truth only where it agrees.
  // The value most articles give is taken as the truth; the others are the planted disagreement.
  const disputed = (meeting, type, articleId) => (meeting.conflicts ?? []).some((c) => {
    if (c.type !== type || c.values.length < 2) return false;
    const majority = [...c.values].sort((a, b) => b.articles.length - a.articles.length)[0];
    return c.values.some((v) => v !== majority && v.articles.includes(articleId));
  });
  // An article whose text, metadata and occasion give no date is scored on leaving its report undated.
  const undatable = new Set(gold.articles.filter((a) => a.dateInText === false).map((a) => a.id));
  let undatableTotal = 0, undatableLeft = 0;
  for (const { report, meeting } of matches) {
    if (undatable.has(report.articleId)) {
      undatableTotal++;
      if (report.date.value === null) undatableLeft++;
      else wrong.date.push(`${report.id}: ${report.date.value}, but the text gives no date`);
    } else if (meeting.date && !disputed(meeting, "date", report.articleId)) {
      dateTotal++;
      // Exact, or as precise as the text allows: inside the meeting's span, or a relative span (`earlier this week`) around its day.
      const inside = report.date.start && report.date.start >= meeting.date.start && report.date.end <= meeting.date.end;
      const around = report.date.basis !== "explicit" && report.date.start && report.date.start <= meeting.date.start && report.date.end >= meeting.date.end && report.date.precision === "span";
      if (report.date.start === meeting.date.start && report.date.end === meeting.date.end) { dateOk++; dateExact++; }
      else if (inside || around) dateOk++;
      if (!(report.date.start === meeting.date.start && report.date.end === meeting.date.end) && !(inside || around)) {
        if (report.date.value === null) dateUnknown++;
        wrong.date.push(`${report.id}: ${report.date.value} vs ${meeting.date.start}/${meeting.date.end}`);
      }
    }
    if (meeting.location && !disputed(meeting, "venue", report.articleId)) {
      venueTotal++;
      if (placeMatches(meeting.location, report.location.value)) venueOk++;
      else wrong.venue.push(`${report.id}: ${JSON.stringify(report.location.value)} vs ${JSON.stringify(meeting.location)}`);
    }
    if (report.participants.length === meeting.participants.length) partOk++;
    else wrong.participants.push(`${report.id}: ${report.participants.map((p) => p.name).join(", ")}`);
  }
  // Conflicts: each planted disagreement must be flagged on the meeting's event, separating the
  // outlets that disagree; every flagged conflict should be a planted one.
  const eventOfMeeting = new Map();
  for (const m of meetings) {
    const counts = new Map();
    for (const x of matches) if (x.meeting === m) { const e = eventOf.get(x.report.id); if (e) counts.set(e, (counts.get(e) ?? 0) + 1); }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) eventOfMeeting.set(m, best[0]);
  }
  const articlesOf = (value) => new Set(value.sources.map((s) => s.articleId));
  const separates = (conflict, gold) => {
    const groups = conflict.values.map(articlesOf);
    return gold.values.some((gv, i) => gold.values.some((hv, j) => j > i && gv.articles.some((a) => hv.articles.some((b) => {
      const ga = groups.findIndex((g) => g.has(a));
      const gb = groups.findIndex((g) => g.has(b));
      return ga >= 0 && gb >= 0 && ga !== gb;
    }))));
  };
  let plantedTotal = 0, plantedFound = 0, flaggedTotal = 0, flaggedTrue = 0;
  const conflictMisses = [], conflictExtra = [];
  for (const [m, e] of eventOfMeeting) {
    const planted = (m.conflicts ?? []).filter((c) => c.values.length > 1);
    plantedTotal += planted.length;
    for (const c of planted) {
      if (e.conflicts.some((x) => x.type === c.type && separates(x, c))) plantedFound++;
      else conflictMisses.push(`${m.id}: ${c.type} ${c.field}`);
    }
    for (const x of e.conflicts) {
      flaggedTotal++;
      if (planted.some((c) => c.type === x.type && separates(x, c))) flaggedTrue++;
      else conflictExtra.push(`${m.id}: ${x.type}: ${x.reason}`);
    }
  }
  // Aliases (East Sea / South China Sea, Three Connects / Three Connectivity) must never be flagged.
  const aliasValues = meetings.flatMap((m) => (m.aliases ?? []).flatMap((a) => a.values.map((v) => foldText(v))));
  const aliasFlagged = result.events.flatMap((e) => e.conflicts).filter((c) => c.values.some((v) => aliasValues.includes(foldText(String(v.value))))).length;
  // Copies of one wire story should share an evidence group.
  const groupOf = new Map();
  for (const e of result.events) for (const s of e.sources) if (s.group) groupOf.set(s.articleId, s.group);
  const copies = gold.articles.filter((a) => a.syndicatedFrom && inRun.has(a.id) && inRun.has(a.syndicatedFrom));
  const copiesGrouped = copies.filter((a) => groupOf.get(a.id) && groupOf.get(a.id) === groupOf.get(a.syndicatedFrom)).length;
  // Every support span must hold words of its article: the quote is the text at the span.
  const textOf = new Map(articles.map((a) => [a.id, a.text.normalize("NFC")]));
  const refs = result.events.flatMap((e) => [...e.participants.flatMap((p) => p.sources), ...e.date.sources, ...e.location.sources, ...e.occasion.sources, ...e.claims.flatMap((c) => c.sources), ...e.conflicts.flatMap((c) => c.values.flatMap((v) => v.sources))]);
  const spansOk = refs.filter((r) => { const t = textOf.get(r.articleId) ?? ""; return r.span[1] <= t.length && r.span[0] < r.span[1] && t.slice(r.span[0], r.span[1]).startsWith(r.quote) && r.quote.trim() !== ""; }).length;

  // Article pairs: two articles that report a common meeting should share an event.
  const goldArticlePairs = new Set(), predArticlePairs = new Set();
  const pairKey = (a, b) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  for (const m of meetings) for (const a of m.reports) for (const b of m.reports) if (a < b) goldArticlePairs.add(pairKey(a, b));
  for (const e of result.events) { const ids = [...new Set(e.sources.map((s) => s.articleId))]; for (const a of ids) for (const b of ids) if (a < b) predArticlePairs.add(pairKey(a, b)); }
  const apTp = [...predArticlePairs].filter((k) => goldArticlePairs.has(k)).length;
  const articlePairs = { P: predArticlePairs.size ? apTp / predArticlePairs.size : 1, R: goldArticlePairs.size ? apTp / goldArticlePairs.size : 1 };
  const peers = { tfidf: baseline(articles, tfidfCosines(articles), matches), shingles: baseline(articles, shingleJaccards(articles), matches) };

  // Claims: every amount, percentage and numbered mechanism the key lists for a meeting should be
  // found among the claims of that meeting's reports.
  const wanted = [];
  for (const m of meetings) {
    const got = matches.filter((x) => x.meeting === m).flatMap((x) => x.report.claims);
    for (const f of m.figures ?? []) {
      for (const mm of f.matchAll(/(\d+(?:\.\d+)?)\s*(billion|million|bn)\b(\s+(?:tonnes|tons|barrels|visitors|tourists|passengers))?/gi)) {
        const amount = Number(mm[1]) * (/^b/i.test(mm[2]) ? 1e9 : 1e6);
        // A key writes a figure as its sources do: money has a currency beside it, a count of things
        // its unit; a bare `some 1.8 million` (migrants, people) is matched by either kind.
        const money = CURRENCY_BEFORE.test(f.slice(Math.max(0, mm.index - 5), mm.index)) || CURRENCY_AFTER.test(f.slice(mm.index + mm[0].length, mm.index + mm[0].length + 16));
        const kinds = mm[3] ? ["quantity"] : money ? ["money"] : ["money", "quantity"];
        wanted.push({ m, f, ok: got.some((c) => kinds.includes(c.figure?.kind) && Math.abs(c.figure.amount - amount) / amount < 0.005) });
      }
      for (const mm of f.matchAll(/(\d+(?:\.\d+)?)\s*(?:%|per ?cent)/gi)) {
        const amount = Number(mm[1]);
        wanted.push({ m, f, ok: got.some((c) => c.figure?.kind === "percent" && Math.abs(c.figure.amount - amount) < 0.05) });
      }
      for (const mm of f.matchAll(/\b(\d{1,3})(?:st|nd|rd|th) meeting\b|\b(20\d\d)\s*[–-]\s*(?:20)?(\d\d) action plan/gi)) {
        const needle = mm[1] ? `${mm[1]}` : `${mm[2]}-20${mm[3]}`;
        wanted.push({ m, f, ok: got.some((c) => c.kind === "mechanism" && c.text.includes(needle)) });
      }
    }
  }
  const claimMisses = wanted.filter((w) => !w.ok).map((w) => `${w.m.id}: ${w.f}`);

  const unmatchedReports = reports.filter((r) => !matches.some((m) => m.report === r)).map((r) => `${r.id}: ${r.participants.map((p) => p.name).join(" + ")}`);
  const missed = goldPairs.filter((g) => !matches.some((m) => m.meeting === g.meeting && m.report.articleId === g.articleId)).map((g) => `${g.articleId} → ${g.meeting.id}`);
  // Meetings whose reports are in more than one event: each part with its reports and their dates.
  const split = meetings.flatMap((m) => {
    const parts = new Map();
    for (const x of matches.filter((x) => x.meeting === m)) {
      const e = eventOf.get(x.report.id)?.id ?? x.report.id;
      parts.set(e, [...(parts.get(e) ?? []), `${x.report.id} (${x.report.date.start ?? "undated"})`]);
    }
    return parts.size > 1 ? [`${m.id}: ${[...parts.values()].map((p) => `[${p.join(", ")}]`).join(" | ")}`] : [];
  });
  const accounted = new Set([...result.events.flatMap((e) => e.sources.map((s) => s.articleId)), ...result.unplaced.map((u) => u.articleId)]);

  return {
    articles: articles.length, inputIssues: issues.length, reports: reports.length, goldReports: goldPairs.length, events: result.events.length, meetings: meetings.length,
    detection: { P: detP, R: detR, F: f1(detP, detR), roundupR: roundupGold ? roundupHit / roundupGold : 1 },
    pairwise: pw, b3, articlePairs, peers, exact: meetings.length ? exact / meetings.length : 1,
    samePeople: { pairs: samePeoplePairs, merged: samePeopleMerged },
    date: { acc: dateTotal ? dateOk / dateTotal : 1, exact: dateTotal ? dateExact / dateTotal : 1, unknown: dateUnknown, n: dateTotal, undatable: { n: undatableTotal, left: undatableLeft } },
    venue: { acc: venueTotal ? venueOk / venueTotal : 1, n: venueTotal },
    participants: { acc: matches.length ? partOk / matches.length : 1 },
    claims: { R: wanted.length ? wanted.filter((w) => w.ok).length / wanted.length : 1, n: wanted.length },
    accountedFor: accounted.size === articles.length,
    conflicts: { P: flaggedTotal ? flaggedTrue / flaggedTotal : 1, R: plantedTotal ? plantedFound / plantedTotal : 1, planted: plantedTotal, flagged: flaggedTotal, aliasFlagged },
    copies: { n: copies.length, grouped: copies.length ? copiesGrouped / copies.length : 1 },
    spans: { n: refs.length, ok: refs.length ? spansOk / refs.length : 1 },
    details: { unmatchedReports, missed, split, wrong, conflictMisses, conflictExtra, claimMisses },
  };
}

function print(name, s, verbose) {
  const lines = [
    `== ${name}: ${s.articles} articles, ${s.reports} reports (gold ${s.goldReports}), ${s.events} events (gold ${s.meetings} meetings)`,
    `report detection      P ${pct(s.detection.P)}  R ${pct(s.detection.R)}  F1 ${pct(s.detection.F)}  round-up R ${pct(s.detection.roundupR)}`,
    `clustering pairwise   P ${pct(s.pairwise.P)}  R ${pct(s.pairwise.R)}  F1 ${pct(s.pairwise.F)}`,
    `clustering B³         P ${pct(s.b3.P)}  R ${pct(s.b3.R)}  F1 ${pct(s.b3.F)}`,
    `article pairs         P ${pct(s.articlePairs.P)}  R ${pct(s.articlePairs.R)}`,
    ...Object.entries({ "TF-IDF cosine of whole articles": s.peers.tfidf, "near-duplicate shingles (Jaccard)": s.peers.shingles }).map(([n, b]) => `  peer: ${n} at its best threshold ${b.t.toFixed(2)}: pairwise P ${pct(b.pw.P)} R ${pct(b.pw.R)} F1 ${pct(b.pw.F)}; B³ F1 ${pct(b.b3.F)}`),
    `meetings recovered with exactly their sources  ${pct(s.exact)}`,
    `same people, different meetings: ${s.samePeople.pairs} pairs, ${s.samePeople.merged} merged`,
    `date accuracy         ${pct(s.date.acc)}  (exact ${pct(s.date.exact)}; ${s.date.n} reports whose text allows a date, ${s.date.unknown} left unknown)`,
    `left undated where the text gives no date  ${s.date.undatable.left} of ${s.date.undatable.n}`,
    `venue accuracy        ${pct(s.venue.acc)}  (${s.venue.n} reports)`,
    `participant accuracy  ${pct(s.participants.acc)}`,
    `claim recall          ${pct(s.claims.R)}  (${s.claims.n} figures and numbered mechanisms in the key)`,
    `conflict detection    P ${pct(s.conflicts.P)}  R ${pct(s.conflicts.R)}  (${s.conflicts.planted} planted, ${s.conflicts.flagged} flagged); alias pairs flagged ${s.conflicts.aliasFlagged}`,
    `support spans holding their quote ${pct(s.spans.ok)} (${s.spans.n} spans); wire copies grouped as one source ${pct(s.copies.grouped)} (${s.copies.n} copies)`,
    `every article accounted for: ${s.accountedFor ? "yes" : "NO"}`,
  ];
  console.log(lines.join("\n"));
  if (verbose) {
    for (const [k, v] of Object.entries({ "unmatched reports": s.details.unmatchedReports, "missed gold reports": s.details.missed, "meetings split across events": s.details.split, "wrong dates": s.details.wrong.date, "wrong venues": s.details.wrong.venue, "wrong participant sets": s.details.wrong.participants, "planted conflicts missed": s.details.conflictMisses, "claims missed": s.details.claimMisses, "conflicts not planted": s.details.conflictExtra })) {
      if (v.length) console.log(`  ${k}:\n${v.map((x) => `    ${x}`).join("\n")}`);
    }
  }
  console.log("");
}

// Peers a news pipeline would use instead, each at its best threshold: clustering whole
// articles by TF-IDF cosine, and by near-duplicate 5-word shingles (Jaccard).
const STOP = new Set("a an the and or of to in on at for with by from as is are was were be been has have had it its this that their his her he she they two both sides said also will would".split(" "));
const words = (t) => foldText(t).split(" ").filter((w) => w.length > 2 && !STOP.has(w));
function tfidfCosines(articles) {
  const docs = articles.map((a) => words(a.text));
  const df = new Map();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const vecs = docs.map((d) => {
    const tf = new Map();
    for (const w of d) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map();
    let n = 0;
    for (const [w, c] of tf) { const x = (1 + Math.log(c)) * Math.log(1 + docs.length / df.get(w)); v.set(w, x); n += x * x; }
    n = Math.sqrt(n) || 1;
    for (const [w, x] of v) v.set(w, x / n);
    return v;
  });
  return (i, j) => { let s = 0; for (const [w, x] of vecs[i]) { const y = vecs[j].get(w); if (y) s += x * y; } return s; };
}
function shingleJaccards(articles) {
  const sets = articles.map((a) => { const w = foldText(a.text).split(" "); const s = new Set(); for (let i = 0; i + 5 <= w.length; i++) s.add(w.slice(i, i + 5).join(" ")); return s; });
  return (i, j) => { let inter = 0; for (const x of sets[i]) if (sets[j].has(x)) inter++; const u = sets[i].size + sets[j].size - inter; return u ? inter / u : 0; };
}
/** Best pairwise and B³ F1 over thresholds of a whole-article similarity, clustering by connected components. */
function baseline(articles, similarity, matches) {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const sims = [];
  for (let i = 0; i < articles.length; i++) for (let j = i + 1; j < articles.length; j++) sims.push([i, j, similarity(i, j)]);
  let best = null;
  for (let t = 0.05; t < 0.96; t += 0.05) {
    const parent = articles.map((_, i) => i);
    const find = (x) => (parent[x] === x ? x : (parent[x] = find(parent[x])));
    for (const [i, j, s] of sims) if (s >= t) parent[find(i)] = find(j);
    const pred = matches.map((m) => find(index.get(m.report.articleId)));
    const truth = matches.map((m) => m.meeting.id);
    const b3 = bcubed(truth, pred), pw = pairwise(truth, pred);
    if (!best || b3.F > best.b3.F) best = { t, b3, pw };
  }
  return best;
}

/** Name matching against the labelled pairs in tests/fixtures/name-pairs.json. */
function evaluateNames(file) {
  const { pairs } = JSON.parse(readFileSync(file, "utf8"));
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const errors = [];
  for (const p of pairs) {
    // A short form is resolved against the full name its article introduced, then compared.
    const same = p.context ? compareNames(p.a, p.context).same && compareNames(p.context, p.b).same : compareNames(p.a, p.b).same;
    if (same && p.same) tp++;
    else if (same) { fp++; errors.push(`false match: ${p.a} = ${p.b} (${p.kind})`); }
    else if (p.same) { fn++; errors.push(`missed: ${p.a} = ${p.b} (${p.kind})`); }
    else tn++;
  }
  const P = tp + fp ? tp / (tp + fp) : 1, R = tp + fn ? tp / (tp + fn) : 1;
  return { n: pairs.length, positives: tp + fn, negatives: fp + tn, P, R, errors };
}

// Run as a script; imported (by the calibration script), it only lends its functions.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();

function main() {
const args = process.argv.slice(2);
const verbose = args.includes("--verbose") || args.includes("-v");
const dirs = args.filter((a) => !a.startsWith("-"));
const targets = dirs.length
  ? dirs.map((d) => ({ name: d, dir: d, gold: join(d, "gold.json") }))
  : [{ name: "test-corpus", dir: "test-corpus", gold: "test-corpus/gold.json" }, ...(existsSync("../shared/seeds/gold.json") ? [{ name: "seeds", dir: "../shared/seeds", gold: "../shared/seeds/gold.json" }] : [])];
for (const t of targets) print(t.name, evaluate(t.dir, t.gold), verbose);
if (dirs.length === 0 && existsSync("tests/fixtures/name-pairs.json")) {
  const n = evaluateNames("tests/fixtures/name-pairs.json");
  console.log(`== names: ${n.n} labelled pairs (${n.positives} same person, ${n.negatives} different)`);
  console.log(`name matching         P ${pct(n.P)}  R ${pct(n.R)}  F1 ${pct(f1(n.P, n.R))}`);
  if (verbose) console.log(n.errors.map((e) => `    ${e}`).join("\n"));
}
}
