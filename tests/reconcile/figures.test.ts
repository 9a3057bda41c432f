import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/reconcile/reconcile.js";

// Two outlets, worded differently (near-identical texts would be one wire story, one source).
const meeting = (id: string, outlet: string, figure: string) =>
  outlet === "Outlet A"
    ? { id, outlet, publishedAt: "2025-08-15", text: `HANOI — Foreign Minister Bùi Thanh Sơn held talks with Chinese Foreign Minister Wang Yi in Beijing on Thursday. ${figure} Railways and border gates topped the agenda.` }
    : { id, outlet, publishedAt: "2025-08-16", text: `BEIJING (Wire) -- Chinese Foreign Minister Wang Yi met his Vietnamese counterpart Bui Thanh Son here on August 14. ${figure} The two also exchanged views on maritime issues, the statement said.` };

function figureConflicts(a: string, b: string) {
  const result = reconcile([meeting(`a-${a}`, "Outlet A", a), meeting(`b-${b}`, "Outlet B", b)]);
  expect(result.events).toHaveLength(1);
  return result.events[0]?.conflicts.filter((c) => c.type === "figure") ?? [];
}

describe("figures across sources", () => {
  it.each([
    ["Two-way trade reached US$3.13 billion in 2024.", "Bilateral trade hit US$3.1 billion in 2024."],
    ["Two-way trade reached US$3.13 billion in 2024.", "Trade stood at about US$3.2 billion in 2024."],
    ["The two sides aim to raise trade to US$25 billion.", "They agreed to lift trade to 25 billion USD."],
    ["The talks lasted more than four hours in all.", "The talks lasted nearly five hours in total."],
    ["The talks lasted about 35 minutes.", "The talks lasted roughly half an hour."],
    ["The talks lasted about an hour.", "The talks lasted some 70 minutes."],
  ])("rounding, an approximate figure or bounds that meet are not a conflict: %s / %s", (a, b) => {
    expect(figureConflicts(a, b)).toEqual([]);
  });

  it.each([
    ["Two-way trade reached US$7.7 billion in 2024.", "Bilateral trade hit US$7.4 billion in 2024."],
    ["The two sides aim to raise trade to US$20 billion.", "They agreed to lift trade to US$25 billion."],
    ["The ministers witnessed the signing of 15 cooperation agreements.", "Officials said 20 documents were signed after the talks."],
    ["Vietnam Airlines placed an order for 150 Airbus aircraft.", "The carrier agreed to buy 160 planes."],
    ["Two-way trade exceeded US$4 billion in 2024.", "Bilateral trade hit US$3.6 billion in 2024."],
    ["The talks lasted nearly two hours.", "The talks lasted more than three hours."],
    ["The talks lasted 45 minutes.", "The talks lasted half an hour."],
    ["The talks lasted about an hour.", "The talks lasted some 90 minutes."],
  ])("different amounts, or a bound the other figure is beyond, are a conflict: %s / %s", (a, b) => {
    expect(figureConflicts(a, b)).toHaveLength(1);
  });

  it("figures of different years or of a target and a result are different facts", () => {
    expect(figureConflicts("Trade reached US$7.7 billion in 2023.", "Trade reached US$8.1 billion in 2024.")).toEqual([]);
    expect(figureConflicts("Trade reached US$7.7 billion in 2024.", "They aim to lift trade to US$10 billion by 2028.")).toEqual([]);
  });
});
