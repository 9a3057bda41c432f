import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticles } from "../../src/io/read-articles.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { renderHtml } from "../../src/render/html.js";

// .ci/run installs Debian's chromium; on a machine without it the browser checks are skipped,
// except under CI, where a missing browser is a failure.
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];
const OUT = resolve("test-output");

function chromium(args: string[]): string {
  const profile = resolve(OUT, `profile-${process.pid}-${Math.random().toString(36).slice(2)}`);
  return execFileSync(CHROMIUM as string, [...FLAGS, `--user-data-dir=${profile}`, ...args], { encoding: "utf8", timeout: 60_000, stdio: ["ignore", "pipe", "ignore"] });
}

const hostile = [
  {
    id: "hostile-1",
    outlet: "<b onmouseover=\"document.body.dataset.pwned='outlet'\">Evil Wire</b>",
    url: "javascript:document.body.dataset.pwned='url'",
    publishedAt: "2025-08-15",
    text: "HANOI — Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi <script>document.title='PWNED';document.body.dataset.pwned='script'</script> in Beijing on Thursday. <img src=x onerror=\"document.body.dataset.pwned='img'\"> Trade reached US$3 billion.",
  },
  {
    id: "hostile-2",
    outlet: "Second Wire",
    publishedAt: "2025-08-15",
    text: "BEIJING — Chinese Foreign Minister Wang Yi held talks with Vietnamese Foreign Minister Bui Thanh Son in Beijing on Thursday, \"><svg onload=\"document.body.dataset.pwned='svg'\"> the ministry said.",
  },
];

describe.skipIf(!CHROMIUM && !process.env.CI)("HTML report in a real browser", () => {
  it("has a browser to run in", () => {
    expect(CHROMIUM, "chromium is not installed (.ci/run installs it)").toBeDefined();
  });

  it("shows article text as text: nothing from an article runs", () => {
    mkdirSync(OUT, { recursive: true });
    const file = resolve(OUT, "hostile.html");
    const html = renderHtml(reconcile(hostile));
    expect(html).not.toContain("<script>document.title");
    writeFileSync(file, html);
    const dom = chromium(["--dump-dom", `file://${file}`]);
    // The page's own script ran (it fills the count), so an article's script would have run too if it could.
    expect(dom).toMatch(/id="f-count">\d+ shown</);
    expect(dom).not.toContain("data-pwned");
    expect(dom).not.toMatch(/<title>PWNED/);
    expect(dom).toContain("&lt;script&gt;document.title=");
  });

  it("renders the test corpus report and saves a screenshot", () => {
    mkdirSync(OUT, { recursive: true });
    const file = resolve(OUT, "report.html");
    writeFileSync(file, renderHtml(reconcile(readArticles(["test-corpus/articles"]).articles)));
    const shot = resolve(OUT, "report.png");
    chromium([`--screenshot=${shot}`, "--window-size=1280,1800", "--hide-scrollbars", `file://${file}`]);
    expect(statSync(shot).size).toBeGreaterThan(20_000);
  });
});

describe("HTML report without a browser", () => {
  it("escapes every piece of article text and limits scripts by hash", () => {
    const html = renderHtml(reconcile(hostile));
    expect(html).not.toMatch(/<(?:img|svg|b)\b[^>]*on\w+=/i);
    expect(html).toContain("Content-Security-Policy");
    expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect((html.match(/<script>/g) ?? []).length).toBe(1);
  });

  it("needs nothing from the network", () => {
    const html = renderHtml(reconcile(hostile));
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
  });
});
