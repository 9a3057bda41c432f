/**
 * Reference data (countries, places, organisations, occasions, titles, people) indexed by folded key.
 * The data lives in `src/data/*.json`, each fact with its source and, where it changes, its validity dates.
 * Callers extend it through {@link GazetteerExtension}.
 */
import countriesData from "../data/countries.json";
import placesData from "../data/places.json";
import organisationsData from "../data/organisations.json";
import namedThingsData from "../data/named-things.json";
import occasionsData from "../data/occasions.json";
import titlesData from "../data/titles.json";
import peopleData from "../data/people.json";
import { foldText } from "./fold.js";

export interface CountryEntry { code: string; name: string; names: string[]; demonyms?: string[]; vi?: string[]; capital?: string }
export interface PlaceEntry {
  name: string;
  aliases?: string[];
  vi?: string[];
  country: string;
  kind: string;
  parent?: string;
  validFrom?: string;
  validTo?: string;
  /** Also a common given name (`Santiago`, `Sofia`): a word of a person's name that spells it does not make the name a place's. */
  givenName?: boolean;
}
export interface OrganisationEntry { id: string; name: string; aliases?: string[]; kind?: string; country?: string }
export interface NamedThingEntry { id: string; canonical: string; aliases?: string[]; partOf?: string }
export interface OccasionEdition { ordinal?: number; year?: number; start: string; end: string; city?: string; region?: string; country: string }
export interface OccasionSeries { id: string; name: string; aliases?: string[]; editions: OccasionEdition[] }
export interface PersonRole { title: string; from?: string; to?: string }
export interface PersonEntry { id: string; name: string; family?: string; given?: string; culture?: string; country?: string; aliases?: string[]; short?: string; roles?: PersonRole[] }
export interface TitleEntry { title: string; abbreviations?: string[]; vi?: string[] }

/** Extra reference data a caller adds on top of the shipped tables. */
export interface GazetteerExtension {
  countries?: CountryEntry[];
  places?: PlaceEntry[];
  organisations?: OrganisationEntry[];
  namedThings?: NamedThingEntry[];
  occasions?: OccasionSeries[];
  people?: PersonEntry[];
}

export interface Gazetteer {
  countryByKey: Map<string, string>;
  /** Demonym or adjective → country code (`vietnamese` → VN). */
  demonymByKey: Map<string, string>;
  countryNames: Map<string, string>;
  /** Country code → its capital's name. */
  capitals: Map<string, string>;
  placesByKey: Map<string, PlaceEntry[]>;
  /** Place keys that only an abbreviation in capitals gives (`LA`): `La Seine Musicale` is not Los Angeles. */
  capitalsOnlyPlaceKeys: Set<string>;
  organisationByKey: Map<string, OrganisationEntry>;
  namedThingByKey: Map<string, NamedThingEntry>;
  seriesByKey: Map<string, OccasionSeries>;
  series: OccasionSeries[];
  peopleByKey: Map<string, PersonEntry[]>;
  peopleById: Map<string, PersonEntry>;
  people: PersonEntry[];
  honorifics: Set<string>;
  titleWords: Set<string>;
  /** First token of every place, country and organisation key → the longest such key in tokens. */
  phraseStarts: Map<string, number>;
  /** First token of every occasion-series key → the longest such key in tokens. */
  seriesStarts: Map<string, number>;
  /** Country keys of more than one word (`lao pdr`, `the philippines`). */
  multiWordCountries: [string, string][];
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (!key) return;
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

// Words of titles that the data files may not list; kept here because the name parser
// depends on them to find where a title ends and a name begins.
const BASE_TITLE_WORDS = [
  "minister", "ministers", "deputy", "prime", "president", "vice", "secretary", "general", "chairman", "chairwoman", "chair",
  "state", "councilor", "councillor", "foreign", "affairs", "ambassador", "party", "committee", "member", "politburo",
  "political", "bureau", "standing", "permanent", "ministry", "counterpart", "official", "leader", "premier", "king",
  "queen", "sultan", "crown", "prince", "speaker", "governor", "mayor", "envoy", "director", "head", "chief", "executive",
  "international", "cooperation", "and", "of", "the", "for", "pm", "fm", "dpm", "senior", "top", "diplomat", "central",
  "provincial", "people's", "peoples", "congress", "national", "assembly", "cpc", "communist", "government", "his", "her",
  "counterparts", "cabinet", "defence", "defense", "trade", "economy", "external", "relations", "secretary-general",
];

function buildTables(ext: GazetteerExtension = {}): Gazetteer {
  const g: Gazetteer = {
    countryByKey: new Map(), demonymByKey: new Map(), countryNames: new Map(), capitals: new Map(), placesByKey: new Map(), capitalsOnlyPlaceKeys: new Set(),
    organisationByKey: new Map(), namedThingByKey: new Map(), seriesByKey: new Map(), series: [],
    peopleByKey: new Map(), peopleById: new Map(), people: [], honorifics: new Set(), titleWords: new Set(), phraseStarts: new Map(), seriesStarts: new Map(), multiWordCountries: [],
  };
  const note = (key: string, starts = g.phraseStarts) => {
    const words = key.split(" ");
    const n = words.length;
    const first = words[0] ?? "";
    if ((starts.get(first) ?? 0) < n) starts.set(first, n);
  };
  const countries = [...(countriesData.countries as CountryEntry[]), ...(ext.countries ?? [])];
  for (const c of countries) {
    g.countryNames.set(c.code, c.name);
    if (c.capital) g.capitals.set(c.code, c.capital);
    // One-syllable Vietnamese country names (Đức, Anh, Nga, Lào, Mỹ) are also common given
    // names (Trần Đức Thắng, Tô Anh Dũng): only the longer Vietnamese names are used.
    const viNames = (c.vi ?? []).filter((n) => n.trim().split(/\s+/).length > 1);
    for (const n of [c.name, ...c.names, ...viNames]) {
      const k = foldText(n).replace(/^the /, "");
      if (k) { g.countryByKey.set(k, c.code); note(k); }
    }
    for (const d of c.demonyms ?? []) {
      const k = foldText(d);
      if (k && !g.demonymByKey.has(k)) g.demonymByKey.set(k, c.code);
    }
  }
  const spelledOut = new Set<string>();
  for (const p of [...(placesData.places as PlaceEntry[]), ...(ext.places ?? [])]) {
    for (const n of [p.name, ...(p.aliases ?? []), ...(p.vi ?? [])]) {
      const k = foldText(n);
      add(g.placesByKey, k, p);
      note(k);
      if (/^\p{Lu}{2,5}$/u.test(n)) g.capitalsOnlyPlaceKeys.add(k);
      else spelledOut.add(k);
    }
  }
  for (const k of spelledOut) g.capitalsOnlyPlaceKeys.delete(k);
  for (const o of [...(organisationsData.organisations as OrganisationEntry[]), ...(ext.organisations ?? [])]) {
    for (const n of [o.name, ...(o.aliases ?? [])]) {
      const k = foldText(n);
      if (k) { g.organisationByKey.set(k, o); note(k); }
    }
  }
  for (const t of [...(namedThingsData.things as NamedThingEntry[]), ...(ext.namedThings ?? [])]) {
    for (const n of [t.canonical, ...(t.aliases ?? [])]) {
      const k = foldText(n);
      if (k) g.namedThingByKey.set(k, t);
    }
  }
  g.series = [...(occasionsData.series as OccasionSeries[]), ...(ext.occasions ?? [])];
  for (const s of g.series) {
    for (const n of [s.name, ...(s.aliases ?? [])]) {
      const k = foldText(n);
      if (k) { g.seriesByKey.set(k, s); note(k, g.seriesStarts); }
    }
  }
  for (const [key, code] of g.countryByKey) if (key.includes(" ")) g.multiWordCountries.push([key, code]);
  g.people = [...(peopleData.people as PersonEntry[]), ...(ext.people ?? [])];
  for (const p of g.people) {
    g.peopleById.set(p.id, p);
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      const k = foldText(n);
      add(g.peopleByKey, k, p);
      // Family-first names are also written given-first in Western outlets (Toshimitsu Motegi).
      const tokens = k.split(" ");
      if (tokens.length === 2 && (p.culture === "ja" || p.culture === "ko" || p.culture === "zh")) {
        add(g.peopleByKey, [...tokens].reverse().join(" "), p);
      }
    }
  }
  const titles = titlesData as { honorifics: string[]; titles: TitleEntry[]; titleWords?: string[] };
  for (const h of titles.honorifics) g.honorifics.add(foldText(h));
  for (const w of [...BASE_TITLE_WORDS, ...(titles.titleWords ?? [])]) g.titleWords.add(foldText(w));
  return g;
}

let shared: Gazetteer | undefined;

/** The shipped reference data, built once on first use. */
export function defaultGazetteer(): Gazetteer {
  shared ??= buildTables();
  return shared;
}

/** The shipped reference data plus a caller's additions. */
export function createGazetteer(extension: GazetteerExtension): Gazetteer {
  return buildTables(extension);
}

/** Whether `date` (ISO) falls in an entry's validity window; undated dates match every window. */
export function validOn(entry: { validFrom?: string; validTo?: string }, date: string | null): boolean {
  if (date === null) return true;
  if (entry.validFrom && date < entry.validFrom) return false;
  if (entry.validTo && date > entry.validTo) return false;
  return true;
}

/**
 * Continues the hash of `s[..start)` (`hash`, 0 for none) over `s[start..end)`. A polynomial
 * hash: the hash of a range equals the hash of its first part continued over the rest, so a
 * phrase grown token by token is hashed once in all.
 */
export function hashRange(s: string, start: number, end: number, hash = 0): number {
  let h = hash;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}

/**
 * Values by string key, looked up by a range of a longer string: the range is neither sliced
 * into a string of its own nor hashed by the engine (a hot loop looking up every token of every
 * sentence spent most of its time doing both). A range finds exactly the key equal to it.
 */
export class RangeTable<T> {
  /** Open addressing: for each slot, the key's hash and its index + 1 (0 for an empty slot), side by side so that a probe reads one place. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly keys: string[] = [];
  private readonly values: T[] = [];

  constructor(entries: Iterable<readonly [string, T]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (const [key, value] of list) this.set(key, value);
  }

  private set(key: string, value: T): void {
    const hash = hashRange(key, 0, key.length);
    for (let slot = spread(hash) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = (this.slots[2 * slot + 1] as number) - 1;
      if (at < 0) {
        this.keys.push(key);
        this.values.push(value);
        this.slots[2 * slot] = hash;
        this.slots[2 * slot + 1] = this.keys.length;
        return;
      }
      // A key given twice keeps its last value, as in a Map.
      if (this.keys[at] === key) {
        this.values[at] = value;
        return;
      }
    }
  }

  /** The value of the key equal to `s[start..end)`; `hash` is {@link hashRange} of that range, if already known. */
  get(s: string, start: number, end: number, hash = hashRange(s, start, end)): T | undefined {
    const length = end - start;
    for (let slot = spread(hash) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = (this.slots[2 * slot + 1] as number) - 1;
      if (at < 0) return undefined;
      if (this.slots[2 * slot] === hash) {
        const key = this.keys[at] as string;
        if (key.length === length && s.startsWith(key, start)) return this.values[at];
      }
    }
  }
}

/** Mixes the high bits of a hash into the low ones that pick a slot. */
function spread(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}
