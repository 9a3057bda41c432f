#!/usr/bin/env node
// Calibration of the clustering weights against the labelled corpora: for every level of every
// piece of evidence, how often it occurs between reports of the same meeting (m) and of
// different meetings (u), the log-odds log2(m/u) those rates imply (Fellegi–Sunter), next to
// the weight in use; then how the link threshold sits on the scores. Prints figures only.
// Usage: npm run calibrate [-- DIR …] (default: test-corpus and the seeds)
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { clusterReports, compareNames, explain, readArticles, reconcileRun } from "../dist/index.js";
import { matchReports } from "./eval.mjs";

const dirs = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const targets = dirs.length ? dirs : ["test-corpus", ...(existsSync("../shared/seeds/gold.json") ? ["../shared/seeds"] : [])];

/** Candidate pairs as blocking would see them: reports of different articles naming a common person. */
function candidatePairs(dir) {
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
  const { articles } = readArticles([join(dir, "articles")]);
  const { reports } = reconcileRun(articles);
  const { matches } = matchReports(reports, gold.meetings);
  const meetingOf = new Map(matches.map((m) => [m.report.id, m.meeting.id]));
  const texts = new Map(articles.map((a) => [a.id, a.text.normalize("NFC")]));
  const { context } = clusterReports({ reports, texts });
  const labelled = reports.filter((r) => meetingOf.has(r.id));
  const out = [];
  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      const [a, b] = [labelled[i], labelled[j]];
      if (a.articleId === b.articleId) continue;
      if (!a.participants.some((p) => b.participants.some((q) => compareNames(p.name, q.name).same))) continue;
      const e = explain(a, b, { texts, context });
      out.push({ same: meetingOf.get(a.id) === meetingOf.get(b.id), items: e.items, score: e.score, veto: e.items.some((x) => x.weight <= -6), ids: [a.id, b.id], undated: a.date.value === null || b.date.value === null, threshold: e.threshold });
    }
  }
  return out;
}

const pairs = targets.flatMap(candidatePairs);
const matchCount = pairs.filter((p) => p.same).length;
const nonCount = pairs.length - matchCount;
console.log(`${pairs.length} candidate pairs from ${targets.join(", ")}: ${matchCount} same meeting, ${nonCount} different`);

// Levels: discrete weights as they are; the content weight in bands of its cosine.
const levelOf = (item) => (item.feature === "content" ? `cosine ${(Math.min(0.5, Math.floor((item.weight / 6) * 10) / 10)).toFixed(1)}+` : `weight ${item.weight}`);
const table = new Map();
for (const p of pairs) {
  const features = new Set(p.items.map((i) => i.feature));
  for (const i of p.items) {
    const key = `${i.feature}\u0000${levelOf(i)}`;
    const row = table.get(key) ?? { feature: i.feature, level: levelOf(i), m: 0, u: 0, used: [] };
    row[p.same ? "m" : "u"]++;
    row.used.push(i.weight);
    table.set(key, row);
  }
  for (const f of ["occasion", "figures", "mechanisms", "syndication", "sequence", "dateline", "venue"]) {
    if (features.has(f)) continue;
    const key = `${f}\u0000absent`;
    const row = table.get(key) ?? { feature: f, level: "absent", m: 0, u: 0, used: [0] };
    row[p.same ? "m" : "u"]++;
    table.set(key, row);
  }
}
const log2 = (x) => Math.log(x) / Math.LN2;
console.log("feature       level            same  diff   log2(m/u)  weight in use");
for (const row of [...table.values()].sort((a, b) => a.feature.localeCompare(b.feature) || a.level.localeCompare(b.level))) {
  // Add-half smoothing: a level never seen among different meetings gets a finite, cautious estimate.
  const m = (row.m + 0.5) / (matchCount + 1);
  const u = (row.u + 0.5) / (nonCount + 1);
  const used = row.used.reduce((s, w) => s + w, 0) / row.used.length;
  console.log(`${row.feature.padEnd(13)} ${row.level.padEnd(16)} ${String(row.m).padStart(4)} ${String(row.u).padStart(5)}   ${log2(m / u).toFixed(2).padStart(8)}   ${used.toFixed(2).padStart(8)}`);
}

// The threshold: precision and recall of pairwise links at a few cut-offs, vetoes applied.
console.log("threshold  linked  precision  recall");
for (const t of [2, 4, 5, 6, 7, 8, 10]) {
  const linked = pairs.filter((p) => !p.veto && p.score >= t);
  const tp = linked.filter((p) => p.same).length;
  console.log(`${String(t).padStart(9)}  ${String(linked.length).padStart(6)}  ${(linked.length ? tp / linked.length : 1).toFixed(3).padStart(9)}  ${(tp / matchCount).toFixed(3).padStart(6)}`);
}

// The false links at the link threshold in use (explain gives it with each pair), and whether an
// undated report is in each: an undated report must reach the higher bar explain also gives.
const linkThreshold = Math.min(...pairs.map((p) => p.threshold));
const falseLinks = pairs.filter((p) => !p.veto && !p.same && p.score >= linkThreshold);
console.log(`false links at ${linkThreshold}: ${falseLinks.length}${falseLinks.length ? "" : " (none)"}`);
for (const p of falseLinks) console.log(`  ${p.score.toFixed(2)}  ${p.ids.join("  ")}${p.undated ? `  (undated: needs ${p.threshold})` : ""}`);
