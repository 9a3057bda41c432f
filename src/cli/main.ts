/**
 * The `communique` command: a thin layer over the library. Exit codes: 0 success, 2 bad input
 * or usage, 1 internal error. Messages never carry stack traces.
 */
import { createReadStream, createWriteStream, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { clusterReports } from "../cluster/cluster.js";
import { explain } from "../cluster/explain.js";
import { extractReports } from "../extract/extract-reports.js";
import { parseJsonl, readArticles, type ReadResult } from "../io/read-articles.js";
import { resultJsonSchema } from "../model/result.js";
import type { Report } from "../model/report.js";
import { reconcileInOrder, reconcileRun, type LazyResult } from "../reconcile/reconcile.js";
import { extractFromArticle } from "../extract/extract-reports.js";
import { createHandOverCache } from "./hand-over.js";
import { extractInParallel } from "./parallel.js";
import { progress } from "./progress.js";
import { jsonPieces, writePieces } from "./write.js";
import { createReportStore, type ReportStore } from "./report-store.js";
import { toNfc } from "../text/fold.js";
import type { Article } from "../model/article.js";
import { availableParallelism } from "node:os";
import { reconcileStream, type StreamOptions } from "../reconcile/stream.js";
import type { ArticleInput } from "../model/article.js";
import type { InputIssue } from "../model/common.js";
import { renderMarkdown } from "../render/markdown.js";
import { renderHtml } from "../render/html.js";
import { audit, renderAuditText } from "../reconcile/audit.js";

declare const __VERSION__: string | undefined;

class UsageError extends Error {}

const HELP: Record<string, string> = {
  main: `communique — reconcile news reports of the same diplomatic meeting

Usage:
  communique reconcile <inputs…> [--format json|jsonl|md] [--out FILE] [--day-first|--month-first]
  communique extract <inputs…> [--out FILE]
  communique audit <inputs…> [--format text|json] [--fail-on-conflict]
  communique explain <inputs…> --reports <reportA> <reportB>
  communique schema
  communique --version

Inputs: .jsonl/.ndjson (one article a line), .json (an article or an array), .txt/.md
(one article, optional --- front matter), folders (recursive), or - for JSONL on stdin.

Exit codes: 0 success, 2 bad input or usage, 1 internal error,
3 conflicts found (audit --fail-on-conflict).
Run "communique <command> --help" for a command's options.`,
  reconcile: `communique reconcile <inputs…> [options]

Reads articles, finds every meeting each reports, merges reports of one meeting into an event.

Options:
  --format json|jsonl|md|html
                           json: one Result object (default); jsonl: one event a line,
                           then one line per unplaced article; md: a readable report;
                           html: one self-contained page with sources, quotes and filters
  --out FILE               write to FILE instead of stdout
  --day-first              read numeric dates like 8/7 as 8 July (default: by outlet)
  --month-first            read numeric dates like 8/7 as August 7
  --strict                 stop at the first bad input record
  --workers N              extract on N threads (default: the machine's cores);
                           the output is the same for any N
  --stream                 read JSONL (files or -) line by line and write each event as
                           JSONL once it is final, keeping memory bounded
  --horizon DAYS           with --stream: days without a new report after an event's
                           latest day before it is final (default 7)
  --batch N                with --stream: articles reconciled together (default 2000)`,
  audit: `communique audit <inputs…> [options]

Lists every conflict between sources across all events, most consequential first.

Options:
  --format text|json       text (default) or a JSON array of entries
  --out FILE               write to FILE instead of stdout
  --fail-on-conflict       exit with code 3 when there is any conflict`,
  extract: `communique extract <inputs…> [--out FILE]

Prints every report (one meeting as one article tells it) as JSONL.`,
  explain: `communique explain <inputs…> --reports <reportA> <reportB>

Shows whether two reports are the same meeting, and each weight behind the decision.
Report ids look like <articleId>#<n>; list them with "communique extract".`,
  schema: `communique schema

Prints the JSON Schema (draft 2020-12) of the reconcile output.`,
};

function version(): string {
  if (typeof __VERSION__ === "string") return __VERSION__;
  try {
    return (JSON.parse(readFileSync(new URL("../package.json", `file://${__filename}`), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

function readStdin(): string {
  return readFileSync(0, "utf8");
}

function readInputs(inputs: readonly string[], strict: boolean): ReadResult {
  if (inputs.length === 0) throw new UsageError("no inputs given (a file, a folder, or - for stdin)");
  const files = inputs.filter((i) => i !== "-");
  const read = readArticles(files);
  if (inputs.includes("-")) {
    const s = parseJsonl(readStdin(), "<stdin>");
    for (const a of s.articles) read.articles.push(a);
    for (const i of s.issues) read.issues.push(i);
  }
  // --strict: the first bad record stops the run; otherwise every problem is named and the rest go on.
  for (const issue of strict ? read.issues.slice(0, 1) : read.issues) process.stderr.write(`communique: ${issue.message}\n`);
  if (strict && read.issues.length > 0) throw new InputFailure();
  return read;
}

class InputFailure extends Error {}

function write(out: string | undefined, text: string): void {
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  } else process.stdout.write(text);
}

function run(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${HELP.main}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (!(command in HELP) || command === "main") throw new UsageError(`unknown command "${command}" (try --help)`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      help: { type: "boolean", short: "h" },
      format: { type: "string" },
      out: { type: "string", short: "o" },
      reports: { type: "boolean" },
      strict: { type: "boolean" },
      "day-first": { type: "boolean" },
      "month-first": { type: "boolean" },
      "fail-on-conflict": { type: "boolean" },
      stream: { type: "boolean" },
      horizon: { type: "string" },
      batch: { type: "string" },
      workers: { type: "string" },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP[command]}\n`);
    return 0;
  }
  const dayFirst = values["day-first"] ? true : values["month-first"] ? false : undefined;
  const options = dayFirst === undefined ? {} : { dayFirst };

  if (command === "schema") {
    write(values.out, `${JSON.stringify(resultJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (command === "explain") {
    if (!values.reports || positionals.length < 3) throw new UsageError("explain needs <inputs…> --reports <reportA> <reportB>");
    const ids = positionals.slice(-2);
    const read = readInputs(positionals.slice(0, -2), Boolean(values.strict));
    const texts = new Map(read.articles.map((a) => [a.id, a.text.normalize("NFC")]));
    const reports = read.articles.flatMap((a) => extractReports(a, options));
    const found = ids.map((id) => reports.find((r) => r.id === id));
    const missing = ids.filter((_, i) => !found[i]);
    if (missing.length > 0) throw new UsageError(`no report with id ${missing.map((m) => `"${m}"`).join(" or ")} (list them with "communique extract")`);
    const { context } = clusterReports({ reports, texts });
    const e = explain(found[0] as Report, found[1] as Report, { texts, context });
    write(values.out, values.format === "json" ? `${JSON.stringify(e, null, 2)}\n` : `${e.text}\n`);
    return read.issues.length > 0 ? 2 : 0;
  }
  if (command === "reconcile" && values.stream) {
    const horizonDays = values.horizon === undefined ? 7 : Number(values.horizon);
    const batchSize = values.batch === undefined ? 2000 : Number(values.batch);
    if (!Number.isFinite(horizonDays) || horizonDays < 0) throw new UsageError(`--horizon expects a number of days, got "${values.horizon}"`);
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch expects a positive whole number, got "${values.batch}"`);
    if (values.format !== undefined && values.format !== "jsonl") throw new UsageError("--stream writes JSONL; leave out --format or use --format jsonl");
    return streamReconcile(positionals, { ...options, horizonDays, batchSize }, values.out, Boolean(values.strict));
  }
  const read = readInputs(positionals, Boolean(values.strict));
  if (command === "extract") {
    const lines = read.articles.flatMap((a) => extractReports(a, options)).map((r) => JSON.stringify(r));
    write(values.out, lines.length ? `${lines.join("\n")}\n` : "");
    return read.issues.length > 0 ? 2 : 0;
  }
  if (command === "audit") {
    const format = values.format ?? "text";
    if (!["text", "json"].includes(format)) throw new UsageError(`unknown --format "${format}" for audit (text or json)`);
    const { result } = reconcileRun(read.articles, { ...options, issues: read.issues });
    const entries = audit(result);
    write(values.out, format === "json" ? `${JSON.stringify(entries, null, 2)}\n` : renderAuditText(entries));
    if (read.issues.length > 0) return 2;
    return values["fail-on-conflict"] && entries.length > 0 ? 3 : 0;
  }
  // reconcile
  const format = values.format ?? "json";
  if (!["json", "jsonl", "md", "html"].includes(format)) throw new UsageError(`unknown --format "${format}" (json, jsonl, md or html)`);
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers expects a positive whole number, got "${values.workers}"`);
  const bar = progress();
  const total = read.articles.length;
  let done = 0;
  let found = 0;
  const one = (a: Article) => {
    const r = extractFromArticle(a, options);
    done++;
    found += r.length;
    bar.update({ articles: done, total, reports: found });
    return r;
  };
  const batchDone = (articles: number, reports: number) => bar.update({ articles, total, reports });
  // Fingerprints and terms come from the workers and are read once by clustering. For JSON and
  // JSONL, full reports wait on disk while their clustering views are clustered (in memory when
  // no temporary folder can be made).
  const cache = createHandOverCache();
  const openStore = format === "json" || format === "jsonl" ? openStoreIfPossible : undefined;
  const nfc = read.articles.map((a) => ({ ...a, text: toNfc(a.text) }));
  return extractInParallel(nfc, options, { workers, extractOne: one, onBatch: batchDone, cache, ...(openStore ? { openStore } : {}) }).then(({ reports, store }) => {
    bar.update({ articles: total, total, reports: reports.length });
    const reconcileOptions = { ...options, issues: read.issues, reports, cache };
    try {
      if (format === "md" || format === "html") {
        const { result } = reconcileRun(read.articles, reconcileOptions);
        bar.done();
        write(values.out, format === "md" ? renderMarkdown(result) : renderHtml(result));
      } else {
        // Events are built and written one at a time, so that no run holds all its events at once.
        const result = reconcileInOrder(read.articles, { ...reconcileOptions, ...(store ? { restore: (view: Report) => store.get(view.id) } : {}) });
        // Clustering is done: nothing more is read from the hand-over cache.
        cache.fingerprints.clear();
        bar.done();
        writePieces(values.out, format === "jsonl" ? jsonlPieces(result) : withNewline(jsonPieces(result)));
      }
    } finally {
      store?.close();
    }
    return read.issues.length > 0 ? 2 : 0;
  });
}

function openStoreIfPossible(): ReportStore | undefined {
  try {
    return createReportStore();
  } catch (e) {
    process.stderr.write(`communique: no temporary folder for reports (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); keeping them in memory\n`);
    return undefined;
  }
}

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield "\n";
}

function* jsonlPieces(result: LazyResult): Generator<string> {
  for (const e of result.events) yield `${JSON.stringify({ type: "event", ...e })}\n`;
  for (const u of result.unplaced) yield `${JSON.stringify({ type: "unplaced", ...u })}\n`;
  if (result.events.length === 0 && result.unplaced.length === 0) yield "\n";
}

/**
 * `reconcile --stream`: JSONL files or stdin read line by line, events written as JSONL as soon
 * as they are final, so memory stays bounded however long the input.
 */
async function streamReconcile(inputs: readonly string[], options: StreamOptions, out: string | undefined, strict: boolean): Promise<number> {
  if (inputs.length === 0) throw new UsageError("no inputs given (JSONL files, or - for stdin)");
  const bad = inputs.filter((i) => i !== "-" && !/\.(?:jsonl|ndjson)$/i.test(i));
  if (bad.length > 0) throw new UsageError(`--stream reads JSONL only (.jsonl, .ndjson or - for stdin): ${bad.join(", ")}`);
  let problems = 0;
  const report = (issue: InputIssue) => {
    problems++;
    process.stderr.write(`communique: ${issue.message}\n`);
    if (strict) throw new InputFailure();
  };
  async function* articles(): AsyncGenerator<ArticleInput> {
    for (const input of inputs) {
      const name = input === "-" ? "<stdin>" : input;
      const stream = input === "-" ? process.stdin : createReadStream(input);
      stream.on("error", (e: NodeJS.ErrnoException) => report({ code: "unreadable-file", message: `${name}: cannot read (${e.code ?? e.message})`, file: name }));
      let line = 0;
      for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
        line++;
        const parsed = parseJsonl(text, name);
        for (const issue of parsed.issues) report({ ...issue, message: issue.message.replace(`${name}:1`, `${name}:${line}`), line });
        yield* parsed.articles;
      }
    }
  }
  const sink = out ? createWriteStream(out) : process.stdout;
  const bar = progress();
  let read = 0;
  let events = 0;
  async function* counted(): AsyncGenerator<ArticleInput> {
    for await (const a of articles()) {
      read++;
      bar.update({ articles: read, events });
      yield a;
    }
  }
  for await (const item of reconcileStream(counted(), options)) {
    if (item.type === "issue") report(item.issue);
    else {
      if (item.type === "event") events++;
      sink.write(`${JSON.stringify(item.type === "event" ? { type: "event", ...item.event } : item)}\n`);
    }
  }
  bar.done();
  if (out) await new Promise((resolve) => (sink as ReturnType<typeof createWriteStream>).end(resolve));
  return problems > 0 ? 2 : 0;
}

async function main(): Promise<void> {
  let code: number;
  try {
    code = await run(process.argv.slice(2));
  } catch (e) {
    if (e instanceof InputFailure) code = 2;
    else if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`communique: ${(e as Error).message}\n`);
      code = 2;
    } else {
      process.stderr.write(`communique: internal error: ${(e as Error).message ?? String(e)}\n`);
      code = 1;
    }
  }
  process.exitCode = code;
}

void main();
