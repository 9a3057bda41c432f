/**
 * Claims a report makes: money figures and percentages with their status and scope,
 * agreements, and named mechanisms and plans.
 */
import type { Claim, Figure } from "../model/report.js";
import { endingAt } from "./ending-at.js";

const SCALE: Readonly<Record<string, number>> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mn: 1e6, m: 1e6, thousand: 1e3 };
// Bounds count as approximate (`exceeded 4 billion`, `topped $10 billion`): the figure is not the amount.
const APPROX = /\b(?:around|about|nearly|almost|approximately|roughly|some|over|more than|close to|up to|an estimated|exceeded|exceeding|exceeds|topped|surpassed|above)\s*$/i;
// Which side of the amount a bound's words put the figure on.
const AT_LEAST = /\b(?:over|more than|exceeded|exceeding|exceeds|topped|surpassed|above)\s*$/i;
const AT_MOST = /\b(?:nearly|almost|close to|up to)\s*$/i;

const approximateBefore = endingAt(APPROX);
const atLeastBefore = endingAt(AT_LEAST);
const atMostBefore = endingAt(AT_MOST);

/**
 * Whether the words before a figure make it approximate, and its bound (see `Figure.bound`), as
 * properties to spread into the figure. The words of each bound are words of APPROX: a figure
 * that is not approximate has none.
 */
function approximation(before: string): Pick<Figure, "approximate" | "bound"> {
  if (!approximateBefore(before)) return { approximate: false };
  return atLeastBefore(before) ? { approximate: true, bound: "at least" } : atMostBefore(before) ? { approximate: true, bound: "at most" } : { approximate: true };
}
// A count right after a verb of signing: signed, not aimed at.
const SIGNED_BEFORE = /\b(?:signed|inked|exchanged|concluded|sealed|adopted)\s+(?:(?:some|about|around|nearly|more than|over|a total of|as many as)\s+)?$/i;
const TARGET = /\b(?:target(?:s|ing|ed)?|aim(?:s|ing|ed)?|striv(?:e|ing)|reach|raise|boost|increase|achieve|lift|push|goal|bring|to hit|toward|towards|by 20\d\d)\b/i;
// A clause boundary: what comes before it says nothing about the figure after it.
const CLAUSE = /(?:[,;:]\s|\s(?:and|while|whereas|but)\s)(?![^,;:]*(?:[,;:]\s|\s(?:and|while|whereas|but)\s))/;
const SUBJECTS = ["two-way trade", "bilateral trade", "trade turnover", "trade", "investment", "exports", "imports", "tourism", "ODA", "aid", "loans", "grant"];
// Each subject as a whole word (`aid`, not the `aid` of `said`); goods exchanged, commerce and
// the commercial relationship of two countries are trade.
// (Not the Chamber, Department or Ministry of Commerce, nor a Commerce Secretary or Minister.)
const SUBJECT_WORDS = new RegExp(`\\b(?:${SUBJECTS.join("|")}|goods|commerce(?!\\s+(?:secretary|minister|ministry|department))(?<!(?:chamber|department|ministry|secretary|minister) of commerce)|commercial (?:relationship|relations|ties|exchanges?))\\b`, "i");

// US$3.13 billion, US $780 billion, $5 billion, USD 2 bn, A$20b, ¥81.7 billion, 25 billion USD, 3.1 billion US dollars, 87.1 billion yen
// (The currencies in front are grouped by first letter: capitalised words are common, and each
// is a place the pattern is tried.)
const MONEY = /(?:(U(?:S(?:\s?\$|D))|A(?:\$|U[$D])|HK\$|N[TZ]\$|C(?:\$|NY)|S(?:\$|GD)|EUR|GBP|JPY|KRW|INR|PGK|K(?=\d)|\$|€|£|¥|₹|₩|R(?:\$|s\.?)|VND|RMB|yuan)\s?(\d{1,3}(?:[,.]\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\s*(trillion|billion|million|bn|mn|tn|b|m)?\b|\b(\d+(?:\.\d+)?)\s*(trillion|billion|million|bn|mn)\s+(USD|US dollars|Australian dollars|Singapore dollars|Canadian dollars|New Zealand dollars|Hong Kong dollars|dollars|yuan|yen|won|euros?|pounds?|VND|baht|pesos?|ringgit|rupiah|rupees?|kina|rubles?|roubles?|riyals?|dirhams?|rand|naira|reais|real|lira)\b)/g;
const PERCENT = /\b(\d+(?:\.\d+)?)\s?(?:%|per cent\b|percent\b)/g;
// What agreements are called when counted (`15 cooperation agreements`, `five memoranda`), and
// the one word that may come between a count and its unit: shared by counts in figures and in words.
const AGREEMENT_UNITS = "agreements|Agreements|documents|memoranda|Memoranda|memorandums|Memorandums|MoUs|MOUs|deals|accords";
const COUNT_QUALIFIER = "(?:cooperation|bilateral|new|separate|economic|trade|investment|commercial|major|key|[A-Z][a-z]+)";
// `3.2 million tonnes of rice`, `18 million visitors`, `500,000 tons`
// A count may have one word between it and its unit (`15 cooperation agreements`, `240 Indian soldiers`).
// (Or, before aircraft, up to three words of a maker and model: `31 MQ-9B SeaGuardian armed
// drones`, `50 Boeing 737 MAX jets`.)
const QUANTITY = new RegExp(
  String.raw`\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(million|billion|thousand|mn|bn))?\s+(?:${COUNT_QUALIFIER}\s+|(?:(?:armed|unarmed|combat|military|fighter|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w-]*|\d{2,4}[\w-]*)\s+){1,3}(?=(?:aircraft|planes|jets|airliners|helicopters|drones)\b))?(tonnes|tons|metric tons|barrels|visitors|tourists|passengers|hectares|cubic metres|cubic meters|doses|${AGREEMENT_UNITS}|soldiers|troops|prisoners|detainees|aircraft|planes|jets|airliners|helicopters|drones)\b`,
  "g",
);
// Counts of agreements written in words (`signed nine agreements`, `Eight memoranda were
// signed`): newsrooms spell out small numbers. Not `two further documents`, a part of a count
// (`a joint statement together with two further documents` is three). Found from the unit back
// (the number words tried at every word of every sentence cost a fifth of all claim finding).
const COUNTED_UNIT = new RegExp(String.raw`\b(?:${AGREEMENT_UNITS})\b`, "g");
const COUNT_IN_WORDS_BEFORE = new RegExp(
  String.raw`(?<![\p{L}-])((?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen)\s+(?:${COUNT_QUALIFIER}\s+)?$`,
  "u",
);
// The words of COUNTED_UNIT, in one test: a sentence without one is not scanned for it (a search
// of the sentence for each word cost more than the scan).
const COUNTED_UNIT_WORD = /[Aa]greements|documents|[Mm]emorand|MO?Us|deals|accords/;

// Words before a count that refer to agreements already known (`the two agreements reached in 2019`).
const REFERRED_COUNT = /\b(?:the|these|those|both|its|their|all|for)\s+$/i;

/** Counts of agreements written in words, as matches laid out like QUANTITY's (count, no scale, unit). */
function countsInWords(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const unit of matchesOf(COUNTED_UNIT, text)) {
    const from = Math.max(0, unit.index - 40);
    const count = COUNT_IN_WORDS_BEFORE.exec(text.slice(from, unit.index));
    if (!count) continue;
    const start = from + count.index;
    // `the two deals Trump struck`, `neither of the two`, `hoped for three agreements but none were
    // signed`: agreements referred to or hoped for, not a count of those signed.
    if (REFERRED_COUNT.test(text.slice(Math.max(0, start - 30), start)) || /\bnone\b|\bno\s+(?:deal|agreement)/.test(text.slice(unit.index, unit.index + 60))) continue;
    const m = Object.assign([text.slice(start, unit.index + unit[0].length), count[1] as string, undefined, unit[0]], { index: start, input: text }) as unknown as RegExpExecArray;
    out.push(m);
  }
  return out;
}
// How long talks lasted, in figures or words, counted in minutes: `90 minutes`, `a 90-minute
// call`, `almost one and a half hours`, `an hour and a half`, `half an hour`, `two-hour talks`.
const DURATION = /\b(?:(\d+(?:\.\d+)?)|(an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half an|half a|half)(?:(?:\s+and\s+a|-and-a)[\s-]+(half))?)[\s-]+(hours?|minutes?)\b(?:\s+and\s+a\s+(half)\b)?/gi;
// A duration is the meeting's length only in these words: `lasted about …`, `for nearly …`,
// `spent … together`, `a 90-minute call`, `… in all`; not `about an hour before it took place`.
const DURATION_BEFORE = /\b(?:lasted|lasting|lasts|last|for|spent|spend|spends|took|ran|running|went on)\s+(?:(?:about|around|nearly|almost|over|more than|some|roughly|approximately|just over|just under|close to|well over|a full|fully)\s+)?$/i;
// (One word may come between: `a four-and-a-half-hour informal meeting`, but not `an hour before talks`.)
const DURATION_AFTER = /^[\s-]*(?:(?!(?:before|after|later|earlier|ago|since|of|to|into)\b)[a-z]+\s+)?(?:long|talks?|meetings?|calls?|conversations?|sessions?|discussions?|summit|phone|telephone|video|negotiations?|in all|in total|altogether|together)\b/i;
const COUNT_WORDS: Readonly<Record<string, number>> = {
  an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, "half an": 0.5, "half a": 0.5, half: 0.5,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const TENS_WORDS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** A count written in words (`nine`, `twenty-four`), lower case; undefined for anything else. */
function countInWords(word: string): number | undefined {
  const [tens, unit] = word.split("-");
  const t = TENS_WORDS[tens ?? ""];
  if (t === undefined) return COUNT_WORDS[word];
  if (unit === undefined) return t;
  const u = COUNT_WORDS[unit];
  return u !== undefined && u >= 1 && u <= 9 && Number.isInteger(u) ? t + u : undefined;
}
const UNITS: Readonly<Record<string, string>> = {
  tonnes: "tonne", tons: "tonne", "metric tons": "tonne", barrels: "barrel", visitors: "visitor", tourists: "visitor", passengers: "passenger", hectares: "hectare", "cubic metres": "cubic metre", "cubic meters": "cubic metre", doses: "dose",
  // Agreements are counted alike whatever an outlet calls them.
  agreements: "agreement", documents: "agreement", memoranda: "agreement", memorandums: "agreement", mous: "agreement", deals: "agreement", accords: "agreement",
  soldiers: "soldier", troops: "soldier", prisoners: "prisoner", detainees: "prisoner",
  aircraft: "aircraft", planes: "aircraft", jets: "aircraft", airliners: "aircraft", helicopters: "helicopter", drones: "drone",
};
// What a count of these units measures, whatever words surround it.
const UNIT_SUBJECTS: Readonly<Record<string, string>> = { agreement: "agreements", aircraft: "aircraft", helicopter: "aircraft", drone: "drones", soldier: "troops", prisoner: "prisoners" };
const SCOPE = /\b(?:in (?:the )?(?:first|second|third|fourth) (?:half|quarter) of (?:this|last|the) year|in (?:the )?(?:first|second) half of 20\d\d|in 20\d\d|by 20\d\d|this year|last year|in the near future|soon)\b/i;
const MECHANISM = /\b(\d{1,3})(?:st|nd|rd|th)\s+(?:meeting|session)\s+of\s+the\s+([\p{Lu}][^,.;()]{3,120}?)(?=\s*(?:[,.;(]|\bco-chaired\b|\bin\b|\bon\b|\bto\b|\band\b|$))/gu;
// `the 2026-2030 action plan`, `an action plan for the 2026-2030 period`, `action plan for 2026–30`
const PLAN = /\b(20\d\d)\s*[–-]\s*(?:20)?(\d\d)\s+[Aa]ction [Pp]lan\b|\b[Aa]ction [Pp]lan for (?:the )?(?:period )?(20\d\d)\s*[–-]\s*(?:20)?(\d\d)\b/g;
// `agreed to …`, `pledged to …`, `committed to …`, `vowed to …`: the verb's stem (`agre`, `pledg`, …)
// and the statement after `to`. The verbs are found by the `ed` they end in, the rest of each in a
// lookbehind: a scan for two letters in a row costs much less than one for any of four words.
// (See agreementsIn, which reads it as `/\b(?:agreed|pledged|committed|vowed)\s+to\s+([^.;]{8,160})/g`.)
const AGREED = /ed(?<=\b(agre|pledg|committ|vow)ed)\s+to\s+([^.;]{8,160})/g;
// Where the statement an agreement verb introduces ends: at a comma (`agreed to expand trade, and
// leaders …`) or an `and` before a new lower-case clause.
const AGREEMENT_CLAUSE_END = /,\s*(?:and\s+)?|\s+and\s+(?=[a-z]+\s)/;
// Words one of which every sentence with a word of COUNTED_UNIT_WORD or of a duration has (`agreements`
// and `documents` end in `ments`), in one test: almost no sentence has one, and one scan of the
// sentence costs less than the two. (Fewer and shorter words make the scan cheaper.)
const UNIT_OR_DURATION_WORD = /ments|[Mm]emorand|MO?Us|deals|accords|[Hh]our|[Mm]inute/;

/**
 * Where to start looking for MONEY in a text whose first digit is at `firstDigit`. Every match has
 * a digit at most 5 code units after its start (the longest currency before the amount, `US $`,
 * has 4, then one optional space), so none starts earlier; a pattern still sees the text before
 * the start (its `\b`), so the matches are those of a scan of the whole text.
 */
const MONEY_LOOKBACK = 5;

/**
 * The first piece of `text.split(separator)` for a separator that never matches the empty string,
 * without the split (which builds a new pattern on each call): the text before its first match.
 */
export function firstPiece(text: string, separator: RegExp): string {
  const at = separator.exec(text);
  return at ? text.slice(0, at.index) : text;
}

/** `text` up to its first `,`, `;` or `.`: the first piece of `text.split(/[,;.]/)`. */
export function beforePunctuation(text: string): string {
  let end = text.length;
  for (const mark of [",", ";", "."]) {
    const at = text.indexOf(mark);
    if (at >= 0 && at < end) end = at;
  }
  return end === text.length ? text : text.slice(0, end);
}

const DIGIT = /\d/;
const SPACE = /\s/;

/**
 * Every match of a global pattern in `text`. `matchAll` clones the pattern on each call, and
 * claims are looked for in every sentence of every article: the shared pattern is run in place.
 * `from` skips a part of the text where no match starts (see MONEY_LOOKBACK).
 */
function matchesOf(re: RegExp, text: string, from = 0): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

const CURRENCIES: Readonly<Record<string, string>> = {
  "us$": "USD", usd: "USD", $: "USD", "us dollars": "USD", dollars: "USD",
  "a$": "AUD", "au$": "AUD", aud: "AUD", "australian dollars": "AUD",
  "s$": "SGD", sgd: "SGD", "singapore dollars": "SGD",
  "hk$": "HKD", "nt$": "TWD", "nz$": "NZD", "c$": "CAD",
  "€": "EUR", eur: "EUR", euro: "EUR", euros: "EUR",
  "£": "GBP", gbp: "GBP", pound: "GBP", pounds: "GBP",
  yuan: "CNY", rmb: "CNY", cny: "CNY", yen: "JPY", jpy: "JPY",
  "₩": "KRW", won: "KRW", krw: "KRW",
  "₹": "INR", rs: "INR", "rs.": "INR", inr: "INR", rupee: "INR", rupees: "INR",
  vnd: "VND", baht: "THB", peso: "PHP", pesos: "PHP", ringgit: "MYR", rupiah: "IDR",
  pgk: "PGK", kina: "PGK",
  "canadian dollars": "CAD", "new zealand dollars": "NZD", "hong kong dollars": "HKD",
  ruble: "RUB", rubles: "RUB", rouble: "RUB", roubles: "RUB", riyal: "SAR", riyals: "SAR", dirham: "AED", dirhams: "AED",
  rand: "ZAR", naira: "NGN", reais: "BRL", real: "BRL", "r$": "BRL", lira: "TRY",
};
// `¥` is written for both yen and yuan: yen where the sentence is about Japan.
const JAPAN = /\b(?:yen|Japan(?:ese)?|Tokyo)\b/;

/** The ISO code of a currency as written, read in its sentence (`¥`); the symbol itself when unknown. */
function currencyOf(symbol: string | undefined, sentence: string): string | null {
  if (!symbol) return null;
  if (symbol === "¥") return JAPAN.test(sentence) ? "JPY" : "CNY";
  const lower = symbol.toLowerCase();
  // (`US $` is the one symbol written with a space.)
  return CURRENCIES[lower.length > 3 && lower.startsWith("us") ? lower.replace(/^us\s+\$/, "us$") : lower] ?? symbol;
}

// Trade first: `two-way trade`, `bilateral trade` and `trade turnover` are trade too, and each has
// `trade` as a whole word (the same letters, in any case), so the pattern of `trade` finds them all.
const TRADE_WORD = /\btrade\b/i;
const OTHER_SUBJECT_PATTERNS = SUBJECTS.filter((s) => !s.includes("trade")).map((s) => [new RegExp(`\\b${s}\\b`, "i"), s] as const);
// A balance of trade that governs the amount after it, not trade's volume: `running a surplus of
// $45.7 billion`, `France's trade deficit with China stood at €46 billion`.
// (Tried only where the words before a figure have one of its nouns: every match has one, under
// the same flags.)
const BALANCE_NOUN = /deficit|surplus/iu;
const BALANCE_BEFORE = /\b(surplus|deficit)(?:\s+with\s+(?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]*)?)?\s+(?:of|was|is|stood at|reached|amounted to|totall?ed|narrowed to|widened to|hit)\s+(?:(?:about|around|nearly|almost|roughly|some|over|more than|just over|close to)\s+)?$/iu;

/** The balance of trade (`surplus`, `deficit`) the words before a figure make it, or null. */
function balanceOf(before: string): string | null {
  if (!BALANCE_NOUN.test(before)) return null;
  return BALANCE_BEFORE.exec(before)?.[1]?.toLowerCase() ?? null;
}

/** The first of SUBJECTS `text` names (a subject of trade as `trade`), `trade` for goods or commerce, or null. */
function subjectNear(text: string): string | null {
  // (A text with the word `trade` has one of SUBJECT_WORDS.)
  if (TRADE_WORD.test(text)) return "trade";
  if (!SUBJECT_WORDS.test(text)) return null;
  for (const [pattern, subject] of OTHER_SUBJECT_PATTERNS) if (pattern.test(text)) return subject;
  return "trade";
}

// `up 13 percent`, `grew by 5%`, `an increase of 20 per cent`: a rate of change, not a level.
const CHANGE_BEFORE = /\b(?:(?<!\bmade\s)up|down|rose|fell|grew|grow|growth|increased?|decreased?|declined?|jumped|surged|dropped|rise|fall|gain)(?:\s+(?:of|by))?\s*$/i;
// `16% of land border demarcation`: a share of what follows.
const SHARE_OF = /^\s+of\s+(?:the\s+)?([^,.;]{3,60})/;

/**
 * What a percentage is about: the thing it is a share of when the text says so (`16% of the
 * border`), else the subject named before it; a rate of change is its own subject (`trade growth`),
 * so that `up 13 percent` never competes with a share or a level.
 */
function percentSubject(text: string, at: number, length: number, before: string, sentence: string): string | null {
  const share = SHARE_OF.exec(text.slice(at + length, at + length + 80));
  const subject = share ? subjectNear(share[1] ?? "") : (subjectNear(before) ?? subjectNear(sentence));
  if (subject && CHANGE_BEFORE.test(before)) return `${subject} growth`;
  return subject;
}

const PHRASE_END = new Set(["in", "from", "to", "by", "during", "for", "this", "last", "per", "and", "or", "with", "at", "on", "a", "an", "the", "each"]);

/** The thing a quantity counts: the last word of the `of …` phrase after it (`of Vietnamese rice in …` → rice). */
function countedThing(after: string): string | null {
  const phrase = /^\s+of\s+([^,.;:()]{1,60})/.exec(after)?.[1];
  if (!phrase) return null;
  const words: string[] = [];
  for (const w of phrase.trim().split(/\s+/)) {
    if (PHRASE_END.has(w.toLowerCase()) && words.length > 0) break;
    if (!PHRASE_END.has(w.toLowerCase())) words.push(w);
  }
  return words.at(-1)?.toLowerCase() ?? null;
}

// `U.S. trade with Mexico to around US $840 billion`: trade with a partner the clause names.
const TRADE_WITH = /\btrade\s+with\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u;

/**
 * The subject of a trade figure whose clause names its partner (`U.S. trade with Mexico`), as the
 * caller tells it (extraction keeps the partner of a country no participant is from: `trade with
 * MX` in a report of Canada–US talks is never compared with the meeting's own trade); any other
 * subject as it was.
 */
function tradePartner(clause: string, subject: string | null, tradeWith: (partner: string) => string): string | null {
  if (subject !== "trade" || !clause.includes("with")) return subject;
  const partner = TRADE_WITH.exec(clause)?.[1];
  return partner ? tradeWith(partner) : subject;
}

function figureText(f: Figure): string {
  const amount = f.kind === "percent" ? `${f.amount}%` : f.kind === "quantity" ? `${formatMoney(f.amount, null)} ${f.unit ?? ""}`.trim() : formatMoney(f.amount, f.currency);
  return wordsOf(f.subject, f.status === "target" ? "target" : null, f.approximate ? `about ${amount}` : amount, f.scope);
}

/** The words given, empty ones left out, with a space between (`[…].filter(Boolean).join(" ")` without the arrays). */
function wordsOf(...words: (string | null)[]): string {
  let out = "";
  for (const w of words) if (w) out = out ? `${out} ${w}` : w;
  return out;
}

function formatMoney(amount: number, currency: string | null): string {
  const unit = amount >= 1e9 ? [1e9, "billion"] as const : amount >= 1e6 ? [1e6, "million"] as const : [1, ""] as const;
  const n = Math.round((amount / unit[0]) * 1000) / 1000;
  return `${currency ?? ""} ${n}${unit[1] ? ` ${unit[1]}` : ""}`.trim();
}

/** The words of the clause that leads up to offset `at`. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 100), at);
  const m = CLAUSE.exec(before);
  return m ? before.slice(m.index + m[0].length) : before;
}

/** The year a figure's scope names, resolved against the publication year where it is relative. */
export function scopeYear(scope: string | null, published: string | null): number | null {
  if (!scope) return null;
  const y = /\b(20\d\d)\b/.exec(scope);
  if (y) return Number(y[1]);
  const pub = published ? Number(published.slice(0, 4)) : null;
  if (pub === null) return null;
  if (/last year/i.test(scope)) return pub - 1;
  if (/this year|months? of this year|half of this year|quarter of this year/i.test(scope)) return pub;
  return null;
}

// Outlets whose own dollar a bare `$` means, by their time zone; elsewhere `$` is the US dollar.
const LOCAL_DOLLARS: readonly [RegExp, string][] = [
  [/^Australia\//, "AUD"],
  [/^(?:Pacific\/Auckland|Pacific\/Chatham|NZ)$/, "NZD"],
  [/^(?:Asia\/Singapore|Singapore)$/, "SGD"],
  [/^(?:Asia\/Hong_Kong|Hongkong)$/, "HKD"],
  [/^(?:Asia\/Taipei|ROC)$/, "TWD"],
  [/^(?:America\/(?:Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Montreal|Moncton|Whitehorse|Yellowknife)|Canada\/)/, "CAD"],
];

// `K200 million`: the kina, kyat or kwacha, by where the outlet is; elsewhere a K is not money.
const LOCAL_K: readonly [RegExp, string][] = [
  [/^Pacific\/(?:Port_Moresby|Bougainville)$/, "PGK"],
  [/^Asia\/(?:Yangon|Rangoon)$/, "MMK"],
  [/^Africa\/Lusaka$/, "ZMW"],
  [/^Africa\/Blantyre$/, "MWK"],
];

/** The currency a `K` before a figure stands for in an outlet of time zone `timezone`, or null. */
export function kOf(timezone: string | null | undefined): string | null {
  if (timezone) for (const [zone, currency] of LOCAL_K) if (zone.test(timezone)) return currency;
  return null;
}

/** The currency a bare `$` stands for in an outlet of time zone `timezone`. */
export function dollarOf(timezone: string | null | undefined): string {
  if (timezone) for (const [zone, currency] of LOCAL_DOLLARS) if (zone.test(timezone)) return currency;
  return "USD";
}

/**
 * The matches of AGREED in `text`, those of `/\b(?:agreed|pledged|committed|vowed)\s+to\s+([^.;]{8,160})/g`
 * each moved to its verb's `ed`: at most one stem ends where an `ed` starts, and a stem after a word
 * boundary cannot end inside another verb, so they come in the same order, with the same ends and
 * the same statements. A scan goes on after a match's end, as the other's; but a lookbehind reads
 * before it: a verb that starts inside the match before (a statement cut at 160 code units in its
 * middle) is no match there, and the scan goes on just after its `ed`. (Exported for its tests.)
 */
export function agreementsIn(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  AGREED.lastIndex = 0;
  for (let m = AGREED.exec(text); m; m = AGREED.exec(text)) {
    if (m.index - (m[1] as string).length < end) {
      AGREED.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
    end = m.index + m[0].length;
  }
  return out;
}

// Counts of people, which outlets give for a diaspora, refugees or a population and round each
// their own way (`some 1.8 million Venezuelan migrants`, `nearly 2.5 million Venezuelans`, `more
// than 2 million registered Palestinian refugees`, `about 3.5 million people`). Groups: the count,
// its scale, a nationality before the people word, the people word, or a nationality in the
// plural standing for the people (`3.5 million Indians`).
const PEOPLE_COUNT = /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(million|thousand|mn))?\s+(?:(?:registered|displaced|undocumented|ethnic|foreign|overseas)\s+)?(?:(?:([A-Z][a-z]+(?:an|ese|i))\s+)?(people|persons|migrants|refugees|asylum[- ]seekers|residents|inhabitants|citizens|nationals|expatriates|immigrants|emigrants)|([A-Z][a-z]+(?:ans|ese|is)))\b/g;
// A count of a thousand or more is written with a scale word or a thousands comma: other texts are not scanned for one.
const LARGE_COUNT = /million|thousand|\dmn\b|\d mn\b|\d,\d{3}/;
// A count of people under this many is an incident's (`five people were injured`), not a group's.
const LEAST_GROUP = 1000;

/**
 * The claim of a count of people (a PEOPLE_COUNT match), or null for a small count. The group a
 * nationality names is the subject, in the plural (`Venezuelan migrants` and `Venezuelans` are
 * both `Venezuelans`), so that two outlets' counts of one group are compared; people no
 * nationality names have no subject, and their counts never conflict.
 */
function peopleCountClaim(m: RegExpExecArray, text: string, base: number): Claim | null {
  const at = m.index;
  const amount = Number.parseFloat((m[1] ?? "0").replace(/,/g, "")) * (SCALE[(m[2] ?? "").toLowerCase()] ?? 1);
  if (!Number.isFinite(amount) || amount < LEAST_GROUP) return null;
  const nationality = m[5] ?? (m[3] ? (m[3].endsWith("ese") ? m[3] : `${m[3]}s`) : null);
  const before = text.slice(Math.max(0, at - 80), at);
  const after = text.slice(at + m[0].length, at + m[0].length + 80);
  const figure: Figure = {
    kind: "quantity",
    amount,
    currency: null,
    unit: "person",
    ...approximation(before),
    status: TARGET.test(clauseBefore(text, at)) ? "target" : "achieved",
    subject: nationality,
    scope: SCOPE.exec(beforePunctuation(after))?.[0] ?? SCOPE.exec(clauseBefore(text, at))?.[0] ?? null,
  };
  return { kind: "figure", text: figureText(figure), figure, surface: m[0], span: [base + at, base + at + m[0].length] };
}

/** The claim of a count (a QUANTITY match, or one of countsInWords), or null for no count (`in 2022 documents`). */
function quantityClaim(m: RegExpExecArray, text: string, base: number): Claim | null {
  const at = m.index ?? 0;
  const written = countInWords((m[1] ?? "").toLowerCase());
  const amount = written ?? Number.parseFloat((m[1] ?? "0").replace(/,/g, "")) * (SCALE[(m[2] ?? "").toLowerCase()] ?? 1);
  if (!Number.isFinite(amount) || amount <= 0) return null;
  // `in 2022 documents`: a year, not a count.
  if (!m[2] && /^(?:19|20)\d\d$/.test(m[1] ?? "")) return null;
  const unit = UNITS[(m[3] ?? "").toLowerCase()] ?? (m[3] ?? "").toLowerCase();
  const before = text.slice(Math.max(0, at - 80), at);
  // `Russia launched 479 drones overnight`: a count of war, which outlets tally apart, not a figure of the talks.
  if (unit === "drone" && /\b(?:launched|fired|shot down|downed|intercepted|destroyed)\s+(?:some\s+|about\s+|more than\s+|nearly\s+)?$/i.test(before)) return null;
  const after = text.slice(at + m[0].length, at + m[0].length + 80);
  // What is counted: the last word of `of …` after the unit (`of Vietnamese rice` → rice).
  const what = countedThing(after);
  const figure: Figure = {
    kind: "quantity",
    amount,
    currency: null,
    unit,
    ...approximation(before),
    // (`agreeing to lift trade …, as officials signed 26 agreements`: what was just signed is done.)
    status: !SIGNED_BEFORE.test(before) && TARGET.test(clauseBefore(text, at)) ? "target" : "achieved",
    subject: UNIT_SUBJECTS[unit] ?? what ?? subjectNear(before),
    scope: SCOPE.exec(beforePunctuation(after))?.[0] ?? SCOPE.exec(clauseBefore(text, at))?.[0] ?? null,
  };
  return { kind: "figure", text: figureText(figure), figure, surface: m[0], span: [base + at, base + at + m[0].length] };
}

/**
 * Claims stated in `text` (a report's own sentences), spans offset by `base`. `dollar` is the
 * currency a bare `$` stands for (see {@link dollarOf});
 * `tradeWith` gives the subject of trade with a partner the text names (plain `trade` by default).
 */
export function findClaims(text: string, base: number, dollar = "USD", k: string | null = null, tradeWith: (partner: string) => string = () => "trade"): Claim[] {
  const claims: Claim[] = [];
  const sentenceAround = (at: number): string => {
    const s = Math.max(text.lastIndexOf(". ", at) + 1, 0);
    const e = text.indexOf(". ", at);
    return text.slice(s, e < 0 ? text.length : e);
  };
  // Figures, percentages, counts and mechanisms all start at a digit (money a few characters before).
  const firstDigit = text.search(DIGIT);
  const digits = firstDigit >= 0;
  for (const m of digits ? matchesOf(MONEY, text, Math.max(0, firstDigit - MONEY_LOOKBACK)) : []) {
    const at = m.index ?? 0;
    const written = m[2] ?? m[4] ?? "0";
    const raw = written.includes(",") ? written.replace(/,(?=\d{3}\b)/g, "") : written;
    const scaleWord = (m[3] ?? m[5] ?? "").toLowerCase();
    const amount = Number.parseFloat(raw) * (SCALE[scaleWord] ?? 1);
    if (!Number.isFinite(amount) || amount <= 0) continue;
    if (m[1] === "K" && (k === null || !m[3])) continue;
    const sentence = sentenceAround(at);
    const before = text.slice(Math.max(0, at - 80), at);
    const clause = clauseBefore(text, at);
    const after = beforePunctuation(text.slice(at + m[0].length, at + m[0].length + 40));
    const scope = SCOPE.exec(after)?.[0] ?? SCOPE.exec(clause)?.[0] ?? null;
    const figure: Figure = {
      kind: "money",
      amount,
      currency: m[1] === "$" ? dollar : m[1] === "K" ? k : currencyOf(m[1] ?? m[6], sentence),
      ...approximation(before),
      status: TARGET.test(clause) || /^\s*by 20\d\d/.test(after) ? "target" : "achieved",
      subject: tradePartner(clause, balanceOf(before) ?? subjectNear(clause) ?? subjectNear(before) ?? subjectNear(sentence), tradeWith),
      scope,
    };
    claims.push({ kind: "figure", text: figureText(figure), figure, surface: m[0], span: [base + at, base + at + m[0].length] });
  }
  for (const m of digits ? matchesOf(PERCENT, text, firstDigit) : []) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 80), at);
    const clause = clauseBefore(text, at);
    const figure: Figure = {
      kind: "percent",
      amount: Number.parseFloat(m[1] ?? "0"),
      currency: null,
      ...approximation(before),
      status: TARGET.test(clause) ? "target" : "achieved",
      subject: percentSubject(text, at, m[0].length, before, sentenceAround(at)),
      scope: SCOPE.exec(before)?.[0] ?? SCOPE.exec(text.slice(at, at + 80))?.[0] ?? null,
    };
    claims.push({ kind: "figure", text: figureText(figure), figure, surface: m[0], span: [base + at, base + at + m[0].length] });
  }
  const worded = UNIT_OR_DURATION_WORD.test(text);
  const inWords = worded && COUNTED_UNIT_WORD.test(text) ? countsInWords(text) : [];
  const counts = digits ? matchesOf(QUANTITY, text, firstDigit) : [];
  // In the order of the text, counts in figures and in words alike.
  if (inWords.length > 0) {
    counts.push(...inWords);
    counts.sort((x, y) => x.index - y.index);
  }
  for (const m of counts) {
    const claim = quantityClaim(m, text, base);
    if (claim) claims.push(claim);
  }
  for (const m of digits && LARGE_COUNT.test(text) ? matchesOf(PEOPLE_COUNT, text, firstDigit) : []) {
    const claim = peopleCountClaim(m, text, base);
    if (claim) claims.push(claim);
  }
  // (Sentences are scanned only where the words are: a case-insensitive test of every sentence costs more.)
  const durations = worded && (text.includes("hour") || text.includes("minute") || text.includes("Hour") || text.includes("Minute"));
  for (const m of durations ? matchesOf(DURATION, text) : []) {
    const at = m.index ?? 0;
    const count = m[1] ? Number.parseFloat(m[1]) : (COUNT_WORDS[(m[2] ?? "").toLowerCase().replace(/\s+/g, " ")] ?? 0);
    const half = m[3] || m[5] ? 0.5 : 0;
    const minutes = (count + half) * (/^hour/i.test(m[4] ?? "") ? 60 : 1);
    if (!Number.isFinite(minutes) || minutes <= 0) continue;
    const before = text.slice(Math.max(0, at - 80), at);
    if (!DURATION_BEFORE.test(before) && !DURATION_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 20))) continue;
    const figure: Figure = {
      kind: "quantity",
      amount: minutes,
      currency: null,
      unit: "minute",
      ...approximation(before),
      status: "achieved",
      subject: "duration",
      scope: null,
    };
    claims.push({ kind: "figure", text: figureText(figure), figure, surface: m[0], span: [base + at, base + at + m[0].length] });
  }
  // MECHANISM and PLAN are case-sensitive in these words: a sentence without them is not scanned
  // (for MECHANISM, without them after its first digit, where every match starts).
  for (const m of digits && (text.includes("meeting", firstDigit) || text.includes("session", firstDigit)) ? matchesOf(MECHANISM, text, firstDigit) : []) {
    const at = m.index ?? 0;
    claims.push({ kind: "mechanism", text: `${m[1]}th meeting of the ${(m[2] ?? "").trim()}`.replace(/(\d)th/, (_, d: string) => `${d}${ordinal(Number(m[1]))}`), surface: m[0], span: [base + at, base + at + m[0].length] });
  }
  for (const m of digits && (text.includes("ction plan") || text.includes("ction Plan")) ? matchesOf(PLAN, text) : []) {
    const at = m.index ?? 0;
    claims.push({ kind: "mechanism", text: `${m[1] ?? m[3]}-20${m[2] ?? m[4]} action plan`, surface: m[0], span: [base + at, base + at + m[0].length] });
  }
  for (const m of agreementsIn(text)) {
    // The first place the statement is found from the verb on, as in the words of the whole match
    // (the statement ends the match: no place of it found first is past the match's end).
    const statement = m[2] as string;
    const at = text.indexOf(statement, m.index - (m[1] as string).length);
    const clause = firstPiece(statement, AGREEMENT_CLAUSE_END).trim();
    // One word is not a statement (the clause is trimmed: any space in it is between words).
    if (!SPACE.test(clause)) continue;
    claims.push({ kind: "agreement", text: clause.toLowerCase(), surface: clause, span: [base + at, base + at + clause.length] });
  }
  return claims.length > 1 ? claims.sort((a, b) => a.span[0] - b.span[0]) : claims;
}

function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}
