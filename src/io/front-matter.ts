/** A `---` front-matter block of `key: value` lines at the top of a text article. */

export interface FrontMatter {
  fields: Record<string, string>;
  /** Offset of the body in the file text. */
  bodyStart: number;
  /** Problems, each with the 1-based line it is on. */
  problems: { line: number; message: string }[];
}

const KEYS = new Set(["id", "title", "url", "outlet", "publishedAt", "language", "timezone"]);

/** Parses an optional front-matter block; text without one is all body. */
export function parseFrontMatter(text: string): FrontMatter {
  const empty: FrontMatter = { fields: Object.create(null) as Record<string, string>, bodyStart: 0, problems: [] };
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return empty;
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(open[0].length - 1));
  if (!close) return { ...empty, problems: [{ line: 1, message: "front matter opened with --- but never closed" }] };
  const blockEnd = open[0].length - 1 + close.index;
  const block = text.slice(open[0].length, blockEnd);
  const fields = Object.create(null) as Record<string, string>;
  const problems: FrontMatter["problems"] = [];
  block.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) return;
    const colon = raw.indexOf(":");
    const key = colon > 0 ? raw.slice(0, colon).trim() : "";
    if (!/^[A-Za-z_][\w-]*$/.test(key)) return problems.push({ line, message: `expected "key: value", got "${raw.slice(0, 60)}"` });
    if (!KEYS.has(key)) return problems.push({ line, message: `unknown field "${key}" (known: ${[...KEYS].join(", ")})` });
    const value = raw.slice(colon + 1).trim();
    fields[key] = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]) ? value.slice(1, -1) : value;
    return undefined;
  });
  return { fields, bodyStart: blockEnd + close[0].length, problems };
}
