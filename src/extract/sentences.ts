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

/** Splits the content lines of a masked article into sentences. */
export function splitSentences(masked: string, lines: readonly Line[]): Sentence[] {
  const out: Sentence[] = [];
  lines.forEach((line, paragraph) => {
    const body = masked.slice(line.start, line.end);
    let from = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
      const before = body.slice(Math.max(0, m.index - 12), m.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
      // Single capital initials (`S. Jaishankar`) and known abbreviations do not end sentences.
      // Initials (`S. Jaishankar`, `Retno L.P. Marsudi`) do not end sentences either.
      if (ABBREVIATIONS.has(word) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(/(\S+)$/u.exec(before)?.[1] ?? "")) continue;
      const end = m.index + m[0].length;
      push(out, masked, line.start + from, line.start + end, paragraph, line.caption);
      from = end;
    }
    push(out, masked, line.start + from, line.end, paragraph, line.caption);
  });
  return out;
}

function push(out: Sentence[], masked: string, start: number, end: number, paragraph: number, caption: boolean): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(masked[s] ?? "")) s++;
  while (e > s && /\s/.test(masked[e - 1] ?? "")) e--;
  if (e - s < 2) return;
  out.push({ start: s, end: e, text: masked.slice(s, e), paragraph, caption });
}
