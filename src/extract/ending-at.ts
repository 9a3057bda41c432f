/**
 * Patterns anchored at the end (`/… in\s+(?:the\s+)?$/`), tried where the text they test ends.
 */

/**
 * `pattern.test(text.slice(0, at))` for a pattern anchored with `$` (at the end of `text` when
 * `at` is left out), as a lookbehind tried at `at` alone: it reads back only as far as a match can
 * reach, where the pattern on the slice is tried at every start of it (a cost that grows with the
 * text, for each place or figure in it). The answers are the same on every input when `$` is the
 * pattern's last element at its top level (not in one of its alternatives), the pattern has no
 * backreference (a lookbehind matches from right to left), and, for an `at` short of the end, no
 * assertion just before the `$` looks past it (a `\b` or a lookahead there): whether
 * `text[from, at)` matches the rest of the pattern then does not depend on what follows `at`, in
 * the slice (nothing) or in the text. A `^` means the start of the text in both, which is where
 * the slice starts.
 */
export function endingAt(pattern: RegExp): (text: string, at?: number) => boolean {
  const source = pattern.source;
  if (!source.endsWith("$") || source.endsWith("\\$") || /\\\d|\\k</.test(source) || pattern.flags.includes("m") || pattern.flags.includes("g")) throw new Error(`not a pattern anchored at the end without backreferences: /${source}/`);
  const behind = new RegExp(`(?<=${source.slice(0, -1)})`, `${pattern.flags}y`);
  return (text, at = text.length) => {
    behind.lastIndex = at;
    return behind.test(text);
  };
}
