/**
 * Person names: parse off titles and honorifics, order tokens by the culture's convention,
 * and decide whether two names can be the same person.
 */
import levenshtein from "fast-levenshtein";
import { FAMILY_FIRST, FAMILY_NAMES, CULTURE_OF_COUNTRY, guessCulture, looksHepburn, mongolianReadings, shortFormIndexes } from "./cultures.js";
import { foldText } from "./fold.js";
import { defaultGazetteer, type Gazetteer, type PersonEntry } from "./gazetteer.js";
import { pinyinOptions, rendersPinyin } from "./sino-vietnamese.js";
import { toneKey } from "./tones.js";
import { hasRomanisation, ROMANISED_CULTURES, romanisationGroup, romanisationKey } from "./romanisation.js";

export interface ParseNameContext {
  /** ISO country of the person, when the text says (`Thai Foreign Minister …` → TH). */
  country?: string | null;
  /** Naming culture, when known (`vi`, `zh`, `ja`, `th`, …). */
  culture?: string | null;
  gazetteer?: Gazetteer;
}

export interface ParsedName {
  /** The name without titles, as written (NFC). */
  display: string;
  /** Folded tokens in the order written. */
  tokens: string[];
  family: string | null;
  given: string[];
  culture: string | null;
  /** Whether the family name comes first as written. */
  familyFirst: boolean;
  /** Titles and honorifics found in front of the name, as written. */
  titles: string[];
  /** Generational suffix (`jr`, `sr`, `ii`, `iii`). */
  suffix: string | null;
  /** Gazetteer id when the name is a known official. */
  personId: string | null;
  /** The official's country, from the reference data. */
  country: string | null;
  /** The country the text gave for the mention (parse context), if any. */
  contextCountry: string | null;
  /** Identity key: folded, family name first. */
  key: string;
  /**
   * Tokens with their Vietnamese letters and tones kept (`hùng` ≠ `hưng` ≠ `hung`), tone marks
   * normalised to one placement; null when the name carries no diacritics at all.
   */
  toned: string[] | null;
}

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
// Post-nominal letters that are not part of a name (`Rt Hon David Lammy MP`).
const POSTNOMINALS = new Set(["mp", "phd", "qc", "kc", "obe", "mbe", "cbe"]);
// Malay patronymic connectors and honorifics inside a name (`Mohamad bin Haji Hasan`).
const INNER_DROPS = new Set(["bin", "binti", "haji", "hajjah"]);

function tonedTokens(name: string): string[] | null {
  if (!/[\u0300-\u036f\u1ea0-\u1ef9đĐÐðƉɖ]/u.test(name.normalize("NFD"))) return null;
  return name.split(/[\s-]+/).filter((t) => /\p{L}/u.test(t)).map(toneKey);
}
// Abbreviated given names outlets print (`Mohd Yusof`), and British forms of the generational suffixes (`Marcos Jnr`).
// Abbreviations, and the Arabic article, which outlets write el or al (`el-Sisi`, `al-Sisi`).
const ABBREVIATIONS: Readonly<Record<string, string>> = { mohd: "mohamad", muhd: "muhammad", el: "al", jnr: "jr", snr: "sr" };
// `Ma.` with its dot is Maria (`Ma. Theresa Lazaro`); without it, `Ma` is a family name (`Mã Triều Húc`, Ma Zhaoxu).
const MARIA = /(^|\s)Ma\.(?=\s)/gu;

/**
 * Cuts an appositive title after the name: `Wang Ning, Party Secretary of Yunnan` → `Wang Ning`.
 * A comma inside a title in front of the name does not count:
 * `Deputy Prime Minister, Foreign Minister Bùi Thanh Sơn` keeps its name.
 */
function splitAppositive(name: string, g: Gazetteer): string {
  let from = 0;
  for (let comma = name.indexOf(","); comma > 0; comma = name.indexOf(",", comma + 1)) {
    const before = name.slice(from, comma);
    const allTitle = before.trim().split(/\s+/).every((w) => {
      const k = foldText(w);
      return k === "" || g.titleWords.has(k) || g.honorifics.has(k) || g.demonymByKey.has(k) || /^[a-z]/.test(w);
    });
    if (!allTitle) return name.slice(0, comma);
    from = comma + 1;
  }
  return name;
}

// Lower-case particles inside a name (`Anwar bin Ibrahim`, `Ursula von der Leyen`): never title text.
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["bin", "binti", "bint", "bte", "ibn", "ibni", "van", "von", "der", "den", "de", "da", "das", "dos", "do", "del", "della", "di", "du"]);

// Vietnamese tone and vowel marks (NFD). An English demonym or country word never carries them, so
// `Thái` (a Vietnamese rendering of the family name 蔡, `Thái Kỳ` = Cai Qi) is not the demonym `Thai`.
const VIETNAMESE_MARKS = /[\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323đĐ]/u;

/** Whether a word can start the rest of a name: capitalised, and no title, honorific or country word. */
function isNameWord(w: string, g: Gazetteer): boolean {
  const k = foldText(w.replace(/['’]s$/u, ""));
  return /^\p{Lu}/u.test(w) && k !== "" && !g.titleWords.has(k) && !g.honorifics.has(k) && !g.demonymByKey.has(k) && !g.countryByKey.has(k);
}

/** Splits leading title and honorific words off a name. */
function stripTitles(raw: string, g: Gazetteer): { name: string; titles: string[] } {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  let cut = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i] ?? "";
    const k = foldText(w.replace(/['’]s$/u, ""));
    // A family name followed by more of the name starts the name (`Tô Anh Dũng`, `Lê Hoài Trung`).
    if (/^\p{Lu}/u.test(w) && (FAMILY_NAMES.vi.has(k) || FAMILY_NAMES.zh.has(k) || FAMILY_NAMES.ko.has(k)) && /^\p{Lu}/u.test(words[i + 1] ?? "") && !g.titleWords.has(k)) break;
    // A particle after a name word: the name started there (`Mohamad bin Haji Hasan` keeps `Haji`).
    if (NAME_PARTICLES.has(w) && i > cut) break;
    const country = (g.demonymByKey.has(k) || g.countryByKey.has(k)) && !VIETNAMESE_MARKS.test(w.normalize("NFD"));
    const isTitle = g.titleWords.has(k) || g.honorifics.has(k) || country || k === "";
    // A country's name (not its demonym) that opens the words and stands before a name, not an
    // office, is a given name (`Jordan Bardella`, `Kenya Barris`); `Kenya President Ruto` and
    // `Chinese President Xi` keep it as a title.
    if (i === 0 && country && !g.demonymByKey.has(k) && !g.titleWords.has(k) && !g.honorifics.has(k) && isNameWord(words[i + 1] ?? "", g)) break;
    // A known person's name that begins with a word also used as a title (`Gen Nakatani`, `Than Swe`).
    if (isTitle && startsCanonicalName(k, words.slice(i), g)) break;
    if (isTitle || /^[a-z]/.test(w)) cut = i + 1;
    // Titles lead: a word of the name ends them, and an honorific after it is part of the name
    // (`President Hassan Sheikh Mohamud`).
    else break;
  }
  // Honorifics written with a dot glued on (`Mr.`), or `H.E.`
  const titles = words.slice(0, cut);
  return { name: words.slice(cut).join(" "), titles: titles.length ? [titles.join(" ")] : [] };
}

/** Folded canonical names of the reference people, family-first names also given-first (`gen nakatani`), and their first words. */
interface CanonicalNames { names: Set<string>; firstWords: Set<string> }
const canonicalCache = new WeakMap<Gazetteer, CanonicalNames>();
function canonicalNames(g: Gazetteer): CanonicalNames {
  let c = canonicalCache.get(g);
  if (c) return c;
  c = { names: new Set(), firstWords: new Set() };
  for (const p of g.people) {
    const t = foldText(p.name).split(" ");
    const orders = t.length === 2 && (p.culture === "ja" || p.culture === "ko" || p.culture === "zh") ? [t, [...t].reverse()] : [t];
    for (const o of orders) {
      c.names.add(o.join(" "));
      c.firstWords.add(o[0] ?? "");
    }
  }
  canonicalCache.set(g, c);
  return c;
}

/** Whether the words, the first of which folds to `first`, are a known person's canonical name (`Gen Nakatani`). */
function startsCanonicalName(first: string, words: readonly string[], g: Gazetteer): boolean {
  const c = canonicalNames(g);
  return c.firstWords.has(first) && c.names.has(foldText(words.join(" ")));
}

interface NameParts { bare: string; titles: string[]; tokens: string[]; suffix: string | null }

/** Titles, particles, post-nominals and the generational suffix taken off a name; the rest folded into tokens. */
function nameParts(name: string, g: Gazetteer): NameParts {
  const { name: bare, titles } = stripTitles(splitAppositive(name.normalize("NFC"), g), g);
  let tokens = foldText(bare.replace(MARIA, "$1Maria")).split(" ").filter(Boolean).map((t) => ABBREVIATIONS[t] ?? t).filter((t) => !INNER_DROPS.has(t));
  while (tokens.length > 1 && POSTNOMINALS.has(tokens[tokens.length - 1] ?? "")) tokens = tokens.slice(0, -1);
  let suffix: string | null = null;
  const lastToken = tokens[tokens.length - 1];
  if (tokens.length > 1 && lastToken !== undefined && SUFFIXES.has(lastToken)) {
    suffix = lastToken;
    tokens = tokens.slice(0, -1);
  }
  return { bare, titles, tokens, suffix };
}

/**
 * The reference people indexed by their names and aliases read the way a mention is read (titles,
 * `bin`, `Haji` taken off), so that `Mohamad bin Haji Hasan` and `Lloyd J. Austin III` find their entry.
 * `withSuffix` keys carry the generational suffix (`teodoro locsin jr`); `bare` keys do not.
 */
interface PersonIndex { withSuffix: Map<string, PersonEntry[]>; bare: Map<string, PersonEntry[]> }
const personIndexCache = new WeakMap<Gazetteer, PersonIndex>();
function personIndex(g: Gazetteer): PersonIndex {
  let index = personIndexCache.get(g);
  if (index) return index;
  index = { withSuffix: new Map(), bare: new Map() };
  const add = (map: Map<string, PersonEntry[]>, key: string, p: PersonEntry) => {
    const list = map.get(key);
    if (!list) map.set(key, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of g.people) {
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      const { tokens, suffix, titles } = nameParts(n, g);
      if (tokens.length === 0) continue;
      // `PM Lee` is how an article refers back to Lee Hsien Loong, not a name: a lone family name
      // left after a title would claim every `Lee`.
      if (tokens.length === 1 && titles.length > 0 && p.family && tokens[0] === foldText(p.family)) continue;
      // Family-first names are also written given-first in Western outlets (Toshimitsu Motegi).
      const orders = tokens.length === 2 && (p.culture === "ja" || p.culture === "ko" || p.culture === "zh") ? [tokens, [...tokens].reverse()] : [tokens];
      for (const t of orders) {
        const key = t.join(" ");
        add(index.withSuffix, suffix ? `${key} ${suffix}` : key, p);
        add(index.bare, key, p);
      }
    }
  }
  personIndexCache.set(g, index);
  return index;
}

/**
 * The reference person a name denotes, if exactly one. A written suffix must match (`Donald Trump Jr.`
 * is not Donald Trump); a name without one finds a suffixed entry only when no other entry shares the
 * name (`Teodoro Locsin` is Teodoro Locsin Jr., but `Ferdinand Marcos` may be Jr. or Sr.).
 */
function lookupPerson(tokens: readonly string[], suffix: string | null, g: Gazetteer, country: string | null | undefined): PersonEntry | null {
  const index = personIndex(g);
  const key = tokens.join(" ");
  const list = suffix ? index.withSuffix.get(`${key} ${suffix}`) : (index.withSuffix.get(key) ?? index.bare.get(key));
  if (!list || list.length === 0) return null;
  if (list.length === 1) return list[0] ?? null;
  const byCountry = country ? list.filter((p) => p.country === country) : [];
  return byCountry.length === 1 ? (byCountry[0] ?? null) : null;
}

// Given names that open many South Asian and Arab names in full and are left out in short
// (`Muhammad Shehbaz Sharif` is Shehbaz Sharif; `Mian Muhammad Nawaz Sharif` is Nawaz Sharif).
const DEVOTIONAL_FIRST = new Set(["muhammad", "mohammad", "mohammed", "muhammed", "mohamad", "mohamed", "mian"]);

/**
 * The reference person a name denotes once the devotional given names opening it are set aside,
 * when at least two names are left (`Muhammad Yunus` stays as written).
 */
function lookupWithoutDevotionalName(tokens: readonly string[], suffix: string | null, g: Gazetteer, country: string | null | undefined): PersonEntry | null {
  let from = 0;
  while (from < tokens.length && DEVOTIONAL_FIRST.has(tokens[from] as string)) from++;
  return from > 0 && tokens.length - from >= 2 ? lookupPerson(tokens.slice(from), suffix, g, country) : null;
}

// Parsed names, per gazetteer: the pipeline parses each distinct mention once. Keyed by the name
// as given, then by its context among the few a name comes with: no key string is built per call
// (clustering a hundred thousand reports looks names up hundreds of thousands of times).
interface ParsedInContext {
  country: string | null;
  culture: string | null;
  parsed: ParsedName;
}
interface ParseCache {
  byName: Map<string, ParsedInContext[]>;
  size: number;
}
const parseCaches = new WeakMap<Gazetteer, ParseCache>();
const MAX_PARSED = 200_000;

/**
 * Parses a person's name as an outlet printed it.
 *
 * @example
 * parseName("Deputy Prime Minister cum Foreign Minister Bùi Thanh Sơn")
 * //=> { display: "Bùi Thanh Sơn", family: "bui", given: ["thanh", "son"], culture: "vi", key: "bui thanh son", … }
 * parseName("Toshimitsu Motegi").key //=> "motegi toshimitsu"
 * parseName("Mr. Maris").given //=> ["maris"]
 */
export function parseName(name: string, context: ParseNameContext = {}): ParsedName {
  if (typeof name !== "string") throw new TypeError(`parseName expects a string, got ${typeof name}`);
  const g = context.gazetteer ?? defaultGazetteer();
  let cache = parseCaches.get(g);
  if (!cache) parseCaches.set(g, (cache = { byName: new Map(), size: 0 }));
  const country = context.country ?? null;
  const contextCulture = context.culture ?? null;
  const known = cache.byName.get(name);
  if (known) {
    for (const k of known) if (k.country === country && k.culture === contextCulture) return k.parsed;
  }

  const { bare, titles, tokens, suffix } = nameParts(name, g);
  const person = lookupPerson(tokens, suffix, g, context.country) ?? lookupWithoutDevotionalName(tokens, suffix, g, context.country);
  let culture: string | null = context.culture ?? person?.culture ?? null;
  if (!culture && context.country) culture = CULTURE_OF_COUNTRY[context.country] ?? null;
  culture ??= guessCulture(tokens, bare);

  let familyFirst = culture !== null && FAMILY_FIRST.has(culture);
  let keyTokens = tokens;
  if (person?.family) {
    const fam = foldText(person.family);
    familyFirst = tokens[0] === fam;
    const canonical = foldText(person.name).split(" ").filter(Boolean);
    // The key is the gazetteer's canonical order whatever order the outlet used.
    if (tokens.length === canonical.length && [...tokens].sort().join(" ") === [...canonical].sort().join(" ")) keyTokens = canonical;
  } else if (culture === "ja" || culture === "ko") {
    // Japanese and Korean names are written both ways; without the gazetteer, keep the written order.
    familyFirst = culture === "ko";
  }
  if (tokens.length === 1) familyFirst = false;
  const family = tokens.length < 2 ? null : familyFirst ? (tokens[0] ?? null) : (tokens[tokens.length - 1] ?? null);
  const given = tokens.length < 2 ? tokens : familyFirst ? tokens.slice(1) : tokens.slice(0, -1);
  const parsed: ParsedName = {
    display: bare,
    tokens,
    family,
    given,
    culture,
    familyFirst,
    titles,
    suffix,
    personId: person?.id ?? null,
    country: person?.country ?? null,
    contextCountry: context.country ?? null,
    key: [...keyTokens, ...(suffix ? [suffix] : [])].join(" "),
    toned: tonedTokens(bare),
  };
  if (cache.size < MAX_PARSED) {
    const entry = { country, culture: contextCulture, parsed };
    if (known) known.push(entry);
    else cache.byName.set(name, [entry]);
    cache.size++;
  }
  return parsed;
}

/**
 * The identity key of a name: titles stripped, folded, family name first where the culture writes it so.
 *
 * @example
 * normalizeName("H.E. Prak Sokhonn") //=> "prak sokhonn"
 * normalizeName("Bui Thanh Son")     //=> "bui thanh son"
 */
export function normalizeName(name: string, context: ParseNameContext = {}): string {
  return parseName(name, context).key;
}

/** The folded short forms an outlet may use for this person after naming them in full. */
export function shortForms(parsed: ParsedName): string[] {
  // A Mongolian is called by the given name, which is not always in the same place.
  // (Its words, for a hyphenated one: `Oyun-Erdene` is written `Oyun-Erdene`, never `Erdene`.)
  if (parsed.culture === "mn") return mongolianReadings(parsed.tokens).slice(0, 1).flatMap((r) => (r.given.includes(" ") ? [] : [r.given]));
  return shortFormIndexes(parsed.culture, parsed.tokens.length, parsed.familyFirst)
    .map((i) => parsed.tokens[i])
    .filter((t): t is string => t !== undefined);
}

export interface NameComparison {
  same: boolean;
  /** 0..1: how strongly the spelling supports one identity. */
  score: number;
  why: string;
}

/** Edit distance where swapping two neighbouring letters counts as one edit (`Loscin`/`Locsin`). */
function editDistance(a: string, b: string): number {
  const d = levenshtein.get(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i] ? 1 : d;
}

/** How two tokens one edit apart differ; null when they are further apart. */
type Edit =
  | { kind: "transposition" | "doubling" }
  | { kind: "substitution"; from: string; to: string }
  | { kind: "insertion"; letter: string; before: string };

/** Classifies the single edit between two tokens (`Loscin`/`Locsin` a transposition, `Lamy`/`Lammy` a doubling). */
function singleEdit(a: string, b: string): Edit | null {
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
    const [i, j] = diff;
    if (diff.length === 1 && i !== undefined) return { kind: "substitution", from: a[i] ?? "", to: b[i] ?? "" };
    if (diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i]) return { kind: "transposition" };
    return null;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return null;
  let k = 0;
  while (k < short.length && long[k] === short[k]) k++;
  if (long.slice(k + 1) !== short.slice(k)) return null;
  const letter = long[k] ?? "";
  if (long[k - 1] === letter || long[k + 1] === letter) return { kind: "doubling" };
  return { kind: "insertion", letter, before: long[k - 1] ?? "" };
}

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/**
 * Whether a substitution keeps the kind of sound: vowel for vowel (`Manalo`/`Manolo`), consonant for
 * consonant (`Marsudi`/`Matsudi`), or the romanisation pair i/y (`Seiha`/`Seyha`); a vowel turned
 * into y or a consonant makes another name (`Pompeo`/`Pompey`).
 */
function sameSoundKind(from: string, to: string): boolean {
  if (from + to === "iy" || from + to === "yi") return true;
  if (from === "y" || to === "y") return false;
  return VOWELS.has(from) === VOWELS.has(to);
}

// Cultures whose family names come from a small closed stock (a few hundred in use), where a name one
// letter from a family name is usually another family name (Iwaya/Iwata, Kishi/Kishida): there only a
// typing slip counts as a misprint.
const CLOSED_FAMILY_STOCK = new Set(["zh", "ja", "ko", "vi", "km"]);

/**
 * Whether token `a` may be a misprint of token `b` in a name whose other tokens agree. Typing slips
 * (two letters swapped, a letter doubled or undoubled) count in words of 3+ letters; any other single
 * edit in words of 4+ letters (3 when at least two other names agree, `Aung Sang Suu Kyi`) that keeps
 * the kind of sound, but not in a family name from a closed stock; two edits in words of 8+ letters.
 */
function misprint(a: string, b: string, closedFamily: boolean, otherAgreeing: number): boolean {
  const n = Math.min(a.length, b.length);
  if (n < 3) return false;
  const edit = singleEdit(a, b);
  if (edit === null) return !closedFamily && n >= 8 && editDistance(a, b) <= 2;
  if (edit.kind === "transposition" || edit.kind === "doubling") return true;
  if (closedFamily || (n < 4 && otherAgreeing < 2)) return false;
  return edit.kind === "substitution" ? sameSoundKind(edit.from, edit.to) : true;
}

/**
 * Whether a titled short form (`Mr. Tebounne`) may be a misprint of a short form `form` of someone
 * the article names in full (`Tebboune`): a misprint as within a full name, in words of six letters
 * or more and never in a family name from a closed stock (where one letter makes another name).
 */
export function shortFormMisprint(token: string, form: string, culture: string | null): boolean {
  return token !== form && Math.min(token.length, form.length) >= 6 && !CLOSED_FAMILY_STOCK.has(culture ?? "") && misprint(token, form, false, 0);
}

/**
 * Whether an unaccented Vietnamese syllable is the syllable of a known person with a letter of a
 * consonant digraph dropped (`Than` for Thanh, `Tong` for Trọng, `Chin` for Chính): the usual
 * misprints of Vietnamese names in English-language text. Other one-letter differences between
 * Vietnamese syllables are other names (`Phú`/`Phúc`, `Hà`/`Hải`), and a name written with its
 * diacritics is taken as written.
 */
function vietnameseMisprint(x: ParsedName, y: ParsedName, tx: string, ty: string): boolean {
  const [known, other] = x.personId && !y.personId ? [x, y] : y.personId && !x.personId ? [y, x] : [null, null];
  if (!known || !other || other.toned !== null || known.country !== "VN") return false;
  const [full, typo] = known === x ? [tx, ty] : [ty, tx];
  const edit = full.length === typo.length + 1 ? singleEdit(full, typo) : null;
  return edit?.kind === "insertion" && VIETNAMESE_DIGRAPHS.has(edit.before + edit.letter);
}

// Vietnamese consonant digraphs whose second letter English-language text drops (`Than` for Thanh, `Tong` for Trọng).
const VIETNAMESE_DIGRAPHS = new Set(["ch", "gh", "kh", "ng", "nh", "ph", "th", "tr"]);

/** Whether token `i` is a family name from a closed stock in either reading of the pair. */
function closedFamilyAt(x: ParsedName, y: ParsedName, i: number): boolean {
  const family = (p: ParsedName) => p.family !== null && (p.familyFirst ? i === 0 : i === p.tokens.length - 1);
  return (family(x) && CLOSED_FAMILY_STOCK.has(x.culture ?? "")) || (family(y) && CLOSED_FAMILY_STOCK.has(y.culture ?? ""));
}

/** Whether nothing known about the two names sets them apart: their cultures and countries, where both are known, agree. */
function contextAgrees(x: ParsedName, y: ParsedName): boolean {
  if (x.culture !== null && y.culture !== null && x.culture !== y.culture) return false;
  const cx = x.country ?? x.contextCountry;
  const cy = y.country ?? y.contextCountry;
  return cx === null || cy === null || cx === cy;
}

/** The one-letter tokens between a name's first and last token (`George H. W. Bush` → h, w). */
function middleInitials(p: ParsedName): string {
  return p.tokens.slice(1, -1).filter((t) => t.length === 1).join("");
}

// Patronymic particles: what follows names a parent (`Mohammed bin Salman`: Mohammed, son of Salman).
const PATRONYMIC = new Set(["bin", "ibn", "bint", "binti", "ben", "ould"]);

/**
 * Whether `shorter` is the part of `longer` after a patronymic particle: the father or an earlier
 * ancestor (`Salman bin Abdulaziz Al Saud` in `Mohammed bin Salman bin Abdulaziz Al Saud`), who is
 * another person, not a short form.
 */
function namesAncestor(longer: ParsedName, shorter: ParsedName): boolean {
  const first = shorter.tokens[0];
  if (shorter.tokens.length < 2 || first === undefined || !/\b(?:bin|ibn|bint|binti|ben|ould)\b/i.test(longer.display)) return false;
  // The particles are not name tokens: they are read from the name as written.
  const words = foldText(longer.display).split(" ");
  // (`Abdullah bin Abdullah …` shortened is still himself: the given name decides first.)
  return words[0] !== first && words.some((w, i) => i > 0 && w === first && PATRONYMIC.has(words[i - 1] ?? ""));
}

/** Whether both names write middle initials and the initials differ: a distinction, not an omission. */
function middleInitialsDiffer(x: ParsedName, y: ParsedName): boolean {
  const a = middleInitials(x);
  const b = middleInitials(y);
  return a !== "" && b !== "" && a !== b;
}

/**
 * Two names of which one is Mongolian, compared as given name and father's name
 * (`Ukhnaagiin Khürelsükh` = `Khurelsukh Ukhnaa` = `U. Khurelsukh`): the same given name, and
 * fathers' names that agree (the same, or one the other's initial, or one left out). Null where
 * a name has no such reading (three plain words), left to the other rules.
 */
function sameMongolian(x: ParsedName, y: ParsedName): NameComparison | null {
  const rx = mongolianReadings(x.tokens);
  const ry = mongolianReadings(y.tokens);
  if (rx.length === 0 || ry.length === 0) return null;
  // A genitive drops a final vowel of the name (`Battulga` → `Battulgyn`, `Luvsannamsrai` → `Luvsannamsrain`).
  const sameStem = (f: string, g: string) => {
    const [short, long] = f.length <= g.length ? [f, g] : [g, f];
    return long.startsWith(short) && /^[aeiouy]{0,2}$/.test(long.slice(short.length));
  };
  const agree = (f: string | null, g: string | null) => f === null || g === null || (f.length === 1 && g.startsWith(f)) || (g.length === 1 && f.startsWith(g)) || (f.length > 1 && g.length > 1 && sameStem(f, g));
  for (const a of rx) for (const b of ry) {
    if (a.given !== b.given || !agree(a.father, b.father)) continue;
    if (a.father === null || b.father === null) return { same: true, score: 0.8, why: `"${a.given}" is the given name a Mongolian is called by` };
    return { same: true, score: 0.9, why: `the same Mongolian given name (${a.given}) and father's name, written another way` };
  }
  return { same: false, score: 0.2, why: "different Mongolian given or father's names" };
}

/**
 * The culture two names are compared under: the one they share, or the one that is known; for two
 * names no one has placed, Japanese when both are written in Hepburn syllables.
 */
function pairCulture(x: ParsedName, y: ParsedName): string | null {
  const cx = romanisationGroup(x.culture);
  const cy = romanisationGroup(y.culture);
  if (cx !== null && cy !== null) return cx === cy ? cx : null;
  if (cx === null && cy === null) return hepburn(x) && hepburn(y) ? "ja" : null;
  return cx ?? cy;
}

const hepburnCache = new WeakMap<ParsedName, boolean>();
function hepburn(p: ParsedName): boolean {
  let v = hepburnCache.get(p);
  if (v === undefined) hepburnCache.set(p, (v = looksHepburn(p.tokens)));
  return v;
}

// Tokens rewritten under a culture's romanisation rules, computed once per parsed name and culture.
const romanisedCache = new WeakMap<ParsedName, Map<string, string[]>>();
function romanised(p: ParsedName, culture: string): string[] {
  let byCulture = romanisedCache.get(p);
  if (!byCulture) romanisedCache.set(p, (byCulture = new Map()));
  let tokens = byCulture.get(culture);
  if (!tokens) byCulture.set(culture, (tokens = p.tokens.map((t) => romanisationKey(t, culture))));
  return tokens;
}

/**
 * A name's tokens rewritten under its own culture's romanisation rules, or null when the culture
 * has none: names that compare as one name in two romanisations share them.
 */
export function romanisedTokens(p: ParsedName): readonly string[] | null {
  const culture = romanisationGroup(p.culture);
  return culture !== null && hasRomanisation(culture) ? romanised(p, culture) : null;
}

/**
 * The name's tokens under each romanisation it may be written in: its culture's, or, for a name
 * of no known culture, each culture's that has rules. A name compares with one of known culture
 * under that culture's rules (`Mohamed VI` and `Mohammed VI`, an Arabic name), so either may be
 * the spelling to meet.
 */
export function romanisedSpellings(p: ParsedName): (readonly string[])[] {
  if (p.culture !== null) {
    const own = romanisedTokens(p);
    return own ? [own] : [];
  }
  return ROMANISED_CULTURES.map((c) => romanised(p, c));
}

/** Whether `part` is `whole` with some words left out, in the same order. */
function inOrder(part: readonly string[], whole: readonly string[]): boolean {
  let i = 0;
  for (const t of whole) if (t === part[i]) i++;
  return i === part.length;
}

/** Whether two tokens are the male and female forms of a Slavic family name (`Ivanov` / `Ivanova`), not a misprint. */
function genderedForms(x: ParsedName, y: ParsedName, tx: string, ty: string): boolean {
  if (x.culture !== "ru" && y.culture !== "ru") return false;
  return tx === `${ty}a` || ty === `${tx}a` || (tx.endsWith("sky") && ty === `${tx.slice(0, -1)}aya`) || (ty.endsWith("sky") && tx === `${ty.slice(0, -1)}aya`);
}

/** Whether two names are one name in two romanisations of their culture (`Moon Jae-in` / `Mun Jae-in`). */
function sameRomanised(x: ParsedName, y: ParsedName, culture: string | null): boolean {
  if (!hasRomanisation(culture) || culture === null) return false;
  const a = romanised(x, culture);
  const b = romanised(y, culture);
  if (a.join("") === b.join("")) return true;
  return a.length === b.length && [...a].sort().join(" ") === [...b].sort().join(" ");
}

/**
 * The two tokens of a misprint, when two names are one name in another romanisation but for a
 * misprint in one token (`Masoud Pezeshkiyan` / `Masud Pezeshkian`: `ou`/`u` is a romanisation
 * variant, `iy`/`i` a slip): every other token agrees once both are romanised. Null otherwise.
 */
function romanisedMisprint(x: ParsedName, y: ParsedName, culture: string | null): [string, string] | null {
  if (culture === null || !hasRomanisation(culture) || !contextAgrees(x, y)) return null;
  const a = romanised(x, culture);
  const b = romanised(y, culture);
  const diffs = a.flatMap((t, i) => (t === b[i] ? [] : [i]));
  if (diffs.length !== 1) return null;
  const i = diffs[0] as number;
  const [tx, ty] = [a[i] as string, b[i] as string];
  return misprint(tx, ty, closedFamilyAt(x, y, i), x.tokens.length - 1) ? [x.tokens[i] as string, y.tokens[i] as string] : null;
}

/**
 * Whether `v`, written with Vietnamese marks, renders the pinyin name `c` in Sino-Vietnamese readings
 * (`Hà Lập Phong` = He Lifeng). Neither may be a known Vietnamese official: their names are Vietnamese.
 */
function sinoVietnamese(v: ParsedName, c: ParsedName): boolean {
  if (v.toned === null || c.toned !== null || v.tokens.length < 2) return false;
  if (v.country === "VN" || c.country === "VN" || (c.culture !== null && c.culture !== "zh")) return false;
  let options = hanVietCache.get(v);
  if (options === undefined) hanVietCache.set(v, (options = pinyinOptions(v.toned)));
  return rendersPinyin(options, c.tokens);
}

// The pinyin each syllable of a name written with Vietnamese marks may render, once per parsed name.
const hanVietCache = new WeakMap<ParsedName, readonly (readonly string[])[] | null>();

/** Whether two names that fold alike differ in their Vietnamese letters or tones (`Hùng` ≠ `Hưng`), both being written with diacritics. */
function tonesDiffer(x: ParsedName, y: ParsedName): boolean {
  if (!x.toned || !y.toned) return false;
  return joinedForms(x).tonedSorted !== joinedForms(y).tonedSorted;
}

/** A parsed name's tokens joined in the ways comparison reads them. */
interface JoinedForms {
  /** Tokens as written, space-separated. */
  written: string;
  /** Tokens with no space (hyphenation differences vanish). */
  letters: string;
  /** Tokens in sorted order (name order differences vanish). */
  sorted: string;
  /** Toned tokens in sorted order; empty when the name carries no diacritics. */
  tonedSorted: string;
}

// Parsed names are shared by every mention of a name (parseName caches them) and compared with
// many others: their joined forms are worked out once per name, not once per comparison.
const joinedFormsOf = new WeakMap<ParsedName, JoinedForms>();

function joinedForms(x: ParsedName): JoinedForms {
  let forms = joinedFormsOf.get(x);
  if (!forms) {
    forms = {
      written: x.tokens.join(" "),
      letters: x.tokens.join(""),
      sorted: [...x.tokens].sort().join(" "),
      tonedSorted: x.toned ? [...x.toned].sort().join(" ") : "",
    };
    joinedFormsOf.set(x, forms);
  }
  return forms;
}

/**
 * Whether two names can be the same person, with a score and a reason a person can check.
 * Symmetric. Shared family names are weak evidence (`Nguyễn Phú Trọng` ≠ `Nguyễn Xuân Phúc`).
 *
 * @example
 * compareNames("Bùi Thanh Sơn", "Bui Thanh Son").same        //=> true
 * compareNames("Motegi Toshimitsu", "Toshimitsu Motegi").same //=> true
 * compareNames("Hun Sen", "Hun Manet").same                   //=> false
 * compareNames("Pham Minh Chinh", "Pham Binh Minh").same      //=> false
 */
export function compareNames(a: string, b: string, context: ParseNameContext = {}): NameComparison {
  if (typeof a !== "string" || typeof b !== "string") throw new TypeError("compareNames expects two strings");
  const pa = parseName(a, context);
  const pb = parseName(b, context);
  // Order the pair so the result never depends on argument order.
  const [x, y] = pa.key <= pb.key ? [pa, pb] : [pb, pa];
  return compareParsed(x, y);
}

/** Compares two parsed names; see {@link compareNames}. */
export function compareParsed(x: ParsedName, y: ParsedName): NameComparison {
  if (x.tokens.length === 0 || y.tokens.length === 0) return { same: false, score: 0, why: "a name is empty" };
  const fx = joinedForms(x);
  const fy = joinedForms(y);
  if (tonesDiffer(x, y) && fx.sorted === fy.sorted) {
    return { same: false, score: 0.4, why: "the same letters with different Vietnamese tones or vowels: different names" };
  }
  // The reference lookup already weighs suffixes (see lookupPerson): two known people decide by id.
  if (x.personId && y.personId) {
    return x.personId === y.personId
      ? { same: true, score: 1, why: `both are ${x.personId} in the reference data` }
      : { same: false, score: 0, why: `${x.personId} and ${y.personId} are different people in the reference data` };
  }
  // A one-word short form never carries the generation (`Marcos` for Ferdinand Marcos Jr.).
  const shortForm = (x.tokens.length === 1 && !x.suffix) || (y.tokens.length === 1 && !y.suffix);
  if (x.suffix !== y.suffix && !shortForm) {
    // `Marcos Jr.` vs `Marcos Sr.`, and `Trump Jr.` vs `Trump`: a generational suffix tells people apart.
    return { same: false, score: 0.2, why: `generations differ (${x.suffix ?? "none"} vs ${y.suffix ?? "none"})` };
  }
  if (fx.written === fy.written) return { same: true, score: 1, why: "same name once diacritics, case and titles are folded" };
  if (fx.letters === fy.letters) return { same: true, score: 0.97, why: "same letters, split differently (hyphenation)" };
  if (fx.sorted === fy.sorted) return { same: true, score: 0.95, why: "same names in another order (family/given order differs by outlet)" };

  const culture = pairCulture(x, y);
  if (x.culture === "mn" || y.culture === "mn") {
    const same = sameMongolian(x, y);
    if (same !== null) return same;
  }
  if (sameRomanised(x, y, culture)) return { same: true, score: 0.9, why: `the same name in another ${culture} romanisation` };

  if (sinoVietnamese(x, y) || sinoVietnamese(y, x)) {
    return { same: true, score: 0.85, why: "a Sino-Vietnamese rendering of the Chinese name, syllable by syllable" };
  }

  // A short form against a full name.
  const [short, full] = x.tokens.length === 1 ? [x, y] : y.tokens.length === 1 ? [y, x] : [null, null];
  if (short && full) {
    const token = short.tokens[0] ?? "";
    if (shortForms(full).includes(token)) return { same: true, score: 0.8, why: `"${token}" is the short form of ${full.display} by ${full.culture ?? "default"} convention` };
    if (culture !== null && hasRomanisation(culture)) {
      const spelled = romanised(short, culture)[0];
      const forms = shortFormIndexes(full.culture ?? culture, full.tokens.length, full.familyFirst).map((i) => romanised(full, culture)[i]);
      if (forms.includes(spelled)) return { same: true, score: 0.75, why: `"${token}" is the short form of ${full.display} in another ${culture} romanisation` };
    }
    if (full.tokens.includes(token)) return { same: false, score: 0.5, why: `"${token}" is part of ${full.display} but not the form that culture shortens to` };
    return { same: false, score: 0, why: "the short name is not part of the full name" };
  }

  if (x.tokens.length === y.tokens.length) {
    const diffs: number[] = [];
    x.tokens.forEach((t, i) => { if (t !== y.tokens[i]) diffs.push(i); });
    if (diffs.length === 1) {
      const i = diffs[0] ?? 0;
      const tx = x.tokens[i] ?? "";
      const ty = y.tokens[i] ?? "";
      if (tx.length === 1 || ty.length === 1) {
        if (tx[0] === ty[0]) return { same: true, score: 0.85, why: `initial "${tx.length === 1 ? tx : ty}." stands for "${tx.length === 1 ? ty : tx}"` };
      } else if (x.culture === "vi" || y.culture === "vi") {
        // Vietnamese syllables one letter apart are usually different names (Nghị/Nghĩa, Phú/Phúc).
        if (vietnameseMisprint(x, y, tx, ty)) return { same: true, score: 0.8, why: `"${tx}" and "${ty}" differ by a letter of a consonant digraph, a common misprint; every other name matches` };
      } else if (genderedForms(x, y, tx, ty)) {
        return { same: false, score: 0.3, why: `"${tx}" and "${ty}" are the male and female forms of one family name: different people` };
      } else if (contextAgrees(x, y) && misprint(tx, ty, closedFamilyAt(x, y, i), x.tokens.length - 1)) {
        return { same: true, score: 0.85, why: `"${tx}" and "${ty}" differ by a misprint; every other name matches` };
      }
      if (romanisedMisprint(x, y, culture)) return { same: true, score: 0.8, why: `"${tx}" and "${ty}" differ by a misprint in another ${culture} romanisation` };
      return { same: false, score: 0.3, why: `"${tx}" and "${ty}" are different names` };
    }
    const spelled = romanisedMisprint(x, y, culture);
    if (spelled) return { same: true, score: 0.8, why: `the same name in another ${culture} romanisation, but for a misprint ("${spelled[0]}" / "${spelled[1]}")` };
    return { same: false, score: 0.1, why: `${diffs.length} of ${x.tokens.length} names differ` };
  }

  // One name drops a middle name (`Maria Theresa Lazaro` / `Theresa Lazaro`), never for Vietnamese,
  // where the middle name often tells relatives apart.
  const [shorter, longer] = x.tokens.length < y.tokens.length ? [x, y] : [y, x];
  const isVi = shorter.culture === "vi" || longer.culture === "vi";
  if (middleInitialsDiffer(x, y)) return { same: false, score: 0.2, why: "middle initials differ (George W. Bush is not George H. W. Bush)" };
  if (namesAncestor(longer, shorter)) return { same: false, score: 0.2, why: `${shorter.display} is the ancestor ${longer.display} is named after ("bin" is "son of")` };
  if (!isVi && shorter.tokens.length >= 2 && shorter.tokens.every((t) => longer.tokens.includes(t))) {
    const sameEnds = shorter.tokens[shorter.tokens.length - 1] === longer.tokens[longer.tokens.length - 1];
    if (sameEnds) return { same: true, score: 0.8, why: `${longer.display} adds a middle name to ${shorter.display}` };
    // Spanish names often drop the mother's family name, which comes last (`Claudia Sheinbaum
    // Pardo`), as double-barrelled names drop their second part; not where the family name comes
    // first, where a last syllable more is another given name (`Wang Yi` / `Wang Yi Fan`).
    // The same holds of a formal name with more given and family names than the everyday one
    // (`Félix Antoine Tshisekedi Tshilombo` / `Félix Tshisekedi`): the shorter is the longer
    // with words left out, in order, from the same given name.
    // Not in Burmese names either, which have no family name (`Aung San` / `Aung San Suu Kyi`).
    const familyFirst = [shorter.culture, longer.culture].some((c) => c !== null && (FAMILY_FIRST.has(c) || c === "my"));
    if (!familyFirst && shorter.tokens[0] === longer.tokens[0] && inOrder(shorter.tokens, longer.tokens)) {
      const spanish = shorter.culture === "es" || longer.culture === "es";
      const oneMore = longer.tokens.length === shorter.tokens.length + 1 && shorter.tokens.every((t, i) => longer.tokens[i] === t);
      if (spanish && oneMore) return { same: true, score: 0.8, why: `${longer.display} adds the mother's family name, as Spanish names do, to ${shorter.display}` };
      return { same: true, score: 0.7, why: `${longer.display} is a fuller form of ${shorter.display}, with more given or family names` };
    }
  }
  return { same: false, score: 0.1, why: "different names" };
}
