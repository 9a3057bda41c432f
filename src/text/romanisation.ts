/**
 * Romanisation variants: the spellings outlets print for one and the same name in a culture
 * (`Yoon Suk-yeol` / `Yun Seok-yeol`, `Kono Taro` / `Kouno Tarou`, `Sjafrie` / `Syafrie`) rewritten
 * to one comparison key per token. The rules are data (`src/data/romanisation.json`), each culture's
 * with its source.
 */
import data from "../data/romanisation.json";

interface CultureRules {
  families: ReadonlyMap<string, string>;
  rewrite: readonly (readonly [RegExp, string])[];
}

interface RawRules { families?: Record<string, string[]>; rewrite?: [string, string][]; same?: string }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `^x` and `x$` anchor a rewrite to the start or end of a token; anything else is a plain substring. */
function compilePattern(from: string): RegExp {
  const start = from.startsWith("^");
  const end = from.endsWith("$");
  const body = escape(from.slice(start ? 1 : 0, end ? -1 : undefined));
  return new RegExp(`${start ? "^" : ""}${body}${end ? "$" : ""}`, "g");
}

function compile(raw: RawRules): CultureRules {
  const families = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(raw.families ?? {})) for (const s of spellings) families.set(s, canonical);
  return { families, rewrite: (raw.rewrite ?? []).map(([from, to]) => [compilePattern(from), to] as const) };
}

const cultures = data.cultures as unknown as Record<string, RawRules>;
const RULES = new Map<string, CultureRules>();
for (const [culture, raw] of Object.entries(cultures)) if (!raw.same) RULES.set(culture, compile(raw));
for (const [culture, raw] of Object.entries(cultures)) {
  const target = raw.same ? RULES.get(raw.same) : undefined;
  if (target) RULES.set(culture, target);
}

/** The culture whose rules a culture shares (`id` → `ms`), so that both compare under one set. */
export function romanisationGroup(culture: string | null): string | null {
  if (culture === null) return null;
  return cultures[culture]?.same ?? culture;
}

/** The cultures with romanisation rules of their own (not those sharing another's). */
export const ROMANISED_CULTURES: readonly string[] = Object.entries(cultures).filter(([, raw]) => !raw.same).map(([c]) => c);

/** Whether the culture has romanisation rules. */
export function hasRomanisation(culture: string | null): boolean {
  return culture !== null && RULES.has(culture);
}

/**
 * The comparison key of one folded token under a culture's romanisation rules; the token itself
 * when the culture has none.
 *
 * @example
 * romanisationKey("seok", "ko")        //=> "suk"   (= romanisationKey("suk", "ko"))
 * romanisationKey("kouno", "ja")       //=> "kono"
 * romanisationKey("sjamsoeddin", "id") //=> "syamsudin" (= romanisationKey("syamsuddin", "id"))
 */
export function romanisationKey(token: string, culture: string): string {
  const rules = RULES.get(culture);
  if (!rules) return token;
  let out = rules.families.get(token) ?? token;
  for (const [re, to] of rules.rewrite) out = out.replace(re, to);
  return out;
}
