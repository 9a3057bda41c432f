import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/extract/clean.js";
import { findDateline } from "../../src/extract/places.js";
import { defaultGazetteer } from "../../src/text/gazetteer.js";

const datelineOf = (text: string) => {
  const { masked, lines } = cleanText(text);
  const d = findDateline(masked, lines, defaultGazetteer());
  return d && { city: d.place?.city ?? null, surface: d.surface, credit: d.credit };
};

describe("findDateline", () => {
  it.each([
    ["BEIJING — Wang Yi met Bui Thanh Son.", { city: "Beijing", surface: "BEIJING —", credit: null }],
    ["Hanoi (VNA) – Pham Minh Chinh received the delegation.", { city: "Hanoi", surface: "Hanoi (VNA) –", credit: "VNA" }],
    ["HANOI, Aug 15 (Reuters) - Wang Yi met Bui Thanh Son.", { city: "Hanoi", surface: "HANOI, Aug 15 (Reuters) -", credit: "Reuters" }],
    ["Mexico City, Feb 3 (EFE).- The two ministers met.", { city: "Mexico City", surface: "Mexico City, Feb 3 (EFE).-", credit: "EFE" }],
    ["Buenos Aires, January 23, 2023 – Lula met Alberto Fernández.", { city: "Buenos Aires", surface: "Buenos Aires, January 23, 2023 –", credit: null }],
    ["KYIV. Aug 20 (Interfax-Ukraine) – Zelensky has visited the Netherlands.", { city: "Kyiv", surface: "KYIV. Aug 20 (Interfax-Ukraine) –", credit: "Interfax-Ukraine" }],
    // A colon ends a dateline written in capitals only.
    ["PORT MORESBY: Anthony Albanese addressed the parliament.", { city: "Port Moresby", surface: "PORT MORESBY:", credit: null }],
    ["  PORT MORESBY : Anthony Albanese addressed the parliament.", { city: "Port Moresby", surface: "PORT MORESBY :", credit: null }],
    ["Port Moresby: Anthony Albanese addressed the parliament.", null],
    ["Port Moresby (AAP): Anthony Albanese addressed the parliament.", null],
    // No parenthesis, dash or colon: no dateline.
    ["Beijing hosts Wang Yi and Bui Thanh Son for talks on trade", null],
    ["Japanese Foreign Minister Motegi met Vietnamese Minister of Trade Dang Xuan Son in Osaka", null],
  ])("%s", (text, expected) => {
    expect(datelineOf(text)).toEqual(expected);
  });
});
