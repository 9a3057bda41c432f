/**
 * communique: reconcile news reports of the same diplomatic meeting across outlets.
 *
 * Pipeline: article → reports (extract) → normalised reports (normalise) → clusters (cluster) →
 * events (reconcile) → reports for people (render).
 */
export { reconcile, reconcileRun, type ReconcileOptions, type Run } from "./reconcile/reconcile.js";
export { createReconciler, restore, ReconcilerSnapshot, type Reconciler, type ReconcilerOptions, type AddResult } from "./reconcile/reconciler.js";
export { reconcileStream, type StreamOptions, type StreamItem } from "./reconcile/stream.js";
export { extractReports, type ExtractOptions } from "./extract/extract-reports.js";
export { foldText } from "./text/fold.js";
export { parseName, normalizeName, compareNames, type ParsedName, type ParseNameContext, type NameComparison } from "./text/names.js";
export { createGazetteer, type Gazetteer, type GazetteerExtension } from "./text/gazetteer.js";
export { explain, type Explanation, type ExplainOptions } from "./cluster/explain.js";
export { normaliseReports, createClusterCache, type NormaliseInput, type NormalisedReports, type ReportFeatures, type PackedArrays, type ClusterCache, type Fingerprint } from "./normalise/normalise.js";
export { clusterReports, clusterNormalised, type Cluster, type ClusterInput, type Clustering } from "./cluster/cluster.js";
export { readArticles, parseJsonl, parseTextArticle, type ReadResult } from "./io/read-articles.js";
export { renderMarkdown } from "./render/markdown.js";
export { renderHtml, escapeHtml } from "./render/html.js";
export { audit, renderAuditText, type AuditEntry, type AuditValue } from "./reconcile/audit.js";
export {
  Article, Report, Event, Result, SourceRef, Span, Place, Conflict, InputIssue, Unplaced,
  ReportParticipant, ReportDate, ReportLocation, ReportOccasion, Claim, Figure, Dateline, Mention,
  EventParticipant, EventDate, EventLocation, EventOccasion, EventClaim, EventSource, Candidate,
  resultJsonSchema,
} from "./model/index.js";
export type { ArticleInput } from "./model/article.js";
