import { describe, expect, it } from "vitest";
import { addDays } from "../../src/extract/calendar.js";

describe("addDays", () => {
  it("crosses months, leap days and years both ways", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2022-11-15", -3)).toBe("2022-11-12");
    expect(addDays("2022-11-16", 7)).toBe("2022-11-23");
  });
});
