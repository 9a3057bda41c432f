/** Why two reports are, or are not, one meeting: each weight behind the decision, in words. */
import type { Report } from "../model/report.js";
import { sortedContainment, tfidfVectors } from "./content.js";
import { shingleHashes } from "../normalise/terms.js";
import { reportTerms } from "../normalise/report-content.js";
import { COPY_CONTAINMENT } from "./copies.js";
import { LINK_THRESHOLD, UNDATED_THRESHOLD, pairEvidence, type EvidenceItem, type PairContext } from "./evidence.js";

export interface ExplainOptions {
  /** NFC text of the articles by id, for wording similarity and syndication. */
  texts?: ReadonlyMap<string, string>;
  /** The context of a whole clustering run (corpus-wide word weights, wire-copy groups), so the explanation matches its decision. */
  context?: PairContext;
}

export interface Explanation {
  same: boolean;
  /**
   * An undated report whose evidence reaches the ordinary threshold with close wording: one
   * meeting when the input holds no other meeting of these people (clustering checks that).
   */
  sameIfSoleMeeting: boolean;
  score: number;
  threshold: number;
  items: EvidenceItem[];
  /** The decision and its reasons as lines a person can check. */
  text: string;
}

/**
 * Explains the pairwise decision for two reports. `texts` maps article ids to their NFC text
 * (needed for wording similarity and syndication); without it those weights are left out.
 *
 * @example
 * explain(reportA, reportB, { texts }).text
 * //=> "same meeting (score 12.4 ≥ 6)\n  +4    participants: same people: …\n  +3    date: same day 2025-08-14 …"
 */
export function explain(a: Report, b: Report, options: ExplainOptions = {}): Explanation {
  for (const r of [a, b]) if (!r || typeof r !== "object" || !Array.isArray(r.participants) || !r.date) throw new TypeError("explain expects two reports (as extractReports returns them)");
  const texts = options.texts;
  const vectors = texts ? tfidfVectors([reportTerms(a, texts), reportTerms(b, texts)]) : [];
  const context: PairContext = options.context ?? {
    vectorOf: (r) => (texts ? (r === a ? vectors[0] : vectors[1]) : undefined),
    syndicated: (x, y) => Boolean(texts) && x.articleId !== y.articleId && sortedContainment(shingleHashes(texts?.get(x.articleId) ?? ""), shingleHashes(texts?.get(y.articleId) ?? "")) >= COPY_CONTAINMENT,
  };
  const [first, second] = a.id <= b.id ? [a, b] : [b, a];
  const e = pairEvidence(first, second, context);
  const threshold = e.undated ? UNDATED_THRESHOLD : LINK_THRESHOLD;
  const verdict = e.veto
    ? "different meetings (a hard disagreement rules a match out)"
    : e.same
      ? `same meeting (score ${e.score} ≥ ${threshold})`
      : e.sameIfSoleMeeting
        ? `same meeting if it is the only meeting of these people in the input (score ${e.score} ≥ ${LINK_THRESHOLD} with close wording; a report without a date needs ${threshold} otherwise)`
        : `not linked (score ${e.score} < ${threshold}${e.undated ? ", the higher bar for a report without a date" : ""})`;
  const lines = [verdict, ...e.items.map((i) => `  ${(i.weight >= 0 ? "+" : "") + i.weight}`.padEnd(9) + `${i.feature}: ${i.detail}`)];
  return { same: e.same, sameIfSoleMeeting: e.sameIfSoleMeeting, score: e.score, threshold, items: e.items, text: lines.join("\n") };
}
