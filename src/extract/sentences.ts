/** Sentence splitting over masked text, keeping offsets into the original. */
import type { Line } from "./clean.js";

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (line) it belongs to. */
  paragraph: number;
  caption: boolean;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "h.e", "he", "ma", "st", "no", "jr", "sr", "u.s", "u.n", "u.k", "gov", "gen", "sen", "rep",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "inc", "co", "corp", "mt", "lt", "col", "capt", "dato", "tan", "sri", "e.g", "i.e",
]);

const BOUNDARY = /[.!?]["”’)]?(?=\s+["“‘(]?[\p{Lu}\d])/gu;
// The word before a full stop, and the last run of non-spaces (`S.`, `L.P.`, `U.S`).
const LAST_WORD = /([\p{L}.]+)$/u;
const LAST_RUN = /(\S+)$/u;
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

/**
 * Whether `before` ends in five ASCII letters, the last in lower case (`talks`, `Hanoi`): a word
 * that is no abbreviation (none has more than four letters) and no initial (its last letter is
 * not a capital), so the full stop after it ends the sentence without the patterns being tried.
 */
function endsInLowerCaseWord(before: string): boolean {
  const n = before.length;
  if (n < 5) return false;
  const last = before.charCodeAt(n - 1);
  if (last < 97 || last > 122) return false;
  for (let i = n - 5; i < n - 1; i++) {
    // (`| 32` puts A–Z in lower case and takes no other character into a–z.)
    const c = before.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Whether a full stop after `before` (the text up to it) ends no sentence: after an abbreviation or an initial. */
function beforeNoEnd(before: string): boolean {
  if (endsInLowerCaseWord(before)) return false;
  const word = LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? "";
  // Single capital initials (`S. Jaishankar`) and known abbreviations do not end sentences.
  // Initials (`S. Jaishankar`, `Retno L.P. Marsudi`) do not end sentences either.
  return ABBREVIATIONS.has(word) || INITIALS.test(LAST_RUN.exec(before)?.[1] ?? "");
}

// A line opening with a city in capitals and a full stop, then a month and a day: a dateline.
const DATELINE_CITY = /^\s*\p{Lu}[\p{Lu}'’ -]{1,30}$/u;
const DATELINE_DAY = /^\s+[A-Z][a-z]{2,8}\.? \d{1,2}\b/;

/** Splits the content lines of a masked article into sentences. */
export function splitSentences(masked: string, lines: readonly Line[]): Sentence[] {
  const out: Sentence[] = [];
  lines.forEach((line, paragraph) => {
    const body = masked.slice(line.start, line.end);
    let from = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
      if (beforeNoEnd(body.slice(Math.max(0, m.index - 12), m.index))) continue;
      // `KYIV. Aug 20 (Interfax-Ukraine) – …`: a dateline's city in capitals, then its day.
      if (from === 0 && DATELINE_CITY.test(body.slice(0, m.index)) && DATELINE_DAY.test(body.slice(m.index + 1, m.index + 16))) continue;
      const end = m.index + m[0].length;
      push(out, masked, line.start + from, line.start + end, paragraph, line.caption);
      from = end;
    }
    push(out, masked, line.start + from, line.end, paragraph, line.caption);
  });
  return out;
}

function push(out: Sentence[], masked: string, start: number, end: number, paragraph: number, caption: boolean): void {
  // Without the spaces around it (`trim` removes exactly what `\s` matches).
  const raw = masked.slice(start, end);
  const text = raw.trim();
  if (text.length < 2) return;
  const s = start + (raw.length - raw.trimStart().length);
  out.push({ start: s, end: s + text.length, text, paragraph, caption });
}
