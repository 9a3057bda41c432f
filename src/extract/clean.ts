/**
 * Noise that is not content: image-caption markup, repeated captions, bylines, `Source:` lines,
 * comment counters, leftover HTML. Noise is blanked with spaces so that every offset still
 * points into the article's NFC text.
 */

export interface Line {
  start: number;
  end: number;
  /** A photo caption (it may still name a meeting). */
  caption: boolean;
}

export interface CleanText {
  /** The text with noise blanked out, the same length as the input. */
  masked: string;
  lines: Line[];
  /** A publication date a scraper left in the text (`date 2025-10-27`), if any. */
  embeddedDate: string | null;
}

// A line that labels a photo, describes it in words of its own and then credits it (group 1 up
// to the description, group 2 the description).
const DESCRIBED_PHOTO = /^(\s*[*_]{0,3}\[?\s*(?:Photo|Picture|Image):\s*)(\p{Lu}[^\n\]]{20,300}?[.;,]?)\s*(?:Photo\s+)?Credit:\s*[^\n\]]{1,80}\]?[*_]{0,3}\s*$/u;

// Tested against the trimmed line.
const IMAGE_MARKUP = /^!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)\s*\|?$/;
// A caption's credit (`(AP Photo/Darko Vojinovic)`, `Photo: PAP`): the line is the image's caption
// even after a blank line.
const PHOTO_CREDIT = /\((?:[\p{Lu}][\p{L}&.-]*\s+)?Photo\b[^)\n]{0,80}\)\s*$|\bPhoto:\s*[^\n]{1,80}$/u;
// Each with the characters its matches can have first after their leading spaces (either case
// where the pattern has the `i` flag, which without `u` matches no other character to an ASCII
// letter): a line is tested only against the patterns its first non-space character can start.
// (`trim` and `\s` remove the same spaces.)
const NOISE_LINE: readonly [starts: string, pattern: RegExp][] = [
  ["Ss", /^\s*Source:\s*\S/i],
  ["Cc", /^\s*Comments?\s*\(\d+\)\s*$/i],
  ["PpIiVv", /^\s*(?:Photo|Photos|Image|Video)\s*(?::|by)\s.{0,200}$/i],
  ["RrAaSsTt", /^\s*(?:Read more|Read also|Also read|See also|Related(?: stories| articles| news| coverage)?|Tags?):/i],
  // `By Vu Hoang`, `By MARKO PETROVSKI and ELENA STOJANOSKA`
  ["B", /^\s*By\s+[A-Z][\p{L}.'’-]*(?:(?:\s+(?:and|&)\s+|,\s*|\s+)[A-Z][\p{L}.'’-]*){0,7}\s*$/u],
  ["|", /^\s*\|\s*$/],
  // A line that is nothing but a link (`[Xi holds talks with Raisi](https://…)`): another story's headline.
  ["-*•·►>[", /^\s*(?:[-*•·►>]\s*)?\[[^\]\n]{1,300}\]\([^)\n]{0,500}\)\s*[|.]?\s*$/],
];
const NOISE_BY_START = new Map<string, RegExp[]>();
for (const [starts, pattern] of NOISE_LINE) for (const c of starts) NOISE_BY_START.set(c, [...(NOISE_BY_START.get(c) ?? []), pattern]);
// The heading of a list of links to other stories (`Related Stories`, `Read more`), on its own line.
// Markdown may set it in bold or as a header (`**Read also:**`, `### Related`).
const LINKS_HEADING = /^\s*(?:#{1,6}\s*)?[*_]{0,3}(?:Related(?: stories| articles| news| coverage| content)?|Read more|Read also|Also read|See also|More (?:stories|on this(?: story)?)|Recommended(?: stories)?|You may also like)\s*(?::\s*)?[*_]{0,3}\s*(?::\s*)?$/i;
// What a LINKS_HEADING match has first after its leading spaces: `#`, `*`, `_` or the first letter of a heading.
const LINKS_HEADING_START = "#*_RrAaSsMmYy";
// An entry of such a list: a list item, or a headline (no sentence end).
const LINK_ENTRY = /^\s*[-*•·►>]\s|^[^.!?]{1,160}$|^\s*\[[^\]\n]{1,300}\]\(/;
// Markdown emphasis around a whole line (`*Wang Yi (C) … attend the closing session.*`): the
// markers are not part of the first or last word.
const EMPHASIS = /^(\s*)([*_]{1,3})(?=\S)(.*\S)\2\s*$/;
// A byline: a short last line of capitalised words without a sentence end (`Vu Hoang`).
const BYLINE = /^\s*[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s*$/u;
const HTML_TAG = /<\/?[a-zA-Z][^<>\n]{0,200}>|&(?:nbsp|amp|quot|apos|lt|gt|#\d{1,6}|#x[0-9a-fA-F]{1,6});/g;
// Spacing that normalising a line would change: two spaces in a row, or a tab, NBSP or the like.
const SPACING = /\s\s|[^\S ]/;
// Two spaces in a row, or spacing other than a space or a line break: in a text without, no line
// has SPACING (a line has no line break), and lines are not tested one by one. (One scan for both
// costs less than a search for the two spaces and a scan for the rest.)
const ODD_SPACING = /  |[^\S \n]/;
// Replaced from the first `Photo:` or `Source:` on, where every match starts: the pattern looks at
// nothing before its start (no lookbehind, `^` or `\b`), and its `$` sees the same line ends.
const CREDIT = /(?:Photo|Source):[^\n|]{0,120}(?:\|[ \t]{0,20})?$/gm;
// A credit in brackets ends at its bracket: `(Photo: NDO) Hà Nội, 28/4` keeps the photo's place and day.
const BRACKETED_CREDIT = /\((?:Photo|Source):[^\n|()]{0,120}\)/g;
const SPACES = /\s+/g;
const EMBEDDED_DATE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i;

/** Whether one of `patterns` (if any) matches `text` (`some` without a closure for each line). */
function anyMatches(patterns: readonly RegExp[] | undefined, text: string): boolean {
  if (patterns) for (const re of patterns) if (re.test(text)) return true;
  return false;
}

/** Where the first of two words is in `text`, or -1. */
function firstOf(text: string, a: string, b: string): number {
  const atA = text.indexOf(a);
  const atB = text.indexOf(b);
  return atA < 0 ? atB : atB < 0 ? atA : Math.min(atA, atB);
}

/** Ranges to blank, applied in one pass at the end. */
type Ranges = [number, number][];

function blank(ranges: Ranges, start: number, end: number): void {
  if (end > start) ranges.push([start, end]);
}

function applyBlanks(text: string, ranges: Ranges): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    parts.push(text.slice(at, from), blanked(text.slice(from, e)));
    at = e;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/** `text` with every code unit but a line break made a space (`text.replace(/[^\n]/g, " ")`). */
export function blanked(text: string): string {
  if (!text.includes("\n")) return " ".repeat(text.length);
  return text.split("\n").map((part) => " ".repeat(part.length)).join("\n");
}

/**
 * A set of lines keyed by length first: most lines of an article differ in length, and a
 * number is looked up without hashing a whole paragraph.
 */
class LinesSeen {
  private readonly byLength = new Map<number, string[]>();
  has(line: string): boolean {
    return this.byLength.get(line.length)?.includes(line) ?? false;
  }
  add(line: string): void {
    const same = this.byLength.get(line.length);
    if (same) same.push(line);
    else this.byLength.set(line.length, [line]);
  }
}

/** Splits `text` into lines and blanks out everything that is not article content. */
export function cleanText(text: string): CleanText {
  const blanks: Ranges = [];
  let embeddedDate: string | null = null;
  const raw: Line[] = [];
  // Line ranges found with indexOf: no substring is cut out for a line until it is read.
  for (let pos = 0; ; ) {
    const newline = text.indexOf("\n", pos);
    const end = newline < 0 ? text.length : newline;
    raw.push({ start: pos, end, caption: false });
    if (newline < 0) break;
    pos = newline + 1;
  }
  const seen = new LinesSeen();
  const lines: Line[] = [];
  let afterImage = false;
  let imageThenBreak = false;
  let lastContent: Line | undefined;
  for (let i = raw.length - 1; i >= 0 && !lastContent; i--) {
    const l = raw[i] as Line;
    if (text.slice(l.start, l.end).trim() !== "") lastContent = l;
  }
  // Inside a list of links to other stories: their headlines tell other stories' meetings.
  let inLinks = false;
  const oddSpacing = ODD_SPACING.test(text);
  for (const line of raw) {
    const body = text.slice(line.start, line.end);
    const trimmed = body.trim();
    if (trimmed === "") {
      // A paragraph break after an image: what follows is prose, unless set off as a caption (`*…*`).
      if (afterImage) imageThenBreak = true;
      continue;
    }
    if (inLinks && LINK_ENTRY.test(body)) { blank(blanks, line.start, line.end); continue; }
    inLinks = LINKS_HEADING_START.includes(trimmed[0] as string) && LINKS_HEADING.test(body);
    if (inLinks) { blank(blanks, line.start, line.end); continue; }
    const date: RegExpExecArray | null = embeddedDate === null && lines.length === 0 ? EMBEDDED_DATE.exec(body) : null;
    if (date) {
      embeddedDate = date[1] ?? null;
      const cut = line.start + (date.index ?? 0) + date[0].length;
      blank(blanks, line.start, cut);
      lines.push({ start: cut, end: line.end, caption: false });
      continue;
    }
    // (IMAGE_MARKUP starts with `!`.)
    if (trimmed[0] === "!" && IMAGE_MARKUP.test(trimmed)) { blank(blanks, line.start, line.end); afterImage = true; imageThenBreak = false; continue; }
    const barred = trimmed.endsWith("|");
    const bare = barred ? trimmed.slice(0, -1).trimEnd() : trimmed;
    const norm = oddSpacing && SPACING.test(bare) ? bare.replace(SPACES, " ") : bare;
    const noisy = anyMatches(NOISE_BY_START.get(trimmed[0] as string), body) || (line === lastContent && BYLINE.test(body) && trimmed.split(/\s+/).length <= 4);
    if (noisy || seen.has(norm)) { blank(blanks, line.start, line.end); continue; }
    seen.add(norm);
    // `*[Photo: King Mohammed VI and … at the Royal Palace of Rabat. Credit: DR]*`: a photo's
    // description with its credit after it is a caption; its label and credit are not content.
    const described = trimmed.includes("Credit:") ? DESCRIBED_PHOTO.exec(body) : null;
    if (described) {
      const open = line.start + (described[1] as string).length;
      const close = open + (described[2] as string).length;
      blank(blanks, line.start, open);
      blank(blanks, close, line.end);
      lines.push({ start: line.start, end: line.end, caption: true });
      afterImage = false;
      continue;
    }
    // (Its markers are the first characters after the leading spaces.)
    const emphasis = trimmed[0] === "*" || trimmed[0] === "_" ? EMPHASIS.exec(body) : null;
    if (emphasis) {
      const open = line.start + (emphasis[1] as string).length;
      const marker = (emphasis[2] as string).length;
      const close = open + marker + (emphasis[3] as string).length;
      blank(blanks, open, open + marker);
      blank(blanks, close, close + marker);
    }
    // (The line trimmed at its end ends where the trimmed line does.)
    const caption = (afterImage && (!imageThenBreak || emphasis !== null || PHOTO_CREDIT.test(body))) || barred;
    afterImage = false;
    imageThenBreak = false;
    lines.push({ start: line.start, end: line.end, caption });
  }
  let masked = applyBlanks(text, blanks);
  // Each pattern only where the text has the characters every match of it starts with.
  if (masked.includes("<") || masked.includes("&")) masked = masked.replace(HTML_TAG, (m) => " ".repeat(m.length));
  // A trailing caption credit (`Photo: Ministry of Foreign Affairs |`) is not content either.
  const credit = firstOf(masked, "Photo:", "Source:");
  if (credit >= 0) {
    const from = masked[credit - 1] === "(" ? credit - 1 : credit;
    masked = masked.slice(0, from) + masked.slice(from).replace(BRACKETED_CREDIT, (m) => " ".repeat(m.length)).replace(CREDIT, (m) => " ".repeat(m.length));
  }
  return { masked, lines, embeddedDate };
}
