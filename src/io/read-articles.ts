/**
 * Readers: JSONL/NDJSON, JSON, text and Markdown files (with optional front matter), folders
 * and stdin. Bad records become issues naming file, line and field; the rest are still read.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join, relative, resolve, sep } from "node:path";
import { Article } from "../model/article.js";
import type { InputIssue } from "../model/common.js";
import { parseFrontMatter } from "./front-matter.js";

export interface ReadResult {
  articles: Article[];
  issues: InputIssue[];
}

/** Appends without spreading into arguments: a million-line file would overflow the call stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

const TEXT_EXT = new Set([".txt", ".md", ".markdown"]);
const JSONL_EXT = new Set([".jsonl", ".ndjson"]);

function decode(bytes: Uint8Array, file: string, issues: InputIssue[]): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    issues.push({ code: "invalid-utf8", message: `${file}: not valid UTF-8 text`, file });
    return null;
  }
}

function validate(value: unknown, file: string, line: number | undefined, issues: InputIssue[]): Article | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    issues.push({ code: "invalid-article", message: `${file}${line ? `:${line}` : ""}: expected an article object, got ${Array.isArray(value) ? "an array" : value === null ? "null" : typeof value}`, file, ...(line ? { line } : {}) });
    return null;
  }
  // Own, plain keys only: `__proto__` or `constructor` in input never reach an object's prototype.
  const plain = Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([k]) => k !== "__proto__" && k !== "constructor" && k !== "prototype"));
  const parsed = Article.safeParse(plain);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path.join(".") || "article";
    issues.push({ code: "invalid-article", message: `${file}${line ? `:${line}` : ""}: field "${field}": ${issue.message}`, file, ...(line ? { line } : {}), field });
  }
  return null;
}

/** Parses JSONL text: one article a line; blank lines are skipped. */
export function parseJsonl(text: string, file: string): ReadResult {
  if (typeof text !== "string") throw new TypeError(`parseJsonl expects the JSONL text as a string, got ${typeof text}`);
  const articles: Article[] = [];
  const issues: InputIssue[] = [];
  text.replace(/^\uFEFF/, "").split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      issues.push({ code: "invalid-json", message: `${file}:${i + 1}: not valid JSON (${(e as Error).message})`, file, line: i + 1 });
      return;
    }
    const a = validate(value, file, i + 1, issues);
    if (a) articles.push(a);
  });
  return { articles, issues };
}

function readJson(text: string, file: string): ReadResult {
  const issues: InputIssue[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { articles: [], issues: [{ code: "invalid-json", message: `${file}: not valid JSON (${(e as Error).message})`, file }] };
  }
  const list = Array.isArray(value) ? value : [value];
  const articles = list.map((v, i) => validate(v, Array.isArray(value) ? `${file}[${i}]` : file, undefined, issues)).filter((a): a is Article => a !== null);
  return { articles, issues };
}

/** Parses one text or Markdown article; without an `id` in its front matter, `fallbackId` is used. */
export function parseTextArticle(text: string, file: string, fallbackId: string): ReadResult {
  if (typeof text !== "string") throw new TypeError(`parseTextArticle expects the article text as a string, got ${typeof text}`);
  const fm = parseFrontMatter(text.replace(/^\uFEFF/, ""));
  const issues: InputIssue[] = fm.problems.map((p) => ({ code: "invalid-front-matter" as const, message: `${file}:${p.line}: ${p.message}`, file, line: p.line }));
  const body = text.replace(/^\uFEFF/, "").slice(fm.bodyStart).replace(/\r\n/g, "\n");
  const a = validate({ ...fm.fields, id: fm.fields.id ?? fallbackId, text: body }, file, undefined, issues);
  return { articles: a ? [a] : [], issues };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) append(out, listFiles(full));
    else out.push(full);
  }
  return out;
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
// The line each JSONL article came from, for messages that name both places of a duplicate id.
const lineOf = new WeakMap<Article, number>();

/** JSONL bytes decoded line by line, so one line of invalid UTF-8 costs only that line. */
function readJsonlBytes(bytes: Uint8Array, file: string): ReadResult {
  const articles: Article[] = [];
  const issues: InputIssue[] = [];
  let start = 0;
  let line = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    line++;
    let text: string | null = null;
    try {
      text = fatalUtf8.decode(bytes.subarray(start, end));
    } catch {
      issues.push({ code: "invalid-utf8", message: `${file}:${line}: not valid UTF-8 text`, file, line });
    }
    if (text !== null && text.replace(/^\uFEFF/, "").trim() !== "") {
      const r = parseJsonl(text, file);
      for (const issue of r.issues) issues.push({ ...issue, message: issue.message.replace(`${file}:1:`, `${file}:${line}:`), line });
      for (const a of r.articles) {
        articles.push(a);
        lineOf.set(a, line);
      }
    }
    start = end + 1;
  }
  return { articles, issues };
}

function readFile(file: string, root: string, issues: InputIssue[]): Article[] {
  const ext = extname(file).toLowerCase();
  if (!TEXT_EXT.has(ext) && !JSONL_EXT.has(ext) && ext !== ".json") {
    issues.push({ code: "unsupported-file", message: `${file}: unsupported file type "${ext || "(none)"}" (use .jsonl, .ndjson, .json, .txt or .md)`, file });
    return [];
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    issues.push({ code: "unreadable-file", message: `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, file });
    return [];
  }
  if (bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    issues.push({ code: "empty-input", message: `${file}: the file is empty`, file });
    return [];
  }
  if (bytes.includes(0)) {
    issues.push({ code: "unsupported-file", message: `${file}: binary content (NUL bytes), not text`, file });
    return [];
  }
  if (JSONL_EXT.has(ext)) {
    const r = readJsonlBytes(bytes, file);
    append(issues, r.issues);
    return r.articles;
  }
  const text = decode(bytes, file, issues);
  if (text === null) return [];
  const r = ext === ".json" ? readJson(text, file) : parseTextArticle(text, file, relative(root, file).slice(0, -ext.length).split(sep).join("/"));
  append(issues, r.issues);
  return r.articles;
}

/**
 * Reads articles from files and folders (recursively, in sorted order). Duplicate ids are
 * reported with both places; the first is kept.
 */
export function readArticles(paths: readonly string[]): ReadResult {
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== "string")) throw new TypeError("readArticles expects an array of file or folder paths (strings)");
  const issues: InputIssue[] = [];
  const articles: Article[] = [];
  const where = new Map<string, string>();
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      issues.push({ code: "unreadable-file", message: `${p}: no such file or folder`, file: p });
      continue;
    }
    const files = st.isDirectory() ? listFiles(p).map((f) => ({ f, root: p })) : [{ f: p, root: resolve(p, "..") }];
    for (const { f, root } of files) {
      for (const a of readFile(f, root, issues)) {
        const line = lineOf.get(a);
        const here = line === undefined ? f : `${f}:${line}`;
        const prev = where.get(a.id);
        if (prev) {
          issues.push({ code: "duplicate-id", message: `${here}: id "${a.id}" is already used by ${prev}; this one is skipped`, file: f, ...(line === undefined ? {} : { line }), field: "id" });
          continue;
        }
        where.set(a.id, here);
        articles.push(a);
      }
    }
  }
  return { articles, issues };
}
