/**
 * Vietnamese syllables with their tone kept but its placement normalised, for comparisons that
 * must tell `hùng` from `hưng` and `hoà`/`hòa` apart from `hoá`.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A token's Vietnamese form with its tone kept but its placement normalised.
 *
 * @example
 * toneKey("hoà") === toneKey("hòa") //=> true ("hoa" + grave)
 * toneKey("Ðỗ") === toneKey("Đỗ")   //=> true
 */
export function toneKey(token: string): string {
  const { base, tones } = toneParts(token);
  return `${base}${tones}`;
}

/**
 * A token split into its lower-case letters (NFC, tone marks removed) and its tone marks.
 *
 * @example
 * toneParts("Kỳ") //=> { base: "ky", tones: "\u0300" }
 */
export function toneParts(token: string): { base: string; tones: string } {
  // The Icelandic eth `Ð/ð` (U+00D0) and the African `Ɖ/ɖ` look like Vietnamese `Đ/đ` and turn up in
  // scraped text in its place (`Ðỗ Hùng Việt`); Vietnamese has no other use for them.
  const nfd = token.replace(/[ÐðƉɖ]/gu, "đ").normalize("NFD").toLowerCase();
  const tones = nfd.match(TONES)?.join("") ?? "";
  return { base: nfd.replace(TONES, "").normalize("NFC"), tones };
}
