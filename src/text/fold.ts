/**
 * Text folding: one comparison key for every spelling of a word.
 *
 * Folding works code point by code point so that every folded character can be traced
 * back to the original NFC text (see {@link foldWithMap}); spans never point into folded text.
 */

// Letters that Unicode decomposition does not split into base + mark.
// Vietnamese `Đ/đ` (U+0110/U+0111) is a letter of its own with a stroke, not D + combining mark.
const UNSPLIT: Readonly<Record<string, string>> = {
  "Đ": "d", "đ": "d", "Ð": "d", "ð": "d", "Ø": "o", "ø": "o", "Ł": "l", "ł": "l",
  "Æ": "ae", "æ": "ae", "Œ": "oe", "œ": "oe", "ß": "ss", "Þ": "th", "þ": "th", "ı": "i",
};

const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const charCache = new Map<string, string>();

// ASCII folds by table: most of any English news text, and the hot path.
const ASCII: readonly string[] = Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return /[A-Za-z0-9]/.test(ch) ? ch.toLowerCase() : " ";
});

/** Folds one code point: marks removed, lower case, `Đ` → `d`; non-word characters become a space. */
function foldChar(ch: string): string {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return ASCII[c] as string;
  }
  const cached = charCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  const unsplit = UNSPLIT[ch];
  if (unsplit !== undefined) out = unsplit;
  else if (!WORD_CHAR.test(ch)) out = MARKS.test(ch) ? "" : " ";
  else {
    // Letters that decompose to one of the unsplit letters plus a mark (`Ǽ` → `Æ` + acute) fold like it.
    out = [...ch.normalize("NFD").replace(MARKS, "").toLowerCase()].map((c) => UNSPLIT[c] ?? c).join("").normalize("NFC");
  }
  MARKS.lastIndex = 0;
  if (charCache.size < 50_000) charCache.set(ch, out);
  return out;
}

/** A folded string and, for each of its characters, the index of the original character it came from. */
export interface FoldedText {
  folded: string;
  /** `origin[i]` is the UTF-16 index in the NFC input of folded character `i`; `origin[folded.length]` is the input length. */
  origin: Int32Array;
}

/**
 * Folds `text` (taken as NFC) keeping a map back to the original offsets.
 * Runs of spaces and punctuation collapse to one space; leading and trailing spaces are dropped.
 *
 * @example
 * foldWithMap("Đà Nẵng!").folded //=> "da nang"
 */
export function foldWithMap(text: string): FoldedText {
  // Codes and origins are written into scratch buffers shared by every call (no string or number
  // boxed per character, no two arrays allocated and zeroed per call); only the origins are copied out.
  // A fold can be longer than its source (`æ` → `ae`): the buffers grow when needed.
  ensureScratch(text.length + 9);
  let n = 0;
  let pendingSpace = false;
  // Whether a fold wrote a surrogate code: only then can the codes hold one the decoder would replace.
  let surrogates = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // One UTF-16 unit, or a surrogate pair for characters outside the Basic Multilingual Plane.
    const width = c >= 0xd800 && c < 0xdc00 && i + 1 < text.length ? 2 : 1;
    const f = c < 128 ? null : foldChar(text.slice(i, i + width));
    const isSpace = f === null ? ASCII_CODE[c] === SPACE : f === " ";
    if (isSpace) pendingSpace = n > 0;
    else if (f === null || f.length > 0) {
      const needed = n + 2 + (f === null ? 1 : f.length);
      if (needed >= scratchCodes.length) ensureScratch(needed * 2);
      if (pendingSpace) {
        scratchCodes[n] = SPACE;
        scratchOrigin[n++] = i;
        pendingSpace = false;
      }
      if (f === null) {
        scratchCodes[n] = ASCII_CODE[c] as number;
        scratchOrigin[n++] = i;
      } else {
        for (let k = 0; k < f.length; k++) {
          const code = f.charCodeAt(k);
          if (code >= 0xd800 && code < 0xe000) surrogates = true;
          scratchCodes[n] = code;
          scratchOrigin[n++] = i;
        }
      }
    }
    i += width;
  }
  scratchOrigin[n] = text.length;
  const result = { folded: surrogates ? decode(scratchCodes, n) : decodeWellFormed(n), origin: originsOf(n + 1) };
  // Buffers grown for a huge text are not kept (see KEPT_BUFFER_CODES).
  if (scratchCodes.length > KEPT_BUFFER_CODES) {
    scratchCodes = new Uint16Array(1024);
    scratchOrigin = new Int32Array(1024);
  }
  return result;
}

let scratchCodes = new Uint16Array(1024);
let scratchOrigin = new Int32Array(1024);

// Origins are handed out as views into a shared slab rather than as arrays of their own: a typed
// array with its own buffer costs a microsecond to allocate, as much as folding a sentence.
// A view keeps its slab alive; callers keep a few folds at a time, so a few slabs at most live.
const ORIGIN_SLAB = 1 << 16;
let originSlab = new Int32Array(ORIGIN_SLAB);
let originUsed = 0;

/** The first `n` origins of the scratch buffer, copied out. */
function originsOf(n: number): Int32Array {
  if (n > ORIGIN_SLAB >> 3) return scratchOrigin.slice(0, n);
  if (originUsed + n > ORIGIN_SLAB) {
    originSlab = new Int32Array(ORIGIN_SLAB);
    originUsed = 0;
  }
  const out = originSlab.subarray(originUsed, originUsed + n);
  originUsed += n;
  for (let k = 0; k < n; k++) out[k] = scratchOrigin[k] as number;
  return out;
}

// UTF-16 codes decode to a string twice as fast through a TextDecoder as through
// String.fromCharCode. The decoder reads bytes in little-endian order, so it serves only where
// the platform stores them that way; it would replace a lone surrogate, so codes holding a
// surrogate go through fromCharCode; and it is told to keep a leading U+FEFF, not drop it as a BOM.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });

/** The string of the first `n` scratch codes, which hold no surrogate. */
function decodeWellFormed(n: number): string {
  if (!LITTLE_ENDIAN) return decode(scratchCodes, n);
  return utf16.decode(new Uint8Array(scratchCodes.buffer, 0, 2 * n));
}

// Buffers for longer texts are not kept: one huge article would otherwise hold several times its
// size in memory for as long as the process runs.
const KEPT_BUFFER_CODES = 1 << 20;

/** Grows the scratch buffers to hold at least `size` entries, keeping what they hold. */
function ensureScratch(size: number): void {
  if (size < scratchCodes.length) return;
  const codes = new Uint16Array(Math.max(size, scratchCodes.length * 2));
  codes.set(scratchCodes);
  scratchCodes = codes;
  const origin = new Int32Array(codes.length);
  origin.set(scratchOrigin);
  scratchOrigin = origin;
}

const SPACE = 32;
const ASCII_CODE = Uint16Array.from(ASCII, (ch) => ch.charCodeAt(0));

/** The string of the first `n` UTF-16 codes, in chunks small enough for fromCharCode's argument limit. */
function decode(codes: Uint16Array, n: number): string {
  let out = "";
  for (let at = 0; at < n; at += 8192) out += String.fromCharCode.apply(null, codes.subarray(at, Math.min(n, at + 8192)) as unknown as number[]);
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;
// A character outside ASCII: a surrogate pair, or one UTF-16 unit (a lone surrogate included).
const NON_ASCII_CHAR = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g;
// After every non-ASCII character is folded, what is left outside ASCII is a letter or a digit.
const NON_WORD = /[^a-z0-9\u0080-\uffff]+/g;

/**
 * A comparison key for text: NFC, lower case, diacritics removed, `Đ/đ` → `d`,
 * punctuation and spacing collapsed to single spaces. Idempotent; NFD input gives the NFC key.
 *
 * @example
 * foldText("Bùi Thanh Sơn")   //=> "bui thanh son"
 * foldText("Đà Nẵng")         //=> "da nang"
 * foldText("  Việt  Nam-China ") //=> "viet nam china"
 */
export function foldText(text: string): string {
  if (typeof text !== "string") throw new TypeError(`foldText expects a string, got ${typeof text}`);
  const ascii = foldAscii(text);
  if (ascii !== null) return ascii;
  const nfc = text.normalize("NFC");
  // (A character outside ASCII can compose to one inside it: the Kelvin sign `K` is `K`.)
  if (!NON_ASCII.test(nfc)) return foldAsciiByPattern(nfc);
  // The same key as foldWithMap(nfc).folded, without building the map: each non-ASCII character
  // is replaced by its fold (lower case already), then ASCII is lowered and spacing collapsed.
  return nfc.replace(NON_ASCII_CHAR, foldChar).toLowerCase().replace(NON_WORD, " ").trim();
}

/** What foldText makes of ASCII text (which NFC leaves as it is). */
function foldAsciiByPattern(text: string): string {
  return text.toLowerCase().replace(ASCII_NON_WORD, " ").trim();
}

// Per ASCII code: 0 for anything but a letter or digit, 1 for a lower-case letter or a digit, 2 for a capital.
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? 2 : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0));

/**
 * foldText of an ASCII text, or null for a text with any other character. Most keys looked up
 * are words and names already spaced as a key is (`Wang Yi`): one scan finds that lower case is
 * all they need, and the normalisation and the patterns (three quarters of the time) are spared.
 */
function foldAscii(text: string): string | null {
  let capital = false;
  let spacing = false;
  let afterGap = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return null;
    const kind = ASCII_KIND[c] as number;
    if (kind === 0) {
      // Anything but one space between two words changes under the patterns.
      if (afterGap || c !== SPACE) spacing = true;
      afterGap = true;
    } else {
      if (kind === 2) capital = true;
      afterGap = false;
    }
  }
  if (spacing || (afterGap && text.length > 0)) return foldAsciiByPattern(text);
  return capital ? text.toLowerCase() : text;
}

/**
 * Folded text as UTF-16 codes, and its words (runs of codes between single spaces) with the
 * FNV-1a hash of each, in buffers shared by every call: valid until the next call.
 */
export interface FoldedCodes {
  codes: Uint16Array;
  length: number;
  /** How many words. Word `w` is `codes[start, wordEnds[w])`, its start 0 or `wordEnds[w - 1] + 1`. */
  words: number;
  wordEnds: Uint32Array;
  /** The 32-bit FNV-1a hash of each word's codes. */
  wordHashes: Uint32Array;
  /**
   * Where each word is in the text folded: word `w` comes from `text.slice(sourceStarts[w],
   * sourceEnds[w])`. Null for a text whose folding changes its length (not NFC, or with a code
   * point that folds to no character or to several).
   */
  sourceStarts: Uint32Array | null;
  sourceEnds: Uint32Array | null;
}

/** The 32-bit FNV-1a offset basis and prime, with which foldCodes hashes words (and clustering hashes stems and shingles). */
export const FNV_OFFSET = 2166136261;
export const FNV_PRIME = 16777619;

/** The 32-bit FNV-1a hash of a string's UTF-16 code units, from `offset` (another offset gives an independent hash). */
export function fnv1a(s: string, offset = FNV_OFFSET): number {
  let h = offset;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

const keyCharCache = new Map<string, string>();

/** A non-ASCII code point as {@link foldText} leaves it: its fold, lower-cased, with anything but a word character as a space. */
function foldKeyChar(ch: string): string {
  let out = keyCharCache.get(ch);
  if (out === undefined) {
    out = foldChar(ch).toLowerCase().replace(/[^a-z0-9\u0080-\uffff]/g, " ");
    if (keyCharCache.size < 50_000) keyCharCache.set(ch, out);
  }
  return out;
}

// The fold of each UTF-16 code met so far, as the one code it folds to, so that no string is cut
// out of the text to look one up: UNKNOWN_FOLD not yet met, OTHER_FOLD a code that folds to no
// character or to several, or a surrogate. Both are read by foldAt, outside the loop; a text with a
// fold of no character or of several is then folded by foldText. ASCII is filled in from the start.
const UNKNOWN_FOLD = -2;
const OTHER_FOLD = -1;
/** What {@link foldAt} gives for the second unit of a surrogate pair, folded with the first. */
const SECOND_OF_PAIR = -3;
const foldedCode = new Int32Array(0x10000).fill(UNKNOWN_FOLD);
for (let c = 0; c < 128; c++) foldedCode[c] = ASCII_CODE[c] as number;
foldedCode.fill(OTHER_FOLD, 0xd800, 0xe000);

/**
 * The one code that the character at `i` folds to (a surrogate pair folded as one code point
 * at its first unit, SECOND_OF_PAIR at its second), or OTHER_FOLD when it folds to no character
 * or to several. Kept out of foldCodes's loop, which it would slow down, and met rarely.
 */
function foldAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let folded = foldedCode[c] as number;
  if (folded === UNKNOWN_FOLD) {
    const fold = foldKeyChar(String.fromCharCode(c));
    folded = foldedCode[c] = fold.length === 1 ? fold.charCodeAt(0) : OTHER_FOLD;
  }
  if (folded !== OTHER_FOLD || c < 0xd800 || c >= 0xe000) return folded;
  if (c >= 0xdc00 && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) return SECOND_OF_PAIR;
  const pair = isHighSurrogate(c) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1));
  const fold = foldKeyChar(text.slice(i, pair ? i + 2 : i + 1));
  return fold.length === 1 ? fold.charCodeAt(0) : OTHER_FOLD;
}

let keyCodes = new Uint16Array(1024);
let keyWordEnds = new Uint32Array(512);
let keyWordHashes = new Uint32Array(512);
let keySourceStarts = new Uint32Array(512);
let keySourceEnds = new Uint32Array(512);

interface KeyBuffers {
  codes: Uint16Array;
  ends: Uint32Array;
  hashes: Uint32Array;
  sourceStarts: Uint32Array;
  sourceEnds: Uint32Array;
}

/** Buffers for `codes` codes and the words among them (at most one per two codes, rounded up). */
function keyBuffers(codes: number): KeyBuffers {
  const words = (codes >> 1) + 1;
  if (codes > KEPT_BUFFER_CODES) {
    return { codes: new Uint16Array(codes), ends: new Uint32Array(words), hashes: new Uint32Array(words), sourceStarts: new Uint32Array(words), sourceEnds: new Uint32Array(words) };
  }
  if (keyCodes.length < codes) keyCodes = new Uint16Array(codes);
  if (keyWordEnds.length < words) {
    keyWordEnds = new Uint32Array(words);
    keyWordHashes = new Uint32Array(words);
    keySourceStarts = new Uint32Array(words);
    keySourceEnds = new Uint32Array(words);
  }
  return { codes: keyCodes, ends: keyWordEnds, hashes: keyWordHashes, sourceStarts: keySourceStarts, sourceEnds: keySourceEnds };
}

/**
 * {@link foldText} of `text` as codes rather than a string, with its words and their hashes:
 * the same characters, but written into shared buffers in one pass, with no string built. For
 * callers that hash or look up the folded words (clustering folds every article and report).
 */
export function foldCodes(input: string): FoldedCodes {
  // The NFC form is also a flat string of one layout whatever the input was (a slice, a
  // concatenation): read a character at a time, mixed layouts cost several times as much.
  const text = input.normalize("NFC");
  // One code at most per UTF-16 unit of the text.
  const { codes: out, ends, hashes, sourceStarts, sourceEnds } = keyBuffers(text.length + 16);
  let n = 0;
  let words = 0;
  let h = FNV_OFFSET;
  let pendingSpace = false;
  // Where the word being read ends in the text so far.
  let sourceEnd = 0;
  for (let i = 0; i < text.length; i++) {
    let code = foldedCode[text.charCodeAt(i)] as number;
    if (code < 0) {
      // A text with a fold of no character (a combining mark) or of several (`æ` → `ae`) takes
      // the slower path through foldText.
      code = foldAt(text, i);
      if (code === OTHER_FOLD) return foldedCodesOf(foldText(text));
      if (code === SECOND_OF_PAIR) {
        // The pair's character ends here if it was part of a word.
        if (!pendingSpace && n > 0 && sourceEnd === i) sourceEnd = i + 1;
        continue;
      }
    }
    if (code === SPACE) pendingSpace = n > 0;
    else {
      if (pendingSpace) {
        hashes[words] = h >>> 0;
        sourceEnds[words] = sourceEnd;
        ends[words++] = n;
        h = FNV_OFFSET;
        out[n++] = SPACE;
        pendingSpace = false;
        sourceStarts[words] = i;
      } else if (n === 0) sourceStarts[0] = i;
      out[n++] = code;
      sourceEnd = i + 1;
      h = Math.imul(h ^ code, FNV_PRIME);
    }
  }
  if (n > 0) {
    hashes[words] = h >>> 0;
    sourceEnds[words] = sourceEnd;
    ends[words++] = n;
  }
  const sourced = text.length === input.length;
  return { codes: out, length: n, words, wordEnds: ends, wordHashes: hashes, sourceStarts: sourced ? sourceStarts : null, sourceEnds: sourced ? sourceEnds : null };
}

/** The codes and words of a string already folded (by foldText, for a text with a code point that folds to no character or to several). */
function foldedCodesOf(folded: string): FoldedCodes {
  const { codes, ends, hashes } = keyBuffers(folded.length + 1);
  let words = 0;
  let h = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    codes[i] = code;
    if (code !== SPACE) h = Math.imul(h ^ code, FNV_PRIME);
    else {
      hashes[words] = h >>> 0;
      ends[words++] = i;
      h = FNV_OFFSET;
    }
  }
  if (folded.length > 0) {
    hashes[words] = h >>> 0;
    ends[words++] = folded.length;
  }
  return { codes, length: folded.length, words, wordEnds: ends, wordHashes: hashes, sourceStarts: null, sourceEnds: null };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c < 0xdc00;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c < 0xe000;
}

/** NFC-normalises `text` and removes characters that are never content (lone surrogates become U+FFFD). */
export function toNfc(text: string): string {
  // ASCII is well formed and NFC as it is.
  if (!NON_ASCII.test(text)) return text;
  const nfc = text.toWellFormed().normalize("NFC");
  // normalize() returns a new string even when nothing changes: keeping the one given when it
  // was already NFC means a caller holding both (input and normalised article) holds one text.
  return nfc === text ? text : nfc;
}
