import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../temp-dir.js";

// The CLI and package are tested as built (npm test builds first).
const cli = (args: string[], input?: string) => spawnSync(process.execPath, ["dist/cli.cjs", ...args], { encoding: "utf8", input, maxBuffer: 64 * 1024 * 1024 });

describe("communique CLI", () => {
  it("reconciles the test corpus to JSON that validates against the exported schema", async () => {
    const r = cli(["reconcile", "test-corpus/articles"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const { Result } = await import("../../src/model/result.js");
    expect(() => Result.parse(JSON.parse(r.stdout))).not.toThrow();
  });

  it("prints a readable Markdown report", () => {
    const r = cli(["reconcile", "test-corpus/articles", "--format", "md"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# Reconciled meetings/);
  });

  it("prints JSONL, one event a line", () => {
    const r = cli(["reconcile", "test-corpus/articles", "--format", "jsonl"]);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { type: string });
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.every((l) => l.type === "event" || l.type === "unplaced")).toBe(true);
  });

  it("prints the JSON Schema", () => {
    const r = cli(["schema"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty("$schema");
  });

  it("names bad records, exits 2, and still reports the good ones", () => {
    const dir = tempDir("cli");
    const file = join(dir, "in.jsonl");
    writeFileSync(file, '{"id":"ok","text":"Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi in Beijing on June 13, 2024."}\n{"id":"bad"\n');
    const r = cli(["reconcile", file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("in.jsonl:2");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(r.stdout).events).toHaveLength(1);
  });

  it("stops at the first bad record with --strict", () => {
    const dir = tempDir("strict");
    const file = join(dir, "in.jsonl");
    writeFileSync(file, '{"id":"ok","text":"x"}\n{bad\n{"id":""}\n');
    const r = cli(["reconcile", file, "--strict"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("in.jsonl:2");
  });

  it("reads JSONL from stdin", () => {
    const r = cli(["extract", "-"], '{"id":"s","text":"Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi."}\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim()).id).toBe("s#1");
  });

  it("streams JSONL from stdin, writing events as JSONL and naming bad lines", () => {
    const lines = [
      '{"id":"a","publishedAt":"2025-08-15","text":"HANOI — Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi in Beijing on Thursday."}',
      "{not json",
      '{"id":"b","publishedAt":"2025-08-16","text":"BEIJING — Chinese Foreign Minister Wang Yi held talks with Vietnamese Foreign Minister Bui Thanh Son in Beijing on August 14."}',
      '{"id":"c","text":"Nothing to see here."}',
    ];
    const r = cli(["reconcile", "-", "--stream", "--batch", "2"], `${lines.join("\n")}\n`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("<stdin>:2");
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { type: string; sources?: unknown[]; articleId?: string });
    expect(out.filter((o) => o.type === "event")).toHaveLength(1);
    expect(out.find((o) => o.type === "event")?.sources).toHaveLength(2);
    expect(out.filter((o) => o.type === "unplaced").map((o) => o.articleId)).toEqual(["c"]);
  });

  it("gives the same output on worker threads as on one", async () => {
    const { generateCorpus } = (await import("../../bench/synthetic.mjs")) as { generateCorpus: (o: { articles: number; seed: number }) => { articles: object[] } };
    const dir = tempDir("workers");
    const file = join(dir, "syn.jsonl");
    writeFileSync(file, generateCorpus({ articles: 400, seed: 11 }).articles.map((a) => JSON.stringify(a)).join("\n"));
    const one = cli(["reconcile", file, "--workers", "1"]);
    const two = cli(["reconcile", file, "--workers", "2"]);
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).events.length).toBeGreaterThan(50);
    expect(two.stdout).toBe(one.stdout);
    expect(cli(["reconcile", file, "--workers", "2", "--format", "jsonl"]).stdout).toBe(cli(["reconcile", file, "--workers", "1", "--format", "jsonl"]).stdout);
    // Without a temporary folder for the workers' reports, they are kept in memory: same output, and a warning.
    const noTemp = spawnSync(process.execPath, ["dist/cli.cjs", "reconcile", file, "--workers", "2"], { encoding: "utf8", env: { ...process.env, TMPDIR: join(dir, "missing") }, maxBuffer: 64 * 1024 * 1024 });
    expect(noTemp.status).toBe(0);
    expect(noTemp.stderr).toMatch(/no temporary folder for reports \(ENOENT\); keeping them in memory/);
    expect(noTemp.stdout).toBe(one.stdout);
  });

  it("explains a pairwise decision", () => {
    const r = cli(["explain", "test-corpus/articles", "--reports", "vna-2025-10-27-trung-sokhonn-motegi#1", "vietnamnews-2025-10-28-trung-sokhonn-motegi#1"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/participants: same people/);
  });

  it("rejects unknown commands and options with exit code 2 and no stack trace", () => {
    for (const args of [["frobnicate"], ["reconcile", "--bogus", "x"], ["reconcile", "missing-folder"]]) {
      const r = cli(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^communique: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("prints help and version", () => {
    expect(cli(["--help"]).stdout).toMatch(/Usage:/);
    expect(cli(["reconcile", "--help"]).stdout).toMatch(/--format/);
    expect(cli(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("the built package", () => {
  it("writes nothing to stdout or stderr when imported (ESM and CommonJS)", () => {
    for (const code of ["import('./dist/index.js')", "require('./dist/index.cjs')"]) {
      const r = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe("");
    }
  });
});
