import { describe, expect, it } from "vitest";
import { isWordBreak } from "../../src/extract/extract-reports.js";

describe("isWordBreak", () => {
  it("answers as /[\\s,]/ does for every UTF-16 code unit", () => {
    const pattern = /[\s,]/;
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWordBreak(c) !== pattern.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
