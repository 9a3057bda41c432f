/**
 * article → reports: every meeting an article reports as having happened, each field with
 * the span it came from.
 */
import { Article, type ArticleInput } from "../model/article.js";
import type { Place } from "../model/common.js";
import { reportIdOf, type Claim, type Dateline, type Report, type ReportDate, type ReportLocation, type ReportParticipant } from "../model/report.js";
import { foldText, toNfc } from "../text/fold.js";
import { defaultGazetteer, type Gazetteer, type OccasionEdition } from "../text/gazetteer.js";
import { dollarOf, findClaims, kOf } from "./claims.js";
import { endingAt } from "./ending-at.js";
import { addDays } from "./calendar.js";
import { cleanText } from "./clean.js";
import { findDates, localPublicationDate, resolveDate, unknownDate, type DateAnchor, type DateMention } from "./dates.js";
import { BUSINESS_DESCRIPTORS, findPeople, type ArticlePeople, type Person, type PersonMention } from "./people.js";
import { compareParsed, NAME_PARTICLES, parseName } from "../text/names.js";
import { CITY_BEFORE_COMMA, combinePlaces, findDateline, findOccasions, findPlaces, unknownCity, type OccasionMatch, type PlaceMention } from "./places.js";
import { splitSentences, type Sentence } from "./sentences.js";
import { findTriggers, type Trigger } from "./triggers.js";
import { findForeignTriggers, hasForeignTriggers } from "./triggers-foreign.js";

export interface ExtractOptions {
  /** Read numeric dates like `8/7` day first (8 July). Default: decided per article from its zone and its other dates. */
  dayFirst?: boolean;
  gazetteer?: Gazetteer;
}

// Zones of outlets that write numeric dates month first.
const MONTH_FIRST_ZONES = /^(?:America\/|US\/|Asia\/Manila$|Pacific\/Honolulu$)/;

interface Draft {
  participants: number[];
  triggers: { sentence: Sentence; trigger: Trigger }[];
  segmentStart: number;
  segmentEnd: number;
  /** Sentences about this meeting, in text order. */
  owned: Sentence[];
  /** Its first trigger whose sentence names the day (a headline names none), once there is one. */
  dayTrigger?: { sentence: Sentence; trigger: Trigger };
}

// `in Hanoi`, `in the capital of …`, `in the Lao capital, Vientiane`, `in China's Yunnan Province`.
// `in the North Macedonian lakeside town of Ohrid`: up to two capitalised words and two in lower
// case before the kind of place. A sentence may open with it (`At Carthage Palace, …`).
const LOCATIVE = /\b(?:in|at|inside|visiting|while in)\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}(?:[a-z]+\s+){0,2}(?:capital|city|province|resort|town|village|port|southern|northern|central)(?:\s+city)?(?:\s+of)?(?:\s*,)?\s+)?(?:[\p{Lu}][\p{L}'’-]*(?:'s|’s)\s+)?$/u;
// The same opening a sentence, capitalised (tried only on the words from a sentence's start).
const LOCATIVE_OPENING = /^\s*(?:In|At|Inside|Visiting|While in)\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}(?:[a-z]+\s+){0,2}(?:capital|city|province|resort|town|village|port|southern|northern|central)(?:\s+city)?(?:\s+of)?(?:\s*,)?\s+)?(?:[\p{Lu}][\p{L}'’-]*(?:'s|’s)\s+)?$/u;

/**
 * Every meeting `article` reports as having happened, in text order.
 *
 * @example
 * extractReports({ id: "a1", publishedAt: "2025-08-15", text: "HANOI — Foreign Minister Bùi Thanh Sơn met Chinese Foreign Minister Wang Yi in Beijing on Thursday." })
 * //=> [{ id: "a1#1", participants: [{ name: "Bùi Thanh Sơn", … }, { name: "Wang Yi", … }], date: { value: "2025-08-14", … }, location: { value: { city: "Beijing", country: "CN" } … } }]
 */
export function extractReports(input: ArticleInput, options: ExtractOptions = {}): Report[] {
  const parsed = Article.safeParse(input);
  if (!parsed.success) throw new TypeError(`extractReports expects an Article: ${parsed.error.issues.map((i) => `${i.path.join(".") || "article"}: ${i.message}`).join("; ")}`);
  return extractFromArticle({ ...parsed.data, text: toNfc(parsed.data.text) }, options);
}

/** {@link extractReports} for an article already validated and NFC-normalised (the pipeline does both once, at the boundary). */
export function extractFromArticle(article: Article, options: ExtractOptions = {}): Report[] {
  const g = options.gazetteer ?? defaultGazetteer();
  forgetSentences(article.language);
  const text = article.text;
  const clean = cleanText(text);
  const { masked } = clean;
  const sentences = splitSentences(masked, clean.lines);
  // Triggers first: an article none of whose sentences tells a meeting, and with no caption (which
  // can picture one without a word of meeting), reports none, and its people are never read. Most
  // news is about something else, and reading people is the largest share of extraction.
  const triggers = sentences.map(hasForeignTriggers(article.language) ? (s) => withForeignTriggers(findTriggers(s.text), s.text, article.language) : (s) => findTriggers(s.text));
  if (!sentences.some((s, i) => s.caption || (triggers[i] as Trigger[]).length > 0)) return [];
  // The lead is the story's first sentence of prose, past any headline, bullet points or byline.
  const lead = sentences.find((s) => !s.caption && isProse(s)) ?? sentences.find((s) => !s.caption) ?? null;
  const dateline = findDateline(masked, clean.lines, g, lead?.start ?? null);
  // Without a publication date, the day a dateline says the story was filed (`Buenos Aires,
  // January 23, 2023 –`) is what `this Monday` counts from; it never dates a meeting itself.
  const published = localPublicationDate(article.publishedAt ?? clean.embeddedDate ?? filingDate(dateline), article.timezone);
  const people = withSovereigns(findPeople(article.outlet ? withoutOwnName(masked, article.outlet) : masked, g), masked, published, dateline, g);

  const drafts = findMeetings(sentences, triggers, people, published, g);
  if (drafts.length === 0) return [];

  // Only numeric dates (`8/7`) can be read either way, and each has a slash.
  const dayFirst = options.dayFirst ?? chooseDayFirst(masked.includes("/") ? concat(sentences, datesIn) : [], article.timezone ?? null);
  const leadOccasion = lead ? occasionIn(lead, g, published) : null;
  const nextLead = lead === null ? undefined : firstDatedProseAfter(lead, sentences);
  // A headline that names a meeting and its place (`… after trilateral meeting in Vilnius`) places
  // it when the story's prose does not.
  const headline = sentences.find((s) => lead !== null && s.start < lead.start && !s.caption && !isProse(s) && HEADLINE_MEETING.test(s.text));
  const headlinePlace = headline ? venueOf(headline, g, published, dateline) : null;
  const leadPlace = refinedByNext(lead ? venueOf(lead, g, published, dateline) : null, lead, sentences, (s) => venueOf(s, g, published, dateline)) ?? headlinePlace;
  const dollar = dollarOf(article.timezone);
  const localK = kOf(article.timezone);
  // A round-up's section headings (`Thursday, November 14 – Lima`) date and place what follows them.
  const headings = lead ? sentences.filter((s, i) => s.start > lead.start && isSectionHeading(s, triggers[i] as Trigger[])) : [];

  // A sentence that tells two meetings places each in its own part (`sat down with Lavrov
  // yesterday, a day after talks in Kyiv with Kuleba`): the first from the sentence's start, each
  // later one from its trigger, each up to the next trigger.
  const triggersIn = new Map<Sentence, number[]>();
  for (const d of drafts) for (const t of d.triggers) triggersIn.set(t.sentence, [...(triggersIn.get(t.sentence) ?? []), t.trigger.span[0]]);
  const clauses = new Map<string, Sentence>();
  const clauseOf = (sentence: Sentence, trigger: Trigger): Sentence => {
    const starts = [...new Set(triggersIn.get(sentence) ?? [])].sort((a, b) => a - b);
    if (starts.length < 2) return sentence;
    const i = starts.indexOf(trigger.span[0]);
    const from = i <= 0 ? 0 : (starts[i] as number);
    const to = i + 1 < starts.length ? (starts[i + 1] as number) : sentence.text.length;
    const key = `${sentence.start}:${from}`;
    let clause = clauses.get(key);
    if (!clause) clauses.set(key, (clause = { ...sentence, start: sentence.start + from, end: sentence.start + to, text: sentence.text.slice(from, to) }));
    return clause;
  };

  const reports: Report[] = [];
  const dated: { at: number; date: ReportDate }[] = [];
  const ordered = [...drafts].sort((a, b) => a.segmentStart - b.segmentStart);
  // The previous meeting told, for one told as the same outing (`On the same day, Xi also met …`).
  let previous: { occasion: OccasionMatch | null; location: ReportLocation } | null = null;
  // The date of the meeting the lead tells (the story's first when no report holds the lead).
  let leadDate: ReportDate | null = null;
  // A meeting the story tells after its lead, on another day, between people of other countries,
  // was not at the lead's place: `Earlier on Thursday, Modi met French Prime Minister Elisabeth
  // Borne` in a story led by his talks in Abu Dhabi two days later.
  const couldBeAt = (place: Place, draft: Draft, date: ReportDate): boolean => {
    const countries = draft.participants.map((i) => (people.people[i] as Person).country);
    const elsewhere = countries.every((c) => c !== null && c !== place.country);
    const otherDay = leadDate?.precision === "day" && date.precision === "day" && leadDate.start !== date.start;
    return !(elsewhere && otherDay);
  };
  ordered.forEach((draft, index) => {
    const own = draft.triggers.map((t) => t.sentence);
    const sameOuting = previous !== null && own.some((s) => SAME_OUTING.test(s.text));
    // The story's prose before its headline and captions: `Putin, Pezeshkian hold first talks,
    // agree to continue dialogue at BRICS summit in Kazan` over the lead's `in Ashgabat`.
    const proseFirst = (sentences: readonly Sentence[]) => (sentences.length > 1 ? [...sentences.filter(isProse), ...sentences.filter((s) => !isProse(s))] : sentences);
    let occasionMatch = firstOf(proseFirst(own), (s) => occasionIn(s, g, published)) ?? (sameOuting ? previous?.occasion : null) ?? leadOccasion;
    // `on the eve of the Arab summit`: the day before the occasion, not at it.
    const eve = occasionMatch?.eve === true;
    const edition = eve ? dayBefore(occasionMatch?.edition ?? null) : (occasionMatch?.edition ?? null);
    const anchor: DateAnchor = { published, occasion: edition ? { start: edition.start, end: edition.end } : null, dayFirst };
    const heading = headings.findLast((h) => h.start < (own[0]?.start ?? 0)) ?? null;
    // A standfirst that gives no date (`The libertarian president sat down with the pontiff …`)
    // leaves dating to the story's first sentence after it, where that names the meeting's people
    // (`President Javier Milei looked at ease on Monday morning as he took his seat opposite Pope Francis`).
    const datedLead = lead !== null && nextLead !== undefined && datesIn(lead).length === 0 && namesSome(nextLead, draft.participants, people) ? nextLead : lead;
    const scene = sceneOf(draft, sentences, triggersIn, people);
    const asRead = dateFor(withCaptionTails(own, sentences), scene, datedLead, anchor, draft, dated, edition, dateline, heading, g, people);
    const date = eve && asRead.basis === "occasion" ? { ...asRead, reason: "the text gives no date; the day before the occasion it names" } : asRead;
    if (eve) occasionMatch = null;
    // A meeting the text dates months away from the occasion it names was not on its sidelines
    // (`met at the Maximos Mansion` on 7 December, in a story recalling their meetings at the
    // NATO summit in Vilnius in July): the occasion, and the venue it gives, are another event's.
    if (edition && date.start !== null && date.end !== null && date.basis !== "occasion" && (date.end < addDays(edition.start, -OCCASION_SLACK_DAYS) || date.start > addDays(edition.end, OCCASION_SLACK_DAYS))) occasionMatch = null;
    dated.push({ at: draft.segmentStart, date });
    // The lead's place stands in for the report's own, unless the lead is one of its own sentences, read clause by clause above.
    const ownLead = lead !== null && own.includes(lead);
    if (ownLead || index === 0) leadDate = date;
    // (A building the sentence just before names, setting the scene, places it too: `the motorcade
    // headed to Palazzo Chigi, …, where Meloni welcomed Milei. It was the first meeting between the
    // two leaders.` A city there may be only where someone spoke: `…, Borrell said in Brussels.`)
    const sceneVenue = scene !== null && !scene.sameDay ? venueOf(scene.sentence, g, published, dateline) : null;
    const scenePlace = sceneVenue !== null && specificity(sceneVenue.place) === 4 ? sceneVenue : null;
    const fallback = (heading ? headingPlace(heading, g, published) : null) ?? travelledTo(draft, sentences, people, g, published ?? date.start) ?? scenePlace ?? (ownLead ? headlinePlace : leadPlace && couldBeAt(leadPlace.place, draft, date) ? leadPlace : null) ?? arrivedIn(draft, sentences, people, g, anchor, date);
    let location = locationFor(triggerClauses(draft, isProse, clauseOf), draft.owned, fallback, occasionMatch, g, published ?? date.start, dateline, { date, anchor });
    // The same outing is in the same place, unless its own text says otherwise: a venue no more
    // than the same country is made specific by the previous meeting's (the span points there).
    const firstTrigger = draft.triggers[0] as { sentence: Sentence; trigger: Trigger };
    // A call joins two places: it has no one venue.
    if (firstTrigger.trigger.mode !== "in-person") location = { value: null, surface: null, span: null, basis: null };
    const before = previous?.location;
    // (Only a place inside its own: `Chequers, Buckinghamshire` does not refine `Sandringham, Norfolk`.)
    // (Later the same day is in the same city, not always in the same building: `Later on Tuesday,
    // he called on President Murmu` after talks at Hyderabad House.)
    if (sameOuting && firstTrigger.trigger.mode === "in-person" && before?.value && (location.value === null || (location.value.country === before.value.country && specificity(location.value) < specificity(before.value) && placeWithin(before.value, location.value)))) {
      location = before.value.site !== undefined && own.some((s) => LATER_THAT_DAY.test(s.text)) ? { ...before, value: withoutSite(before.value) } : before;
    }
    previous = { occasion: occasionMatch, location };
    const tradeWith = tradeWithOf(draft, people, g);
    reports.push({
      id: reportIdOf(article.id, index + 1),
      articleId: article.id,
      outlet: article.outlet ?? null,
      url: article.url ?? null,
      publishedAt: article.publishedAt ?? clean.embeddedDate ?? null,
      mode: firstTrigger.trigger.mode,
      participants: draft.participants.map((i) => participantOf(people.people[i] as Person)),
      date,
      location,
      dateline,
      occasion: occasionMatch?.occasion ?? null,
      claims: concat(draft.owned, (s) => claimsIn(s, dollar, localK, tradeWith)),
      trigger: {
        surface: text.slice(firstTrigger.sentence.start + firstTrigger.trigger.span[0], firstTrigger.sentence.start + firstTrigger.trigger.span[1]),
        span: [firstTrigger.sentence.start + firstTrigger.trigger.span[0], firstTrigger.sentence.start + firstTrigger.trigger.span[1]],
      },
      statement: {
        surface: text.slice(firstTrigger.sentence.start, firstTrigger.sentence.end),
        span: [firstTrigger.sentence.start, firstTrigger.sentence.end],
      },
      span: [draft.segmentStart, draft.segmentEnd],
    });
  });
  placeOnTheTrip(reports);
  return reports;
}

// A sovereign named by office (`Zelensky has met the King at Sandringham`, `His Majesty the Sultan`,
// `the Pope`, `the King of Spain`, `the Jordanian monarch`), not followed by a name (a name's run is
// read as a person's). Groups: the country's adjective and the office after it (in either case), or
// the office alone (capitalised); then the country after `of`.
const SOVEREIGN = /\b(?:(?:His|Her)\s+(?:Majesty|Holiness|Highness)\s+)?[Tt]he\s+(?:(\p{Lu}[\p{L}]+)\s+([Kk]ing|[Ee]mperor|[Ss]ultan|[Ee]mir|[Aa]mir|[Mm]onarch)|(King|Emperor|Sultan|Emir|Amir|Pope|Pontiff))\b(?!['’]s\s+\p{Lu})(?:\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?))?(?!\s+\p{Lu})/gu;
const SOVEREIGN_WORDS = ["King", "Emperor", "Sultan", "Emir", "Amir", "Pope", "Pontiff", "monarch", " king", " emir", " sultan"];
// Where a sovereign so named is a side: after the verb or preposition that tells a meeting (`met the
// King`, `was received by the Sultan`, `an audience with the Pope`), or before its verb (`The King,
// who …, received him`).
const SIDE_BEFORE = /\b(?:met|meets|meeting|with|by|on|received|receives|welcomed|hosted|audience)\s+(?:(?:His|Her)\s+(?:Majesty|Holiness|Highness)\s+)?$/;
const SIDE_AFTER = /^\s*(?:,[^.;]{1,100},\s*)?(?:has\s+|had\s+|also\s+|later\s+|then\s+)*(?:met|meets|received|receives|welcomed|welcomes|hosted|hosts|held|holds|spoke|greeted|granted|sat)\b/;
const SAME_OFFICE: Readonly<Record<string, string>> = { amir: "emir", pontiff: "pope" };
const MONARCHS = ["king", "queen", "emir", "sultan", "emperor"];

/**
 * `The King received President Zelenskyy at Sandringham House`: each sovereign named by office
 * alone, as a side of a meeting, is the one the reference data gives as holding that office on the
 * day of publication in a country the article names (a pope, in any), or else the one person of
 * that office the article names (`King Felipe VI … the King`). None where two could be meant.
 * (The article's people are added to and renamed in place.)
 */
function withSovereigns(people: ArticlePeople, masked: string, published: string | null, dateline: Dateline | null, g: Gazetteer): ArticlePeople {
  if (!SOVEREIGN_WORDS.some((w) => masked.includes(w))) return people;
  knownSovereigns(people, published, g);
  let countries: Set<string> | null = null;
  const countriesNamed = (): Set<string> => {
    if (countries) return countries;
    countries = new Set<string>();
    for (const p of people.people) if (p.country) countries.add(p.country);
    if (dateline?.place?.country) countries.add(dateline.place.country);
    for (const m of findPlaces(masked, 0, g, published)) if (m.place.country) countries.add(m.place.country);
    return countries;
  };
  const added: PersonMention[] = [];
  SOVEREIGN.lastIndex = 0;
  for (let m = SOVEREIGN.exec(masked); m; m = SOVEREIGN.exec(masked)) {
    const start = m.index;
    const end = start + m[0].length;
    if (people.mentions.some((x) => x.span[0] < end && start < x.span[1])) continue;
    // Only as a side of a meeting the words around tell (not `a letter from the King`).
    if (!SIDE_BEFORE.test(masked.slice(Math.max(0, start - 40), start)) && !SIDE_AFTER.test(masked.slice(end, end + 120))) continue;
    const written = (m[2] ?? m[3]) as string;
    const office = SAME_OFFICE[written.toLowerCase()] ?? written.toLowerCase();
    // (A monarch is whichever sovereign the country has.)
    const offices = office === "monarch" ? MONARCHS : [office];
    const forms = [...offices, ...Object.keys(SAME_OFFICE).filter((k) => offices.includes(SAME_OFFICE[k] as string))];

    // The one the reference data gives as holding the office then, in a country the article names
    // (a king of history the article also names, `the future Edward VII`, is not the one meant), or
    // in the one the words name (`of Spain`, `the Jordanian monarch`).
    const of = m[4] !== undefined ? g.countryByKey.get(foldText(m[4])) : m[1] !== undefined ? g.demonymByKey.get(foldText(m[1])) : undefined;
    if ((m[4] !== undefined || m[1] !== undefined) && of === undefined) continue;
    const holders = g.people.filter(
      (e) => offices.some((o) => heldOn(e.roles, o, published)) && (of !== undefined ? e.country === of : office === "pope" || (e.country !== undefined && countriesNamed().has(e.country))),
    );
    let person = -1;
    if (holders.length === 1) {
      const entry = holders[0] as (typeof holders)[number];
      const parsed = parseName(entry.name, { gazetteer: g });
      // (The holder as the article spells them, a misprint too: `Tamim bin Hamad Al Thanni`.)
      person = people.people.findIndex((p) => p.parsed.personId === entry.id || compareParsed(p.parsed, parsed).same);
      if (person < 0) {
        people.people.push({ parsed, name: entry.name, title: written, country: entry.country ?? null, mentions: [] });
        person = people.people.length - 1;
      }
    } else if (of === undefined) {
      // Failing that, the one of that office the article names.
      const named = people.people.map((p, i) => (titleHolds(p.title, forms) ? i : -1)).filter((i) => i >= 0);
      if (named.length === 1) person = named[0] as number;
    }
    if (person < 0) continue;
    const holder = people.people[person] as Person;
    const mention: PersonMention = { surface: m[0], span: [start, end], title: written, country: holder.country, person };
    holder.mentions.push(mention);
    added.push(mention);
  }
  if (added.length === 0) return people;
  return { people: people.people, mentions: [...people.mentions, ...added].sort((a, b) => a.span[0] - b.span[0]) };
}

/** Whether `roles` hold `office` (`king`, `emir`, …) on `day` (a current office where the day is unknown). */
function heldOn(roles: readonly { title: string; from?: string; to?: string }[] | undefined, office: string, day: string | null): boolean {
  return (roles ?? []).some((r) => {
    const title = foldText(r.title);
    return (SAME_OFFICE[title] ?? title) === office && (day === null ? !r.to : (!r.from || r.from <= day) && (!r.to || day < r.to));
  });
}

/**
 * `His Majesty King Abdullah`: a sovereign named by one name under the office's title is the one
 * holder of that office then whose name it is (Abdullah II of Jordan), named so in the report.
 */
function knownSovereigns(people: ArticlePeople, published: string | null, g: Gazetteer): void {
  for (const p of people.people) {
    const token = p.parsed.tokens[0];
    if (p.parsed.tokens.length !== 1 || p.title === null || token === undefined) continue;
    const words = foldText(p.title).split(" ");
    const office = words.map((w) => SAME_OFFICE[w] ?? w).find((w) => w === "king" || w === "emir" || w === "sultan" || w === "emperor" || w === "pope");
    if (office === undefined || words.includes("crown") || words.includes("former")) continue;
    // (A one-word name the reference data gave to someone else, who held no such office then, is looked up again.)
    if (p.parsed.personId !== null && heldOn(g.peopleById.get(p.parsed.personId)?.roles, office, published)) continue;
    const holders = g.people.filter((e) => heldOn(e.roles, office, published) && (foldText(e.short ?? "") === token || foldText(e.given ?? "").split(" ")[0] === token));
    if (holders.length !== 1) continue;
    const entry = holders[0] as (typeof holders)[number];
    p.parsed = parseName(entry.name, { gazetteer: g });
    p.name = entry.name;
    p.country ??= entry.country ?? null;
  }
}

/**
 * The text with the outlet's own name blanked where it stands alone (`Analysts who spoke to Enab
 * Baladi said …`): an outlet is no one met. (Not inside a longer run of names: `Michael Bloomberg`
 * in a story of Bloomberg's is a person.)
 */
function withoutOwnName(masked: string, outlet: string): string {
  const name = outlet.trim();
  if (name.length < 3 || !masked.includes(name)) return masked;
  let out = masked;
  for (let at = masked.indexOf(name); at >= 0; at = masked.indexOf(name, at + name.length)) {
    const before = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]*\s+)?$/u.exec(masked.slice(Math.max(0, at - 40), at));
    const after = /^(\s+\p{Lu})?/u.exec(masked.slice(at + name.length, at + name.length + 3));
    const edge = (at === 0 || !/\p{L}/u.test(masked[at - 1] as string)) && !/\p{L}/u.test(masked[at + name.length] ?? " ");
    if (!edge || before?.[1] || after?.[1]) continue;
    out = out.slice(0, at) + " ".repeat(name.length) + out.slice(at + name.length);
  }
  return out;
}

/**
 * A report's own sentences, then the rest of the line of each of its captions (`… at the talks.
 * (Photo: NDO) Hà Nội, 28/4`: the photo's place and day), read after every sentence of its own.
 */
function withCaptionTails(own: readonly Sentence[], sentences: readonly Sentence[]): readonly Sentence[] {
  if (!own.some((s) => s.caption)) return own;
  const out: Sentence[] = [...own];
  for (const s of own) {
    if (!s.caption) continue;
    for (let i = indexOfSentence(sentences, s) + 1; i < sentences.length; i++) {
      const next = sentences[i] as Sentence;
      if (!next.caption || next.paragraph !== s.paragraph || own.includes(next)) break;
      if (!out.includes(next)) out.push(next);
    }
  }
  return out;
}

/** An edition's day before its first, wherever it was (the meeting on its eve was not there). */
function dayBefore(edition: OccasionEdition | null): OccasionEdition | null {
  if (edition === null) return null;
  const day = addDays(edition.start, -1);
  return { start: day, end: day, country: edition.country };
}

/**
 * A meeting in person the text gives no place for, told beside one with a city, on a trip: when
 * the two share a traveller (someone from another country than that city's) and the other side of
 * the unplaced one is of that city's country, it was in that city, within two days (`Earlier on
 * Thursday, shortly after landing, Modi met French Prime Minister Elisabeth Borne`, beside his
 * talks with Macron in Paris). The span is where the text names the city. Reports are changed in
 * place.
 */
function placeOnTheTrip(reports: Report[]): void {
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i] as Report;
    if (r.location.value !== null || r.mode !== "in-person" || r.date.start === null) continue;
    for (const j of [i - 1, i + 1]) {
      const other = reports[j];
      const place = other?.location.value;
      if (!other || !place?.city || other.mode !== "in-person" || other.date.start === null || other.date.end === null || r.date.end === null) continue;
      if (r.date.start > addDays(other.date.end, 2) || other.date.start > addDays(r.date.end, 2)) continue;
      const keys = new Set(other.participants.map((p) => p.key));
      const travellers = r.participants.filter((p) => keys.has(p.key) && p.country !== null && p.country !== place.country);
      const locals = r.participants.filter((p) => !keys.has(p.key) && p.country === place.country);
      if (travellers.length === 0 || locals.length === 0 || travellers.length + locals.length !== r.participants.length) continue;
      // (The city, not a building in it: the other meeting's building need not be this one's.)
      const city: Place = { ...place };
      delete city.site;
      r.location = { value: city, surface: other.location.surface, span: other.location.span, basis: other.location.basis };
      break;
    }
  }
}

// Per-sentence results, computed once however many reports of an article ask. They hold the
// sentences of one article at a time (emptied as the next begins): plain maps, as a WeakMap's
// bookkeeping cost more than the lookups it saved.
const datesMemo = new Map<Sentence, DateMention[]>();
const occasionMemo = new Map<Sentence, OccasionMatch | null>();
const venueMemo = new Map<Sentence, ReturnType<typeof venueIn>>();
const proseMemo = new Map<Sentence, boolean>();
// A sentence's claims, with what its reading asked of the report's trade partners: a sentence
// that several reports own (a lead telling two meetings, a round-up's shared paragraph) is read
// once when the partners answer alike.
const claimsMemo = new Map<Sentence, { claims: Claim[]; asked: Map<string, string> }>();

// Whether the article being read is in a language whose dates and locatives are also read
// (Portuguese, Spanish, French): set with the sentences, for the article they belong to.
let foreignArticle = false;

function forgetSentences(language: string): void {
  foreignArticle = hasForeignTriggers(language);
  // (Clearing a map allocates a new table: an empty one is left as it is.)
  if (datesMemo.size > 0) datesMemo.clear();
  if (occasionMemo.size > 0) occasionMemo.clear();
  if (venueMemo.size > 0) venueMemo.clear();
  if (proseMemo.size > 0) proseMemo.clear();
  if (claimsMemo.size > 0) claimsMemo.clear();
}

function datesIn(s: Sentence): DateMention[] {
  let v = datesMemo.get(s);
  if (!v) datesMemo.set(s, (v = findDates(s.text, s.start, foreignArticle)));
  return v;
}

function occasionIn(s: Sentence, g: Gazetteer, published: string | null): OccasionMatch | null {
  let v = occasionMemo.get(s);
  if (v === undefined) occasionMemo.set(s, (v = findOccasions(s.text, s.start, g, published)[0] ?? null));
  return v;
}

function venueOf(s: Sentence, g: Gazetteer, on: string | null, dateline: Dateline | null): ReturnType<typeof venueIn> {
  // The date used to check a place's validity is the article's, so one result per sentence holds.
  let v = venueMemo.get(s);
  if (v === undefined) venueMemo.set(s, (v = EARLIER_MEETING.test(s.text) ? venueBesideEarlier(s, g, on, dateline) : venueIn(s, g, on, dateline)));
  return v;
}

/**
 * venueIn of a sentence that names an earlier meeting only in an aside (`The two men, who had last
 * met in person in Ahmedabad in February 2020, embraced outside the West Wing`): read without the
 * aside (blanked, so that every offset holds). Otherwise none.
 */
function venueBesideEarlier(s: Sentence, g: Gazetteer, on: string | null, dateline: Dateline | null): ReturnType<typeof venueIn> {
  const without = withoutEarlierAside(s);
  return without !== s && !EARLIER_MEETING.test(without.text) ? venueIn(without, g, on, dateline) : null;
}

/** The sentence with an aside that tells an earlier meeting (EARLIER_ASIDE) blanked, or the sentence itself when it has none. */
function withoutEarlierAside(s: Sentence): Sentence {
  if (!s.text.includes(", wh")) return s;
  const text = s.text.replace(EARLIER_ASIDE, (m) => `,${" ".repeat(m.length - 2)},`);
  return text === s.text ? s : { ...s, text };
}

// What may follow the place that ends a caption: its country, a date, a credit.
const CAPTION_TAIL = /^(?:,\s*[\p{Lu}][\p{L}'’ -]*){0,2}(?:,\s*[\p{L}\d ,.]{0,20})?\.?\s*(?:\([^)]{0,40}\))?\s*\*?\s*$/u;

// A sentence about the same people's earlier meeting (`Yoon, Biden and Kishida previously met in
// Madrid`) does not place this one.
const EARLIER_MEETING = /\b(?:previously|formerly|last met|first met|last (?:held|had|spoke|talked)|had (?:met|held|hosted))\b/i;
// A relative clause set off by commas that tells the earlier meeting (see venueBesideEarlier).
const EARLIER_ASIDE = /,\s+(?:who|which)\s+[^,;.]*?\b(?:previously|formerly|last met|first met|last (?:held|had|spoke|talked)|had (?:met|held|hosted))\b[^,;.]*,/gi;

/** The lists `f` gives for each item, one after another (`flatMap` is an order of magnitude slower on Node 20 for short lists, in the hottest loop). */
function concat<T, U>(items: readonly T[], f: (item: T) => readonly U[]): U[] {
  const out: U[] = [];
  for (const item of items) for (const v of f(item)) out.push(v);
  return out;
}

function firstOf<T>(items: readonly Sentence[], f: (s: Sentence) => T | null): T | null {
  for (const s of items) {
    const v = f(s);
    if (v !== null) return v;
  }
  return null;
}

const HEADLINE_MEETING = /\b(?:meeting|meets|met|talks|summit|visit|sign|signs|signed)\b/i;
// `Yoon to leave for …`, `Petro heads to Caracas for talks with Maduro`.
const HEADLINE_FUTURE = /^[^.;:]{0,80}?(?:\b(?<!\b(?:is|are|was|were|has|have|had)\s)to\s+(?:leave|travel|visit|attend|depart|fly|head|hold|host|meet|receive|sign)\b|\b(?:heads|travels|leaves|departs|flies|sets off)\s+(?:to|for)\b)/i;

/**
 * A short line of a date, perhaps with a place, that opens a section (`**Thursday, November 14 –
 * Lima**`), telling no meeting (its `triggers`, found once with the article's); not a byline's
 * time stamp (`Published On 1 Mar 2025`, `Updated: 12 June`).
 */
function isSectionHeading(s: Sentence, triggers: readonly Trigger[]): boolean {
  if (s.caption || s.text.length > 80 || isProse(s) || datesIn(s).length === 0 || TIME_STAMP.test(s.text)) return false;
  // Nothing but the date, a place and separators: at most four other words.
  let rest = s.text;
  for (const m of datesIn(s)) rest = rest.replace(m.surface, " ");
  return rest.split(/[\s*#|:,–—-]+/).filter(Boolean).length <= 4 && triggers.length === 0;
}

const TIME_STAMP = /^[\s*#_]*(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)|last\s+update)\b/i;

/** The one place a section heading names, as a venue to fall back on. */
function headingPlace(h: Sentence, g: Gazetteer, on: string | null): ReturnType<typeof venueIn> {
  const combined = combinePlaces(findPlaces(h.text, h.start, g, on));
  return combined && combined.rank >= 3 ? { place: combined.place, surface: combined.surface, span: combined.span } : null;
}

/**
 * {@link findClaims} of a sentence for a report whose trade with a partner reads as `tradeWith`
 * says. The claims depend on the report only through `tradeWith`: when every partner the last
 * reading asked about is answered as it was, that reading is the answer (copied, so that no two
 * reports share an object).
 */
function claimsIn(s: Sentence, dollar: string, k: string | null, tradeWith: (partner: string) => string): Claim[] {
  const memo = claimsMemo.get(s);
  if (memo && answersAlike(memo.asked, tradeWith)) return memo.claims.map(copyOfClaim);
  const asked = new Map<string, string>();
  const claims = findClaims(s.text, s.start, dollar, k, (partner) => {
    const subject = tradeWith(partner);
    asked.set(partner, subject);
    return subject;
  });
  claimsMemo.set(s, { claims, asked });
  return claims;
}

function answersAlike(asked: ReadonlyMap<string, string>, tradeWith: (partner: string) => string): boolean {
  for (const [partner, subject] of asked) if (tradeWith(partner) !== subject) return false;
  return true;
}

function copyOfClaim(c: Claim): Claim {
  const copy: Claim = { ...c, span: [c.span[0], c.span[1]] };
  if (c.figure) copy.figure = { ...c.figure };
  return copy;
}

function isProse(s: Sentence): boolean {
  let v = proseMemo.get(s);
  // (A time stamp `27.02.2023. 22:40` ends with a dot too: prose has words.)
  if (v === undefined) proseMemo.set(s, (v = !/^\s*(?:#{1,6}\s|[-*•]\s)/.test(s.text) && endsAsSentence(s.text) && /\p{L}{2,}/u.test(s.text)));
  return v;
}

/**
 * Whether `text` ends as a sentence does: `/[.!?]["”’)]?\s*$/`, read from the end instead of
 * tried at every full stop of the text (trimEnd drops exactly what `\s` matches).
 */
export function endsAsSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  const last = trimmed.at(-1);
  if (last === undefined) return false;
  return STOPS.includes(last) || (CLOSERS.includes(last) && STOPS.includes(trimmed.at(-2) ?? " "));
}

const STOPS = ".!?";
const CLOSERS = '"”’)';

/** Day first unless the outlet's zone writes month first; an explicit written date in the article settles ambiguous ones. */
function chooseDayFirst(dates: readonly DateMention[], timezone: string | null): boolean {
  const written = dates.filter((d): d is Extract<DateMention, { kind: "explicit" }> => d.kind === "explicit" && !d.numeric);
  for (const n of dates) {
    if (n.kind !== "explicit" || !n.numeric || !n.alt) continue;
    if (written.some((w) => w.month === n.month && w.day === n.day)) return true;
    if (written.some((w) => w.month === n.alt?.month && w.day === n.alt.day)) return false;
  }
  return !(timezone && MONTH_FIRST_ZONES.test(timezone));
}

/** The day a dateline gives with its year (`COPENHAGEN, Jan 16, 2025 (AFP) -`), as an ISO date; null otherwise. */
function filingDate(dateline: Dateline | null): string | null {
  if (!dateline) return null;
  for (const m of findDates(dateline.surface)) {
    const d = resolveDate(m, { published: null, occasion: null, dayFirst: false }, null);
    if (d.precision === "day" && d.basis === "explicit" && d.start) return d.start;
  }
  return null;
}

function participantOf(p: Person): ReportParticipant {
  return {
    name: p.name,
    key: p.parsed.key,
    title: p.title,
    country: p.country,
    side: null,
    culture: p.parsed.culture,
    mentions: p.mentions.map((m) => ({ surface: m.surface, span: m.span })),
  };
}

/** A sentence's English triggers (captions and quotes may be in English) with those of its article's language, in order, none overlapping. */
function withForeignTriggers(english: Trigger[], text: string, language: string): Trigger[] {
  const foreign = findForeignTriggers(text, language).filter((t) => !english.some((e) => t.span[0] < e.span[1] && e.span[0] < t.span[1]));
  return foreign.length === 0 ? english : [...english, ...foreign].sort((a, b) => a.span[0] - b.span[0]);
}

// A sentence that goes back to an event the one before it told (`On that visit, …`).
const THAT_EARLIER = /^\W*(?:on|during|at|in the course of)\s+that\s+(?:visit|occasion|trip|meeting|summit|tour)\b/i;

const SPOUSE_TITLE = /\b(?:first lady|first gentleman|spouse|wife|husband)\b/i;

/** Whether person `p` shares a family name with another of `sides` (for one titled as a spouse: a leader's spouse at their side). */
function sharesFamilyName(p: number, sides: readonly number[], persons: readonly Person[]): boolean {
  const family = persons[p]?.parsed.tokens.at(-1);
  return family !== undefined && sides.some((o) => o !== p && persons[o]?.parsed.tokens.includes(family) === true);
}

/**
 * Finds who took part in each meeting trigger (`triggersOf[i]` are sentence i's); groups triggers
 * of the same participants.
 */
function findMeetings(sentences: readonly Sentence[], triggersOf: readonly (readonly Trigger[])[], people: ArticlePeople, published: string | null, g: Gazetteer): Draft[] {
  const drafts: Draft[] = [];
  const persons = people.people;
  // Who is titled as someone's spouse, worked out once per person, when first a side of a meeting.
  const spouseTitled: boolean[] = [];
  const titledSpouse = (p: number): boolean => {
    let titled = spouseTitled[p];
    if (titled === undefined) {
      const person = persons[p];
      spouseTitled[p] = titled = person !== undefined && person.title !== null && SPOUSE_TITLE.test(person.title);
    }
    return titled;
  };
  const spouseOf = (p: number, sides: readonly number[]) => titledSpouse(p) && sharesFamilyName(p, sides, persons);
  let principal: number | null = null;
  const byKey = new Map<string, Draft[]>();
  const groups: Draft[] = [];
  // The day each draft's `dayTrigger` names (every later trigger of the same people is compared with it).
  const dayOfDraft = new Map<Draft, DayMention>();
  // `Modi told Putin on Tuesday that … ¶ Modi made the comments at the start of formal talks`: the
  // day of a draft whose triggers name none, from the sentence just before its first, when that
  // sentence names all its people and a day (asked only when another trigger of theirs names a day).
  const sceneDays = new Map<Draft, DayMention | null>();
  const sceneDay = (d: Draft): DayMention | undefined => {
    let day = sceneDays.get(d);
    if (day === undefined) {
      day = null;
      const first = d.triggers[0]?.sentence;
      const at = first === undefined ? -1 : indexOfSentence(sentences, first);
      const scene = at > 0 ? (sentences[at - 1] as Sentence) : undefined;
      if (scene !== undefined && !scene.caption && isProse(scene) && d.participants.every((p) => peopleIn(scene).includes(p))) {
        const days = daysOf(scene);
        // (The last, as in dayOfTrigger: a dateline's date comes first.)
        day = days.at(-1) ?? null;
      }
      sceneDays.set(d, day);
    }
    return day ?? undefined;
  };
  const addMeeting = (sides: number[], sentence: Sentence, trigger: Trigger) => {
    // `received by President Ruto and First Lady Mama Rachel Ruto`: a spouse at a leader's side is no side of the meeting.
    const people = sides.some(titledSpouse) ? sides.filter((p) => !spouseOf(p, sides)) : sides;
    if (people.length < 2 || people[0] === people[1]) return;
    principal ??= people[0] ?? null;
    const key = peopleKey(people);
    // Two of a meeting of three already told (`talks between A and B`, after a caption of A, B
    // and C) are that meeting.
    // The same people on another day the text names (`On 27 February, A and B sat down … Three
    // weeks later, on 18 March, A and B met again`) are another meeting: the draft of theirs this
    // trigger joins is one not told on another day.
    const here = { sentence, trigger };
    // (This trigger's day is looked up once, when first asked.)
    let day: DayMention | undefined | null = null;
    const dayHere = (): DayMention | undefined => (day === null ? (day = dayOfTrigger(sentence, trigger)) : day);
    const toldOnAnotherDay = (d: Draft): boolean => {
      const told = d.dayTrigger;
      if (told?.sentence === sentence) return false;
      const y = dayHere();
      if (y === undefined) return false;
      if (told) return otherDay(dayOfDraft.get(d) as DayMention, told.trigger.dayOffset ?? 0, y, trigger.dayOffset ?? 0);
      // (A draft whose triggers name no day has the day of the sentence that sets its scene.)
      const scene = sceneDay(d);
      return scene !== undefined && otherDay(scene, 0, y, trigger.dayOffset ?? 0);
    };
    // (A draft's day is that of its first trigger that names one, kept as triggers join it.)
    const same = byKey.get(key);
    // `During the meeting, Yunus presented Modi with a photograph taken … on January 3, 2015`: the
    // meeting just told, whatever day the sentence names for something else.
    const existing =
      (same !== undefined && BACK_TO_THE_MEETING.test(trigger.surface) ? same[same.length - 1] : undefined) ??
      same?.find((d) => !toldOnAnotherDay(d)) ??
      groups.find((d) => d.participants.length > people.length && people.every((p) => d.participants.includes(p)) && !toldOnAnotherDay(d));
    const draft: Draft = existing ?? { participants: people, triggers: [], segmentStart: sentence.start, segmentEnd: sentence.end, owned: [] };
    draft.triggers.push(here);
    if (!draft.dayTrigger) {
      const named = dayHere();
      if (named !== undefined) {
        draft.dayTrigger = here;
        dayOfDraft.set(draft, named);
      }
    }
    if (!existing) {
      if (same) same.push(draft);
      else byKey.set(key, [draft]);
      drafts.push(draft);
      // Meetings of three or more, which two of their people may be told again as (looked up apart:
      // an article has few of them, and a round-up hundreds of pairs).
      if (people.length >= 3) groups.push(draft);
    }
  };
  const mentions = people.mentions.filter((m) => m.person >= 0);
  const firstNamed = mentions[0]?.person ?? null;
  /** Index of the first mention starting at or after `at` (mentions are in text order). */
  const firstAtOrAfter = (at: number): number => firstSpanAt(mentions, at);
  /** The most recent distinct people named before `at`, nearest first (a bounded look back). */
  const recent = (at: number, n: number): number[] => {
    const out: number[] = [];
    for (let i = firstAtOrAfter(at) - 1, seen = 0; i >= 0 && out.length < n && seen < 50; i--, seen++) {
      const m = mentions[i];
      if (!m || out.includes(m.person)) continue;
      out.push(m.person);
    }
    return out;
  };
  /**
   * The person a pronoun opening this sentence most likely stands for: the one who opens one of
   * the few sentences before it (`Meanwhile, Japanese Prime Minister Fumio Kishida arrived in
   * Kyiv … He toured Bucha and met Zelenskyy`), not whoever was named last (`… the host, Prime
   * Minister Mark Carney. She also met Modi`), and none past a heading.
   */
  const lastSubject = (sentence: Sentence): number | undefined => {
    const at = indexOfSentence(sentences, sentence);
    for (let i = at - 1; i >= 0 && i >= at - 5; i--) {
      const s = sentences[i] as Sentence;
      // A pronoun opening a section (`## Talks with Oli ¶ He also met …`) stands for the story's
      // principal, not for someone the section before was about.
      if (!s.caption && !isProse(s)) return undefined;
      const first = mentions[firstAtOrAfter(s.start)];
      if (first && first.span[0] < s.end && SUBJECT_OPENING.test(s.text.slice(0, first.span[0] - s.start))) return first.person;
    }
    return undefined;
  };
  /**
   * Who `the two leaders` are: the meeting last told, when the person named last is in it (`raised
   * Jimmy Lai's case with Xi … The two leaders met on Monday`); else the last two people named.
   * (Not when the other one was named only after that meeting was told: `Milei met Pope Francis …
   * Meloni welcomed Milei at Palazzo Chigi. It was the first meeting between the two leaders`.)
   */
  const theTwo = (sentence: Sentence): number[] => {
    const named = recent(sentence.start, 2);
    const last = drafts.at(-1);
    if (!last || last.participants.length !== 2 || named[0] === undefined || !last.participants.includes(named[0])) return named;
    const other = named[1];
    const toldEnd = (last.triggers.at(-1) as { sentence: Sentence }).sentence.end;
    // (Someone of an office, as `the two leaders` are: not `the publisher Mr Jimmy Lai`.)
    const namedSince = other !== undefined && !last.participants.includes(other) && officeHolder(people.people[other] as Person) && mentions.some((m) => m.person === other && m.span[0] >= toldEnd && m.span[1] <= sentence.start);
    return namedSince ? named : [...last.participants];
  };
  /** Whether everyone pictured is known to be of one country. */
  const compatriots = (group: readonly number[]): boolean => {
    const first = people.people[group[0] as number]?.country ?? null;
    return first !== null && group.every((i) => people.people[i]?.country === first);
  };
  /** The people named in a sentence, each once. */
  const peopleIn = (sentence: Sentence): number[] => {
    const out: number[] = [];
    for (let i = firstAtOrAfter(sentence.start); i < mentions.length && (mentions[i]?.span[0] ?? Infinity) < sentence.end; i++) {
      const person = (mentions[i] as (typeof mentions)[number]).person;
      if (!out.includes(person)) out.push(person);
    }
    return out;
  };
  let lastSentence: Sentence | undefined;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as Sentence;
    const previousSentence = lastSentence;
    lastSentence = sentence;
    const triggers = triggersOf[index] as readonly Trigger[];
    if (triggers.length === 0 && !sentence.caption) continue;
    // `… his first trip since October 2019. On that visit, he was received by Xi`: the earlier visit's meeting.
    if (previousSentence && THAT_EARLIER.test(sentence.text) && pastReference(previousSentence, previousSentence.end, published)) continue;
    // `File photo: Modi with Macron`, `… in Samarkand in September 2022 [File: Reuters]`: a picture of an earlier meeting.
    // (So is `A and B at an earlier meeting.`)
    if (sentence.caption && (FILE_PHOTO.test(sentence.text) || EARLIER_OCCASION.test(sentence.text))) continue;
    // `Donald Trump and Vladimir Putin in Helsinki in 2018.`: a caption of a year before the story's shows an earlier meeting.
    if (sentence.caption && published !== null && earlierYear(sentence.text, published)) continue;
    // `Yoon to leave for Camp David on Thursday for summit with Biden, Kishida`: a headline's
    // infinitive is its future.
    if (!sentence.caption && !isProse(sentence) && HEADLINE_FUTURE.test(sentence.text)) continue;
    const inSentence: typeof mentions = [];
    // (A sentence without the words of one who is not a side has every mention a side.)
    const asides = SIDE_WORD.test(sentence.text);
    for (let i = firstAtOrAfter(sentence.start); i < mentions.length && (mentions[i]?.span[0] ?? Infinity) < sentence.end; i++) {
      const m = mentions[i] as (typeof mentions)[number];
      if (m.span[1] <= sentence.end && !(asides && notASide(sentence, m.span[0], m.span[1]))) inSentence.push(m);
    }
    let previous: { subject: number; objectsEnd: number } | null = null;
    if (triggers.length === 0) {
      const named = personsOf(inSentence);
      // A photo caption naming two people together (`A and B in Kuala Lumpur, 8/7`) shows their
      // meeting; naming three or four (`A walks with B and C at Camp David`), the meeting of all.
      // (Not of compatriots alone, `President Andrzej Duda and Prime Minister Donald Tusk.` over a
      // preview: a country's own leaders side by side are no diplomatic meeting.)
      if (named.length >= 2 && !compatriots(named.slice(0, 4))) addMeeting(named.slice(0, 4), sentence, { surface: sentence.text, span: [0, sentence.text.length], form: "joint", mode: "in-person" });
      continue;
    }
    // `a trilateral summit of A, B and C`, `A and B met … in talks hosted by C`: one meeting of
    // everyone the sentence names, not meetings of two. (Its words are looked for only in a
    // sentence that names three or more.)
    const everyone = personsOf(inSentence);
    const party = everyone.length >= 3 ? partySize(sentence.text) : 0;
    if (party > 0) {
      addMeeting(everyone.slice(0, party), sentence, triggers[0] as Trigger);
      continue;
    }
    for (const trigger of triggers) {
      const tStart = sentence.start + trigger.span[0];
      const tEnd = sentence.start + trigger.span[1];
      const before = inSentence.filter((m) => m.span[1] <= tStart);
      const after = inSentence.filter((m) => m.span[0] >= tEnd);
      const namedBefore = personsOf(before);
      const namedAfter = personsOf(after);
      // The article's principal: whoever holds the first meeting (`Sơn had meetings with officials of …`).
      if (principal === null && before.length > 0) principal = before[before.length - 1]?.person ?? null;
      // `The two ministers met …`, `They also held talks …`: asked only where the answer matters
      // (the pattern is tried at every position of the text before the trigger).
      let pronoun: boolean | undefined;
      const pronounPair = () => (pronoun ??= pronounPairBefore(sentence.text, trigger.span[0]));
      // `talks between diplomats`: talks between others than those named, or whoever was named last.
      if (/\bbetween$/.test(trigger.surface) && !/^\s+(?:the two|the pair|them|both)\b/.test(sentence.text.slice(trigger.span[1]))) {
        const first = after[0];
        if (namedAfter.length < 2 || !first || !titleGap(textBetween(sentence, tEnd, first.span[0]).replace(DELEGATION_HEAD, " "))) continue;
      }
      // `A and B first spoke to each delegation`: they spoke to others, not with each other.
      // (`spoke to his British counterpart X`, `spoke to the Japanese Prime Minister` name one.)
      if (/\bto$/.test(trigger.surface) && !/^\s+(?:(?:the\s+)?\p{Lu}|(?:his|her|their)\s+(?:\p{Lu}[\p{L}'’-]*\s+)?counterparts?\b|each other\b|one another\b)/u.test(sentence.text.slice(trigger.span[1]))) continue;
      if (trigger.form === "joint" || (after.length === 0 && (namedBefore.length >= 2 || pronounPair()))) {
        if (pastReference(sentence, tStart, published)) continue;
        // `President Murmu and Prime Minister Modi received His Majesty`: two hosts receiving one
        // named otherwise, not a meeting of the two.
        if (trigger.form !== "joint" && RECEIVING.test(trigger.surface)) continue;
        // `Press Secretary Shafiqul Alam said the meeting was held in a cordial atmosphere`: who
        // speaks of the meeting is no side of it.
        // (Not `Rubio told Wang Yi in a telephone call`: the one told is named between.)
        const last = before[before.length - 1];
        if (trigger.form === "joint" && last && SPEAKS_OF_IT.test(textBetween(sentence, last.span[1], tStart))) namedBefore.splice(namedBefore.indexOf(last.person), 1);
        // `speaking alongside Joseph Aoun, who he hosted at the Elysee Palace`: the one the clause
        // describes, named just before its comma, and the sentence's subject.
        if (/^whom?\s/.test(trigger.surface)) {
          const described = before.at(-1);
          const subject = before[0];
          if (described && subject && described.person !== subject.person && /^\s*,\s*$/.test(textBetween(sentence, described.span[1], tStart)) && SUBJECT_OPENING.test(sentence.text.slice(0, subject.span[0] - sentence.start))) addMeeting([subject.person, described.person], sentence, trigger);
          continue;
        }
        // A meeting told by how it went names all its sides around it (four at most).
        if (trigger.everyone) {
          const all = union(namedBefore, namedAfter);
          if (all.length >= 2) addMeeting(all.slice(0, 4), sentence, trigger);
          continue;
        }
        // (`Macron urged Trump not to strike a deal with Putin, as the two leaders met`: the two are
        // the clause's subject and object, not the last two named.)
        // (`The two men held talks …, in the presence of Foreign Minister X`: one who attends is no
        // one `the two` are; `the two` are the last two named before.)
        const attending = namedBefore.length === 0 && after.length > 0 && PRESENCE_WORDS.some((w) => sentence.text.includes(w)) ? after.filter((m) => PRESENCE.test(textBetween(sentence, Math.max(sentence.start, m.span[0] - 60), m.span[0]))).map((m) => m.person) : [];
        const sidesAfter = attending.length > 0 ? namedAfter.filter((p) => !attending.includes(p)) : namedAfter;
        // (One named as the owner of something else is no side: `for Trump's inauguration, where he
        // also held his first bilateral meeting with …`; the owner of the talks is, `Starmer's talks
        // with Xi`, and so is one a pronoun the trigger holds stands for, `Petro's trip to Venezuela,
        // where Maduro received him`.)
        const ownerOfOther = (m: (typeof before)[number]) => ownsOtherThanMeeting(sentence.text, m.span[1] - sentence.start);
        const sidesBefore = !/\b(?:him|her)\b/.test(trigger.surface) && before.some(ownerOfOther) ? personsOf(before.filter((m) => !ownerOfOther(m))) : namedBefore;
        let both = namedBefore.length >= 3 && after.length === 0 && pronounPair() ? namedBefore.slice(0, 2) : attending.length > 0 && sidesAfter.length === 0 && pronounPair() ? theTwo(sentence) : union([...sidesBefore].reverse(), namedAfter);
        // `the first meeting between the two leaders`: who `the two` are (see theTwo).
        if (both.length === 0 && /\bbetween$/.test(trigger.surface) && /^\s+(?:the two|the pair)\b/.test(sentence.text.slice(trigger.span[1]))) both = theTwo(sentence);
        // `Zelensky said … their discussion had been detailed`: the meeting already told with
        // the one named, before anyone else mentioned since.
        let told: Draft | undefined;
        for (let i = drafts.length - 1; both.length < 2 && i >= 0 && !told; i--) if (both.every((p) => drafts[i]?.participants.includes(p))) told = drafts[i];
        // `A with B and C during their meeting`: the meeting of the three already told.
        for (let i = drafts.length - 1; both.length >= 3 && i >= 0 && !told; i--) {
          const group = drafts[i]?.participants ?? [];
          if (group.length >= 3 && group.every((p) => both.includes(p))) told = drafts[i];
        }
        if (told) both = [...told.participants];
        // `A, B and C pose for a photo before their meeting`: the meeting of all three.
        else if (namedBefore.length >= 3 && /\btheir\b/.test(trigger.surface)) {
          addMeeting([...namedBefore].slice(0, 4), sentence, trigger);
          continue;
        }
        // `A, B and C held talks`: a meeting of everyone the list names.
        else if (namedBefore.length >= 3 && after.length === 0) {
          const list = coordinatedSubjects(sentence, before, tStart);
          if (list.length >= 3) {
            addMeeting(list, sentence, trigger);
            continue;
          }
        }
        // `talks between A and B, with the participation of C`: C is a side too.
        // (Only a sentence with the words of PARTICIPATING is looked through.)
        const joining = PARTICIPATING_WORDS.some((w) => sentence.text.includes(w)) ? after.filter((m) => PARTICIPATING.test(textBetween(sentence, Math.max(sentence.start, m.span[0] - 60), m.span[0]))).map((m) => m.person) : [];
        if (both.length < 2) both = union(both, recent(sentence.start, 2));
        if (both.length < 2 && principal !== null && !both.includes(principal)) both.push(principal);
        addMeeting(told ? both : union(both.slice(0, 2), joining.filter((p) => !attending.includes(p))).slice(0, 4), sentence, trigger);
        continue;
      }
      const objectsAfter = namedAfter;
      const object = objectsAfter[0];
      // The other side is named right after the trigger, past its title at most.
      const gap = after[0] ? textBetween(sentence, tEnd, after[0].span[0]) : "";
      if (object === undefined || gap.length > 160 || !(trigger.foreign ? foreignTitleGap(gap) : titleGap(gap))) {
        // `President Droupadi Murmu later met the Sultan`: the other side named by office alone, the
        // one person named before who holds it.
        const holder = trigger.form === "with" && !pastReference(sentence, tStart, published) ? officeHolderAfter(sentence.text.slice(trigger.span[1], trigger.span[1] + 60), sentence.start, people, g) : undefined;
        const subjectOfOffice = holder === undefined ? undefined : (before.at(-1)?.person ?? (PRONOUN_SUBJECT.test(sentence.text.slice(0, trigger.span[0])) ? lastSubject(sentence) : undefined));
        if (holder !== undefined && subjectOfOffice !== undefined && subjectOfOffice !== holder) {
          addMeeting([subjectOfOffice, holder], sentence, trigger);
          previous = { subject: subjectOfOffice, objectsEnd: tEnd };
          continue;
        }
        // `Starmer has held talks with Modi in Mumbai … ¶ The Prime Minister met his Indian
        // counterpart on Thursday`: the meeting just told, told again without names.
        const last = drafts.at(-1);
        if (inSentence.length === 0 && last !== undefined && last.participants.length === 2 && last.triggers.at(-1)?.sentence === previousSentence && COUNTERPART_NEXT.test(sentence.text.slice(trigger.span[1]))) {
          addMeeting([...last.participants], sentence, trigger);
          continue;
        }
        // No counterpart named after the verb: `A and B met …`, or `The two ministers met …`.
        // (`The last time Trump and Putin met for a formal summit was in Helsinki in July 2018`: an
        // earlier meeting, as above; and two hosts receiving one named otherwise, as above.)
        if (!/\bwith$/.test(trigger.surface) && !RECEIVING.test(trigger.surface) && !pastReference(sentence, tStart, published)) {
          // (The same as above, with a counterpart named after the verb's clause.)
          if (namedBefore.length >= 3 && pronounPair()) addMeeting(namedBefore.slice(0, 2), sentence, trigger);
          else if (namedBefore.length >= 2) addMeeting([...namedBefore].reverse().slice(0, 2), sentence, trigger);
          else if (pronounPair()) addMeeting(theTwo(sentence), sentence, trigger);
        }
        continue;
      }
      if (pastReference(sentence, tStart, published)) continue;
      const verbForm = /^(?:met|meets|held|had|holds|has|have|hold|received|receives|hosted|hosts|paid|pays|called|talked|spoke|conferred)\b/.test(trigger.surface);
      let subject: number | null | undefined = undefined;
      let described: number | undefined;
      const justBefore = before.at(-1);
      // `…, a day after Meloni was hosted by Trump`: a passive's subject named right before it is its own.
      if (justBefore !== undefined && /^(?:was|were|being)\s/.test(trigger.surface) && /^\s*$/.test(textBetween(sentence, justBefore.span[1], tStart))) subject = justBefore.person;
      else if (previous && previous.objectsEnd <= tStart) subject = previous.subject;
      // `Trump said he would like to meet Kim …, as he welcomed Lee`: a pronoun just before the verb
      // is the sentence's subject, not the last one named.
      else if (before.length >= 2 && subjectPronounAgain(textBetween(sentence, (before[0] as (typeof before)[number]).span[1], tStart), textBetween(sentence, (before.at(-1) as (typeof before)[number]).span[1], tStart))) subject = before[0]?.person;
      // (Not one named as an owner, `for Trump's inauguration, where he also held his first
      // bilateral meeting with …`: the last one named otherwise, if any.)
      else if (before.length > 0) subject = (before.findLast((m) => !ownsOtherThanMeeting(sentence.text, m.span[1] - sentence.start)) ?? before[before.length - 1])?.person;
      // `the Australian prime minister was received by Xi`: the one person of that country the
      // article names. (No one is named before the trigger here.)
      else if ((described = describedSubject(sentence.text.slice(0, trigger.span[0]), people, g)) !== undefined) subject = described;
      // `He toured Bucha and met Zelenskyy`: the one the sentence before was about.
      else if (PRONOUN_SUBJECT.test(sentence.text.slice(0, trigger.span[0]))) subject = lastSubject(sentence) ?? principal ?? firstNamed;
      // `At his meeting with X, Y said …`: the subject follows the named counterpart.
      else if (!verbForm && objectsAfter[1] !== undefined && /^[^,]*,\s*$/.test(inBetween(sentence, after, objectsAfter[1]).replace(/\b(?:his|her|their|the|counterparts?|visiting)\b|[\p{Lu}][\p{L}'’.-]*|\s(?:of|and|for|from)\s/gu, " "))) subject = objectsAfter[1];
      else subject = principal ?? firstNamed;
      if (subject === undefined || subject === null || subject === object) {
        const fallback = principal ?? firstNamed;
        if (fallback === null || fallback === object) continue;
        subject = fallback;
      }
      // `he also met with A, B and C`: a verb with its subject before it can list several counterparts.
      const objects: number[] = [object];
      if (before.length > 0 || previous || verbForm) {
        for (const next of objectsAfter.slice(1)) {
          if (next === subject) break;
          const gap = inBetween(sentence, after, next);
          // (Nor across a clause of its own: `…, adding that he would put the same request to X`.)
          if (/[.;:]|\b(?:said|says|told|while|who|which|during|after|before|since|met|meets|held|holds|talks|meeting|encounter|summit|received|hosted|would|will|could|should|might|adding|asked|urged)\b/.test(gap) || !/,|\band\b/.test(gap)) break;
          objects.push(next);
        }
      }
      // `received by the President and the First Lady`: the spouse is at the leader's side, not met apart.
      for (let i = objects.length - 1; i >= 0; i--) if (titledSpouse(objects[i] as number) && spouseOf(objects[i] as number, [subject, ...objects])) objects.splice(i, 1);
      // `walked out of a meeting with A and B`: one meeting with both; `met A and B` may be two.
      // So is `sat down with A and B for talks`.
      const objectsEnd = after.filter((m) => objects.includes(m.person)).at(-1)?.span[1] ?? tEnd;
      // A host receiving several at once (`received A, B and C`) receives them together, and talks
      // held with two of one side are one meeting (`held talks at the Vatican with Cardinal Parolin
      // … and Archbishop Gallagher`); with two of two countries, a round-up's two meetings.
      const oneSide = () => {
        const countries = new Set(objects.map((o) => (people.people[o] as Person).country));
        if (countries.size !== 1 || countries.has(null)) return false;
        // Not `talks with A on Monday and with B on Tuesday`, nor `held separate talks with A and B`.
        const between = textBetween(sentence, tEnd, objectsEnd);
        return !SEPARATE_TALKS.test(between) && !/\bseparate(?:ly)?\b/i.test(sentence.text.slice(Math.max(0, trigger.span[0] - 20), trigger.span[1]));
      };
      // (Asked only of two or more objects.)
      const oneMeeting = () =>
        (/^(?:meeting|talks|negotiations)\b/i.test(trigger.surface) && oneArticleBefore(sentence.text, trigger.span[0])) ||
        /^[\s,]*for (?:talks|a meeting|a joint meeting|discussions)\b/.test(textBetween(sentence, objectsEnd, sentence.end)) ||
        /^(?:received|receives|hosted|hosts)\b/.test(trigger.surface) ||
        (objects.length >= 2 && /\btalks\b/.test(trigger.surface) && oneSide());
      // `Vucic and Kurti met Borrell again`: two named together as the subject meet the object
      // together.
      const coSubjects = before.length >= 2 && !previous ? coordinatedSubjects(sentence, before, tStart).filter((p) => p !== subject && !objects.includes(p)) : [];
      if (coSubjects.length > 0) addMeeting([...coSubjects, subject, ...objects.slice(0, 2)].slice(0, 5), sentence, trigger);
      else if (objects.length >= 2 && oneMeeting()) addMeeting([subject, ...objects.slice(0, 3)], sentence, trigger);
      else for (const o of objects) addMeeting([subject, o], sentence, trigger);
      previous = { subject, objectsEnd };
    }
  }
  mergeCaptionPairs(drafts, (d) => dayOfDraft.get(d));
  // Each sentence belongs to the meetings named by the latest trigger sentence before it: a
  // round-up's paragraphs go to the meeting they follow, a lead naming two meetings to both.
  // (A draft is listed once for each of its triggers in the sentence.)
  const triggered = new Map<Sentence, Draft[]>();
  for (const d of drafts) {
    for (const t of d.triggers) {
      const list = triggered.get(t.sentence);
      if (list) list.push(d);
      else triggered.set(t.sentence, [d]);
    }
  }
  /** The day a draft's meeting is told on, with the offset of the trigger that tells it. */
  const dayOfMeeting = (d: Draft): { day: DayMention; offset: number } | undefined => {
    const named = dayOfDraft.get(d);
    if (named !== undefined) return { day: named, offset: d.dayTrigger?.trigger.dayOffset ?? 0 };
    const scene = sceneDay(d);
    return scene === undefined ? undefined : { day: scene, offset: 0 };
  };
  /**
   * `On Monday, Putin welcomed him to Novo-Ogarevo … ¶ The two leaders agreed on Tuesday to …`: a
   * sentence that names the day of one meeting told before, and not that of the meeting told
   * last, goes back to it.
   */
  const returnedOnDay = (sentence: Sentence, current: readonly Draft[], introduced: readonly Draft[]): Draft[] | null => {
    const days = daysOf(sentence);
    if (days.length !== 1) return null;
    const y = days[0] as DayMention;
    const on = (d: Draft): boolean | undefined => {
      const told = dayOfMeeting(d);
      return told === undefined ? undefined : !otherDay(told.day, told.offset, y, 0);
    };
    if (!current.every((d) => on(d) === false)) return null;
    const earlier = introduced.filter((d) => !current.includes(d) && on(d) === true);
    return earlier.length === 1 ? earlier : null;
  };
  let current: Draft[] = [];
  const introduced: Draft[] = [];
  for (const sentence of sentences) {
    if (sentence.caption) {
      for (const d of triggered.get(sentence) ?? []) d.owned.push(sentence);
      continue;
    }
    const named = triggered.get(sentence);
    if (named) {
      current = distinctDrafts(named);
      for (const d of current) if (!introduced.includes(d)) introduced.push(d);
    }
    // (`current` is always some of `introduced`, each once: a sentence can go back to an earlier
    // meeting only when one was introduced that is not current.)
    else if (introduced.length > current.length) current = returnedTo(current, introduced, peopleIn(sentence)) ?? returnedOnDay(sentence, current, introduced) ?? current;
    for (const d of current) d.owned.push(sentence);
  }
  // An article about one meeting is about it from its first line: the lead before the trigger
  // belongs to it, and so does its prose when the meeting is named only in a photo caption.
  if (drafts.length === 1) {
    const only = drafts[0] as Draft;
    const first = only.owned[0]?.start ?? Number.POSITIVE_INFINITY;
    const captionOnly = only.owned.every((s) => s.caption);
    only.owned = captionOnly ? sentences.filter((s) => !s.caption || only.owned.includes(s)) : [...sentences.filter((s) => s.start < first && !s.caption), ...only.owned];
  }
  for (const d of drafts) {
    if (d.owned.length === 0) d.owned = d.triggers.map((t) => t.sentence);
    const main = d.owned.find((s) => !s.caption) ?? d.owned[0];
    d.segmentStart = main?.start ?? d.segmentStart;
    const allCaptions = d.owned.every((o) => o.caption);
    d.segmentEnd = d.owned.reduce((end, s) => (!s.caption || allCaptions ? Math.max(end, s.end) : end), d.segmentStart + 1);
  }
  return drafts;
}

/** The people of a meeting as one key, whatever their order: `3,7` for [7, 3]. */
export function peopleKey(people: readonly number[]): string {
  // (Two, the usual meeting, without a copy and a sort.)
  if (people.length === 2) {
    const [a, b] = people as [number, number];
    return a < b ? `${a},${b}` : `${b},${a}`;
  }
  return [...people].sort((a, b) => a - b).join(",");
}

/**
 * The earlier meeting a sentence without a trigger goes back to: one that it names a participant
 * of who is in none of the current meetings (`Blinken told reporters after the talks with Son`,
 * after a paragraph on his meeting with the prime minister). Null when it names no such person,
 * or people of more than one earlier meeting.
 */
function returnedTo(current: readonly Draft[], introduced: readonly Draft[], named: readonly number[]): Draft[] | null {
  const others = named.filter((p) => !current.some((d) => d.participants.includes(p)));
  if (others.length === 0) return null;
  const earlier = introduced.filter((d) => !current.includes(d) && others.some((p) => d.participants.includes(p)));
  return earlier.length === 1 ? earlier : null;
}

// Words that make a meeting one of three or more: its kind (`trilateral summit`), its number
// (`the three leaders`), or a third party who hosts or mediates the talks of two (not the chair
// or host of a multilateral meeting, on whose sidelines two meet).
const MULTI_PARTY = /\b(?:(trilateral|tripartite|three-way|three-party|quadrilateral|four-way)\s+(?:meeting|summit|talks|discussions?|call|video call)|(?:the|all)\s+(three|four)\s+(?:leaders|heads of state|heads of government|presidents|prime ministers|ministers|foreign ministers|sides|countries)|(?:talks|negotiations)\s+(?:hosted|mediated|brokered|chaired|facilitated)\s+by)\b/i;

/**
 * How many the sentence's meeting brings together when it says it is not a meeting of two: 3 or
 * 4 when the sentence gives the number, 5 at most when it names a host or mediator. 0 otherwise.
 */
function partySize(text: string): number {
  if (!/\b(?:tri|three|quadri|four|hosted|mediated|brokered|chaired|facilitated)/i.test(text)) return 0;
  const m = MULTI_PARTY.exec(text);
  if (!m) return 0;
  const word = (m[1] ?? m[2] ?? "").toLowerCase();
  if (/^(?:quadrilateral|four)/.test(word)) return 4;
  if (word) return 3;
  return 5;
}

/**
 * A photo caption of two of the people of a meeting the prose tells of three or more (`Trump meets
 * with Zelenskyy in the Oval Office`, over the clash of Trump, Vance and Zelenskyy) pictures that
 * meeting, unless either names a day the other does not: its draft joins the prose's (in place).
 * (Prose telling two of them apart, `before being joined by von der Leyen for a three-way
 * meeting`, tells two meetings.)
 */
function mergeCaptionPairs(drafts: Draft[], dayOf: (d: Draft) => DayMention | undefined): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const pair = drafts[i] as Draft;
    if (pair.participants.length !== 2 || !pair.triggers.every((t) => t.sentence.caption)) continue;
    const day = dayOf(pair);
    const meeting = drafts.find((d) => {
      if (d === pair || d.participants.length < 3 || !pair.participants.every((p) => d.participants.includes(p)) || d.triggers.every((t) => t.sentence.caption)) return false;
      const other = dayOf(d);
      return day === undefined || other === undefined || !otherDay(day, 0, other, 0);
    });
    if (meeting === undefined) continue;
    meeting.triggers.push(...pair.triggers);
    drafts.splice(i, 1);
  }
}

/**
 * Whether the days two triggers' sentences date their meetings by (`x` and `y`, of triggers in
 * different sentences) differ: two calendar days (`on 18 March`; a span holds the days inside it),
 * or two days of the week (`on Monday afternoon, Xi and Putin held an informal meeting` and
 * `talks … on Tuesday`).
 */
function otherDay(x: DayMention, dx: number, y: DayMention, dy: number): boolean {
  // A trigger told as days before the day its sentence gives (`on Wednesday, a day after A and B
  // held their first meeting`) is on that day less its offset: `dx` and `dy` are the triggers' offsets.
  if (x.kind === "explicit" && y.kind === "explicit") {
    if (dx !== 0 || dy !== 0) return x.dayEnd === null && y.dayEnd === null && Date.UTC(2001, x.month - 1, x.day + dx) !== Date.UTC(2001, y.month - 1, y.day + dy);
    return x.month !== y.month || x.day > (y.dayEnd ?? y.day) || y.day > (x.dayEnd ?? x.day);
  }
  if (x.kind === "weekday" && y.kind === "weekday") {
    const shift = (days: readonly number[], by: number) => days.map((d) => (((d + by) % 7) + 7) % 7);
    const ys = shift(y.weekdays, dy);
    return !shift(x.weekdays, dx).some((d) => ys.includes(d));
  }
  return false;
}

type DayMention = Extract<DateMention, { kind: "explicit" }> | Extract<DateMention, { kind: "weekday" }>;

/** A calendar day written in words (`18 March`, not `18/3`) or a day of the week. */
function isDayMention(m: DateMention): m is DayMention {
  return (m.kind === "explicit" && !m.numeric) || m.kind === "weekday";
}

/** The days a sentence names that date no other event than its own. */
function daysOf(s: Sentence): DayMention[] {
  return datesIn(s).filter((m): m is DayMention => isDayMention(m) && !aboutAnotherEvent(s, m));
}

/** The calendar day or weekday written before a trigger in its sentence, or in the trigger's own clause after it. */
function dayOfTrigger(s: Sentence, t: Trigger): DayMention | undefined {
  // The trigger's own clause first, then the nearest day before it (a dateline's date is further).
  // (Most sentences name no day: the trigger's clause is looked for only when one does.)
  let clauseEnd = -1;
  let before: DayMention | undefined;
  for (const m of datesIn(s)) {
    if (!isDayMention(m)) continue;
    if (clauseEnd < 0) clauseEnd = s.start + t.span[1] + triggerClause(s.text, t.span[1]).length;
    if (m.span[0] >= s.start + t.span[1] && m.span[1] <= clauseEnd) return m;
    // (Not a day before it that dates something else: `The Head of State, who is on a state visit
    // to China that runs until Saturday, was received by President Xi`.)
    if (m.span[1] <= s.start + t.span[0] && !aboutAnotherEvent(s, m)) before = m;
  }
  return before;
}

/**
 * The people named together just before a trigger (`Vucic and Kurti met …`, `Meloni, von der
 * Leyen and Rutte on Sunday met …`), in text order: mentions joined by commas with `and` before
 * the last, past titles, with only a few words (a place, a day, `again`) between the last and
 * the trigger. Empty otherwise.
 */
function coordinatedSubjects(sentence: Sentence, before: readonly { span: [number, number]; person: number }[], triggerStart: number): number[] {
  const last = before[before.length - 1];
  if (!last) return [];
  const rest = textBetween(sentence, last.span[1], triggerStart);
  // (`…, alongside A and B, for a meeting with C`: the aside closes before the trigger.)
  if (rest.length > 40 || (/[,;:]/.test(rest) && !/^\s*,\s*(?:for|to)\s+(?:a|an|the|their)?\s*$/.test(rest))) return [];
  const list = [last.person];
  for (let i = before.length - 2; i >= 0 && list.length < 5; i--) {
    const m = before[i] as { span: [number, number]; person: number };
    if (list.includes(m.person)) break;
    const joint = textBetween(sentence, m.span[1], (before[i + 1] as { span: [number, number] }).span[0]);
    // `and` joins the last two; commas the ones before; `alongside` the one who brings them.
    const link = (list.length === 1 ? /^\s*,?\s*and\s/ : /^\s*,\s/).exec(joint) ?? ALONGSIDE.exec(joint);
    if (!link || !titleGap(joint.slice(link[0].length).replace(/['’]s\b/g, ""))) break;
    list.push(m.person);
    if (ALONGSIDE.test(joint)) break;
  }
  return list.length >= 2 ? list.reverse() : [];
}

/**
 * Whether the mention at `at` names someone who is not a side of the sentence's meeting: one
 * accompanying another (`accompanied, among others, by Minister Sugiono`), or the one whose
 * initiative or invitation it was (`held in response to the initiative of President Xi`).
 */
function notASide(sentence: Sentence, at: number, end: number): boolean {
  // `with Crown Prince Al Hussein accompanying His Majesty`: one who accompanies a side.
  if (ACCOMPANYING_AFTER.test(textBetween(sentence, end, Math.min(sentence.end, end + 24)))) return true;
  // (The words of ACCOMPANIED_BY and ON_BEHALF_OF, checked first as the patterns rarely match.)
  const before = textBetween(sentence, Math.max(sentence.start, at - 120), at);
  const by = before.includes(" by ") && /accompanied|escorted|flanked/.test(before);
  const of = before.includes(" of ") && /initiative|invitation|proposal|suggestion|behest/.test(before);
  const m = (by ? ACCOMPANIED_BY.exec(before) : null) ?? (of ? ON_BEHALF_OF.exec(before) : null);
  return m !== null && titleGap(m[1] ?? "");
}

// A word of ACCOMPANIED_BY or ON_BEHALF_OF: only a sentence with one can name someone who is not a side.
const SIDE_WORD = /accompan|escorted|flanked|initiative|invitation|proposal|suggestion|behest/;
const ACCOMPANYING_AFTER = /^\s*,?\s*(?:who\s+(?:was|is)\s+)?accompan(?:ying|ied|ies)\b/;

/** The people of `mentions`, each once, in the order they are first named. */
function personsOf(mentions: readonly { person: number }[]): number[] {
  const out: number[] = [];
  for (const m of mentions) if (!out.includes(m.person)) out.push(m.person);
  return out;
}

/** `drafts`, each once, in order. */
function distinctDrafts(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) if (!out.includes(d)) out.push(d);
  return out;
}

/** The people of `first` then those of `then`, each once, in that order (`[...new Set([...first, ...then])]`). */
function union(first: readonly number[], then: readonly number[]): number[] {
  const out: number[] = [];
  for (const p of first) if (!out.includes(p)) out.push(p);
  for (const p of then) if (!out.includes(p)) out.push(p);
  return out;
}

// `Meloni was back in Carthage, this time alongside A and B`: the one they came with.
const ALONGSIDE = /^[^.;:]{0,40}?\b(?:alongside|together with|along with|joined by)\s/;
const ACCOMPANIED_BY = /\b(?:accompanied|escorted|flanked)(?:,[^.;,]{0,30},)?\s+by\s+([^.;]{0,80})$/;
const ON_BEHALF_OF = /\b(?:initiative|invitation|proposal|suggestion|behest)\s+of\s+([^.;]{0,80})$/;
// (`Nikol Pashinyan and Ilham Aliyev in a file photo.`, `… (file photo)`: said anywhere in the caption.)
const FILE_PHOTO = /^\s*(?:File|Archive)(?:\s+(?:photo|picture|image))?\s*[:|(-]|[[(](?:File|Archive)(?:\s+photo)?\s*[:)]|\b(?:an?|the)\s+(?:file|archive|archival)\s+(?:photo|photograph|picture|image)\b|[[(](?:file|archive)\s+(?:photo|picture|image)[\])]/i;
// `A and B at an earlier meeting.`: a caption of the meeting before this one.
const EARLIER_OCCASION = /\b(?:an?|the|their|a\s+past)\s+(?:earlier|previous|prior|past|last|former)\s+(?:meeting|talks|summit|visit|encounter|meetings)\b/i;
// A caption's `in 2018` (or `, 2018`) at its end.
const CAPTION_YEAR = /(?:\bin|,)\s+((?:19|20)\d\d)\s*[.)]?\s*(?:\([^()]{0,60}\)\s*)?$/;

/** Whether a caption ends with a year before the one the story was published in. */
function earlierYear(caption: string, published: string): boolean {
  const year = CAPTION_YEAR.exec(caption)?.[1];
  return year !== undefined && year < published.slice(0, 4);
}
// `with the participation of His Excellency Wang Yi`, `in the presence of`, `joined by`.
const PARTICIPATING = /\b(?:with the participation of|in the presence of|(?:and|also) joined by)\s+(?:[\p{L}'’.()-]+\s+){0,12}$/u;
// Words one of which every match of PARTICIPATING holds.
const PARTICIPATING_WORDS = ["participation of", "presence of", "joined by"];
// Attending, as a pair's talks are held `in the presence of` someone.
const PRESENCE = /\b(?:in the presence of|attended by)\s+(?:[\p{L}'’.()-]+\s+){0,12}$/u;
const PRESENCE_WORDS = ["presence of", "attended by"];
// `between the delegation of the Kingdom of Saudi Arabia, headed by His Excellency Dr. `: the
// delegations' heads are the sides.
const DELEGATION_HEAD = /^\s*(?:the|an?)\s+(?:[\p{L}'’-]+\s+){0,8}?delegation(?:\s+of\s+[^,;.]{1,80}?)?,?\s+(?:headed|led)\s+by\s+/u;

// What may stand before a sentence's subject: an opening adverb or short phrase and a title
// (`Meanwhile, Japanese Prime Minister`, `Before the talks, Hasina was …`).
const SUBJECT_OPENING = /^\s*(?:[A-Z][a-z]+(?:\s+[a-z][\p{L}'’-]*){0,3},\s*)?(?:(?:[\p{Lu}][\p{L}'’.-]*|the|of|and|for)\s+){0,8}$/u;

// A sentence that opens with a pronoun as its subject, with no name before the trigger.
const PRONOUN_SUBJECT = /^\s*(?:He|She|[A-Z][a-z]+(?:\s+[\p{L}'’-]+){0,3},\s*(?:he|she))\s+(?:[\p{L}'’-]+\s+){0,6}$/u;

// `a meeting with A and B`, `joint talks with`: one meeting with all of them.
// (Valid for `endingAt`: the pattern ends in its `$`, after no assertion.)
const oneArticleBefore = endingAt(/\b(?:a|the|one|of|joint)\s+$/);

// The pair who met, named by a pronoun just before the trigger.
// A leader described, not named, as the subject just before a trigger.
const DESCRIBED_SUBJECT = /\b[Tt]he\s+([\p{Lu}][\p{L}-]+)\s+(?:prime minister|president|premier|chancellor|leader|head of state|head of government|foreign minister|top diplomat|monarch|king|queen|emir|crown prince)\s+(?:also\s+|then\s+|later\s+|first\s+)?$/u;

/** The person a description opening a clause stands for (`the French president`): the only one of that country in the article. */
function describedSubject(before: string, people: ArticlePeople, g: Gazetteer): number | undefined {
  const demonym = DESCRIBED_SUBJECT.exec(before)?.[1];
  if (demonym === undefined) return undefined;
  const code = g.demonymByKey.get(foldText(demonym));
  if (code === undefined) return undefined;
  let found: number | undefined;
  for (let i = 0; i < people.people.length; i++) {
    if (people.people[i]?.country !== code) continue;
    if (found !== undefined) return undefined;
    found = i;
  }
  return found;
}

// An office named after a trigger as the one met (`met the Sultan`, `talks with the visiting
// Indian Prime Minister`), lower case too (`met the prime minister`).
const OFFICE_OBJECT = /^\s+the\s+(?:visiting\s+)?(?:([\p{Lu}][\p{L}-]+)\s+)?(prime minister|president|premier|chancellor|taoiseach|king|queen|emir|amir|sultan|pope|crown prince|foreign minister|secretary of state|secretary-general|secretary general)\b(?!\s+of\b|['’]s|-elect)/iu;
// Words that make an office another one (`Vice President`, `Deputy Prime Minister`, `former
// President`, `Crown Prince`, `the late King`).
const OTHER_OFFICE_BEFORE = /\b(?:vice|deputy|former|first|acting|interim|outgoing|then|crown|late)\s+$/;

/**
 * Whether a title as written names one of `offices` (folded: `king`, `prime minister`) as its
 * holder's own: not a deputy's, a former holder's or a crown prince's, nor a possessive (`King's
 * Lynn` made a title of a town's).
 */
function titleHolds(title: string | null, offices: readonly string[]): boolean {
  if (title === null || /['’]s$/.test(title)) return false;
  const words = ` ${foldText(title)} `;
  return offices.some((office) => {
    const at = words.indexOf(` ${office} `);
    return at >= 0 && !OTHER_OFFICE_BEFORE.test(words.slice(0, at + 1));
  });
}

/**
 * The person an office after a trigger stands for (`met the Sultan`): the only one named before
 * the sentence whose title holds that office (of the country a demonym gives, `the Ukrainian
 * president`). None where the office is held by two, or by no one named.
 */
function officeHolderAfter(after: string, sentenceStart: number, people: ArticlePeople, g: Gazetteer): number | undefined {
  const m = OFFICE_OBJECT.exec(after);
  if (!m) return counterpartAfter(after, sentenceStart, people, g);
  const qualifier = m[1];
  const code = qualifier === undefined ? undefined : g.demonymByKey.get(foldText(qualifier));
  // (`the Indian Prime Minister` narrows to India's; `the Kremlin president` names no country: none.)
  if (qualifier !== undefined && code === undefined) return undefined;
  const office = foldText(m[2] as string);
  let found: number | undefined;
  for (let i = 0; i < people.people.length; i++) {
    const person = people.people[i] as Person;
    if ((code !== undefined && person.country !== code) || !((person.mentions[0]?.span[0] ?? Infinity) < sentenceStart) || !titleHolds(person.title, [office])) continue;
    if (found !== undefined) return undefined;
    found = i;
  }
  return found;
}

/**
 * `was officially welcomed by his Kenyan counterpart at the State House`: the one person of that
 * country, of an office, named before the sentence. None where there are two, or none.
 */
function counterpartAfter(after: string, sentenceStart: number, people: ArticlePeople, g: Gazetteer): number | undefined {
  const m = COUNTERPART_OBJECT.exec(after);
  const code = m ? g.demonymByKey.get(foldText(m[1] as string)) : undefined;
  if (code === undefined) return undefined;
  const of = people.people.flatMap((p, i) => (p.country === code && officeHolder(p) && (p.mentions[0]?.span[0] ?? Infinity) < sentenceStart ? [i] : []));
  return of.length === 1 ? of[0] : undefined;
}
const COUNTERPART_OBJECT = /^\s+(?:his|her)\s+([\p{Lu}][\p{L}-]+)\s+counterpart\b(?!s)(?!\s*,?\s+\p{Lu})/u;

// (And in Portuguese, Spanish and French: `les deux Chefs d'État`, `los dos presidentes`, `os dois líderes`.)
const PRONOUN_PAIR = /(?:\b(?:the two(?: [a-z]+){0,3}|the pair|they|both(?: [a-z]+)?)|(?<![\p{L}])(?:les deux|los dos|las dos|os dois|as duas|ambos|ambas)(?:\s+[\p{L}'’]+){0,3}?)\s+(?:also\s+)?$/iu;
// (Valid for `endingAt`: the pattern ends in its `$`, after no assertion.)
const pronounPairBefore = endingAt(PRONOUN_PAIR);

// What may stand between a trigger and the person it names: a title, `his counterpart`, `visiting`.
// Checked word by word (a single pattern for the whole gap can backtrack exponentially).
const GAP_WORDS = new Set(["of", "and", "the", "for", "from", "his", "her", "their", "visiting", "outgoing", "incoming", "newly", "elected", "president-elect", "acting", "interim", "caretaker", "veteran", "counterpart", "counterparts", "appointed", "new", "top", "with", "also", "on", "today", "yesterday", "tonight", "here", "again", "later", "earlier", "first",
  // Offices written in lower case (`with EU foreign policy chief Josep Borrell`, `with the Vatican's
  // secretary of state, Cardinal Pietro Parolin`).
  "foreign", "policy", "chief", "envoy", "minister", "president", "prime", "premier", "secretary", "general", "diplomat", "leader", "head", "ambassador", "deputy", "vice", "special", "representative", "state", "affairs",
  // Business people met as leaders are (`hosted tech billionaire Elon Musk`).
  ...BUSINESS_DESCRIPTORS]);
const GAP_TITLE_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
const GAP_ADVERB = /^[a-z]+ly$/;

function titleGap(gap: string): boolean {
  // An abbreviation in brackets (`People's Republic of China (PRC) State Councilor`) is part of the title.
  if (gap.includes("(")) gap = gap.replace(/\([\p{Lu}.]{2,10}\)/gu, " ");
  // Each word between white space and commas (the parts of `gap.split(/[\s,]+/)` but the empty ones).
  let start = 0;
  for (let i = 0; i <= gap.length; i++) {
    if (i < gap.length && !isWordBreak(gap.charCodeAt(i))) continue;
    if (i > start && !gapWord(gap, start, i)) return false;
    start = i + 1;
  }
  return true;
}

/**
 * {@link titleGap} for a trigger in Portuguese, Spanish or French, where offices and nationalities
 * are written in lower case (`o Presidente russo, Vladimir Putin`, `le président américain`): up
 * to eight words, none of them a verb's or a clause's (no full stop, semicolon or `que`).
 */
function foreignTitleGap(gap: string): boolean {
  const words = gap.split(/[\s,]+/).filter(Boolean);
  return words.length <= 8 && !/[.;:]|(?<![\p{L}])(?:que|qui|quien|onde|donde|où)(?![\p{L}])/u.test(gap);
}

/** Whether the word `gap[start, end)` may stand in a title gap. */
function gapWord(gap: string, start: number, end: number): boolean {
  // (The commonest, a capitalised word of ASCII letters, matches GAP_TITLE_WORD: told without the pattern.)
  if (capitalisedAscii(gap, start, end)) return true;
  const w = gap.slice(start, end);
  // (A short form's particles may fall outside its mention: `Commission chief von der Leyen`.)
  return GAP_WORDS.has(w) || NAME_PARTICLES.has(w) || GAP_TITLE_WORD.test(w) || GAP_ADVERB.test(w);
}

/** Whether `text[start, end)` is an ASCII capital and ASCII letters (a word GAP_TITLE_WORD matches). */
function capitalisedAscii(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first < 65 || first > 90) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * Whether a UTF-16 code unit is a comma or white space as `\s` has it (a line terminator, a space
 * separator, tab, vertical tab, form feed, no-break space, or the byte order mark).
 * (Exported for its tests.)
 */
export function isWordBreak(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c === 44) return true;
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function textBetween(sentence: Sentence, start: number, end: number): string {
  return sentence.text.slice(start - sentence.start, end - sentence.start);
}

const YEAR_OR_MONTH = /\b(?:19|20)\d\d\b|January|February|March|April|May|June|July|August|September|October|November|December/;

/** The text from a trigger (at `from` in `text`) to the end of its clause, or to a clause that dates something else (`since`, `when`, …). */
function triggerClause(text: string, from: number): string {
  const head = text.slice(from, from + 160);
  const end = CLAUSE_END.exec(head);
  return end ? head.slice(0, end.index) : head;
}

// (A `will` starts what is yet to come: `held talks with Morawiecki in Warsaw on his way home, and
// will host the G7 summit in May` dates the summit, not the talks.)
const CLAUSE_END = /\b(?:since|after|before|when|while|which|who|where|followed|following|preceded|will|shall)\b|[.;]/;

// `began in March, when Yoon visited Tokyo for a summit with Kishida`, `a state visit to Moscow in
// March, where he held talks with Putin`: the month of the clause the trigger's when or where opens.
const WHEN_MONTH = /\b(?:in|last)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?:when|where)\b[^.;]{0,80}$/;
// `in September`, `last September`, with no day and no year.
const BARE_MONTH = /\b(?:in|last)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/;

/**
 * `held their first meeting … in September` in a February story: a month without a day, two or
 * more before publication, in the trigger's own clause (`since Yoon took office in May` dates
 * something else).
 */
function pastBareMonth(clause: string, published: string, least = 2): boolean {
  const bare = BARE_MONTH.exec(clause);
  if (bare === null) return false;
  const m = MONTHS.indexOf((bare[1] ?? "").toLowerCase());
  const months = (Number(published.slice(5, 7)) - 1 - m + 12) % 12;
  return m >= 0 && months >= least;
}

// `a European tour that began in Portugal, where Lula held a summit with Costa`, `arrived in Madrid
// from Lisbon, where he met …`: a stop of the trip before the one the story is about, told in
// passing unless a day is given for it (`had arrived from India, where he held talks with Modi
// on Monday` reports that meeting; DAY_GIVEN).
const EARLIER_STOP = /\b(?:(?:began|begun|started|opened|kicked off)\s+in|(?:arrived|arriving|flew|travelled|traveled|came)\s+(?:[^.;,]{0,40}?\s+)?from)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},?\s+where\b[^.;]{0,80}$/u;

/** Whether the trigger at `from` is in the where-clause of an earlier stop (EARLIER_STOP) that gives its meeting no day. */
function earlierStop(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - 160), from);
  const stop = EARLIER_STOP.exec(before);
  if (stop === null) return false;
  // The where-clause, from `where` to the trigger, and what follows the trigger in its sentence.
  const clause = before.slice(stop.index + stop[0].lastIndexOf("where")) + text.slice(from, from + 120);
  return !DAY_GIVEN.test(clause);
}
// A day given for a meeting: `yesterday`, `today`, `on Monday`, `on March 3`, `on 3 March`.
const DAY_GIVEN = /\b(?:yesterday|today|on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)))/;

// `talks with then-Foreign Minister …`, `his predecessor`, `the former president`: someone who has since left office.
const EARLIER_HOLDER = /\bthen-|\bpredecessor\b|\bformer\b/i;
const IN_YEAR = /\bin ((?:19|20)\d\d)\b/;

// `Ishiba has also met Li Qiang … in October`: the perfect with an earlier month tells experience, not the news.
const PERFECT_EXPERIENCE = /\b(?:has|have)\s+(?:also\s+|already\s+|previously\s+|earlier\s+)?$/;

/** A meeting of an earlier year, mentioned as background (`Pompeo held talks with then-Foreign Minister … in 2020`). */
function pastReference(sentence: Sentence, at: number, published: string | null): boolean {
  const text = sentence.text;
  const from = at - sentence.start;
  // (Before the trigger and in its own clause: `…, a week after the former army chief was elected` is someone else's past.)
  if (EARLIER_HOLDER.test(text.slice(Math.max(0, from - 80), from + triggerClause(text, from).length))) return true;
  if (text.includes("where") && earlierStop(text, from)) return true;
  if (published === null) return false;
  // Only a year or a month can date the meeting as an earlier one.
  if (!YEAR_OR_MONTH.test(text)) return false;
  // The words before the trigger, and its own clause after it: `…, the first time he has set foot
  // in Egypt since November 2012` dates something else. (The clause starts at the trigger, so the
  // two are the text up to the clause's end.)
  const clause = triggerClause(text, from);
  const own = text.slice(0, from + clause.length);
  const year = IN_YEAR.exec(own);
  if (year !== null && Number(year[1]) < Number(published.slice(0, 4))) return true;
  // `in May 2022`, `since July 2018`: a month two or more before publication is an earlier meeting's.
  const month = PAST_MONTH.exec(own);
  if (month === null) {
    const least = PERFECT_EXPERIENCE.test(text.slice(Math.max(0, from - 30), from)) ? 1 : 2;
    if (pastBareMonth(clause, published, least)) return true;
    // (WHEN_MONTH ends in `when` or `where` and what follows it, all before the trigger. A month
    // before publication is enough: the clause tells an event of that month, and the trigger in it
    // is that event's, not the news.)
    const when = Math.max(text.lastIndexOf("when", from - 4), text.lastIndexOf("where", from - 5));
    return when >= 0 && pastBareMonth(WHEN_MONTH.exec(text.slice(0, from))?.[0] ?? "", published, 1);
  }
  const m = MONTHS.indexOf((month[1] ?? "").toLowerCase());
  const months = (month[2] === undefined ? 1 : Number(published.slice(0, 4)) - Number(month[2])) * 12 + (Number(published.slice(5, 7)) - 1 - m);
  return m >= 0 && months >= 2;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
// (`in February last year`: the month of the year before publication.)
const PAST_MONTH = /\b(?:[Ii]n|[Ss]ince|of)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:((?:19|20)\d\d)\b|last year\b)/;

/** The text between the mention before `person`'s first mention and that mention. */
function inBetween(sentence: Sentence, after: readonly { span: [number, number]; person: number }[], person: number): string {
  const index = after.findIndex((m) => m.person === person);
  const first = after[index - 1];
  const secondMention = after[index];
  if (!first || !secondMention) return "";
  return sentence.text.slice(first.span[1] - sentence.start, secondMention.span[0] - sentence.start);
}

/** The index of a sentence among the article's, found by bisection (sentences are in text order). */
function indexOfSentence(sentences: readonly Sentence[], sentence: Sentence): number {
  const at = firstStartingAt(sentences, (s) => s.start, sentence.start);
  return sentences[at] === sentence ? at : sentences.indexOf(sentence);
}

/** {@link firstStartingAt} for items with a span, such as mentions. */
function firstSpanAt(items: readonly { span: [number, number] }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { span: [number, number] }).span[0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first of `items` (in order of their starts) that starts at or after `at`: a bisection. */
function firstStartingAt<T>(items: readonly T[], startOf: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The sentence that sets the scene of a meeting: the prose sentence just before its first
 * trigger, in the same paragraph, naming one of its participants and no meeting of its own
 * (`Modi arrived in Paris on Thursday. He met Prime Minister Élisabeth Borne …`); for a meeting
 * told as `later that day`, the nearest prose sentence before it that gives a date, wherever it
 * is (`… where on Friday he was the guest of honour at the parade. … ¶ Later that day, Modi held
 * talks with Macron`).
 */
function sceneOf(draft: Draft, sentences: readonly Sentence[], triggersIn: ReadonlyMap<Sentence, number[]>, people: ArticlePeople): { sentence: Sentence; sameDay: boolean } | null {
  // (The prose that tells the meeting, not a caption above it: `Orbán and Putin before their talks.`)
  const first = draft.triggers.find((t) => !t.sentence.caption)?.sentence ?? draft.triggers[0]?.sentence;
  if (!first) return null;
  const sameDay = SAME_OUTING.test(first.text);
  let at = indexOfSentence(sentences, first) - 1;
  if (sameDay) {
    // The nearest of the few prose sentences before it that gives a date, and no meeting.
    for (let seen = 0; at >= 0 && seen < 4; at--) {
      const s = sentences[at] as Sentence;
      if (triggersIn.has(s)) return null;
      if (s.caption || !isProse(s)) continue;
      seen++;
      if (datesIn(s).length > 0) return { sentence: s, sameDay };
    }
    return null;
  }
  const scene = at >= 0 ? sentences[at] : undefined;
  if (!scene || scene.caption || triggersIn.has(scene)) return null;
  if (scene.paragraph !== first.paragraph) return null;
  // `On Friday, the Prime Minister flew to Moscow. He was received by Putin`: a meeting whose
  // sentence opens with a pronoun is its subject's, whom the scene may name only by office.
  if (PRONOUN_OPENING.test(first.text)) return { sentence: scene, sameDay };
  // The mentions inside the scene, found by bisection (mentions are in text order).
  const ms = people.mentions;
  let named = false;
  for (let i = firstSpanAt(ms, scene.start); i < ms.length && (ms[i]?.span[0] ?? Infinity) < scene.end && !named; i++) {
    const m = ms[i] as (typeof ms)[number];
    named = m.person >= 0 && m.span[1] <= scene.end && draft.participants.includes(m.person);
  }
  return named ? { sentence: scene, sameDay } : null;
}

// A subject pronoun opening a sentence (`He was received by …`, `She then met …`).
const PRONOUN_OPENING = /^\s*(?:He|She|They)\s/;

// A journey told in the sentence before a meeting (`Kishida then traveled secretly to Poland, and
// from there took a train to Kyiv. ¶ On Tuesday, Kishida met Zelenskyy`).
// (A word of a journey's verb first: only then are the sentence's places looked up.)
const TRAVELLED = /\b(?:travell?ed|flew|took|went|drove|sailed)\b/i;
// The journey's destination right after its verb (`took a train to`, `traveled secretly to`; not
// `went on to say that Japan's support to`).
const TRAVELLED_TO = /\b(?:travell?ed|flew|took (?:a|the) (?:train|flight|plane|boat)|went|drove|sailed)\s+(?:[a-z]+\s+){0,2}?to\s+(?:the\s+)?$/i;

/**
 * Where a meeting whose own words name no place was: the last place a participant travelled to in
 * the sentence just before it, when that sentence tells the journey and names them.
 */
function travelledTo(draft: Draft, sentences: readonly Sentence[], people: ArticlePeople, g: Gazetteer, on: string | null): ReturnType<typeof venueIn> {
  const first = draft.triggers[0]?.sentence;
  if (!first) return null;
  let at = indexOfSentence(sentences, first) - 1;
  while (at >= 0 && (sentences[at] as Sentence).caption) at--;
  const scene = sentences[at];
  if (!scene || !isProse(scene) || !TRAVELLED.test(scene.text)) return null;
  const ms = people.mentions;
  let named = false;
  for (let i = firstStartingAt(ms, (m) => m.span[0], scene.start); i < ms.length && (ms[i]?.span[0] ?? Infinity) < scene.end && !named; i++) {
    named = draft.participants.includes((ms[i] as (typeof ms)[number]).person);
  }
  if (!named) return null;
  const destination = findPlaces(scene.text, scene.start, g, on)
    .filter((m) => TRAVELLED_TO.test(scene.text.slice(Math.max(0, m.span[0] - scene.start - 60), m.span[0] - scene.start)))
    .at(-1);
  return destination ? { place: destination.place, surface: destination.surface, span: destination.span } : null;
}

const IN_OR_INSIDE = endingAt(/\b(?:in|at|inside|within)\s+(?:the\s+)?$/);

// The speaker of the clause a trigger is in (`X said the meeting was held …`, `X, the spokesman, told reporters that the talks …`).
const SPEAKS_OF_IT = /^\s*(?:,[^,;.]{1,80},\s*)?(?:said|says|told|tells|added|noted|stated|described|briefed)\b[^;.]{0,60}$/;
// A verb whose object is the one received (`received`, `hosted`, `welcomed`).
const RECEIVING = /^(?:received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes)\b/;
// `met his Indian counterpart`, `held talks with her counterpart`: the other side by office alone.
const COUNTERPART_NEXT = /^\s+(?:(?:on|this|last)\s+\p{L}+day\s+)?(?:his|her)\s+(?:[\p{Lu}][\p{L}'’-]*\s+)?counterpart\b/u;
// A trigger that names the meeting already told (`During the meeting`, `At their talks`, `the talks were held`).
const BACK_TO_THE_MEETING = /^(?:(?:during|at|in|after)\s+)?(?:the|their)\s+(?:[\p{L}-]+\s+)?(?:meeting|talks|discussions?|conversation|(?:phone\s+)?call)\b/iu;

// Days around an occasion's own within which a meeting may still be on its sidelines (arrivals the
// day before, bilateral visits the day after).
const OCCASION_SLACK_DAYS = 3;

/**
 * (`Hasina arrived in New Delhi on Friday evening`, `Xi landed in Budapest`.)
 * Where a meeting whose words name no place was, from the article's telling of a participant's
 * arrival (`Hasina arrived in New Delhi on Friday evening on a two-day state visit`): the city they
 * arrived in, when the article tells participants arriving in that city alone, and the arrival is
 * not dated after the meeting. The participant is the nearest person named before the verb in its
 * sentence.
 */
function arrivedIn(draft: Draft, sentences: readonly Sentence[], people: ArticlePeople, g: Gazetteer, anchor: DateAnchor, date: ReportDate): ReturnType<typeof venueIn> {
  let found: { place: Place; surface: string; span: [number, number] } | null = null;
  // The countries the meeting's own sentences place it in, found once, when an arrival is told.
  let placedIn: Set<string | null> | undefined;
  const ms = people.mentions;
  for (const s of sentences) {
    if (s.caption || (!s.text.includes("arrived") && !s.text.includes("landed")) || !isProse(s)) continue;
    for (const m of findPlaces(s.text, s.start, g, anchor.published)) {
      const before = s.text.slice(0, m.span[0] - s.start);
      if (!m.place.city || !ARRIVED_IN.test(before)) continue;
      const verb = s.start + Math.max(before.lastIndexOf("arrived"), before.lastIndexOf("landed"));
      // The nearest person named before the verb, in the same sentence, is who arrived.
      let subject = -1;
      for (let i = firstStartingAt(ms, (x) => x.span[0], s.start); i < ms.length && (ms[i] as PersonMention).span[1] <= verb; i++) subject = (ms[i] as PersonMention).person;
      if (subject < 0 || !draft.participants.includes(subject)) continue;
      // An arrival dated after the meeting is another leg of the journey.
      const day = datesIn(s).find((d) => d.span[0] >= m.span[1]);
      const arrival = day ? resolveDate(day, anchor, null) : null;
      if (arrival?.start && date.end && arrival.start > date.end) continue;
      // The meeting's own sentences placing it in another country (`at the pontiff's residence
      // inside the Vatican`, after `arrived in Rome`): it was not where the visitor arrived.
      placedIn ??= new Set(concat(draft.triggers, ({ sentence: t }) => findPlaces(t.text, t.start, g, anchor.published).flatMap((p) => (IN_OR_INSIDE(t.text, p.span[0] - t.start) ? [p.place.country] : []))));
      if ([...placedIn].some((country) => country !== m.place.country)) return null;
      // Two cities arrived in: the article tells a journey, not where this meeting was.
      if (found && found.place.city !== m.place.city) return null;
      found ??= { place: m.place, surface: m.surface, span: m.span };
    }
  }
  return found;
}

/** The first date a scene-setting sentence gives that is not another event's. */
function dayOfScene(scene: Sentence, anchor: DateAnchor, previous: ReportDate | null): ReportDate | null {
  for (const m of datesIn(scene)) {
    if (aboutAnotherEvent(scene, m, 0)) continue;
    const d = resolveDate(m, anchor, previous);
    if (d.value !== null) return d;
  }
  return null;
}

function dateFor(own: readonly Sentence[], scene: { sentence: Sentence; sameDay: boolean } | null, lead: Sentence | null, anchor: DateAnchor, draft: Draft, dated: readonly { at: number; date: ReportDate }[], edition: OccasionEdition | null, dateline: Dateline | null, heading: Sentence | null, g: Gazetteer, people: ArticlePeople): ReportDate {
  const told = lastToldBefore(dated, draft.segmentStart);
  // The day of the scene, when it is told after the last meeting: what `that day` refers to.
  const sceneDate = scene ? dayOfScene(scene.sentence, anchor, told?.date ?? null) : null;
  const previous = sceneDate && (!told || told.at < (scene?.sentence.start ?? 0)) ? sceneDate : (told?.date ?? null);
  // A sentence that tells this meeting as the one days before another (`on Tuesday, a day after
  // talks with X`) dates it by that many days before the date it gives.
  // (Looked up by sentence: one draft can hold thousands of triggers of the same two people.)
  // (The meeting's triggers in each of its sentences, in order: a sentence can tell it twice.)
  const triggersIn = new Map<Sentence, Trigger[]>();
  for (const t of draft.triggers) {
    const list = triggersIn.get(t.sentence);
    if (!list) triggersIn.set(t.sentence, [t.trigger]);
    else if (!list.includes(t.trigger)) list.push(t.trigger);
  }
  const offsetIn = (sentence: Sentence) => triggersIn.get(sentence)?.[0]?.dayOffset ?? 0;
  const candidates: DateMention[] = [];
  // The date in a dateline (`Colombo, Dec 17 (Daily Mirror) -`) is when the story was filed.
  const inDateline = (m: DateMention) => dateline !== null && m.span[0] >= dateline.span[0] && m.span[1] <= dateline.span[1];
  let found: ReportDate | null = null;
  for (const s of own) {
    // Words before this meeting's trigger say nothing of its date (`…, after Modi held talks with
    // Dissanayake on Monday`): another event is named between the trigger and the date, if at all.
    const triggers: readonly (Trigger | undefined)[] = triggersIn.get(s) ?? [undefined];
    for (const m of datesIn(s)) {
      if (inDateline(m)) continue;
      // `On the eve of the Nato summit, which ran from July 11th to 12th, X sat down with Y`: the
      // day before the occasion's first.
      const before = s.text.slice(0, m.span[0] - s.start);
      if (EVE_OF.test(before.slice(-EVE_OF_REACH)) && OCCASION_RANGE.test(before.slice(-30))) {
        const d = resolveDate(m, anchor, previous);
        if (d.start !== null) {
          const day = addDays(d.start, -1);
          return { ...d, value: day, start: day, end: day, precision: "day", reason: `${d.reason ? `${d.reason}; ` : ""}the eve of the occasion that starts on ${d.start}` };
        }
      }
      // A day inside a trigger's own words (`talks in Beijing yesterday between A and B`) is its; a
      // day after any of the meeting's triggers in the sentence with no other event between dates
      // it (`Starmer's talks with Xi, after the two leaders met on Tuesday`: the second is its own).
      const fromTrigger = (t: Trigger | undefined) => (t && s.start + t.span[1] <= m.span[0] ? t.span[1] : 0);
      const inside = (t: Trigger | undefined) => t !== undefined && s.start + t.span[0] <= m.span[0] && m.span[1] <= s.start + t.span[1];
      if (!triggers.some(inside) && triggers.every((t) => aboutAnotherEvent(s, m, fromTrigger(t)))) continue;
      // `Monday's deal`: a day that names a thing, not when the meeting was.
      if (possessiveAt(s.text, m.span[1] - s.start)) continue;
      candidates.push(m);
      const d = resolveDate(m, anchor, previous);
      if (d.value === null) continue;
      const shifted = shiftDate(d, offsetIn(s));
      // The first date the report's sentences give, or a day inside it given later (`talks …
      // earlier this week`, then `the two met on July 25`).
      if (found === null) found = shifted;
      else if (shifted.precision === "day" && shifted.start !== null && found.start !== null && found.end !== null && shifted.start >= found.start && shifted.start <= found.end) return shifted;
      if (found.precision === "day") return found;
    }
  }
  if (found) return found;
  const named = dayOfTheMeeting(draft, people, anchor, previous);
  if (named) return named;
  const shown = dateOfCaptionScene(draft, own, anchor, previous, inDateline);
  if (shown) return shown;
  if (heading) {
    for (const m of datesIn(heading)) {
      const d = resolveDate(m, anchor, previous);
      if (d.value !== null) return { ...d, reason: `${d.reason ? `${d.reason}; ` : ""}date of the section heading the meeting is told under` };
    }
  }
  if (sceneDate && !scene?.sameDay) return { ...sceneDate, reason: `${sceneDate.reason ? `${sceneDate.reason}; ` : ""}date of the sentence before, which sets the scene of this meeting` };
  if (lead && !own.includes(lead)) {
    const offset = draft.triggers.every((t) => t.trigger.dayOffset) ? (draft.triggers[0]?.trigger.dayOffset ?? 0) : 0;
    for (const m of datesIn(lead)) {
      if (inDateline(m)) continue;
      const d = resolveDate(m, anchor, previous);
      if (d.value !== null) return shiftDate({ ...d, reason: `${d.reason ? `${d.reason}; ` : ""}date of the article's lead, which covers this meeting` }, offset);
    }
  }
  if (edition) {
    return {
      value: edition.start === edition.end ? edition.start : `${edition.start}/${edition.end}`,
      start: edition.start,
      end: edition.end,
      precision: edition.start === edition.end ? "day" : "span",
      basis: "occasion",
      surface: null,
      span: null,
      reason: "the text gives no date; the dates of the occasion it names",
    };
  }
  const unresolved = candidates.map((m) => resolveDate(m, anchor, previous))[0];
  if (unresolved) return unresolved;
  const arrival = arrivalBefore(draft, anchor, previous, g);
  if (arrival) return arrival;
  // `Kishida and Yoon have held talks in Seoul`, in a story published on May 7 that names no day:
  // the present perfect of news tells a meeting just before publication, the day of it or the one
  // before (a span, so as not to claim more than the text says).
  // (So does a lead in the present perfect that covers it: `Zelensky has visited the Netherlands and
  // Denmark, where he held talks …`, then `In the Netherlands, Zelensky met Rutte …`.)
  if (anchor.published && (draft.triggers.some((t) => PRESENT_PERFECT.test(t.trigger.surface) || PERFECT_BEFORE.test(t.sentence.text.slice(Math.max(0, t.trigger.span[0] - 60), t.trigger.span[0]))) || (lead !== null && !own.includes(lead) && LEAD_PERFECT.test(lead.text)))) {
    const end = anchor.published;
    const start = addDays(end, -1);
    return { value: `${start}/${end}`, start, end, precision: "span", basis: "published", surface: null, span: null, reason: `the text gives no day; a meeting told in the present perfect in a story published on ${end} took place that day or the day before` };
  }
  return unknownDate("the text gives no date for this meeting");
}

// `Modi arrived in Kyiv this morning`: the day a visitor arrived where the meeting was.
const ARRIVED_IN = /\b(?:arrived|landed)\s+(?:in|at)\s+(?:the\s+)?$/;
// A sentence that tells an arrival anywhere in it (see firstDatedProseAfter).
const ARRIVAL = /\b(?:arrived|landed)\s+(?:in|at)\b/;

/**
 * For a meeting its text does not date, told in a story that says when a visitor arrived in the
 * city its own sentences name for the meeting (`… held talks in Kyiv. ¶ Modi arrived in Kyiv this
 * morning`): the meeting was between the arrival and the story's publication, a day or a span.
 */
function arrivalBefore(draft: Draft, anchor: DateAnchor, previous: ReportDate | null, g: Gazetteer): ReportDate | null {
  if (!anchor.published) return null;
  const published = anchor.published;
  let cities: Set<string> | null = null;
  for (const s of draft.owned) {
    if (s.caption || (!s.text.includes("arrived") && !s.text.includes("landed"))) continue;
    const arrival = findPlaces(s.text, s.start, g, published).find((m) => m.place.city && ARRIVED_IN.test(s.text.slice(0, m.span[0] - s.start)));
    if (!arrival) continue;
    // The cities the sentences telling the meeting name, found once.
    cities ??= new Set(concat(draft.triggers, (t) => findPlaces(t.sentence.text, t.sentence.start, g, published).flatMap((m) => (m.place.city ? [m.place.city] : []))));
    if (!cities.has(arrival.place.city as string)) continue;
    for (const m of datesIn(s)) {
      if (m.span[0] < arrival.span[1]) continue;
      const d = resolveDate(m, anchor, previous);
      if (d.precision !== "day" || d.start === null || d.start > published) continue;
      const start = d.start;
      const reason = `the text gives no day for the meeting; it took place after the arrival in ${arrival.place.city} (${d.surface?.trim() ?? start}, ${start}) and by publication on ${published}`;
      if (start === published) return { ...d, basis: "relative", reason };
      return { value: `${start}/${published}`, start, end: published, precision: "span", basis: "published", surface: d.surface, span: d.span, reason };
    }
  }
  return null;
}

const PRESENT_PERFECT = /^(?:has|have)\s/;
// A lead that tells the news of a visit or talks in the present perfect.
const LEAD_PERFECT = /\b(?:has|have)\s+(?:also\s+|just\s+)?(?:visited|held|met|hosted|received|wrapped up|concluded)\b/;
// (`has held talks with`: the trigger may be the noun after the participle, `talks with`.)
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:also\s+|just\s+)?(?:(?:held|had|conducted)\s+(?:[\p{L}-]+\s+){0,3})?$/u;

/** A day or span date moved by `days` (a month or an unknown date stays as it is). */
function shiftDate(d: ReportDate, days: number): ReportDate {
  if (days === 0 || d.start === null || d.end === null || (d.precision !== "day" && d.precision !== "span")) return d;
  const start = addDays(d.start, days);
  const end = addDays(d.end, days);
  const n = Math.abs(days);
  return {
    ...d,
    value: start === end ? start : `${start}/${end}`,
    start,
    end,
    reason: `${d.reason ? `${d.reason}; ` : ""}${n} day${n === 1 ? "" : "s"} ${days < 0 ? "before" : "after"} the date the sentence gives, as it says`,
  };
}

/** The last meeting dated before `at`. */
function lastToldBefore(dated: readonly { at: number; date: ReportDate }[], at: number): { at: number; date: ReportDate } | undefined {
  for (let i = dated.length - 1; i >= 0; i--) if ((dated[i] as { at: number }).at < at) return dated[i];
  return undefined;
}

/** Whether `'s` or `’s` starts at `at` in `text`: a day that names a thing (`Monday's deal`). */
// `Yesterday's meeting followed the usual format`, `Tuesday's talks`: a day that names the meeting.
const ANOTHER_BEFORE = /\b(?:since|unlike|previous|earlier|than)\s+(?:last\s+|the\s+)?$/i;
const MEETING_AFTER_POSSESSIVE = /^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:meeting|talks|summit|session|discussions?|(?:phone |video )?call)\b/;

/**
 * The day of a meeting its sentences with a trigger do not date, from a sentence about it that
 * names it by its day (`Yesterday's meeting followed the usual format of the dialogue`), when
 * that clause of the sentence names no one but the meeting's participants.
 */
function dayOfTheMeeting(draft: Draft, people: ArticlePeople, anchor: DateAnchor, previous: ReportDate | null): ReportDate | null {
  for (const s of draft.owned) {
    if (!s.text.includes("'s") && !s.text.includes("’s")) continue;
    for (const m of datesIn(s)) {
      if (!possessiveAt(s.text, m.span[1] - s.start) || !MEETING_AFTER_POSSESSIVE.test(s.text.slice(m.span[1] - s.start))) continue;
      // `since Monday's meeting`, `unlike Monday's talks`: another meeting of theirs.
      if (ANOTHER_BEFORE.test(s.text.slice(Math.max(0, m.span[0] - s.start - 24), m.span[0] - s.start))) continue;
      // (In the clause of the day: `…: Borrell and Lajcak first spoke to each delegation` is another.)
      const at = m.span[0] - s.start;
      const from = s.start + Math.max(s.text.lastIndexOf(";", at), s.text.lastIndexOf(":", at)) + 1;
      const stops = [s.text.indexOf(";", at), s.text.indexOf(":", at)].filter((i) => i >= 0);
      const to = stops.length > 0 ? s.start + Math.min(...stops) : s.end;
      const others = people.mentions.some((x) => x.span[0] >= from && x.span[1] <= to && x.person >= 0 && !draft.participants.includes(x.person));
      if (others) break;
      const d = resolveDate(m, anchor, previous);
      if (d.value !== null) return { ...d, reason: `${d.reason ? `${d.reason}; ` : ""}the day a sentence about the meeting names it by (\`${m.surface.trim()}'s\`)` };
    }
  }
  return null;
}

/** Whether a name ending at `at` owns something other than a meeting (`Trump's inauguration`, not `Starmer's talks`). */
function ownsOtherThanMeeting(text: string, at: number): boolean {
  return possessiveAt(text, at) && !MEETING_AFTER_POSSESSIVE.test(text.slice(at));
}

export function possessiveAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 0x27 || c === 0x2019) && text.charCodeAt(at + 1) === 0x73;
}

// Words that attach a date to some other event named in passing (`the outcomes of the phone call … on Thursday`).
const EVE_OF = /\bon the eve of\b[^.;]{0,80}$/i;
// A match of EVE_OF is at most 93 characters (`on the eve of` and 80) and ends the text: the last
// 94 hold every match and the character before it that `\b` reads.
const EVE_OF_REACH = 94;
const OTHER_EVENT = /\b(?:outcomes? of|results? of|following|since|after|before|signing|signed|anniversary|visit(?:ed|s)? (?:to|by)|phone call between|talks between|elected|appointed)\b/i;

// The dates of the occasion rather than the meeting (`the AMM, which runs until July 11`). Not
// `last`: `last Thursday` is a day.
const OCCASION_RANGE = /\b(?:runs?|running|ran|lasts|lasting|ends?|ending|until|through|till|from)\s+(?:on\s+)?$/i;

/**
 * The clauses of a meeting's triggers, where its venue is looked for: those of prose sentences
 * first, each sentence's in the order of the text (`met with X at the White House on Wednesday,
 * in a meeting watched closely in Mexico City`: the first clause places it), else in the order
 * the triggers were met. Prose is told by the whole sentence: a clause may end at a comma.
 */
function triggerClauses(draft: Draft, isProse: (s: Sentence) => boolean, clauseOf: (s: Sentence, t: Trigger) => Sentence): Sentence[] {
  // Triggers grouped by sentence in one pass, in the draft's order: a draft can hold thousands of
  // them (one meeting retold), and filtering them all once per sentence was quadratic.
  const bySentence = new Map<Sentence, Trigger[]>();
  for (const t of draft.triggers) {
    const own = bySentence.get(t.sentence);
    if (own) own.push(t.trigger);
    else bySentence.set(t.sentence, [t.trigger]);
  }
  const sentences = [...bySentence.keys()];
  const ordered = sentences.length > 1 ? [...sentences.filter(isProse), ...sentences.filter((s) => !isProse(s))] : sentences;
  return concat(ordered, (s) => (bySentence.get(s) ?? []).sort((a, b) => a.span[0] - b.span[0]).map((t) => clauseOf(s, t)));
}

/**
 * The subject of trade with a partner a figure's clause names, for a meeting's claims: trade with
 * one of the participants' countries is the meeting's `trade`; trade with another (`U.S. trade
 * with Mexico` in a report of Canada–US talks) is `trade with` its country code, never compared
 * with the meeting's own. A partner no country the reference data knows, or a participant of
 * unknown country (the partner could be theirs), leaves plain `trade`.
 */
function tradeWithOf(draft: Draft, people: ArticlePeople, g: Gazetteer): (partner: string) => string {
  const countries = draft.participants.map((i) => (people.people[i] as Person).country);
  return (partner) => {
    const code = g.countryByKey.get(foldText(partner));
    return code !== undefined && !countries.includes(null) && !countries.includes(code) ? `trade with ${code}` : "trade";
  };
}

// The place a caption shows (`… during their meeting in the Oval Office`): a run of capitalised
// words after `in`/`at`.
const CAPTION_PLACE = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/gu;

/**
 * Adds the places a caption shows to `places`. The shared pattern is run in place: `matchAll`
 * would clone it, and a clone made after a collection has emptied the compilation cache compiles
 * its Unicode classes again (most of a millisecond).
 */
function addCaptionPlaces(caption: string, places: Set<string>): void {
  CAPTION_PLACE.lastIndex = 0;
  for (let m = CAPTION_PLACE.exec(caption); m; m = CAPTION_PLACE.exec(caption)) places.add(m[1] as string);
}

/**
 * The date of a meeting named only in photo captions, from the first sentence of the prose that
 * shows the same place with a day (`produced the envelope … in the Oval Office on Thursday`), a
 * date about no other event.
 */
function dateOfCaptionScene(draft: Draft, own: readonly Sentence[], anchor: DateAnchor, previous: ReportDate | null, inDateline: (m: DateMention) => boolean): ReportDate | null {
  if (own.length === 0 || !own.every((s) => s.caption)) return null;
  const places = new Set<string>();
  for (const s of own) addCaptionPlaces(s.text, places);
  if (places.size === 0) return null;
  for (const s of draft.owned) {
    // The prose must put someone at the place (`in the Oval Office on Thursday`), not quote it (`The White House said on Friday`).
    // (The pattern holds the place's name as written: a sentence without the name is not tested.)
    if (s.caption || ![...places].some((p) => s.text.includes(p) && new RegExp(`\\b(?:in|at)\\s+(?:the\\s+)?${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "u").test(s.text))) continue;
    for (const m of datesIn(s)) {
      if (inDateline(m) || aboutAnotherEvent(s, m) || possessiveAt(s.text, m.span[1] - s.start)) continue;
      const d = resolveDate(m, anchor, previous);
      if (d.value !== null) return { ...d, reason: `${d.reason ? `${d.reason}; ` : ""}date of the sentence that shows the place of the photo naming this meeting` };
    }
  }
  return null;
}

// Between two people talks were held with: another `with`, a day or a sequence makes two meetings.
const SEPARATE_TALKS = /\b(?:with|separate(?:ly)?|respectively|then|later|earlier|before|after|a day|the next|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\b/i;

// A subject pronoun opening the clause of the verb that follows (`, as he welcomed`).
const PRONOUN_JUST_BEFORE = /(?:^|[,;]\s+(?:as|while|when|and|then|before|after)\s+|\b(?:as|while|when)\s+)(he|she)\s+(?:also\s+|later\s+|then\s+)?$/;
// The sentence's subject reporting itself (`said Monday that he would …`).
const SAID_PRONOUN = /^\s+(?:said|says|told\s+[^,.;]{1,40}?)\b[^.;]{0,40}?\bthat\s+(he|she)\b/;

/**
 * Whether the pronoun just before a verb (`, as he welcomed`) is the one by which the sentence's
 * first-named person reported themself (`Trump said Monday that he would …, as he welcomed Lee`):
 * then that person is the verb's subject, not the last one named. Without that, the pronoun could
 * be anyone's (`Carney praised Sheinbaum, as she met Trump`).
 */
function subjectPronounAgain(afterSubject: string, beforeVerb: string): boolean {
  const pronoun = PRONOUN_JUST_BEFORE.exec(beforeVerb)?.[1];
  return pronoun !== undefined && SAID_PRONOUN.exec(afterSubject)?.[1] === pronoun;
}

function aboutAnotherEvent(sentence: Sentence, m: DateMention, from = 0): boolean {
  let before = sentence.text.slice(from, m.span[0] - sentence.start);
  // A relative clause set off by commas describes someone (`Sogavare, who is on an official visit
  // to China, at the Great Hall … on Monday`): the date after it is the main clause's.
  if (before.includes(", who")) before = before.replace(WHO_CLAUSE, ",");
  return OTHER_EVENT.test(before.slice(-120)) || OCCASION_RANGE.test(before.slice(-30)) || (before.includes(", wh") && IN_RELATIVE_CLAUSE.test(before.slice(-100)));
}

const WHO_CLAUSE = /,\s+who\s+(?:is|are|was|were)\b[^,;.]{1,100},/g;
// A date inside a relative clause that tells what someone else does (`The US president, who leaves
// France on Sunday, met …`) dates that, not the meeting.
const IN_RELATIVE_CLAUSE = /,\s+(?:who|which)\s+(?!(?:is|are|was|were)\b)[^,;.]{1,80}$/;

// `the ministry in Bangkok said`: a place that locates an institution, not the meeting; and
// `the war in Ukraine`, `peace in the Middle East`, `investment in Vietnam`: what happens there;
// `the authorities in Kabul`, `the Institutions of Self-Government in Priština`: who governs there.
const INSTITUTION_IN = /\b(?:ministry|embassy|consulate|headquarters|based|agency|spokesperson|correspondent|reporters?|war|conflict|crisis|fighting|violence|peace|situation|invasion|occupation|unrest|tensions?|ceasefire|elections?|investments?|interests|troops|forces|presence|institutions|self-government|authorities|administration|regime)\s+(?:in|at)\s+(?:the\s+)?$/i;
const SINCE_EVENT_IN = /\bsince\s+(?:[\p{L}\d'’-]+\s+){0,10}(?:in|at)\s+(?:the\s+)?$/u;
// `flew to Addis Ababa last Saturday for talks with Abiy`: where a trip for the talks went.
const TRIP_TO = /\b(?:flew|flies|travell?ed|travels|went|goes|came|comes|headed|heads)\s+(?:back\s+)?to\s+(?:the\s+)?$/;
// `travelled to the Sandringham Estate in Norfolk, where he called on the King`: the trip's end is where they met.
const WHERE_AFTER = /^[^.;]{0,60}?,\s+where\b/;
const FOR_TALKS = /^[^.;]{0,60}?\b(?:for (?:talks|a meeting|meetings|a summit|a visit)|to (?:meet|hold talks))\b/;
// `Putin, who is paying an official visit to Mongolia`, `during his state visit to Vietnam`: the
// country or city of the visit under way (not `his first visit to China since 2019`, `his next
// visit to Tokyo`, which are other trips).
const VISIT_TO = /\b(?:paying|pays|on|during|in the course of)\s+(?:an?|his|her|their|the)\s+(?:(?!(?:first|last|previous|earlier|next|upcoming|planned|future|possible|proposed)\b)[a-z-]+\s+){0,3}visit\s+to\s+(?:the\s+)?$/;
const SINCE_AFTER = /^[^.;]{0,12}?\bsince\b/;
// `in the Malaysian capital`
const DEMONYM_CAPITAL = /\b(?:in|at)\s+the\s+([\p{Lu}][\p{L}]+)\s+capital\b/u;
// `held talks here`: the dateline's city
const HERE = /\b(?:talks|met|meeting|meets|held|hosted|received)\b[^.;]{0,100}?\bhere\b/;

function venueIn(sentence: Sentence, g: Gazetteer, on: string | null, dateline: Dateline | null): { place: Place; surface: string; span: [number, number] } | null {
  const inCapital = demonymCapital(sentence, g);
  // `held talks in Helsinki with …, fresh from a summit in the Lithuanian capital`: a place named
  // before the capital is the venue.
  if (inCapital) {
    const named = venueNamed(sentence, g, on);
    return named && named.span[0] < inCapital.span[0] ? named : inCapital;
  }
  // Only a sentence with the word and a dateline to place it is worth the pattern.
  const here = dateline?.place && sentence.text.includes("here") ? HERE.exec(sentence.text) : null;
  if (here && dateline?.place) {
    const at = here.index + here[0].length - 4;
    return { place: dateline.place, surface: "here", span: [sentence.start + at, sentence.start + at + 4] };
  }
  return venueNamed(sentence, g, on);
}

/** `in the Malaysian capital`: the capital of the country the demonym names. */
function demonymCapital(sentence: Sentence, g: Gazetteer): { place: Place; surface: string; span: [number, number] } | null {
  // Most sentences do not have the word the pattern needs.
  const capital = sentence.text.includes("capital") ? DEMONYM_CAPITAL.exec(sentence.text) : null;
  if (!capital) return null;
  const code = g.demonymByKey.get(foldText(capital[1] ?? "")) ?? g.countryByKey.get(foldText(capital[1] ?? ""));
  const city = code ? g.capitals.get(code) : undefined;
  if (!code || !city) return null;
  const start = sentence.start + capital.index + capital[0].indexOf("the");
  return { place: { city, country: code }, surface: sentence.text.slice(start - sentence.start, capital.index + capital[0].length), span: [start, sentence.start + capital.index + capital[0].length] };
}

// `returned to Tokyo`, `has arrived back in Tokyo after a trip to India`: home, not where anyone
// met (`was back in Carthage … for a meeting` is).
const HOME_IN = /\b(?:home|returned|returning|returns)\s+(?:in|to)\s+(?:the\s+)?$/i;
const BACK_IN = /\bback\s+(?:in|to)\s+(?:the\s+)?$/i;
const AFTER_ELSEWHERE = /^[^.;]{0,12}?\b(?:after|from|following)\b/;
// `aimed squarely at China`: one meets at a place, in a country.
const AT = /\bat\s+(?:the\s+)?$/i;
// `welcomed Joe Biden to the Elysee Palace`: a building one is brought to is where one meets.
const TO = /\bto\s+(?:the\s+)?$/;
// `welcomed Luxon to Melbourne`: a host welcoming a guest to a city or country receives them there.
const WELCOMED_TO = /\bwelcom(?:ed|es|ing)\s+[^.;]{1,100}?\bto\s+(?:the\s+)?$/;
// `embraced outside the West Wing`: by a building is where one is received (a city's outskirts are not).
const BY_BUILDING = /\b(?:outside|inside|on the steps of)\s+(?:the\s+)?$/;
// `during an Oval Office meeting`: a building named as the kind of meeting.
const ARTICLE_BEFORE = /\b(?:an?|the|their|his|her)\s+(?:[a-z]+\s+)?$/i;
const MEETING_AFTER = /^\s+(?:meeting|talks|session|summit)\b/;
const COMMA_BEFORE = /,\s*$/;

const institutionBefore = endingAt(INSTITUTION_IN);
const homeBefore = endingAt(HOME_IN);
const backBefore = endingAt(BACK_IN);
const sinceEventBefore = endingAt(SINCE_EVENT_IN);
const atBefore = endingAt(AT);
const tripBefore = endingAt(TRIP_TO);
const visitBefore = endingAt(VISIT_TO);
const toBefore = endingAt(TO);
const welcomedToBefore = endingAt(WELCOMED_TO);
const byBuildingBefore = endingAt(BY_BUILDING);
const leftBefore = endingAt(/\bleft\s+(?:the\s+(?:[a-z-]+\s+){0,3}of\s+)?$/);
const WITHOUT_AFTER = /^\s+without\b/;
const articleBefore = endingAt(ARTICLE_BEFORE);
const commaBefore = endingAt(COMMA_BEFORE);
const locativeBefore = endingAt(LOCATIVE);
// `em Madri`, `no Palácio da Moncloa`, `en el Palacio de La Moneda`, `à la Maison-Blanche`, `au Kremlin`:
// where a meeting was, in an article in Portuguese, Spanish or French.
const FOREIGN_LOCATIVE = /(?<![\p{L}])(?:em|no|na|en|à|au|dans)\s+(?:(?:el|la|le|l['’])\s*)?$/u;
const foreignLocativeBefore = endingAt(FOREIGN_LOCATIVE);
const locativeOpeningBefore = endingAt(LOCATIVE_OPENING);

/** Whether the words of `text` before `at` (from the start of its sentence) put the meeting there: `LOCATIVE`, or `LOCATIVE_OPENING` within 90 characters of the start, tested on `text.slice(0, at)`. */
function locativeAt(text: string, at: number): boolean {
  return locativeBefore(text, at) || (at <= 90 && locativeOpeningBefore(text, at));
}

/** The place a sentence names after a locative (`in`, `at`, …), as the gazetteer knows it. */
function venueNamed(sentence: Sentence, g: Gazetteer, on: string | null): { place: Place; surface: string; span: [number, number] } | null {
  const text = sentence.text;
  const mentions = findPlaces(text, sentence.start, g, on);
  const kept = mentions.filter((m, i) => {
    // Where the place starts and ends in the sentence; the words before it are `text.slice(0, at)`.
    const at = m.span[0] - sentence.start;
    const end = m.span[1] - sentence.start;
    if (institutionBefore(text, at)) return false;
    if (homeBefore(text, at)) return false;
    if (backBefore(text, at) && AFTER_ELSEWHERE.test(text.slice(end))) return false;
    // `their first summit since the G20 in Bali`: the place of the event before this one.
    if (at >= 5 && text.lastIndexOf("since", at - 5) >= 0 && sinceEventBefore(text, at)) return false;
    // A possessive country owns what follows (`to rein in North Korea's nuclear programme`):
    // it is a place only before another one (`in China's Yunnan Province`, below).
    if (m.rank === 1 && (/['’]s$/.test(m.surface) || /^['’]s\s/.test(text.slice(end, end + 3))) && !mentions.some((k) => k.rank > 1 && k.span[0] > m.span[0] && k.span[0] <= m.span[1] + 4)) return false;
    if (m.rank === 1 && atBefore(text, at)) return false;
    if (locativeAt(text, at)) return true;
    if (foreignArticle && foreignLocativeBefore(text, at)) return true;
    if (tripBefore(text, at) && (FOR_TALKS.test(text.slice(end)) || WHERE_AFTER.test(text.slice(end)))) return true;
    if (m.rank <= 3 && visitBefore(text, at) && !SINCE_AFTER.test(text.slice(end))) return true;
    if (m.rank === 4 && toBefore(text, at)) return true;
    // `welcomed the Prime Minister of New Zealand … to Melbourne`: a host brings a guest to the place they meet.
    if (toBefore(text, at) && welcomedToBefore(text, at)) return true;
    if (m.rank === 4 && byBuildingBefore(text, at)) return true;
    // `left Kyiv without changing Berlin's refusal`, `left the lakeside resort of Ohrid without
    // signing anything`: where the story's people were, left with the business of the meeting.
    if (leftBefore(text, at) && WITHOUT_AFTER.test(text.slice(end, end + 12))) return true;
    if (m.rank === 4 && articleBefore(text, at) && MEETING_AFTER.test(text.slice(end, end + 10))) return true;
    // A photo caption ends with where it was taken (`… before their meeting, Vilnius, Lithuania.`).
    if (sentence.caption && commaBefore(text, at) && CAPTION_TAIL.test(text.slice(end))) return true;
    const prev = mentions[i - 1];
    return prev !== undefined && /^\s*,\s*$/.test(text.slice(prev.span[1] - sentence.start, at)) && locativeAt(text, prev.span[0] - sentence.start);
  });
  // `in China's Yunnan Province`: the possessive country belongs to the place after it, and is no
  // venue without one (`to rein in North Korea's nuclear programme`).
  const possessive = mentions.filter((m) => m.rank === 1 && /^['’]s\s/.test(text.slice(m.span[1] - sentence.start, m.span[1] - sentence.start + 3)) && locativeAt(text, m.span[0] - sentence.start) && kept.some((k) => k.span[0] > m.span[1] && k.span[0] <= m.span[1] + 4));
  const combined = combinePlaces([...kept, ...possessive, ...unknownCitiesBefore(text, sentence.start, mentions, g), ...baseTowns(text, sentence.start, mentions, g)]);
  if (!combined) return null;
  return { place: combined.place, surface: text.slice(combined.span[0] - sentence.start, combined.span[1] - sentence.start), span: combined.span };
}

// `at the Eindhoven air base`, `to Skrydstrup Air Base`: a base or airport named after its town.
const BASE_OF_TOWN = /\b(?:at|in|to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?:[Aa]ir\s?[Bb]ase|[Aa]irbase|[Nn]aval [Bb]ase|[Mm]ilitary [Bb]ase|[Aa]irport)\b/u;

/**
 * The town a base or airport is named after (`met Rutte at the Eindhoven air base`), when the
 * reference data does not know it and the sentence names one country (`In the Netherlands, …`).
 */
function baseTowns(text: string, base: number, mentions: readonly PlaceMention[], g: Gazetteer): PlaceMention[] {
  const m = text.includes("ase") || text.includes("irport") ? BASE_OF_TOWN.exec(text) : null;
  if (!m?.[1]) return [];
  const countries = new Set(mentions.filter((p) => p.rank === 1).map((p) => p.place.country));
  const city = countries.size === 1 ? unknownCity(m[1], g) : null;
  if (!city) return [];
  const start = m.index + m[0].indexOf(m[1]);
  return [{ place: { city, country: [...countries][0] as string }, rank: 3, surface: m[1], span: [base + start, base + start + m[1].length] }];
}


/**
 * `talks in Ohrid, North Macedonia`: a city the gazetteer does not know, read where a locative
 * puts it before a country it names (a known city before the country is one of `mentions`).
 */
function unknownCitiesBefore(text: string, base: number, mentions: readonly PlaceMention[], g: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as PlaceMention;
    const at = m.span[0] - base;
    const end = m.span[1] - base;
    // Only a country just after a comma, not owning what follows (`in Kyiv, Ukraine's capital`).
    if (m.rank !== 1 || text.lastIndexOf(",", at) < at - 3 || /^['’]s\b/.test(text.slice(end, end + 3))) continue;
    const prev = mentions[i - 1];
    if (prev !== undefined && prev.span[1] - base >= at - 3) continue;
    const before = text.slice(Math.max(0, at - 60), at);
    const c = CITY_BEFORE_COMMA.exec(before);
    if (!c?.[1]) continue;
    const cityStart = at - before.length + c.index;
    if (!locativeAt(text, cityStart)) continue;
    const city = unknownCity(c[1], g);
    if (city) out.push({ place: { city, country: m.place.country }, rank: 3, surface: text.slice(cityStart, end), span: [base + cityStart, m.span[1]] });
  }
  return out;
}

// A meeting told as later or earlier the same day (one kind of SAME_OUTING).
const SAME_DAY_WORDS = "(?:on|later|earlier) the same day|the same day|later (?:in|on) the day|later that day|earlier that day|later on";
const LATER_THAT_DAY = new RegExp(`\\b(?:${SAME_DAY_WORDS})\\b`, "i");

/** A place without its building: the city, region and country it is in. */
function withoutSite(place: Place): Place {
  const { site: _site, ...rest } = place;
  return rest;
}

// A meeting told as part of the same outing as the one before it.
// (`After the bilateral session, A and B were joined by C for a three-way meeting`: the next meeting where the last one was.)
const SAME_OUTING = new RegExp(`\\b(?:${SAME_DAY_WORDS}|(?:after|following) (?:the|their) (?:bilateral |formal |one-on-one |restricted )?(?:session|talks|meeting)|(?:was|were) (?:then |later )?joined by)\\b`, "i");

// A sentence about where the meeting was: `The meeting took place on the sidelines of … in Jakarta`.
// `The two sides signed ten agreements after the talks at Hyderabad House`: where the talks were.
// (And a sentence that opens with the talks at a place: `The talks at Hyderabad House covered trade`.)
const TOOK_PLACE = /\b(?:meetings?|talks|discussions?|encounter)\b[^.;]{0,40}\b(?:took place|was held|were held|happened)\b|\bon the (?:sidelines|fringes?|margins?) of\b|\b(?:after|following|during|before|ahead of) (?:the|their) (?:bilateral |formal |delegation-level |restricted |one-on-one )?(?:talks|meeting|discussions)\s+(?:at|in)\s|^(?:The|Their) (?:bilateral |formal |delegation-level |restricted |one-on-one )?(?:talks|meeting|discussions) (?:at|in) /i;
// `The two men … embraced outside the West Wing`: the pair seen at a named building (not
// `The two leaders last sat down together at the White House in July`, where they met before).
const PAIR_AT_BUILDING = /\b[Tt]he two (?:men|women|leaders|presidents|prime ministers|ministers)\b[^.;]{0,120}\b(?:outside|inside|at|on the steps of) the \p{Lu}/u;
const BEFORE_NOW = /\b(?:last|previously|earlier|before|first met)\b/;

function pairAtBuilding(text: string): boolean {
  return PAIR_AT_BUILDING.test(text) && !BEFORE_NOW.test(text);
}
// A building within the city: `at the Jakarta Convention Center`, `at the Government Office`.
// `at the Great Hall of the People`, `at the Diaoyutai State Guesthouse`: the name runs on through `of the …`.
// A building's own name may go without `the` (`at Admiralty House`, `at Hyderabad House`), when a
// word names it before the kind of building (not `at House`; see siteIn).
// (`at Tehran's Saadabad Palace`: the possessive city before a building's name is no part of it.)
const SITE = /\bat (?:the )?(?:[\p{Lu}][\p{L}-]*['’]s\s)?((?:[\p{Lu}][\p{L}'’-]*\s){0,4}(?:Hotel|Convention Cent(?:er|re)|Palace|Office|Headquarters|Building|Hall|House|Guesthouse|Guest House|Centre|Center|Resort|Complex|Villa|Residence)(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3})?)\b/u;

// A building's kind as the first word of a site: with no `the` before it, no name (`at House of Representatives offices`).
const BUILDING_FIRST = /^(?:Hotel|Convention|Palace|Office|Headquarters|Building|Hall|House|Guesthouse|Guest|Centre|Center|Resort|Complex|Villa|Residence)\b/;

/** The first site named in the report's own sentences or in a sentence about where it took place. */
function siteIn(sentences: readonly Sentence[]): { site: string; span: [number, number] } | null {
  for (const s of sentences) {
    // The pattern needs ` at ` (or `at ` opening the sentence): most sentences without it skip the pattern.
    const m = s.text.includes(" at ") || s.text.startsWith("at ") ? SITE.exec(s.text) : null;
    if (m?.[1] && (m[0].startsWith("at the ") || !BUILDING_FIRST.test(m[1]))) {
      const start = s.start + m.index + m[0].length - m[1].length;
      return { site: m[1], span: [start, start + m[1].length] };
    }
  }
  return null;
}

/** How specific a place is: a building, a city, a region, a country. */
function specificity(p: Place): number {
  return p.site ? 4 : p.city ? 3 : p.region ? 2 : 1;
}

/**
 * The first venue of a report's own sentences (then of those about where it took place), unless a
 * later one names a more specific place in the same country (`talks … in Laos`, then `met on the
 * sidelines of … in the Lao capital, Vientiane`).
 */
function mostSpecific<T extends { place: Place }>(sentences: readonly Sentence[], venueOf: (s: Sentence) => T | null): T | null {
  let best: T | null = null;
  for (const s of sentences) {
    // A city is specific enough: the sentences after it are not read (each costs a place lookup).
    if (best !== null && specificity(best.place) >= 3) break;
    const v = venueOf(s);
    if (v === null) continue;
    if (best === null) best = v;
    else if (v.place.country === best.place.country && specificity(v.place) > specificity(best.place)) best = v;
  }
  return best;
}

/**
 * Whether every date a sentence gives is days away from the meeting's (`… continued with meetings
 * between the two leaders on the sidelines of the NATO summit in Vilnius in July and … in
 * September`, in a story of a meeting in December): it places other meetings, not this one.
 */
function datedElsewhere(s: Sentence, date: ReportDate, anchor: DateAnchor): boolean {
  if (date.start === null || date.end === null) return false;
  const mentions = datesIn(s);
  // Months without a day (`in July`) are no date mentions: they are read here, as months away
  // from the meeting's, in either direction, with the year left out.
  const months = YEAR_OR_MONTH.test(s.text) ? [...s.text.matchAll(BARE_MONTHS)].map((m) => MONTHS.indexOf((m[1] ?? "").toLowerCase())) : [];
  if (mentions.length === 0 && months.length === 0) return false;
  const from = addDays(date.start, -OCCASION_SLACK_DAYS);
  const to = addDays(date.end, OCCASION_SLACK_DAYS);
  const month = Number(date.start.slice(5, 7)) - 1;
  const farMonth = (m: number) => m >= 0 && Math.min((m - month + 12) % 12, (month - m + 12) % 12) >= 2;
  return (
    months.every(farMonth) &&
    mentions.every((m) => {
      const d = resolveDate(m, anchor, null);
      return d.start !== null && d.end !== null && (d.end < from || d.start > to);
    })
  );
}

const BARE_MONTHS = /\b(?:in|last|since)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/g;

/** A sentence about where a meeting was (`The talks took place …`, `The two leaders … at the White House`). */
function isAboutPlace(s: Sentence): boolean {
  return TOOK_PLACE.test(s.text) || pairAtBuilding(s.text);
}

/** {@link siteIn} of the sentences of `owned` about the place, without reading those that name no site. */
function siteAbout(owned: readonly Sentence[]): { site: string; span: [number, number] } | null {
  for (const s of owned) {
    if (!s.text.includes("at the ") || !isAboutPlace(s)) continue;
    const site = siteIn([s]);
    if (site) return site;
  }
  return null;
}

/**
 * A lead placed no nearer than a country or region (a standfirst's `after marathon talks in North
 * Macedonia`), made specific by the next sentence of prose when that names a city within it (the
 * story's first paragraph: `following almost 12 hours of talks in Ohrid, North Macedonia`).
 */
function refinedByNext(place: ReturnType<typeof venueIn>, lead: Sentence | null, sentences: readonly Sentence[], venue: (s: Sentence) => ReturnType<typeof venueIn>): ReturnType<typeof venueIn> {
  if (place === null || lead === null || specificity(place.place) >= 3) return place;
  const next = sentences.find((s) => s.start > lead.start && !s.caption && isProse(s));
  const there = next ? venue(next) : null;
  return there !== null && there.place.city !== undefined && there.place.country === place.place.country && placeWithin(there.place, place.place) ? there : place;
}

/**
 * The first of the three sentences of prose after `lead` that gives a date, unless it tells an
 * arrival (whose day bounds the meeting's: see arrivedIn).
 */
function firstDatedProseAfter(lead: Sentence, sentences: readonly Sentence[]): Sentence | undefined {
  let seen = 0;
  for (let i = indexOfSentence(sentences, lead) + 1; i < sentences.length && seen < 3; i++) {
    const s = sentences[i] as Sentence;
    if (s.caption || !isProse(s)) continue;
    seen++;
    if (datesIn(s).length > 0) return ARRIVAL.test(s.text) ? undefined : s;
  }
  return undefined;
}

/** Whether a person has a title that names an office, not only an honorific (`Prime Minister`, not `Mr`). */
function officeHolder(p: Person): boolean {
  return p.title !== null && foldText(p.title).split(" ").some((w) => OFFICE_WORDS.has(w));
}
const OFFICE_WORDS = new Set(["president", "minister", "premier", "chancellor", "king", "queen", "emir", "amir", "sultan", "emperor", "pope", "leader", "secretary", "taoiseach", "prince", "governor", "chairman", "chair"]);

/** Whether a sentence names any one of `participants` (indexes into `people`). */
function namesSome(s: Sentence, participants: readonly number[], people: ArticlePeople): boolean {
  return participants.some((i) => (people.people[i] as Person).mentions.some((m) => m.span[0] >= s.start && m.span[1] <= s.end));
}

/** Whether `inner` lies within `outer`: the same city and region wherever `outer` names one. */
function placeWithin(inner: Place, outer: Place): boolean {
  return (outer.city === undefined || outer.city === inner.city) && (outer.region === undefined || outer.region === inner.region);
}

function locationFor(own: readonly Sentence[], owned: readonly Sentence[], leadPlace: ReturnType<typeof venueIn>, occasion: OccasionMatch | null, g: Gazetteer, on: string | null, dateline: Dateline | null, when: { date: ReportDate; anchor: DateAnchor }): ReportLocation {
  const edition = occasion?.edition ?? null;
  // The sentences about where the meeting took place are looked for only when the report's own
  // sentences name no city (testing every sentence a report owns was a measurable cost).
  let about: readonly Sentence[] | null = null;
  // (An aside about an earlier meeting is no part of it: `The two men, who had last met in
  // Ahmedabad in February 2020, embraced outside the West Wing`.)
  const aboutOnce = () => (about ??= owned.map(withoutEarlierAside).filter((s) => isAboutPlace(s) && !datedElsewhere(s, when.date, when.anchor)));
  const venue = (s: Sentence) => venueOf(s, g, on, dateline);
  let first = mostSpecific(own, venue);
  // A building in that city another of its sentences names (a headline's `at Perdana Putra`, read
  // after the prose) is more specific still.
  if (first && specificity(first.place) === 3) {
    const city = first.place.city;
    for (const s of own) {
      const v = venue(s);
      if (v !== null && v.place.site !== undefined && v.place.city === city) {
        first = v;
        break;
      }
    }
  }
  let fromText = (first && specificity(first.place) >= 3 ? first : mostSpecific([...own, ...aboutOnce()], venue)) ?? leadPlace;
  // A meeting on the sidelines of an occasion is where the occasion is: a place in another country names something else.
  if (fromText && edition && fromText.place.country !== edition.country) fromText = null;
  if (fromText) {
    const place = { ...fromText.place };
    // The occasion's calendar entry can make a compatible text venue more specific (Yunnan → Anning, Yunnan).
    if (edition && edition.country === place.country && !place.city && edition.city && (!place.region || place.region === edition.region)) {
      place.city = edition.city;
      if (edition.region) place.region = edition.region;
    }
    // `CAMP DAVID, Maryland (Yonhap) --` over `talks at the mountain retreat in Maryland`: the
    // dateline's city within the region the text names (never a city the text does not contain).
    if (!place.city && place.region && dateline?.place?.city && dateline.place.country === place.country && dateline.place.region === place.region) place.city = dateline.place.city;
    // `Ulaanbaatar, September 3 (MONTSAME) - … Putin, who is paying an official visit to Mongolia`:
    // a story filed from a city of the one country the text names files from where the meeting was.
    if (!place.city && !place.region && dateline?.place?.city && dateline.place.country === place.country) {
      place.city = dateline.place.city;
      if (dateline.place.region) place.region = dateline.place.region;
    }
    // (The sentences about the place are all read only if they were needed above.)
    const site = siteIn(own) ?? (about !== null ? siteIn(about) : siteAbout(owned));
    // A building the gazetteer knows goes by its usual name (`Turkish House` is the Turkevi Center).
    const sites = site ? (g.placesByKey.get(foldText(site.site)) ?? []).filter((p) => p.kind === "site") : [];
    const known = sites.find((p) => p.country === place.country);
    if (site && known) site.site = known.name;
    // A building the gazetteer places in another country is not where this meeting was.
    const elsewhere = !known && sites.length > 0;
    // The site is the most specific support for the venue, so the source points at it.
    if (site && !elsewhere) return { value: { site: site.site, ...place }, surface: site.site, span: site.span, basis: "text" };
    return { value: place, surface: fromText.surface, span: fromText.span, basis: "text" };
  }
  if (edition && occasion) {
    const place: Place = { ...(edition.city ? { city: edition.city } : {}), ...(edition.region ? { region: edition.region } : {}), country: edition.country };
    return { value: place, surface: occasion.occasion.surface, span: occasion.occasion.span, basis: "occasion" };
  }
  return { value: null, surface: null, span: null, basis: null };
}

