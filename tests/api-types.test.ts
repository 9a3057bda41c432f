import { describe, expect, it } from "vitest";
import { audit, compareNames, createReconciler, explain, extractReports, foldText, normalizeName, parseJsonl, parseName, readArticles, reconcile, renderHtml, renderMarkdown } from "../src/index.js";

// Programmer errors throw a TypeError that says what was expected; data problems never throw.
describe("wrong argument types", () => {
  it.each([
    ["foldText", () => foldText(1 as never), /string/],
    ["parseName", () => parseName(null as never), /string/],
    ["normalizeName", () => normalizeName({} as never), /string/],
    ["compareNames", () => compareNames("a", 2 as never), /two strings/],
    ["extractReports", () => extractReports({ text: "x" } as never), /Article/],
    ["reconcile", () => reconcile({} as never), /array of articles/],
    ["readArticles", () => readArticles("folder" as never), /array of file or folder paths/],
    ["parseJsonl", () => parseJsonl(Buffer.from("x") as never, "f"), /string/],
    ["audit", () => audit({} as never), /Result/],
    ["renderMarkdown", () => renderMarkdown([] as never), /Result/],
    ["renderHtml", () => renderHtml(null as never), /Result/],
    ["explain", () => explain({} as never, {} as never), /two reports/],
    ["createReconciler().add", () => createReconciler().add("x" as never), /array of articles/],
  ])("%s", (_, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
