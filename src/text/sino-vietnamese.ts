/**
 * Vietnamese renderings of Chinese names. Vietnamese media read each character of a Chinese name in
 * its Sino-Vietnamese (Hán-Việt) reading: 王毅 Wang Yi is `Vương Nghị`, 何立峰 He Lifeng `Hà Lập Phong`.
 * A rendering matches a pinyin name when every syllable is a Hán-Việt reading of a character whose
 * pinyin is the corresponding pinyin syllable (table: `src/data/han-viet.json`).
 */
import data from "../data/han-viet.json";
import { toneParts } from "./tones.js";

/** A Hán-Việt syllable's key: tone kept (`toneKey`), and the spelling variants `y`/`i` after a consonant merged (`Hy`/`Hi`, `Kỳ`/`Kì`). */
function syllableKey(syllable: string): string {
  const { base, tones } = toneParts(syllable);
  return `${base.replace(/([^aeiouyăâêôơư])y$/u, "$1i")}${tones}`;
}

// Hán-Việt syllable key → the pinyin syllables of the characters that have it.
const PINYIN = new Map<string, string[]>();
for (const [hv, pinyin] of data.readings as [string, string, string][]) {
  const key = syllableKey(hv);
  const list = PINYIN.get(key);
  if (!list) PINYIN.set(key, [pinyin]);
  else if (!list.includes(pinyin)) list.push(pinyin);
}

/**
 * The pinyin syllables each Vietnamese syllable (as written, with its marks) may render, or null when
 * one of them has no Hán-Việt reading in the table. Compute once per name; see {@link rendersPinyin}.
 *
 * @example
 * pinyinOptions(["Hà", "Lập"]) //=> [["he", "xia"], ["li"]]
 */
export function pinyinOptions(syllables: readonly string[]): readonly (readonly string[])[] | null {
  const options: string[][] = [];
  for (const s of syllables) {
    const o = PINYIN.get(syllableKey(s));
    if (o === undefined) return null;
    options.push(o);
  }
  return options;
}

/**
 * Whether Vietnamese syllables, given as their {@link pinyinOptions}, render the pinyin name syllable
 * by syllable. Pinyin tokens may join syllables (`Lifeng`) but a syllable never spans two tokens.
 *
 * @example
 * rendersPinyin(pinyinOptions(["Hà", "Lập", "Phong"]), ["he", "lifeng"]) //=> true
 * rendersPinyin(pinyinOptions(["Vương", "Nghị"]), ["wang", "wenbin"])     //=> false
 */
export function rendersPinyin(options: readonly (readonly string[])[] | null, pinyinTokens: readonly string[]): boolean {
  if (options === null) return false;
  const text = pinyinTokens.join(" ");
  const match = (i: number, pos: number): boolean => {
    if (text[pos] === " ") {
      if (i === 0) return false;
      pos++;
    }
    if (i === options.length) return pos === text.length;
    for (const p of options[i] ?? []) if (text.startsWith(p, pos) && match(i + 1, pos + p.length)) return true;
    return false;
  };
  return match(0, 0);
}
