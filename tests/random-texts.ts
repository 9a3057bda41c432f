/**
 * Pseudo-random texts of the words and gaps given, for tests that check a hand-written matcher
 * against the pattern it stands for on many inputs. A fixed seed: the same texts on every run.
 */
export function randomTexts(count: number, words: readonly string[], gaps: readonly string[], longest: number, seed = 4242): string[] {
  let state = seed;
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return (state >>> 8) % n;
  };
  const out: string[] = [];
  for (let t = 0; t < count; t++) {
    let s = next(3) === 0 ? " " : "";
    const n = 1 + next(longest);
    for (let w = 0; w < n; w++) s += (words[next(words.length)] as string) + (gaps[next(gaps.length)] as string);
    out.push(s);
  }
  return out;
}
