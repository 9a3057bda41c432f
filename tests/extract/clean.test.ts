import { describe, expect, it } from "vitest";
import { blanked, cleanText } from "../../src/extract/clean.js";

describe("cleanText", () => {
  it("blanks a line repeated with other spacing, keeping every offset", () => {
    const text = "Ministers met in Hanoi.\nThe two ministers at their talks. |\nThey agreed to meet again.\nThe two  ministers\tat their talks.";
    const { masked, lines } = cleanText(text);
    expect(masked).toHaveLength(text.length);
    expect(lines).toHaveLength(3);
    expect(masked.slice(text.lastIndexOf("The two"))).toMatch(/^\s+$/);
    expect(masked).toContain("They agreed to meet again.");
  });

  it("keeps lines of the same length that differ", () => {
    const { lines } = cleanText("Son met Wang.\nWang met Son.");
    expect(lines).toHaveLength(2);
  });

  it("blanks markup and caption credits only where they are", () => {
    const text = "Talks in <b>Hanoi</b> &amp; Beijing.\nThe two sides met. Photo: VNA |";
    const { masked } = cleanText(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/<b>|&amp;|Photo:/);
    expect(masked).toContain("Hanoi");
    expect(cleanText("No markup here.").masked).toBe("No markup here.");
  });
});

describe("links to other stories", () => {
  it("blanks a list of related stories and an `Also read` line, not the story", () => {
    const text = ["Albanese met Li Qiang in Beijing on Tuesday.", "Also read: Xi meets Albanese in Beijing", "The two agreed to talk more.", "Related Stories", "- Xi says ties on track after meeting with Albanese", "- What is left of the trade curbs?", "", "Trade was the focus."].join("\n");
    const { masked } = cleanText(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/Also read|Related Stories|Xi says|trade curbs/);
    expect(masked).toContain("Albanese met Li Qiang");
    expect(masked).toContain("The two agreed to talk more.");
    expect(masked).toContain("Trade was the focus.");
  });

  it("reads a heading set in bold or as a markdown header", () => {
    for (const heading of ["**Read also:**", "### Related", "__See also__:"]) {
      const text = ["Tokayev met Mirziyoyev in Astana today.", "", heading, "- Astana hosts New Year tree lighting ceremony", "- Budget signed into law"].join("\n");
      const { masked } = cleanText(text);
      expect(masked).not.toMatch(/hosts New Year|Budget/);
      expect(masked).toContain("Tokayev met Mirziyoyev");
    }
  });
});

describe("markdown around lines and links on lines of their own", () => {
  it("blanks emphasis markers around a line, keeping its words and offsets", () => {
    const text = "![](https://x.test/p.jpg)\n*Ahmed Awad bin Mubarak (L) and Badr Albusaidi in Muscat.*\nThe talks ended.";
    const { masked, lines } = cleanText(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toContain(" Ahmed Awad bin Mubarak (L) and Badr Albusaidi in Muscat. ");
    expect(lines.find((l) => l.caption)).toBeDefined();
  });

  it("reads the line right after an image as its caption, but a paragraph after a blank line as prose unless set off", () => {
    const caption = (text: string) => cleanText(text).lines.filter((l) => l.caption).map((l) => text.slice(l.start, l.end));
    expect(caption("![](a.jpg)\nTusk and Modi in Warsaw.\nThe talks ended.")).toEqual(["Tusk and Modi in Warsaw."]);
    expect(caption("![](a.jpg)\n\nModi was received in Warsaw, after which the two leaders held talks.")).toEqual([]);
    expect(caption("![](a.jpg)\n\n*Tusk and Modi in Warsaw.*\n\nThe talks ended.")).toEqual(["*Tusk and Modi in Warsaw.*"]);
    expect(caption("![](a.jpg)\n\nVucic and Xi shake hands after talks at the Palace of Serbia. (AP Photo/Darko Vojinovic)\n\nThe talks ended.")).toEqual(["Vucic and Xi shake hands after talks at the Palace of Serbia. (AP Photo/Darko Vojinovic)"]);
  });

  it("reads a photo's description between its label and its credit as a caption, blanking both", () => {
    const text = "Rabat talks\n\n*[Photo: King Abdullah and President Tebboune at the palace in Rabat. Credit: DR]*\n\nThe talks ended.\nPhoto: Reuters";
    const { masked, lines } = cleanText(text);
    const captions = lines.filter((l) => l.caption).map((l) => masked.slice(l.start, l.end).trim());
    expect(captions).toEqual(["King Abdullah and President Tebboune at the palace in Rabat."]);
    expect(masked).not.toMatch(/Photo|Credit|DR/);
    expect(masked.length).toBe(text.length);
    // A credit alone is no description.
    expect(cleanText("Talks ended.\n[Photo: Reuters. Credit: DR]").lines.filter((l) => l.caption)).toEqual([]);
  });

  it("blanks a line that is only a link, and the links under a plain `Related:`", () => {
    const text = ["Albanese met Li Qiang in Beijing on Tuesday.", "[Xi holds talks with Albanese](https://x.test/2023/xi-albanese.html)", "Trade was the focus.", "Related:", "[Li Qiang visits Canberra](https://x.test/li.html)", "[Wine tariffs lifted](https://x.test/wine.html)"].join("\n");
    const { masked } = cleanText(text);
    expect(masked).not.toMatch(/Xi holds talks|Li Qiang visits|Wine tariffs/);
    expect(masked).toContain("Albanese met Li Qiang");
    expect(masked).toContain("Trade was the focus.");
  });
});

describe("bylines", () => {
  it("a byline of two names in capitals is blanked", () => {
    const { masked } = cleanText("Serbia and Kosovo agree\n\nBy MARKO PETROVSKI and ELENA STOJANOSKA\n\nJosep Borrell met Vucic.");
    expect(masked).not.toMatch(/PETROVSKI|STOJANOSKA/);
    expect(masked).toContain("Josep Borrell met Vucic.");
  });
});

describe("blanking and the checks before each pattern", () => {
  it("blanked makes every code unit but a line break a space, as the pattern it replaces", () => {
    for (const text of ["", "a", "\n", "ab\ncd", "\n\nx\n", "Hà Nội – “talks”", "\ud83c\udf89 \ud83c", "\r\n\t\u00a0"]) {
      expect(blanked(text)).toBe(text.replace(/[^\n]/g, " "));
    }
  });

  it("reads noise, link headings and emphasis after leading spaces of any kind", () => {
    const text = [
      "Son met Wang in Hanoi on Monday.",
      "\u00a0 source: VNA",
      "\t\u2003Photo by Reuters",
      "\u3000 ### related stories",
      " - [Xi holds talks with Raisi](https://example.com/x)",
      "\u00a0*Wang Yi (C) and Son attend the talks.*",
      "  |  ",
      "They agreed to meet again.",
    ].join("\n");
    const { masked, lines } = cleanText(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/source|Photo|related|Raisi|\*/);
    expect(masked).toContain("Wang Yi (C) and Son attend the talks.");
    expect(masked).toContain("They agreed to meet again.");
    expect(lines.map((l) => text.slice(l.start, l.end).trim())).toEqual(["Son met Wang in Hanoi on Monday.", "*Wang Yi (C) and Son attend the talks.*", "They agreed to meet again."]);
  });

  it("finds a repeated line whose only odd spacing is a tab, an NBSP or two spaces", () => {
    for (const space of ["\t", "\u00a0", "  ", "\u2009"]) {
      const { lines } = cleanText(`Son met Wang in Hanoi.\nSon met${space}Wang in Hanoi.`);
      expect(lines).toHaveLength(1);
    }
  });
});
