import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../temp-dir.js";
import { parseJsonl, parseTextArticle, readArticles } from "../../src/io/read-articles.js";

describe("readers", () => {
  it("reads front matter and the body after it", () => {
    const r = parseTextArticle("---\nid: a1\noutlet: VNA\npublishedAt: 2025-08-15\n---\nHANOI — Text.\n", "a1.md", "fallback");
    expect(r.issues).toEqual([]);
    expect(r.articles[0]).toMatchObject({ id: "a1", outlet: "VNA", publishedAt: "2025-08-15", text: "HANOI — Text.\n", language: "en" });
  });

  it("uses the path as id when front matter has none", () => {
    const r = parseTextArticle("Just text.", "dir/x.txt", "dir/x");
    expect(r.articles[0]?.id).toBe("dir/x");
  });

  it("names file, line and field of bad JSONL records and keeps the good ones", () => {
    const text = ['{"id":"a","text":"one"}', '{"id":"b","text":', '{"id":"c"}', '[1,2]', '{"id":"d","text":"four","publishedAt":"last week"}', '{"id":"e","text":"five"}'].join("\n");
    const r = parseJsonl(text, "in.jsonl");
    expect(r.articles.map((a) => a.id)).toEqual(["a", "e"]);
    expect(r.issues.map((i) => [i.code, i.line, i.field ?? null])).toEqual([
      ["invalid-json", 2, null],
      ["invalid-article", 3, "text"],
      ["invalid-article", 4, null],
      ["invalid-article", 5, "publishedAt"],
    ]);
    expect(r.issues[1]?.message).toContain("in.jsonl:3");
  });

  it("drops __proto__ keys instead of letting them reach a prototype", () => {
    const r = parseJsonl('{"id":"a","text":"t","__proto__":{"polluted":true}}', "x.jsonl");
    expect(r.articles).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads folders recursively in sorted order and reports duplicate ids with both places", () => {
    const dir = tempDir("inputs");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "b.md"), "---\nid: same\n---\nB");
    writeFileSync(join(dir, "sub", "a.txt"), "A");
    writeFileSync(join(dir, "c.jsonl"), '{"id":"same","text":"C"}\n');
    writeFileSync(join(dir, "d.csv"), "x");
    writeFileSync(join(dir, "e.txt"), Buffer.from([0xff, 0xfe, 0xd8]));
    const r = readArticles([dir]);
    expect(r.articles.map((a) => a.id)).toEqual(["same", "sub/a"]);
    const codes = r.issues.map((i) => i.code).sort();
    expect(codes).toEqual(["duplicate-id", "invalid-utf8", "unsupported-file"]);
    const dup = r.issues.find((i) => i.code === "duplicate-id");
    expect(dup?.message).toContain("c.jsonl");
    expect(dup?.message).toContain("b.md");
  });
});

describe("hostile files", () => {
  const dir = tempDir("hostile");
  const write = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it("keeps the good lines of a JSONL file with an invalid UTF-8 line, a BOM and CRLF line ends", () => {
    const file = write("mixed.jsonl", Buffer.concat([Buffer.from('\uFEFF{"id":"a","text":"one"}\r\n'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), Buffer.from('{"id":"b","text":"two"}\r\n')]));
    const r = readArticles([file]);
    expect(r.articles.map((a) => a.id)).toEqual(["a", "b"]);
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([["invalid-utf8", 2]]);
  });

  it("names empty and binary files", () => {
    const empty = write("empty.jsonl", "");
    const blank = write("blank.md", "  \n\n");
    const binary = write("binary.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    const r = readArticles([empty, blank, binary]);
    expect(r.articles).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(["empty-input", "empty-input", "unsupported-file"]);
    for (const i of r.issues) expect(i.message).toContain(i.file ?? "?");
  });

  it("reports a truncated last line and a value of the wrong shape with their lines", () => {
    const file = write("trunc.jsonl", '{"id":"a","text":"one"}\n"just a string"\n{"id":"b","te');
    const r = readArticles([file]);
    expect(r.articles.map((a) => a.id)).toEqual(["a"]);
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([["invalid-article", 2], ["invalid-json", 3]]);
  });
});

describe("large inputs", () => {
  it("reads a file of 300,000 lines without overflowing the call stack, naming every bad line", () => {
    const dir = tempDir("large");
    const file = join(dir, "many.jsonl");
    const lines: string[] = [];
    for (let i = 0; i < 300_000; i++) lines.push(i % 2 === 0 ? `{"id":"a${i}","text":"t"}` : "[1]");
    writeFileSync(file, lines.join("\n"));
    const r = readArticles([file]);
    expect(r.articles).toHaveLength(150_000);
    expect(r.issues).toHaveLength(150_000);
    expect(r.issues.at(-1)?.line).toBe(300_000);
  });
});
