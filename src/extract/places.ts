/**
 * Places, countries, occasions and datelines found in text with the gazetteer.
 */
import type { Place } from "../model/common.js";
import type { Dateline, ReportOccasion } from "../model/report.js";
import { foldText, foldWithMap, type FoldedText } from "../text/fold.js";
import { addDays } from "./calendar.js";
import { hashRange, RangeTable, validOn, type Gazetteer, type OccasionEdition, type OccasionSeries, type PlaceEntry } from "../text/gazetteer.js";

export interface PlaceMention {
  place: Place;
  /** How specific: 3 city, 2 region, 1 country. */
  rank: number;
  surface: string;
  span: [number, number];
}

// How specific a place is: a building in a city, a city, a region, a country (1).
const KIND_RANK: Readonly<Record<string, number>> = { site: 4, city: 3, district: 3, province: 2, state: 2, region: 2 };

// One Place per gazetteer entry, built once (callers copy before they change one).
const placeOfEntry = new WeakMap<PlaceEntry, Place>();

function placeFromEntry(p: PlaceEntry, g: Gazetteer): Place {
  let place = placeOfEntry.get(p);
  if (!place) placeOfEntry.set(p, (place = buildPlace(p, g)));
  return place;
}

function buildPlace(p: PlaceEntry, g: Gazetteer): Place {
  const rank = KIND_RANK[p.kind] ?? 2;
  if (rank === 4) {
    // A building (`the Great Hall of the People`) is in the city its entry names, or in the
    // region (`Chequers`, in Buckinghamshire).
    // (Keys are folded: `Brasília` is found as `brasilia`.)
    const parents = p.parent ? (g.placesByKey.get(foldText(p.parent)) ?? []).filter((e) => e.country === p.country) : [];
    const city = parents.find((e) => KIND_RANK[e.kind] === 3);
    const region = city ? undefined : parents.find((e) => (KIND_RANK[e.kind] ?? 2) === 2);
    return { site: p.name, ...(city ? placeFromEntry(city, g) : region ? { region: region.name } : {}), country: p.country };
  }
  if (rank === 3) {
    const parent = p.parent ? g.placesByKey.get(foldText(p.parent))?.[0] : undefined;
    return { city: p.name, ...(parent && (KIND_RANK[parent.kind] ?? 2) === 2 ? { region: parent.name } : p.parent ? { region: p.parent } : {}), country: p.country };
  }
  return { region: p.name, country: p.country };
}

function isCapitals(surface: string): boolean {
  return surface === surface.toUpperCase();
}

/**
 * Every place or country named in `text` (offset by `base`), longest names first, without overlaps.
 * Names inside organisation names are skipped (`Mekong River Commission` names no venue).
 */
export function findPlaces(text: string, base: number, g: Gazetteer, on: string | null): PlaceMention[] {
  const { folded, origin, starts, ends, hashes } = foldedSentence(text);
  const names = nameTables(g);
  const out: PlaceMention[] = [];
  let i = 0;
  while (i < starts.length) {
    const first = starts[i] as number;
    let hash = hashes[i] as number;
    const head = names.heads.get(folded, first, ends[i] as number, hash);
    // Only positions where some known name starts are worth looking up.
    const longest = head?.longest ?? 0;
    if (head === undefined || longest === 0) { i++; continue; }
    const surfaceStart = origin[first] ?? 0;
    // Places are proper names: the text must capitalise them (organisations are skipped either way).
    const capitalised = startsCapitalised(text, surfaceStart);
    // The keys of 1, 2, … tokens from here, as long as some known name starts with them.
    const keys = [head];
    for (let n = 2; n <= Math.min(longest, starts.length - i); n++) {
      const end = ends[i + n - 1] as number;
      hash = hashRange(folded, ends[i + n - 2] as number, end, hash);
      const key = names.phrases.get(folded, first, end, hash);
      if (!key) break;
      keys.push(key);
    }
    let matched = 0;
    for (let n = keys.length; n >= 1; n--) {
      const lastEnd = ends[i + n - 1] as number;
      const key = keys[n - 1] as NameKey;
      if (n > 1 && key.organisation) { matched = n; break; }
      if (!capitalised) continue;
      // The original character of the key's last folded character, and no further (not the punctuation after it).
      const lastOrigin = origin[lastEnd - 1] ?? text.length - 1;
      const surfaceEnd = lastOrigin + ((text.codePointAt(lastOrigin) ?? 0) > 0xffff ? 2 : 1);
      // `US$` is a currency.
      if (text[surfaceEnd] === "$") continue;
      const p = key.capitalsOnly && !isCapitals(text.slice(surfaceStart, surfaceEnd)) ? undefined : key.places?.find((entry) => validOn(entry, on));
      if (p) {
        out.push({ place: placeFromEntry(p, g), rank: KIND_RANK[p.kind] ?? 2, surface: text.slice(surfaceStart, surfaceEnd), span: [base + surfaceStart, base + surfaceEnd] });
        matched = n;
        break;
      }
      if (key.country) {
        out.push({ place: { country: key.country }, rank: 1, surface: text.slice(surfaceStart, surfaceEnd), span: [base + surfaceStart, base + surfaceEnd] });
        matched = n;
        break;
      }
    }
    i += matched || 1;
  }
  return out;
}

/** What {@link findPlaces} needs to know of a phrase of the text, looked up once per gazetteer. */
interface NameKey {
  /** For a word, the longest place, country or organisation key in tokens that starts with it (0 for a longer phrase). */
  longest: number;
  organisation: boolean;
  /** Only an abbreviation in capitals names the place (`LA`). */
  capitalsOnly: boolean;
  places: PlaceEntry[] | undefined;
  /** The country the phrase names, also with a possessive `s` (`china s`). */
  country: string | undefined;
}

/**
 * The phrases {@link findPlaces} looks up, with the gazetteer's answers for each: `heads`, the
 * first tokens of names (the keys of {@link Gazetteer.phraseStarts}), looked up at every token;
 * `phrases`, the longer phrases of {@link namePrefixes}, looked up after a head (a phrase not
 * among them ends the lookup there). Heads have no space and phrases have one, so the two never
 * share a key; the small table of heads, read at every token, stays in the processor's cache.
 */
interface NameTables {
  heads: RangeTable<NameKey>;
  phrases: RangeTable<NameKey>;
}

const nameTablesOf = new WeakMap<Gazetteer, NameTables>();

/** The {@link NameTables} of a gazetteer, built once (its tables do not change after it is built). */
function nameTables(g: Gazetteer): NameTables {
  let tables = nameTablesOf.get(g);
  if (tables) return tables;
  const entry = (key: string): [string, NameKey] => [
    key,
    {
      longest: g.phraseStarts.get(key) ?? 0,
      organisation: g.organisationByKey.has(key),
      capitalsOnly: g.capitalsOnlyPlaceKeys.has(key),
      places: g.placesByKey.get(key),
      country: g.countryByKey.get(key.endsWith(" s") ? key.slice(0, -2) : key),
    },
  ];
  tables = { heads: new RangeTable(Array.from(g.phraseStarts.keys(), entry)), phrases: new RangeTable(Array.from(namePrefixes(g), entry)) };
  nameTablesOf.set(g, tables);
  return tables;
}

const prefixesOf = new WeakMap<Gazetteer, Set<string>>();

/**
 * Every leading run of two or more tokens of a place, country or organisation key (and of a
 * country key with a possessive `s`): a phrase that is not in it cannot grow into a name, so the
 * longer keys after a common first word (`the`, `to`, `commission`) are never looked up.
 */
function namePrefixes(g: Gazetteer): Set<string> {
  let set = prefixesOf.get(g);
  if (set) return set;
  set = new Set();
  const note = (key: string) => {
    const firstSpace = key.indexOf(" ");
    if (firstSpace < 0) return;
    for (let at = key.indexOf(" ", firstSpace + 1); at >= 0; at = key.indexOf(" ", at + 1)) set?.add(key.slice(0, at));
    set?.add(key);
  };
  for (const key of g.placesByKey.keys()) note(key);
  for (const key of g.organisationByKey.keys()) note(key);
  for (const key of g.countryByKey.keys()) { note(key); note(`${key} s`); }
  prefixesOf.set(g, set);
  return set;
}

/** A sentence folded, with where its tokens start and end in the fold. */
interface FoldedSentence extends FoldedText {
  starts: number[];
  ends: number[];
  /** {@link hashRange} of each token. */
  hashes: number[];
}

// The folds of the last few texts: a sentence is searched for places and for occasions in turn.
const recentFolds: { text: string; fold: FoldedSentence }[] = [];

/** {@link foldWithMap} of `text` and its tokens, reused when the same text was just folded. */
function foldedSentence(text: string): FoldedSentence {
  for (const r of recentFolds) if (r.text === text) return r.fold;
  const { folded, origin } = foldWithMap(text);
  const fold = { folded, origin, ...tokensOf(folded) };
  if (recentFolds.length >= 4) recentFolds.pop();
  recentFolds.unshift({ text, fold });
  return fold;
}

/**
 * Start, end and {@link hashRange} of each token of a folded string (its words are separated by
 * single spaces), read in one pass.
 */
function tokensOf(folded: string): { starts: number[]; ends: number[]; hashes: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  let from = 0;
  let hash = 0;
  for (let k = 0; k <= folded.length; k++) {
    const c = k < folded.length ? folded.charCodeAt(k) : 32;
    if (c !== 32) {
      // The same steps as hashRange(folded, from, k + 1).
      hash = (Math.imul(hash, 31) + c) | 0;
      continue;
    }
    if (k > from) { starts.push(from); ends.push(k); hashes.push(hash); }
    from = k + 1;
    hash = 0;
  }
  return { starts, ends, hashes };
}

const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;

/** Whether the character at `at` is a capital letter or a digit. */
function startsCapitalised(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return CAPITAL_OR_DIGIT.test(text.slice(at, at + 2));
}

/** Combines the places of one phrase (`Kuala Lumpur, Malaysia`, `China's Yunnan Province`) into the most specific consistent place. */
export function combinePlaces(mentions: readonly PlaceMention[]): PlaceMention | null {
  if (mentions.length === 0) return null;
  const best = [...mentions].sort((a, b) => b.rank - a.rank || a.span[0] - b.span[0])[0] as PlaceMention;
  const country = best.place.country;
  const consistent = mentions.filter((m) => m.place.country === country);
  const region = consistent.find((m) => m.rank === 2)?.place.region;
  const place: Place = { ...best.place };
  if (region && !place.region && place.city) place.region = region;
  const start = consistent.reduce((v, m) => Math.min(v, m.span[0]), Number.POSITIVE_INFINITY);
  const end = consistent.reduce((v, m) => Math.max(v, m.span[1]), 0);
  return { place, rank: best.rank, surface: best.surface, span: [start, end] };
}

// Capitalised words before `, <country>` (`Ohrid, North Macedonia`, `SANTA CRUZ, Bolivia`) name a
// city of that country, whether or not the gazetteer knows it: up to five words, particles within.
const PARTICLES = ["de", "del", "da", "do", "dos", "das", "la", "las", "los", "el", "di", "sur", "upon"];
const CITY_PARTICLES = new Set(PARTICLES);
const CITY_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|${PARTICLES.join("|")})){0,4}`;
const CITY_WORDS = new RegExp(`^${CITY_NAME}$`, "u");
/** Capitalised words just before a comma: a city's name before its country (`Ohrid, North Macedonia`). */
export const CITY_BEFORE_COMMA = new RegExp(`(${CITY_NAME}),\\s*$`, "u");
// Words that make a capitalised phrase something other than a city (`at Tsinghua University, China`,
// `In January, China …`, `Mr Wang, China's …`).
const NOT_CITY = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "meanwhile", "however", "also",
  "university", "house", "palace", "hall", "hotel", "ministry", "office", "centre", "center", "parliament", "congress", "summit", "forum",
  "conference", "embassy", "airport", "base", "building", "square", "mr", "mrs", "ms", "dr", "president", "minister", "king", "queen",
  "prince", "he", "she", "they", "we", "it", "this", "there", "here", "in", "at", "on", "the", "and", "but", "as", "when", "while",
]);

/**
 * The city `words` name just before a country (`Ohrid` in `Ohrid, North Macedonia`) when the
 * gazetteer does not know it as anything: a known place is found as one, and a known country,
 * organisation, person or meeting series is not a city. Words in capitals are given their usual
 * case (`SANTA CRUZ` → `Santa Cruz`). Null when the words are not a city's shape.
 */
export function unknownCity(words: string, g: Gazetteer): string | null {
  const trimmed = words.trim();
  if (!CITY_WORDS.test(trimmed)) return null;
  const key = foldText(trimmed);
  if (!key || key.split(" ").some((w) => NOT_CITY.has(w))) return null;
  if (g.placesByKey.has(key) || g.countryByKey.has(key) || g.demonymByKey.has(key) || g.organisationByKey.has(key) || g.peopleByKey.has(key) || g.seriesByKey.has(key) || g.namedThingByKey.has(key)) return null;
  if (!isCapitals(trimmed)) return trimmed;
  return trimmed.split(/\s+/).map((w) => (CITY_PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase())).join(" ");
}

// `BEIJING —`, `Beijing (VNA) –`, `HANOI, Aug 15 (Reuters) -`, `Phnom Penh (AKP) --`, and
// `Hanoi, Oct 16 (PTI) External …`, where the agency's credit ends the dateline without a dash.
// `Mexico City, Feb 3 (EFE).-` puts a full stop before the dash; `PORT MORESBY:` ends a dateline in
// capitals with a colon. `COPENHAGEN, Jan 16, 2025 (AFP) -` and `Buenos Aires, January 23, 2023 –`
// give the year too; `KYIV. Aug 20 (Interfax-Ukraine) –` puts a full stop after the city.
// (The lookbehind of the colon's case is tried only before a colon: `(?=:)` fails at once
// elsewhere, where the lookbehind would be tried after each possible end of the name. The same
// matches, several times faster.)
const DATELINE = /^\s*([\p{Lu}][\p{L}'’. -]{1,40}?)(?:,\s*([\p{L}. ]{1,30}?))?(?:[,.]\s*[A-Z][a-z]{2,9}\.? \d{1,2}(?:,\s*(?:19|20)\d\d)?)?\s*(?:\(([^)\n]{1,30})\)\.?\s*(?:—|–|--|-)?|—|–|--|-|(?=:)(?<=^\s*\p{Lu}[\p{Lu}'’. -]{1,40}):)\s/u;
// Every DATELINE match holds one of these: an agency's parenthesis, a dash or a colon. A text
// without any is no dateline, which spares the pattern's search through every length of the name.
const DATELINE_MARKS = /[(—–:-]/;
// A line of its own in capitals (`NEW DELHI`), as some papers print the dateline above the story.
const DATELINE_LINE = /^\s*([\p{Lu}][\p{Lu}'’. -]{1,40}?)\s*$/u;
/** Lines at the top of a story where a dateline line may stand, below the headline, standfirst and byline. */
const DATELINE_LINES = 8;

/**
 * The dateline at the start of a story, if any: where it was filed, not where the meeting was.
 * It opens the first line or the line of the story's lead (`leadAt`, past a headline and
 * byline), or stands alone in capitals on one of the first lines.
 */
export function findDateline(masked: string, lines: readonly { start: number; end: number }[], g: Gazetteer, leadAt: number | null = null): Dateline | null {
  const first = lines[0];
  const opening = first ? datelineAt(masked, first.start, DATELINE, g) : null;
  if (opening) return opening;
  const leadLine = leadAt === null ? undefined : lines.find((l) => l.start <= leadAt && leadAt < l.end);
  const leading = leadLine && leadLine !== first ? datelineAt(masked, leadLine.start, DATELINE, g) : null;
  if (leading) return leading;
  for (const line of lines.slice(0, DATELINE_LINES)) {
    if (line.end - line.start > 40) continue;
    const own = datelineAt(masked.slice(0, line.end), line.start, DATELINE_LINE, g);
    if (own) return own;
  }
  return null;
}

/** The country `after` names when `named` lies in another one (null when it is the same or none). */
function sameCountry(named: PlaceMention, after: string, g: Gazetteer): PlaceMention | null {
  const country = combinePlaces(findPlaces(after, 0, g, null));
  return country && country.place.country !== named.place.country ? country : null;
}

function datelineAt(masked: string, firstLineStart: number, pattern: RegExp, g: Gazetteer): Dateline | null {
  const head = masked.slice(firstLineStart, firstLineStart + 120);
  if (pattern === DATELINE && !DATELINE_MARKS.test(head)) return null;
  const m = pattern.exec(head);
  if (!m || !m[1]) return null;
  const name = m[1].trim();
  const lead = head.indexOf(name);
  const places = findPlaces(name, firstLineStart + lead, g, null);
  const named = combinePlaces(places);
  // `OHRID, North Macedonia (AP) —`: a city the gazetteer does not know, in the country after it
  // (a known place in another country is only inside the name: `SANTA CRUZ DE LA SIERRA, Bolivia`
  // is not in LA).
  const country = m[2] && (!named || named.rank === 1) ? combinePlaces(findPlaces(m[2], 0, g, null)) : m[2] && named ? sameCountry(named, m[2], g) : null;
  const city = country?.rank === 1 && (!named || named.rank === 1 || named.place.country !== country.place.country) ? unknownCity(name, g) : null;
  const place = country && city ? { place: { city, country: country.place.country } } : country && named && named.place.country !== country.place.country ? country : named;
  // A dateline must name a known place; otherwise the dash belongs to something else.
  if (!place) return null;
  const span: [number, number] = [firstLineStart + (m.index ?? 0) + (m[0].length - m[0].trimStart().length), firstLineStart + (m.index ?? 0) + m[0].trimEnd().length];
  return { place: place.place, surface: masked.slice(span[0], span[1]), span, credit: m[3]?.trim() ?? null };
}

const UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS = ["twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"];

/** Ordinals spelled out from second to ninety-ninth, longest first (so that `twenty-first` is not read as `twenty`), with their numbers. */
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ...UNITS.slice(1).map((w, i) => [w, i + 2] as const),
  ...TEENS.map((w, i) => [w, i + 10] as const),
  ...TENS.flatMap((t, i) => [[`${t}ieth`, (i + 2) * 10] as const, ...UNITS.map((u, j) => [`${t}y-${u}`, (i + 2) * 10 + j + 1] as const)]),
]);

function spelledOrdinals(): string[] {
  return [...ORDINAL_WORDS.keys()].sort((a, b) => b.length - a.length);
}

// `the 10th Lancang-Mekong Cooperation Foreign Ministers' Meeting`, `the 78th session of the UN General
// Assembly`, and spelled out after `the` (`the sixth BIMSTEC Summit`, `the twenty-third …`). Not
// `first`, which says more often whose first it is (`the first G20 summit he attended`).
const ORDINAL_SERIES = new RegExp(
  String.raw`(?:\b(\d{1,3})(?:st|nd|rd|th)|(?<=\b[Tt]he\s+)(${spelledOrdinals().join("|")})(?![\p{L}-]))\s+(?:(?:session|edition)\s+of\s+(?:the\s+)?)?((?:[\p{Lu}][\p{L}'’-]*|and|of|the|on|for|with|[-–])(?:\s+(?:[\p{Lu}][\p{L}'’-]*|and|of|the|on|for|with|[-–]))*)`,
  "gu",
);

/** The number of a matched ordinal, in figures or in words. */
function ordinalOf(figures: string | undefined, words: string | undefined): number {
  return figures !== undefined ? Number(figures) : (ORDINAL_WORDS.get((words ?? "").toLowerCase()) ?? 0);
}

// An occasion ahead of the meeting is not its occasion (`preparations for the 43rd ASEAN Summit scheduled for September`).
const UPCOMING_BEFORE = /\b(?:upcoming|next|forthcoming|preparations? for|prepare for|success of|ahead of|host(?:ing)?|chair(?:ing)?|(?:continue|resume|meet again|to take part|to participate)\b[^.;]{0,40}?\b(?:at|in))\s+(?:the\s+)?$/i;
// The same for a series named without an ordinal, whose edition is the one under way: not its host or chair (`Brazil, hosting the G20 summit`).
const TO_COME_BEFORE = /\b(?:upcoming|next|forthcoming|preparations? for|prepare for|ahead of|(?:continue|resume|meet again|to take part|to participate)\b[^.;]{0,40}?\b(?:at|in))\s+(?:the\s+)?$/i;
const UPCOMING_AFTER = /^[^.;]{0,12}\b(?:scheduled|due|to be held|slated|later this year|next (?:year|month))\b/i;

export interface OccasionMatch {
  occasion: ReportOccasion;
  edition: OccasionEdition | null;
  /** Named as what the meeting came the day before (`on the eve of the Arab summit`): not where or when it was. */
  eve?: true;
}

// `on the eve of the extraordinary Arab summit`: the occasion of the day after.
const EVE_BEFORE = /\bon\s+the\s+eve\s+of\s+(?:the\s+)?$/i;

/** The match, marked as the occasion of the day after where the text names it so. */
function withEve(match: OccasionMatch, text: string, start: number): OccasionMatch {
  if (EVE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) match.eve = true;
  return match;
}

function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

function seriesFor(name: string, g: Gazetteer): { series: OccasionSeries; used: string } | null {
  const { folded, origin } = foldWithMap(name);
  const words = folded.split(" ");
  // Longest prefix of the phrase that names a series.
  for (let n = words.length; n >= 1; n--) {
    const key = words.slice(0, n).join(" ");
    const s = g.seriesByKey.get(key);
    if (s) return { series: s, used: name.slice(0, origin[key.length] ?? name.length) };
  }
  return null;
}

/** The occasions named in `text` (`the 10th Lancang-Mekong Cooperation Foreign Ministers' Meeting`), resolved against the calendar. */
export function findOccasions(text: string, base: number, g: Gazetteer, published: string | null): OccasionMatch[] {
  const out: OccasionMatch[] = [];
  ORDINAL_SERIES.lastIndex = 0;
  for (let m = ORDINAL_SERIES.exec(text); m; m = ORDINAL_SERIES.exec(text)) {
    const ordinal = ordinalOf(m[1], m[2]);
    const hit = seriesFor(m[3] ?? "", g);
    if (!hit) continue;
    if (UPCOMING_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) || UPCOMING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const edition = hit.series.editions.find((e) => e.ordinal === ordinal) ?? null;
    const surfaceEnd = m.index + m[0].length - ((m[3] ?? "").length - hit.used.length);
    out.push(
      withEve(
        {
          occasion: {
            value: `${ordinal}${ordinalSuffix(ordinal)} ${hit.series.name}`,
            series: hit.series.id,
            ordinal,
            surface: text.slice(m.index, surfaceEnd),
            span: [base + m.index, base + surfaceEnd],
          },
          edition,
        },
        text,
        m.index,
      ),
    );
  }
  if (out.length > 0) return out;
  // Series named without an ordinal (`on the sidelines of the G20 Summit`): the edition under way at publication.
  const { folded, origin, starts, ends, hashes } = foldedSentence(text);
  const tables = seriesTables(g);
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i] as number;
    const longest = tables.starts.get(folded, at, ends[i] as number, hashes[i]);
    if (longest === undefined) continue;
    // The longest series key among the phrases of up to `longest` words from here: each phrase
    // ends where the words do, at the end of the last or at a space.
    let keyEnd = ends[Math.min(starts.length, i + longest) - 1] as number;
    let series: OccasionSeries | undefined;
    for (;;) {
      series = keyEnd - at >= 4 ? tables.byKey.get(folded, at, keyEnd) : undefined;
      const space = series ? -1 : folded.lastIndexOf(" ", keyEnd - 1);
      if (space < at) break;
      keyEnd = space;
    }
    if (!series) continue;
    const start = origin[at] ?? 0;
    let end = origin[keyEnd] ?? text.length;
    // (The key's end maps to the start of what follows it: the spacing after the name is no part of it.)
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    // `agree to continue dialogue at the BRICS summit in Kazan`: a summit to come.
    if (TO_COME_BEFORE.test(text.slice(Math.max(0, start - 80), start))) continue;
    out.push(withEve(seriesUnderWay(series, text, base, start, end, g, published), text, start));
    break;
  }
  if (out.length === 0) {
    // `on the sidelines of the G20`, `at APEC`: a summit series by its bare name where only the summit can be meant.
    const bare = namesBareSeries(text) ? BARE_SERIES.exec(text) : null;
    const series = bare ? g.seriesByKey.get(foldText(`${bare[2]} summit`)) : undefined;
    if (bare && series) {
      const start = bare.index + (bare[1] ?? "").length;
      out.push(withEve(seriesUnderWay(series, text, base, start, start + (bare[2] ?? "").length, g, published), text, start));
    }
  }
  return out;
}

const seriesTablesOf = new WeakMap<Gazetteer, { starts: RangeTable<number>; byKey: RangeTable<OccasionSeries> }>();

/** {@link Gazetteer.seriesStarts} and {@link Gazetteer.seriesByKey}, looked up by a range of a folded sentence without slicing it. */
function seriesTables(g: Gazetteer): { starts: RangeTable<number>; byKey: RangeTable<OccasionSeries> } {
  let tables = seriesTablesOf.get(g);
  if (!tables) seriesTablesOf.set(g, (tables = { starts: new RangeTable(g.seriesStarts), byKey: new RangeTable(g.seriesByKey) }));
  return tables;
}

// The bare name after words that put a meeting at a summit, and not before words that make it the group (`G20 members`, `the G20 presidency`).
const BARE_SERIES = /(\b(?:at|during|on the (?:sidelines|fringes|margins) of|in the margins of)\s+(?:the\s+)?)(G20|G-20|G7|G-7|APEC|Apec)\b(?!\s+(?:countries|members?|nations|economies|presidency|finance|foreign|trade|energy|health|ministers?|ministerial|leaders'? declaration|communiqu|agenda|sherpas?|summit|leaders'? summit|meeting|economic))/;

/** Whether `text` has one of the names BARE_SERIES looks for (most sentences have none, and skip the pattern). */
function namesBareSeries(text: string): boolean {
  return text.includes("G20") || text.includes("G-20") || text.includes("G7") || text.includes("G-7") || text.includes("APEC") || text.includes("Apec");
}

/**
 * A series named without an ordinal at `text[start..end)`: the edition under way or just over when
 * the story was published; in an undated story, the only edition held where the sentence says
 * (`the G20 summit in Bali`).
 */
function seriesUnderWay(series: OccasionSeries, text: string, base: number, start: number, end: number, g: Gazetteer, published: string | null): OccasionMatch {
  const editions = published !== null ? series.editions.filter((e) => addDays(e.start, -3) <= published && published <= addDays(e.end, 7)) : editionsHeldAt(series, findPlaces(text, base, g, null));
  const edition = editions.length === 1 ? (editions[0] ?? null) : null;
  return {
    occasion: { value: edition?.ordinal ? `${edition.ordinal}${ordinalSuffix(edition.ordinal)} ${series.name}` : series.name, series: series.id, ordinal: edition?.ordinal ?? null, surface: text.slice(start, end), span: [base + start, base + end] },
    edition,
  };
}

/** The editions of a series held at a city or region among `places`. */
function editionsHeldAt(series: OccasionSeries, places: readonly PlaceMention[]): OccasionEdition[] {
  const named = places.filter((p) => p.rank >= 2);
  return series.editions.filter((e) => named.some((p) => p.place.country === e.country && ((p.place.city !== undefined && p.place.city === e.city) || (p.place.region !== undefined && p.place.region === e.region))));
}

