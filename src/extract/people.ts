/**
 * People named in an article: each mention with the title in front of it, the country the
 * text gives, and, for short forms, the full name introduced earlier in the same article.
 */
import { foldText } from "../text/fold.js";
import type { Gazetteer } from "../text/gazetteer.js";
import { compareParsed, NAME_PARTICLES, parseName, shortFormMisprint, shortForms, type ParsedName } from "../text/names.js";
import { FAMILY_NAMES } from "../text/cultures.js";

export interface PersonMention {
  surface: string;
  span: [number, number];
  /** Title as written in front of or after the name. */
  title: string | null;
  country: string | null;
  /** Index into {@link ArticlePeople.people}, or -1 when unresolved. */
  person: number;
}

export interface Person {
  parsed: ParsedName;
  name: string;
  title: string | null;
  country: string | null;
  mentions: PersonMention[];
}

export interface ArticlePeople {
  people: Person[];
  mentions: PersonMention[];
}

// A capitalised token: letters, marks, apostrophes and hyphens; a dot only in known abbreviations
// (`Mr.`, `Ma.`, `Jr.`) and initials (`S.`, `H.E.`), so that a run never crosses a sentence end.
// (`el-Sisi`, `al-Sudani`: the Arabic article joined by a hyphen opens a capitalised name word.)
// (`U.Khurelsukh`: Mongolian outlets write the father's initial against the given name.)
const TOKEN = "(?:(?:Mr|Mrs|Ms|Dr|Ma|Jr|Sr|St|Prof|Gen|Hon|Sen|Rep|Mohd)\\.|\\p{Lu}\\.\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*|(?:\\p{Lu}\\.)+|(?:[ae]l-)?[\\p{Lu}][\\p{L}\\p{M}'’-]*)";
// Lower-case words that join capitalised ones into one run: title words (`Minister of Foreign
// Affairs`) and name particles (`Mohammed bin Salman`, `Lula da Silva`, `von der Leyen`).
const JOINERS = wordAlternation(["of", "and", "the", "for", "from", ...NAME_PARTICLES]);
/**
 * An alternation of words grouped by their first letters (`b(?:in(?:ti|t)?|te)|…`): tried after
 * every space in a run of names, a flat list of twenty words was a measurable share of extraction.
 */
function wordAlternation(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const w of new Set(words)) byFirst.set(w.charAt(0), [...(byFirst.get(w.charAt(0)) ?? []), w.slice(1)]);
  return [...byFirst]
    .map(([first, rests]) => {
      const tails = rests.filter((r) => r !== "");
      if (tails.length === 0) return first;
      const inner = wordAlternation(tails);
      const group = tails.length === 1 && tails[0]?.length === 1 ? inner : `(?:${inner})`;
      return `${first}${group}${rests.includes("") ? "?" : ""}`;
    })
    .join("|");
}
const RUN = new RegExp(`${TOKEN}(?:[^\\S\\n]+(?:(?:${JOINERS})[^\\S\\n]+)*${TOKEN})*`, "gu");

// Capitalised words that start sentences or name non-people; a name never consists of them.
const NOT_NAME = new Set([
  "the", "at", "in", "on", "during", "after", "before", "both", "two", "they", "he", "she", "his", "her", "it", "this", "that",
  "these", "those", "regarding", "meeting", "meetings", "talks", "for", "with", "as", "also", "while", "when", "and", "but",
  "to", "of", "by", "a", "an", "we", "i", "speaking", "according", "photo", "source", "welcoming", "agreeing", "appreciating",
  "acknowledging", "hailing", "applauding", "noting", "highlighting", "under", "through", "over", "within", "among", "between",
  "strategic", "comprehensive", "partnership", "joint", "commission", "statement", "declaration", "sea", "east", "west", "south",
  "north", "river", "summit", "forum", "community", "asean", "un", "unclos", "apec", "g20", "brics", "party", "government",
  "ministry", "mr", "ms", "mrs", "dr", "h", "e", "family", "earlier", "later", "meanwhile", "separately", "afterwards", "previously", "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "cooperation", "relations", "connects", "connections", "connectivity", "plan", "action", "strategy", "framework", "council",
  "congress", "committee", "office", "department", "socialist", "republic", "kingdom", "democratic", "federation", "union", "united", "states", "conference", "conferences", "ministerial", "dialogue", "retreat", "session", "plenary", "visit", "meeting", "summit", "post", "news", "agency", "vna", "vns", "xinhua", "reuters", "ap", "afp", "pna",
  "ita", "ntv", "in-depth", "overview", "deputy", "minister", "prime", "president", "foreign", "affairs", "national", "assembly",
  "secretary", "general", "state", "chairman", "politburo", "political", "bureau", "central", "communist", "people's",
  // Routes and works that projects name (`the India-Middle East-Europe Economic Corridor`).
  "corridor", "canal", "pipeline", "railway", "highway", "expressway",
  // Buildings and streets where meetings are held (`the National Palace`, `Parliament House`, `Aleje Ujazdowskie`).
  "staff", "desk", "palace", "mansion", "castle", "chateau", "monastery", "cathedral", "pavilion", "mausoleum", "house", "building", "buildings", "tower", "square", "avenue", "boulevard", "aleje", "centre", "center", "airport",
  "university", "hotel", "stadium", "museum", "station", "parliament", "chancellery", "embassy", "residence", "guesthouse",
  // Adverbs that open a sentence before a name (`Then Trump said …`), and bodies' names.
  "then", "now", "meanwhile", "however", "instead", "later", "still", "mission", "force", "forces",
  // Institutions and schemes (`the Reserve Bank of India`, `the UAE's Instant Payment Platform`).
  "bank", "institute", "fund", "corporation", "authority", "platform", "system", "programme", "program", "initiative", "scheme",
  "directorate", "secretariat", "presidency", "administration", "directorate-general", "commissariat",
  // Units and broadcasters a caption names (`the Royal Malay Regiment`, `BERNAMA Radio`), and the
  // meals and ceremonies of a title-case headline (`HM the King Offers Iftar`).
  "regiment", "battalion", "brigade", "army", "navy", "radio", "television", "iftar", "dinner", "banquet", "luncheon", "lunch", "breakfast", "reception", "ceremony",
  // `the Leader of the Islamic Revolution`, `the Revolutionary Guards`.
  "islamic", "revolution", "revolutionary", "guard", "guards",
  // Companies (`AEM Holdings`, `Tata Electronics`, `Singapore Airlines`).
  "holdings", "ltd", "limited", "inc", "corp", "plc", "llc", "industries", "technologies", "airlines", "airways", "semiconductor", "semiconductors", "electronics", "enterprises",
  // Places of worship (`Masjid Omar Ali Saifuddien`).
  "masjid", "mosque", "temple", "church", "pagoda",
]);
// Royal styles of several words that no person is named (`Sultan and Yang Di-Pertuan of Brunei Darussalam`).
const NOT_NAME_PHRASES = new Set(["yang di pertuan", "yang di pertuan agong", "yang dipertuan", "yang dipertuan agong"]);

const HONORIFIC_ONLY = /^(?:mr|ms|mrs|madam|dr|he|h e|his excellency|her excellency|samdech|dato|dato seri|datuk|tan sri|pak|ibu|khun)$/;

interface Candidate {
  surface: string;
  span: [number, number];
  title: string | null;
  country: string | null;
  parsed: ParsedName;
  evidence: boolean;
  /** The name holds or joins a meeting (see SUBJECT_OF_MEETING). */
  subject: boolean;
  /** Evidence came from being listed with a known person (see vouchByCoordination). */
  fromList?: boolean;
}

/**
 * Memoises a function of a string and the gazetteer it is read with: one cache per gazetteer,
 * bounded so that an endless stream of distinct strings cannot grow it without limit.
 */
function memoByGazetteer<T>(f: (key: string, g: Gazetteer) => T, limit: number): (key: string, g: Gazetteer) => T {
  const caches = new WeakMap<Gazetteer, Map<string, T>>();
  // Nearly every call is with the default gazetteer: its cache is kept at hand.
  let lastGazetteer: Gazetteer | null = null;
  let lastMemo = new Map<string, T>();
  return (key, g) => {
    if (g !== lastGazetteer) {
      let memo = caches.get(g);
      if (!memo) caches.set(g, (memo = new Map()));
      lastGazetteer = g;
      lastMemo = memo;
    }
    const memo = lastMemo;
    const cached = memo.get(key);
    if (cached !== undefined || memo.has(key)) return cached as T;
    const v = f(key, g);
    if (memo.size < limit) memo.set(key, v);
    return v;
  };
}

const countryNameWordsOf = new WeakMap<Gazetteer, Set<string>>();
const NON_ASCII_LETTER = /[^\x00-\x7f]/;

/** The words of the country names of several words (`new`, `zealand`, `sri`, `lanka`), folded. */
function countryNameWords(g: Gazetteer): Set<string> {
  let words = countryNameWordsOf.get(g);
  if (!words) {
    words = new Set(g.multiWordCountries.flatMap(([key]) => key.split(" ")));
    countryNameWordsOf.set(g, words);
  }
  return words;
}

/** A word's key for the reference data: folded, possessive `'s` dropped (`China's` → `china`). */
function wordKey(word: string): string {
  return foldText(word.replace(/['’]s$/u, ""));
}

const countryIn = memoByGazetteer(countryOf, 50_000);
const isTitleToken = memoByGazetteer(titleToken, 100_000);
const strongTitle = memoByGazetteer(hasStrongTitleWord, 50_000);

/**
 * The country a title names, reading left to right and taking the longest name at each word:
 * `Papua New Guinea Prime Minister` is Papua New Guinea, not Guinea.
 */
function countryOf(words: string, g: Gazetteer): string | null {
  const split = words.split(/\s+/);
  const keys = split.map(wordKey);
  // Names of several words are matched with their possessives kept (`Democratic People's Republic of Korea`).
  const folded = split.map((w) => foldText(w));
  for (let i = 0; i < keys.length; i++) {
    const long = longCountryAt(folded, i, g);
    if (long) return long.code;
    const k = keys[i] as string;
    const c = k ? (g.demonymByKey.get(k) ?? g.countryByKey.get(k)) : undefined;
    if (c) return c;
  }
  return null;
}

/** Country names of more than one word, by their first word, longest first. */
const longCountriesOf = new WeakMap<Gazetteer, Map<string, { words: string[]; code: string }[]>>();

/** The country name of more than one word that starts at word `i` of `keys` (folded words), if any. */
function longCountryAt(keys: readonly string[], i: number, g: Gazetteer): { code: string; length: number } | null {
  let byFirst = longCountriesOf.get(g);
  if (!byFirst) {
    byFirst = new Map();
    for (const [key, code] of g.multiWordCountries) {
      const words = key.split(" ");
      const list = byFirst.get(words[0] as string) ?? byFirst.set(words[0] as string, []).get(words[0] as string);
      list?.push({ words, code });
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    longCountriesOf.set(g, byFirst);
  }
  // A folded key can hold two words (`people s`); names are matched word by word.
  const flat = keys.slice(i, i + 6).join(" ").split(" ");
  for (const { words, code } of byFirst.get(flat[0] ?? "") ?? []) {
    if (words.every((w, j) => flat[j] === w)) return { code, length: words.length };
  }
  return null;
}

function titleToken(token: string, g: Gazetteer): boolean {
  // An initial (`Enrique A. Manalo`) is part of a name, even when it spells a word.
  if (/^(?:\p{Lu}\.)+$/u.test(token)) return false;
  const k = wordKey(token);
  // `UN` is a body; `Un` ends a Korean name (`Kim Jong Un`).
  if (k === "un") return token === "UN";
  // `President-elect`, `Prime Minister-designate`: the office to come is a title too.
  const office = /^(.+)-(?:elect|designate)$/i.exec(token)?.[1];
  if (office) return titleToken(office, g);
  if (hyphenatedTitle(k, g)) return true;
  return k === "" || g.titleWords.has(k) || g.honorifics.has(k) || g.demonymByKey.has(k) || g.countryByKey.has(k) || NOT_NAME.has(k) || (g.organisationByKey.has(k) && organisationWord(token, k));
}

/** `Vice-President`, `Foreign-Minister` (folded `vice president`): title words joined by a hyphen are a title. */
function hyphenatedTitle(key: string, g: Gazetteer): boolean {
  return key.includes(" ") && key.split(" ").every((part) => g.titleWords.has(part));
}

/**
 * Whether an appositive after a name opens with a title (`, the Yunnan Party Secretary`, `, Kenya's
 * foreign minister`), not with a word that opens a clause (`, as an invited guest`, `, while ministers …`).
 */
function appositiveTitleWord(token: string, g: Gazetteer): boolean {
  const k = wordKey(token);
  if (CLAUSE_OPENERS.has(k)) return false;
  return isTitleToken(token, g);
}

// (With the `and` and `or` of Portuguese, Spanish and French: `Donald Trump, e da Rússia, Vladimir Putin`.)
const CLAUSE_OPENERS = new Set(["as", "while", "when", "where", "who", "whom", "whose", "which", "that", "after", "before", "because", "although", "though", "if", "since", "until", "and", "but", "or", "e", "y", "et", "ou", "to", "in", "on", "at", "for", "with", "by", "from", "during", "it", "he", "she", "they", "we", "this", "these", "those"]);

/** A short organisation name counts only in capitals: `NAM` is the Non-Aligned Movement, `Nam` a given name. */
function organisationWord(token: string, key: string): boolean {
  return key.length >= 5 || /^[\p{Lu}\d&-]+$/u.test(token);
}

/** Three or four words after a Vietnamese family name: `tran xuan vinh`. */
function vietnameseShape(key: string): boolean {
  const tokens = key.split(" ");
  return tokens.length >= 3 && tokens.length <= 4 && FAMILY_NAMES.vi.has(tokens[0] ?? "");
}

/** A word that is an honorific and nothing else a title or a place could be. */
function onlyHonorific(token: string, g: Gazetteer): boolean {
  const k = wordKey(token);
  return g.honorifics.has(k) && !g.titleWords.has(k) && !g.demonymByKey.has(k) && !g.countryByKey.has(k) && !NOT_NAME.has(k) && !g.organisationByKey.has(k);
}

// Title words that also occur in names of bodies and events, or only qualify a title (`the New
// Era` is no person titled `New`); alone they do not make a person.
const WEAK_TITLE_WORDS = new Set(["new", "newly-appointed", "former", "acting", "outgoing", "incumbent", "and", "of", "the", "for", "his", "her", "international", "cooperation", "national", "assembly", "central", "government", "trade", "economy", "relations", "external", "top", "senior", "state", "party", "committee", "member", "political", "bureau", "communist", "congress", "standing", "permanent", "provincial", "people s", "peoples", "people's", "ministry", "official", "leader", "cabinet", "defence", "defense", "general", "affairs", "foreign", "counterparts", "executive", "head", "chief", "director", "crown", "business", "labour", "labor", "culture", "science", "technology", "investment", "digital", "communications", "information", "planning", "housing", "infrastructure", "fisheries", "mines", "mining", "petroleum", "youth", "sports", "immigration", "homeland"]);

function hasStrongTitleWord(title: string, g: Gazetteer): boolean {
  return title.split(/\s+/).some((w) => {
    const k = wordKey(w);
    return (g.titleWords.has(k) && !WEAK_TITLE_WORDS.has(k)) || g.honorifics.has(k) || k === "counterpart";
  });
}

/** Drops words before the title proper (`Trung and Cambodian Deputy …` → `Cambodian Deputy …`). */
function trimTitle(title: string, g: Gazetteer): string {
  const words = title.split(/\s+/).filter(Boolean);
  const keys = words.map(wordKey);
  const proper = (k: string, i: number) => /-(?:elect|designate)$/i.test(words[i] as string) || (g.titleWords.has(k) && !["and", "of", "the", "for"].includes(k)) || hyphenatedTitle(k, g) || g.honorifics.has(k) || g.demonymByKey.has(k) || g.countryByKey.has(k) || longCountryAt(keys, i, g) !== null;
  // A title-case headline runs a sentence into the title (`President Ruto Hosts His Majesty King`):
  // the title is what follows the last word that is neither a title word nor a joiner. Words
  // after `of` are what the office is of (`Secretary of the Yunnan Provincial Party Committee`).
  const firstOf = keys.indexOf("of");
  let from = 0;
  for (let i = keys.length - 1; i >= 0; i--) {
    const k = keys[i] as string;
    if ((firstOf < 0 || i < firstOf) && !proper(k, i) && !g.titleWords.has(k) && !/['’]s$/.test(words[i] as string) && !(i > 0 && longCountryAt(keys, i - 1, g) !== null)) {
      from = i + 1;
      break;
    }
  }
  const first = keys.findIndex((k, i) => i >= from && proper(k, i));
  return first < 0 ? "" : words.slice(first).join(" ");
}

interface Word {
  text: string;
  start: number;
}

const NON_SPACE = /\S+/g;

/**
 * The words of `text` (runs of non-space) and where each starts. (`matchAll` clones its pattern
 * on every call, and a clone is compiled again once a collection has emptied the engine's cache.)
 */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  NON_SPACE.lastIndex = 0;
  for (let m = NON_SPACE.exec(text); m; m = NON_SPACE.exec(text)) out.push({ text: m[0], start: m.index });
  return out;
}

/** Splits a run where `and` joins two names (`Trung and Cambodian Deputy Prime Minister … Prak Sokhonn`), not two titles. */
function splitAtNames(run: string, start: number, g: Gazetteer): { 0: string; index: number }[] {
  const out: { 0: string; index: number }[] = [];
  const words = wordsOf(run);
  let from = 0;
  for (let i = 1; i + 1 < words.length; i++) {
    const connector = words[i]?.text ?? "";
    const word = words[i - 1]?.text ?? "";
    // (`al-Sisi and …`: an article prefixed to a capitalised name is a name word.)
    if (!CONNECTORS.has(connector) || isTitleToken(word, g) || (/^[a-z]/.test(word) && !/^[ae]l-\p{Lu}/u.test(word))) continue;
    const prev = words[i - 1] as Word;
    const next = words[i + 1] as Word;
    out.push({ 0: run.slice(from, prev.start + word.length), index: start + from });
    from = next.start;
  }
  out.push({ 0: run.slice(from), index: start + from });
  return out;
}

const CONNECTORS = new Set(["and", "of", "from", "for"]);
// Honorifics that are also words of Arabic and Somali names (`Hassan Sheikh Mohamud`).
const HONORIFICS_IN_NAMES = new Set(["sheikh", "sheikha", "shaikh", "sheik"]);

const POSTNOMINAL_LETTERS = /(?:,?\s+(?:MP|M\.P\.|MLA|MEP|MNA|QC|KC|OBE|MBE|CBE|KBE|PhD|Ph\.D\.))+$/u;

/** Splits a capitalised run into its title part and its name part. */
function splitRun(run: string, runStart: number, g: Gazetteer): { title: string; name: string; nameStart: number } | null {
  const tokens = wordsOf(run);
  // A name particle between two name words is part of the name (`Crown Prince Mohammed bin Salman`).
  const inName = (i: number): boolean => {
    if (!NAME_PARTICLES.has(tokens[i]?.text ?? "") || i === 0) return false;
    const previous = tokens[i - 1]?.text ?? "";
    return NAME_PARTICLES.has(previous) ? inName(i - 1) : /^\p{Lu}/u.test(previous) && !isTitleToken(previous, g);
  };
  // A country's name before a family name, after a title or opening the run, is a given name
  // (`Kenya Barris`, `Georgia Meloni` at the start of a run); `President of Kenya William Ruto` and `Kenya
  // President Ruto` keep it in the title.
  const givenCountryName = (i: number): boolean => {
    const k = wordKey(tokens[i]?.text ?? "");
    if (!g.countryByKey.has(k) || g.demonymByKey.has(k) || g.titleWords.has(k)) return false;
    const next = tokens[i + 1]?.text ?? "";
    const previous = tokens[i - 1]?.text;
    // Only as the given name before a one-word family name: `the Philippines Maria Theresa Lazaro`
    // names a country, then a person.
    return i === tokens.length - 2 && /^\p{Lu}/u.test(next) && !isTitleToken(next, g) && (previous === undefined || (isTitleToken(previous, g) && !/^(?:of|the|for|and)$/i.test(previous)));
  };
  // An honorific after a word of the name, and before more of it, is part of the name
  // (`President Hassan Sheikh Mohamud`).
  const honorificInName = (i: number): boolean => {
    const previous = tokens[i - 1]?.text ?? "";
    return i > 0 && i < tokens.length - 1 && HONORIFICS_IN_NAMES.has(wordKey(tokens[i]?.text ?? "")) && /^\p{Lu}/u.test(previous) && !isTitleToken(previous, g);
  };
  // A word of a country's name of several words is the title's (`Prime Minister of New Zealand
  // Christopher Luxon`, `The President of South Africa`), though `Zealand` alone is no title word.
  let keys: string[] | undefined;
  const inCountryName = (i: number): boolean => {
    // (Most words are in no such name: told by the word in lower case, or folded when it has a
    // letter outside ASCII, before any key is made.)
    const word = tokens[i]?.text ?? "";
    const words = countryNameWords(g);
    if (!words.has(word.toLowerCase()) && !(NON_ASCII_LETTER.test(word) && words.has(wordKey(word)))) return false;
    keys ??= tokens.map((t) => wordKey(t.text));
    for (let from = Math.max(0, i - 3); from <= i; from++) {
      const country = longCountryAt(keys, from, g);
      if (country !== null && from + country.length > i) return true;
    }
    return false;
  };
  const titleAt = (end: number): number => {
    // A possessive before the name owns it, and is not part of it (`Nato's Jens Stoltenberg`).
    for (let i = end - 1; i >= 0; i--) if ((/^[a-z]/.test(tokens[i]?.text ?? "") && !inName(i) && !/^[ae]l-\p{Lu}/u.test(tokens[i]?.text ?? "")) || (isTitleToken(tokens[i]?.text ?? "", g) && !givenCountryName(i) && !honorificInName(i)) || (i < tokens.length - 1 && /['’]s$/.test(tokens[i]?.text ?? "")) || (i > 0 && inCountryName(i))) return i;
    return -1;
  };
  let cut = titleAt(tokens.length);
  // An honorific comes before a name, never last: a run ending in one ends in a name that folds
  // like it (Vietnamese `Tuấn` and the Malay `Tuan`, Burmese `Tun` and the Malay `Tun`).
  if (cut === tokens.length - 1 && onlyHonorific(tokens[cut]?.text ?? "", g)) cut = titleAt(cut);
  // A title never ends in `to` (`Ambassador to China`): a capitalised `To`/`Tô` before the name
  // is the Vietnamese family name (`State President Tô Lâm`).
  if (cut >= 0 && cut < tokens.length - 1 && /^\p{Lu}/u.test(tokens[cut]?.text ?? "") && wordKey(tokens[cut]?.text ?? "") === "to") cut = titleAt(cut);
  const nameTokens = tokens.slice(cut + 1);
  // Five name words at most, particles aside (`Mohammed bin Salman bin Abdulaziz Al Saud`).
  if (nameTokens.length === 0 || nameTokens.filter((t) => !NAME_PARTICLES.has(t.text)).length > 5) return null;
  const first = nameTokens[0];
  if (!first) return null;
  const title = run.slice(0, first.start).trim();
  let name = run.slice(first.start);
  // Post-nominal letters are not part of the name (`Anthony Albanese MP`).
  name = name.replace(POSTNOMINAL_LETTERS, "");
  // Trailing dots and commas are punctuation, unless the name ends with an initial (`Marcos Jr.`).
  if (!/\b\p{Lu}\.$/u.test(run)) while (name.endsWith(".") || name.endsWith(",")) name = name.slice(0, -1);
  return { title, name, nameStart: runStart + first.start };
}

/**
 * What a capitalised run says without its context: the names in it, each with the title in front
 * of it. Runs recur across articles (`Chinese Foreign Minister Wang Yi`, `Thai Foreign Minister Maris`),
 * so this is computed once per distinct run.
 */
interface RunName {
  /** Offset in the run of the title-and-name segment the name ends. */
  segment: number;
  /** Offset of the name in the run. */
  at: number;
  name: string;
  /** The title in front of the name within the run, trimmed to the title proper. */
  title: string | null;
  /** What the title says, read once per run rather than once per mention: the country it names, */
  titleCountry: string | null;
  /** and whether it has a strong title word (see hasStrongTitleWord). */
  strongTitle: boolean;
  /** The name parsed with the country of its last mention (see parsedName). */
  parsed: { country: string | null; name: ParsedName } | null;
}

const namesInRun = memoByGazetteer(readRun, 100_000);

function readRun(run: string, g: Gazetteer): RunName[] {
  const out: RunName[] = [];
  for (const m of splitAtNames(run, 0, g)) {
    const split = splitRun(m[0], m.index, g);
    if (!split) continue;
    let name = split.name.replace(/['’]s$/u, "");
    // Trailing sentence dot: `… met Prak Sokhonn.`
    if (/\.$/.test(name) && !/(?:^|\s)\p{Lu}\p{Ll}?\.$/u.test(name)) name = name.slice(0, -1);
    const key = foldText(name);
    if (!key || key.split(" ").every((t) => NOT_NAME.has(t)) || NOT_NAME_PHRASES.has(key)) continue;
    const whole = foldText(m[0]);
    if (g.countryByKey.has(whole) || g.placesByKey.has(whole) || g.organisationByKey.has(whole)) continue;
    // Acronyms (`PDR`, `AZEC`, `JST`) are not names.
    if (/^\p{Lu}{2,5}$/u.test(name) && !g.peopleByKey.has(key)) continue;
    const lastTitleWord = split.title.split(/\s+/).at(-1) ?? "";
    if (lastTitleWord && g.placesByKey.has(foldText(`${lastTitleWord} ${name.split(/[\s-]+/)[0] ?? ""}`))) continue;
    // A place inside a name makes it a place name (`Lao Cai Province`), unless the name has the
    // shape of a Vietnamese full name, whose given names are often place names (`Trần Xuân Vinh`),
    // or the place is also a common given name (`Santiago Peña`).
    if (!vietnameseShape(key) && name.split(/[\s-]+/).some((part) => part.length > 3 && (g.placesByKey.get(foldText(part)) ?? []).some((p) => !p.givenName))) continue;
    // (A titled given name that spells a place is the person's: `Queen Sofia`.)
    const place = g.placesByKey.get(key);
    if ((place !== undefined && !(split.title !== "" && place.every((p) => p.givenName))) || g.countryByKey.has(key) || g.organisationByKey.has(key) || g.seriesByKey.has(key) || g.namedThingByKey.has(key)) continue;
    if (key.split(" ").some((t) => NOT_NAME.has(t) && t.length > 2)) continue;
    const title = trimTitle(split.title, g) || null;
    out.push({ segment: m.index, at: split.nameStart, name, title, titleCountry: title ? countryIn(title, g) : null, strongTitle: title ? strongTitle(title, g) : false, parsed: null });
  }
  return out;
}

// Where the search for a run may start: an ASCII capital or any character outside ASCII.
const RUN_START = /[A-Z\u0080-\uffff]/g;

/**
 * The next capitalised run at or after `from`. Every run starts with a capital letter, so the
 * lower-case ASCII text between runs, most of any article, is skipped before the pattern runs
 * (by a one-class pattern: faster than a loop over the characters).
 */
function nextRun(text: string, from: number): RegExpExecArray | null {
  RUN_START.lastIndex = from;
  if (!RUN_START.test(text)) return null;
  RUN.lastIndex = RUN_START.lastIndex - 1;
  return RUN.exec(text);
}

/** Whether `text` ends with a possessive `'s` (spacing after it aside): checked before the pattern that reads the word. */
function endsPossessive(text: string): boolean {
  // trimEnd drops exactly what \s matches (white space and line terminators).
  const trimmed = text.trimEnd();
  return trimmed.endsWith("'s") || trimmed.endsWith("’s");
}

// Words after which a capitalised pair is someone being met or quoted (`met Wang Yi`, `said Le Hoai Trung`),
// and their Portuguese, Spanish and French kin (`com`/`con`/`avec`, `e`/`y`/`et`, `por`/`pelo`/`par`).
const LINK_WORDS = new Set(["met", "meets", "with", "and", "by", "counterpart", "received", "hosted", "told", "said", "between", "com", "con", "avec", "e", "y", "et", "por", "pelo", "pela", "par"]);

/**
 * Whether `before` ends with one of the link words and then spacing: what
 * `/\b(?:met|…|said)\s+$/` tests, without trying the pattern at every position of the text.
 */
export function afterLinkWord(before: string): boolean {
  // trimEnd drops exactly what \s matches (white space and line terminators).
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  // The word is the whole run of word characters (\w) before the spacing: a \b cannot fall inside it.
  let start = trimmed.length;
  while (start > 0 && isWordCode(trimmed.charCodeAt(start - 1))) start--;
  return LINK_WORDS.has(trimmed.slice(start));
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

const ELIDED_DE = /(?:^|[^\p{L}])d['’]$/u;
const LATE_FATHER = /\s+ibni\s+(?:Al-Marhum|Almarhum)\b/;
const LATE_BEFORE = /(?:\b(?:Al-Marhum|Almarhum|Marhum)(?:\s+[\p{Lu}][\p{L}'’-]*)*\s*['’]?|\bthe\s+late\s+)$/u;

/** LATE_BEFORE on the 60 characters before `at`, tried only where its words are. */
function lateBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  return (before.includes("arhum") || before.includes("late")) && LATE_BEFORE.test(before);
}

/** Every person named in the masked article text, resolved within the article. */
export function findPeople(masked: string, g: Gazetteer): ArticlePeople {
  const candidates: Candidate[] = [];
  for (let whole = nextRun(masked, 0); whole; whole = nextRun(masked, RUN.lastIndex)) {
    // A run after an elided `de` (`Côte d'Ivoire`, `Val d'Isère`) ends a place's name, or a name it does not start.
    if (ELIDED_DE.test(masked.slice(Math.max(0, whole.index - 3), whole.index))) continue;
    // The late father a royal name ends with (`… ibni Al-Marhum Sultan Haji Omar 'Ali Saifuddien`), or
    // anyone `the late`, takes part in no meeting.
    if (lateBefore(masked, whole.index)) continue;
    // (`Hassanal Bolkiah Mu'izzaddin Waddaulah ibni Al-Marhum Sultan Haji Omar`: the name ends where
    // the late father's begins.)
    const late = whole[0].includes("ibni") ? LATE_FATHER.exec(whole[0]) : null;
    for (const piece of namesInRun(late ? whole[0].slice(0, late.index) : whole[0], g)) {
      const { name } = piece;
      const nameStart = whole.index + piece.at;
      const segmentStart = whole.index + piece.segment;
      const before = masked.slice(Math.max(0, segmentStart - 60), segmentStart);
      const after = masked.slice(nameStart + name.length, nameStart + name.length + 160);
      const counterpart = before.includes("counterpart") ? /\b(?:his|her|their)\s+([\p{Lu}][\p{L}]+)\s+counterparts?(?:\s*,)?\s*$/u.exec(before) : null;
      const appositive = after.charCodeAt(0) === COMMA ? APPOSITIVE.exec(after) : null;
      // `, the Yunnan Party Secretary` is a title; `, Mr Modi said …` is someone else speaking.
      const appositiveHead = appositive?.[1]?.split(/\s+/).find((w) => !/^(?:also|the)$/.test(w)) ?? "";
      // (Not a clause of its own: `the Atlantic, Taoiseach Leo Varadkar said after …`.)
      const appositiveTitle = appositive?.[1] && appositiveTitleWord(appositiveHead, g) && !HONORIFIC_ONLY.test(foldText(appositiveHead)) && !CLAUSE_IN_APPOSITIVE.test(appositive[1]) ? appositive[1].trim() : null;
      let title = piece.title;
      const counterpartTitle = counterpart?.[0].trimEnd().replace(/,$/, "").trimEnd();
      if (counterpartTitle) title = title ? `${counterpartTitle} ${title}` : counterpartTitle;
      if (!title && appositiveTitle) title = appositiveTitle;
      // (The fold last: most names have no appositive title.)
      if (title && appositiveTitle && HONORIFIC_ONLY.test(foldText(title))) title = `${title} ${appositiveTitle}`;
      // (A title as the run wrote it was read with the run.)
      const ownTitle = title === piece.title;
      const country = (title ? (ownTitle ? piece.titleCountry : countryIn(title, g)) : null) ?? countryIn(endsPossessive(before) ? (/([\p{Lu}][\p{L}]+)['’]s\s*$/u.exec(before)?.[0] ?? "") : "", g);
      const parsed = parsedName(piece, country, g);
      if (parsed.tokens.length === 0) continue;
      const subject = SUBJECT_OF_MEETING.test(after);
      const evidence = (title !== null && (ownTitle ? piece.strongTitle : strongTitle(title, g))) || parsed.personId !== null || appositiveTitle !== null || (parsed.tokens.length >= 2 && (afterLinkWord(before) || subject || officeBefore(before) || SPEAKER.test(after) || PHOTO_POSITION.test(after) || participantBefore(before)));
      candidates.push({ surface: name, span: [nameStart, nameStart + name.length], title, country, parsed, evidence, subject });
    }
  }
  vouchByCoordination(candidates, masked);
  vouchByShortForms(candidates);
  return resolve(candidates);
}

const COMMA = 44;
// A clause of its own after a comma is no title: speech (`…, Taoiseach Leo Varadkar said`) or a
// verb with its auxiliary (`Earlier, Sheikh Tamim was given a ceremonial welcome`).
const CLAUSE_IN_APPOSITIVE = /\b(?:said|says|told|added|noted|stressed|announced|was|were|is|are|has|have|had|will|would)\b/;
// An appositive after a name (`, the Yunnan Party Secretary,`): it opens with a comma, which is checked first.
const APPOSITIVE = /^,\s*((?:also\s+)?(?:the\s+)?[\p{L}'’ -]{3,150}?)(?=,|\.|;|$| on | in | at | during | while )/u;

/**
 * parseName of a name found in a run, with the country its mention gives. A run's names are
 * read with one country nearly every time: the last parse is kept with the name, which spares
 * looking it up in parseName's cache.
 */
function parsedName(piece: RunName, country: string | null, g: Gazetteer): ParsedName {
  const last = piece.parsed;
  if (last !== null && last.country === country) return last.name;
  const name = parseName(piece.name, { country, gazetteer: g });
  piece.parsed = { country, name };
  return name;
}

// A name that holds or joins a meeting (`Annalena Baerbock sat down with …`, `Lula da Silva and
// Volodymyr Zelenskyy have held …`) names a person, title or not.
// An office written in lower case before a name (`Germany's top diplomat Annalena Baerbock`,
// `Commission chief Ursula von der Leyen`).
// The office may stand before a comma (`the alliance's secretary general, Jens Stoltenberg`).
// (And the same offices in Portuguese, Spanish and French: `el presidente Luis Lacalle Pou`.)
// (The French, Spanish and Portuguese offices may take their nationality after them: `le président
// azerbaïdjanais Ilham Aliev`, `el presidente argentino Javier Milei`.)
const OFFICE_BEFORE = /\b(?:top diplomat|foreign minister|prime minister|president|chancellor|premier|secretary of state|secretary[- ]general|(?:foreign )?policy chief|(?:\p{Lu}[\p{L}]+|defence|defense|trade|army|party|spy) chief|crown prince|king|billionaire|businessman|businesswoman|entrepreneur|tycoon|magnate|industrialist|chief executive|ceo|founder|(?:president[ae]|présidente?|primer ministro|primeiro-ministro|premier ministre|canciller|chanceler|chancelière?|ministr[oa]|ministre|rey|rei|roi)(?:\s+\p{Ll}[\p{L}-]+)?)\s*,?\s+$/u;
// Each office above ends with one of these: the pattern runs only where one is written.
/** Lower-case words that describe business people met as leaders are (`tech billionaire Elon Musk`). */
export const BUSINESS_DESCRIPTORS = ["tech", "billionaire", "businessman", "businesswoman", "entrepreneur", "tycoon", "magnate", "industrialist", "investor", "executive", "ceo", "founder", "mogul"];
const OFFICE_ENDS = ["diplomat", "minister", "president", "chancellor", "premier", "state", "general", "chief", "prince", "king", "billionaire", "businessman", "businesswoman", "entrepreneur", "tycoon", "magnate", "industrialist", "executive", "ceo", "founder", "presidente", "presidenta", "présiden", "ministr", "canciller", "chancel", "rey", "rei", "roi"];
// (And in Portuguese, Spanish and French, where the subject's appositive title often comes first:
// `O Presidente da República, João Lourenço, recebeu …`.)
const SUBJECT_OF_MEETING = /^(?:\s+(?:and\s+[\p{Lu}][^,.;:]{0,60}?\s+)?(?:has\s+|have\s+|had\s+|also\s+)?(?:met|meets|held|holds|hosted|received|sat down|spoke|talked|conferred)\b|,?\s+(?:recebeu|reuniu-se|se\s+reuniu|encontrou-se|recibió|se\s+reunió|a\s+reçu|a\s+rencontré|s['’]est\s+(?:entretenue?|réunie?))(?![\p{L}]))/u;

// A photo's position marker after a full name (`Ali Shamkhani (L)`, `(2nd R)`, `(centre)`): someone pictured.
const PHOTO_POSITION = /^\s*\((?:\d(?:st|nd|rd|th)\s+(?:from\s+)?)?(?:[LRC]|left|right|cent(?:re|er)|front|back)\)/i;

// `with the participation of His Excellency X`, `in the presence of X`: someone taking part.
const PARTICIPANT_BEFORE = /\b(?:participation|presence)\s+of\s+(?:(?:His|Her)\s+(?:Excellency|Highness)\s+)?$/;

/** PARTICIPANT_BEFORE on the 60 characters before a name, run only where one of its nouns is written. */
function participantBefore(before: string): boolean {
  const end = before.slice(-60);
  return (end.includes("participation") || end.includes("presence")) && PARTICIPANT_BEFORE.test(end);
}

// A full name that says something (`Josep Borrell announced the outcome`) is someone's.
const SPEAKER = /^\s+(?:said|says|told|announced|stressed|added|noted|declared)\b/;

/** Whether an office in lower case ends just before the name (see OFFICE_BEFORE). */
function officeBefore(before: string): boolean {
  const end = before.slice(-40);
  return OFFICE_ENDS.some((w) => end.includes(w)) && OFFICE_BEFORE.test(end);
}

// Only `and` between two names: `Abdelmadjid Tebboune and Emmanuel Macron picked up the phone`.
const COORDINATION = /^\s*(?:and|&)\s*$/;

/**
 * A full name joined by `and` to someone the reference data knows is a person's too
 * (`Abdelmadjid Tebboune and Emmanuel Macron picked up the phone`), along a list of such names.
 */
function vouchByCoordination(candidates: Candidate[], masked: string): void {
  const joined = (a: Candidate, b: Candidate) => {
    const between = masked.slice(a.span[1], b.span[0]);
    return between.length <= 7 && /\S/.test(between) && COORDINATION.test(between);
  };
  // Each step passes evidence one name along a list; from a known person (not only evidenced).
  const sure = (c: Candidate) => c.parsed.personId !== null || c.fromList === true;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i] as Candidate;
      if (c.evidence || c.parsed.tokens.length < 2) continue;
      const prev = candidates[i - 1];
      const next = candidates[i + 1];
      if ((prev !== undefined && sure(prev) && joined(prev, c)) || (next !== undefined && sure(next) && joined(c, next))) {
        c.evidence = true;
        c.fromList = true;
        changed = true;
      }
    }
  }
}

/**
 * A full name without a title is a person's when the article calls someone by one of its words
 * with an honorific or a title, or as the one who met someone (`Annalena Baerbock …`, then
 * `Ms Baerbock` or `Baerbock met …`), or writes the same full name elsewhere with such evidence.
 */
function vouchByShortForms(candidates: Candidate[]): void {
  // A full name the article vouches for once is a name wherever it is written.
  const named = new Set<string>();
  for (const c of candidates) if (c.evidence && c.parsed.tokens.length >= 2) named.add(c.parsed.key);
  for (const c of candidates) if (!c.evidence && named.has(c.parsed.key)) c.evidence = true;
  const vouched = new Set<string>();
  for (const c of candidates) if (c.parsed.tokens.length === 1 && (c.title !== null || c.subject)) vouched.add(c.parsed.tokens[0] as string);
  if (vouched.size === 0) return;
  // `a Lee-Trump summit`, `the Xi-Biden talks`: two people's names joined by a hyphen name their
  // pairing, not a person (and would make each one's short form ambiguous). The words of the
  // names vouched for are gathered only when such a pairing is written, and from the evidence as
  // it stands before this loop: what the loop finds is set after it.
  let nameTokens: Set<string> | null = null;
  const known = (t: string) => {
    nameTokens ??= new Set(candidates.filter((c) => c.evidence && !isPairing(c.surface)).flatMap((c) => c.parsed.tokens));
    return vouched.has(t) || nameTokens.has(t);
  };
  const found: Candidate[] = [];
  for (const c of candidates) {
    if (c.evidence || c.parsed.tokens.length < 2) continue;
    if (isPairing(c.surface) && c.surface.split("-").every((part) => known(foldText(part)))) continue;
    const { tokens } = c.parsed;
    if (vouched.has(tokens[0] as string) || vouched.has(tokens[tokens.length - 1] as string)) found.push(c);
  }
  for (const c of found) c.evidence = true;
}

// One capitalised word, a hyphen, another (`Lee-Trump`).
const PAIRING = /^\p{Lu}[\p{L}'’]+-\p{Lu}[\p{L}'’]+$/u;

/** PAIRING, run only on a surface with a hyphen. */
function isPairing(surface: string): boolean {
  return surface.includes("-") && PAIRING.test(surface);
}

// Parsed names are shared (parseName caches them), and so are their lookup keys.
const lookupKeysOf = new WeakMap<ParsedName, readonly string[]>();

/** The name's tokens, its exact key (`#`) and its reference-data id (`@`). */
function lookupKeys(parsed: ParsedName): readonly string[] {
  let keys = lookupKeysOf.get(parsed);
  if (!keys) lookupKeysOf.set(parsed, (keys = [...parsed.tokens, `#${parsed.key}`, ...(parsed.personId ? [`@${parsed.personId}`] : [])]));
  return keys;
}

// Words of a title that say nothing of the office.
const TITLE_FILLER = new Set(["mr", "mrs", "ms", "madam", "dr", "the", "of", "his", "her", "h", "e", "he", "excellency"]);

/** Whether every word of a short form's title (`President`) is a word of a person's title (`President of the Argentine Republic`). */
function titleFits(shortTitle: string, title: string | null): boolean {
  if (!title) return false;
  const words = new Set(foldText(title).split(" "));
  const wanted = foldText(shortTitle).split(" ").filter((w) => w && !TITLE_FILLER.has(w));
  return wanted.length > 0 && wanted.every((w) => words.has(w));
}

/** Groups full-name mentions into people and resolves short forms by each culture's convention. */
function resolve(candidates: Candidate[]): ArticlePeople {
  const people: Person[] = [];
  const mentions: PersonMention[] = [];
  // Candidates are compared only with people sharing a name token: linear in practice however
  // many names an article holds.
  const byKey = new PeopleByKey();
  const near: number[] = [];
  // Each person's full names spelled otherwise than the first (`Pushpa Kamal Dhal`, then `Pushpa
  // Kamal Dahal`), whose short forms name them too (`PM Dahal`).
  const spellings = new Map<number, ParsedName[]>();
  for (const c of candidates) {
    if (c.parsed.tokens.length < 2 || !c.evidence) continue;
    // Within one article, a misprint or an extra honorific word still names the same person.
    const keys = lookupKeys(c.parsed);
    let idx = -1;
    for (const i of byKey.near(keys, near)) {
      if (compareParsed((people[i] as Person).parsed, c.parsed).same) {
        idx = i;
        break;
      }
    }
    if (idx < 0) {
      people.push({ parsed: c.parsed, name: c.parsed.display, title: c.title, country: c.country, mentions: [] });
      idx = people.length - 1;
      byKey.add(keys);
    } else if (c.parsed.key !== (people[idx] as Person).parsed.key) {
      const list = spellings.get(idx);
      if (!list) spellings.set(idx, [c.parsed]);
      else if (!list.some((p) => p.key === c.parsed.key)) list.push(c.parsed);
    }
    const p = people[idx] as Person;
    p.title ??= c.title;
    p.country ??= c.country;
    const mention: PersonMention = { surface: c.surface, span: c.span, title: c.title, country: c.country, person: idx };
    p.mentions.push(mention);
    mentions.push(mention);
  }
  // Candidates come in the order of the text, and so do the mentions of full names, then those of short forms.
  const fullMentions = mentions.length;
  for (const p of people) {
    // Failing the text, the reference data; failing that, a Vietnamese name is Vietnam's.
    p.country ??= p.parsed.country ?? (p.parsed.culture === "vi" ? "VN" : null);
  }
  // Short forms by the culture's convention; failing that, a unique first or last name (not Vietnamese).
  const shortNames = new ShortNames(people, spellings);
  const lone = new Map<string, number>();
  for (const c of candidates) {
    if (c.parsed.tokens.length >= 2) continue;
    const token = c.parsed.tokens[0] ?? "";
    // A short form the reference data knows (`Lula`, `MBS`) names its person; otherwise short
    // forms by the culture's convention; failing that, a unique first or last name.
    // (Lists of the indexes of people, read and never changed.)
    const id = c.parsed.personId;
    let matches: readonly number[] = id ? peopleWithId(people, id) : NO_ONE;
    if (matches.length === 0) matches = shortNames.byConvention(token);
    if (matches.length === 0) matches = shortNames.byFirstOrLast(token);
    if (matches.length === 0 && c.title) matches = shortNames.byMisprint(token);
    // A short form the reference data knows is never someone the reference data knows as another
    // (`King Abdullah II` beside `Crown Prince Al Hussein bin Abdullah II`, his son).
    if (id && matches.length > 0) matches = matches.filter((i) => ((people[i] as Person).parsed.personId ?? id) === id);
    // Two people of one name (`President Milei` and his sister Karina Milei, Secretary General of
    // the Presidency): the title the short form carries names the one whose title it is.
    if (matches.length > 1 && c.title) {
      const titled = matches.filter((i) => titleFits(c.title as string, (people[i] as Person).title));
      if (titled.length === 1) matches = titled;
    }
    // Untitled, the one of them named in full before it (`Milei went on to talks …`, paragraphs
    // before `the president's sister, Karina Milei`): a short form refers back.
    // (A person's first mention is their first full name: those are listed first, in text order.)
    if (matches.length > 1) {
      const introduced = matches.filter((i) => ((people[i] as Person).mentions[0]?.span[0] ?? Infinity) < c.span[0]);
      if (introduced.length === 1) matches = introduced;
    }
    if (matches.length === 1) {
      const i = matches[0] as number;
      const p = people[i] as Person;
      const mention: PersonMention = { surface: c.surface, span: c.span, title: c.title, country: c.country ?? p.country, person: i };
      p.mentions.push(mention);
      mentions.push(mention);
    } else if (matches.length === 0 && (lone.has(token) || (c.title && c.evidence))) {
      // A lone titled short name (`Minister Trung`, `Prime Minister Hasina`) with no full form in
      // the article is still a person, one person however often the article names them.
      let i = lone.get(token);
      if (i === undefined) {
        people.push({ parsed: c.parsed, name: c.parsed.display, title: c.title, country: c.country, mentions: [] });
        i = people.length - 1;
        lone.set(token, i);
      }
      const p = people[i] as Person;
      p.title ??= c.title;
      p.country ??= c.country;
      const mention: PersonMention = { surface: c.surface, span: c.span, title: c.title, country: c.country ?? p.country, person: i };
      p.mentions.push(mention);
      mentions.push(mention);
    } else if (matches.length > 1) {
      // Two people share the short form: left unresolved rather than guessed.
      mentions.push({ surface: c.surface, span: c.span, title: c.title, country: c.country, person: -1 });
    }
  }
  return { people, mentions: mergeByStart(mentions, fullMentions) };
}

const NO_ONE: readonly number[] = [];

// A token that more people's keys hold no longer tells them apart.
const DISTINCTIVE = 20;

/**
 * The people of an article by the keys of their full names (see lookupKeys), in the order they
 * were met. A name is compared with those sharing its exact key or reference-data id, and those
 * sharing a token while the token is distinctive (held at most DISTINCTIVE times).
 *
 * While all the people's keys number at most DISTINCTIVE, every token is distinctive: the people
 * sharing a key are found by comparing keys, without the map of each key's people, which is
 * built only when they number more (most articles name a few people).
 */
class PeopleByKey {
  private readonly keysOf: (readonly string[])[] = [];
  private count = 0;
  private index: Map<string, number[]> | null = null;

  /** Adds the next person, known by `keys`. */
  add(keys: readonly string[]): void {
    this.keysOf.push(keys);
    this.count += keys.length;
    if (this.index !== null) indexKeys(this.index, keys, this.keysOf.length - 1);
    else if (this.count > DISTINCTIVE) {
      const index = new Map<string, number[]>();
      this.keysOf.forEach((k, i) => indexKeys(index, k, i));
      this.index = index;
    }
  }

  /** Into `out`, the people a name known by `keys` may be, in the order they were met, each once. */
  near(keys: readonly string[], out: number[]): number[] {
    out.length = 0;
    if (this.index === null) {
      for (let i = 0; i < this.keysOf.length; i++) if (sharesKey(keys, this.keysOf[i] as readonly string[])) out.push(i);
      return out;
    }
    for (const t of keys) {
      const list = this.index.get(t);
      if (list !== undefined && (t.startsWith("#") || t.startsWith("@") || list.length <= DISTINCTIVE)) for (const i of list) if (!out.includes(i)) out.push(i);
    }
    return out.sort(ascending);
  }
}

/** Adds person `i` to the list of each of its keys. */
function indexKeys(index: Map<string, number[]>, keys: readonly string[], i: number): void {
  for (const t of keys) {
    const list = index.get(t);
    if (list) list.push(i);
    else index.set(t, [i]);
  }
}

function sharesKey(a: readonly string[], b: readonly string[]): boolean {
  for (const t of a) if (b.includes(t)) return true;
  return false;
}

function ascending(a: number, b: number): number {
  return a - b;
}

// How many people ShortNames looks through rather than indexes.
const LOOKED_THROUGH = 20;

/**
 * Who a short form may name among the people with full names: by their culture's convention
 * (`Sokhonn`, `Wang`), or by their first or last name, Vietnamese names aside. Each gives the
 * people in the order they were met, each once. Up to LOOKED_THROUGH people are looked through;
 * more, through maps of each short form's people.
 */
class ShortNames {
  private readonly conventional: (readonly string[])[] = [];
  private readonly cultures: (string | null)[] = [];
  // Each one's first and last name, or null for a Vietnamese name.
  private readonly firsts: (string | null)[] = [];
  private readonly lasts: (string | null)[] = [];
  private readonly byShortForm: Map<string, number[]> | null = null;
  private readonly byEdge: Map<string, number[]> | null = null;

  constructor(people: readonly Person[], spellings: ReadonlyMap<number, readonly ParsedName[]> = new Map()) {
    for (let i = 0; i < people.length; i++) {
      const { parsed } = people[i] as Person;
      const others = spellings.get(i);
      this.conventional.push(others ? [...new Set([...shortForms(parsed), ...others.flatMap((o) => shortForms(o))])] : shortForms(parsed));
      this.cultures.push(parsed.culture);
      const vietnamese = parsed.culture === "vi";
      this.firsts.push(vietnamese ? null : (parsed.tokens[0] ?? ""));
      this.lasts.push(vietnamese ? null : (parsed.tokens[parsed.tokens.length - 1] ?? ""));
    }
    if (people.length <= LOOKED_THROUGH) return;
    const byShortForm = new Map<string, number[]>();
    const byEdge = new Map<string, number[]>();
    this.conventional.forEach((forms, i) => {
      for (const t of forms) pushOnce(byShortForm, t, i);
    });
    for (let i = 0; i < people.length; i++) {
      const first = this.firsts[i];
      const last = this.lasts[i];
      if (first != null && last != null) {
        pushOnce(byEdge, first, i);
        pushOnce(byEdge, last, i);
      }
    }
    this.byShortForm = byShortForm;
    this.byEdge = byEdge;
  }

  byConvention(token: string): readonly number[] {
    if (this.byShortForm !== null) return this.byShortForm.get(token) ?? NO_ONE;
    let out: number[] | null = null;
    for (let i = 0; i < this.conventional.length; i++) if ((this.conventional[i] as readonly string[]).includes(token)) (out ??= []).push(i);
    return out ?? NO_ONE;
  }

  /**
   * The people whose conventional short form `token` misprints (`Mr. Tebounne` for Abdelmadjid
   * Tebboune): asked only of a titled short form that matches no one as written.
   */
  byMisprint(token: string): readonly number[] {
    let out: number[] | null = null;
    for (let i = 0; i < this.conventional.length; i++) if ((this.conventional[i] as readonly string[]).some((form) => shortFormMisprint(token, form, this.cultures[i] ?? null))) (out ??= []).push(i);
    return out ?? NO_ONE;
  }

  byFirstOrLast(token: string): readonly number[] {
    if (this.byEdge !== null) return this.byEdge.get(token) ?? NO_ONE;
    let out: number[] | null = null;
    for (let i = 0; i < this.firsts.length; i++) if (this.firsts[i] === token || this.lasts[i] === token) (out ??= []).push(i);
    return out ?? NO_ONE;
  }
}

/** Adds `i` to the list of `key`, once. */
function pushOnce(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (!list.includes(i)) list.push(i);
}

/** The indexes of the people the reference data knows by `id`, in order. */
function peopleWithId(people: readonly Person[], id: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < people.length; i++) if ((people[i] as Person).parsed.personId === id) out.push(i);
  return out;
}

/**
 * `mentions` in order of where they start, when its first `split` mentions and the rest are each
 * in that order already: what a stable sort by start gives (on a tie the first part's mention
 * comes first), in one pass.
 */
function mergeByStart(mentions: PersonMention[], split: number): PersonMention[] {
  if (split === 0 || split === mentions.length) return mentions;
  const out: PersonMention[] = [];
  let i = 0;
  let j = split;
  while (i < split && j < mentions.length) {
    const a = mentions[i] as PersonMention;
    const b = mentions[j] as PersonMention;
    if (b.span[0] < a.span[0]) {
      out.push(b);
      j++;
    } else {
      out.push(a);
      i++;
    }
  }
  while (i < split) out.push(mentions[i++] as PersonMention);
  while (j < mentions.length) out.push(mentions[j++] as PersonMention);
  return out;
}
