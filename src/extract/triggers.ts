/**
 * Words that say a meeting took place, and the context that makes them something else:
 * a meeting announced for the future, or an earlier one mentioned in passing.
 */
import type { MeetingMode } from "../model/common.js";
import { findDates } from "./dates.js";

export interface Trigger {
  surface: string;
  span: [number, number];
  /** `with` forms name the other side after the trigger (`met with X`); `joint` forms name both sides around it (`In their discussion, A and B …`). */
  form: "with" | "joint";
  mode: MeetingMode;
  /**
   * Days from the date the sentence gives to this meeting's, when the sentence tells it as the
   * meeting before another (`on Tuesday, a day after talks with X`: -1).
   */
  dayOffset?: number;
  /**
   * Everyone the sentence names is a side (`a meeting fell apart Friday, as A and B scolded C`),
   * and it tells a meeting only where it names two or more.
   */
  everyone?: true;
  /** Found by a pattern of another language than English (see triggers-foreign.ts). */
  foreign?: true;
}

// Each pattern with words one of which any match contains (in lower case): a pattern runs only
// on sentences that have one, so most sentences are scanned by a few patterns, not all of them.
// A `lower` pattern is written in lower case and runs on the sentence in lower case: V8 runs a
// pattern that is both case-insensitive and Unicode-aware (`/iu`) several times slower.
export const TRIGGER_PATTERNS: readonly { re: RegExp; form: Trigger["form"]; needs: readonly string[]; lower?: true; everyone?: true }[] = [
  // `met with X`, and `met this Wednesday (Jan. 25) with X`, where the day comes first
  // (`met today in Beijing with X`: the day and the place).
  // (`sat down in Brussels with X`: a place may come first too.)
  // (`sat down face to face with`, `met privately with`: how they met may come before `with`.)
  { re: /\b(?:met|meets|meet|meeting|talked|talking|spoke|spoken|speaking|conferred|sat down|sits down|sitting down)\s+(?:(?:(?:on|this|last)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:\([^()\n]{1,20}\)\s+)?|(?:yesterday|today)\s+|in\s+[a-z][\p{L}'’-]*(?:\s+[a-z][\p{L}'’-]*){0,2}\s+|(?:face[ -]to[ -]face|one[ -]on[ -]one|privately|briefly|together|in person|(?:by|over the|on the) (?:tele)?phone|by video(?: link)?)\s+){0,2}with\b/gu, form: "with", needs: ["with"], lower: true },
  { re: /\b(?:met|meets)\b/g, form: "with", needs: ["met", "meets"] },
  // `talks with X`, and `talks in Kyiv with X`, `talks at the Vatican with X`, where the place comes first.
  { re: /\b(?:[Mm]eeting|[Tt]alks|[Dd]iscussions?|[Nn]egotiations|(?:tele)?phone (?:call|talks|conversation)|video (?:call|conference)|courtesy call|conversation(?:\s+(?:by|over the|on the)\s+(?:tele)?phone)?|working session)(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+with\b/gu, form: "with", needs: ["with"] },
  { re: /(?:^|[.!?]\s+|\|\s*)Meeting\s+(?=his\b|her\b|with\b|\p{Lu})/gu, form: "with", needs: ["meeting"] },
  // `began his day of bilateral diplomacy by meeting South African President Cyril Ramaphosa`.
  // (Not `Nothing is gained by meeting Putin`: only a day or a visit begun or ended so.)
  { re: /\bby\s+meeting\s+(?=(?:his|her|visiting)\s|\p{Lu})(?<=\b(?:began|begins|started|starts|opened|opens|ended|ends|closed|closes|wrapped up|kicked off|rounded off)\b[^.;]{0,60}by\s+meeting\s+)/gu, form: "with", needs: ["meeting"] },
  { re: /(?:^|[.!?]\s+)Meeting\s+(?:on the (?:sidelines|fringes?|margins?)|in|at|during)\b/gu, form: "joint", needs: ["meeting"] },
  // (`received, on Sunday at Carthage Palace, Prime Minister …`: a time or place set off by commas may come first.)
  // (`…, hosting Chinese leader Xi Jinping at the Col du Tourmalet`: the participle tells it too,
  // as a clause of its own; `is hosting Xi on Friday` is a meeting to come.)
  // (And the Gulf agencies' `received today at Al-Salam Palace in Jeddah His Excellency …`: the
  // day and place without commas, before the guest's style.)
  { re: /(?:\b(?:received|receives|hosted|hosts)|(?<=(?:^|,)\s*)(?:receiving|hosting))(?:,\s+(?:on|at|in|yesterday|today)\b[^,;.]{1,60},|\s+(?:today|yesterday)(?:\s+(?:at|in)\s+[^,;.]{1,60}?)?(?=\s+(?:His|Her)\s+(?:Excellency|Royal Highness|Highness|Majesty)\b))?\s+(?=(?:visiting\s+|his\s+|her\s+)?\p{Lu}|visiting\b|(?:tech\s+)?(?:billionaire|businessman|businesswoman|entrepreneur|tycoon|magnate|industrialist)\b)/gu, form: "with", needs: ["receive", "receiving", "host"] },
  // `A was received by B`, `A was hosted by B`: B is named after the trigger, as with `met`.
  // (`was also received by`, `were later hosted by`: an adverb may come between.)
  // (`was received on Saturday by`: the day may come before the agent.)
  { re: /\b(?:was|were|being)\s+(?:(?:also|later|then|first|formally|officially|cordially)\s+)?(?:received|hosted)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|yesterday\s+|today\s+)?by\b/g, form: "with", needs: ["received", "hosted"] },
  // `Netanyahu was welcomed with full military honors by Prime Minister Viktor Orban`.
  // (`was officially welcomed by his Kenyan counterpart`: an adverb of how may come first.)
  { re: /\b(?:was|were|being)\s+(?:(?:warmly|officially|formally|cordially|personally)\s+)?welcomed\s+(?:(?:with|at|in|to)\s+[^.;,]{1,40}?\s+)?by\b/g, form: "with", needs: ["welcomed"] },
  // `became one of the first leaders to be received by Trump`: a first, told after it happened.
  // (The look back comes last, so that it is tried only where the words match.)
  { re: /\bto\s+be\s+(?:received|hosted)\s+by\b(?<=\b(?:first|second|third|last|latest|only)\b[^.;]{0,40}?to\s+be\s+(?:received|hosted)\s+by)/g, form: "with", needs: ["received", "hosted"] },
  { re: /\bsat down (?:together|for talks)\b/g, form: "joint", needs: ["sat down"] },
  // `held their first summit`, `a summit with X`: two leaders' own summit, not a multilateral one
  // (`held the G20 summit`), which takes neither `their`/`a` nor `with`.
  // (`his summit Tuesday with Biden`: a day may come first.)
  { re: /\b(?:held|had|hold|holds)\s+(?:their|a|an)\s+(?:(?:first|bilateral|separate|one-on-one|in-person|face-to-face)\s+)*summit(?:\s+talks)?\b(?:\s+with\b)?|\bsummit(?:\s+talks)?(?:\s+(?:on\s+)?(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day)?\s+with\b/g, form: "with", needs: ["summit"] },
  // `Modi and Putin held the 22nd India-Russia Annual Summit`: the two countries' own yearly
  // summit (or Germany's intergovernmental consultations), named by the pair; not a multilateral
  // summit (`the China-Arab States Summit`, `the Russia-Africa summit`), which is not annual by name.
  { re: /\b(?:held|co-?chaired)\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)\s+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?\p{Lu}[\p{L}]+[-–]\p{Lu}[\p{L}]+\s+(?:[Aa]nnual\s+[Ss]ummit|[Ii]ntergovernmental\s+[Cc]onsultations)\b/gu, form: "joint", needs: ["annual", "intergovernmental"] },
  // `welcomed President Lula to the White House`: a host welcoming someone to a place receives them.
  // (`welcomed the Prime Minister of New Zealand, the Rt Hon Christopher Luxon, to Melbourne`: an
  // office with `the` may come first.)
  { re: /\bwelcom(?:ed|es)\s+(?=(?:the\s+)?(?:visiting\s+)?\p{Lu}[^.;]{0,80}?\bto\s+(?:the\s+)?\p{Lu})/gu, form: "with", needs: ["welcome"] },
  // `Yunus today spoke to Prime Minister Narendra Modi over the telephone`: the one spoken to is named after it.
  { re: /\b(?:spoke|speaks|talked)\s+to\b/g, form: "with", needs: ["spoke", "speaks", "talked"] },
  // `The two leaders spoke for 45 minutes on Wednesday`: the two just named spoke with each other.
  // (Not `spoke to reporters` or `spoke at a news conference`: only how long, when or how they spoke.)
  { re: /\b(?:spoke|talked)\b(?<=\b(?:[Tt]he two|[Bb]oth)\s+(?:leaders|presidents|prime ministers|premiers|ministers|heads of (?:state|government)|men|women)\s+(?:also\s+|then\s+|later\s+)?(?:spoke|talked))(?=\s+(?:for|on|at length|again|earlier|later|late|last|this|twice|privately|briefly)\b)/g, form: "joint", needs: ["spoke", "talked"] },
  // `after the two spoke by telephone`
  { re: /\b(?:spoke|spoken|speak|talked|talk)\s+(?:today\s+|yesterday\s+)?(?:by\s+(?:tele)?phone|on the (?:tele)?phone|over the (?:tele)?phone)\b/g, form: "joint", needs: ["phone"] },
  { re: /\b(?:paid|pays)\s+a\s+courtesy\s+call\s+on\b|\bcalled on (?=(?:[\p{Lu}]|his |her ))/gu, form: "with", needs: ["courtesy", "called on"] },
  // (No `to` in the words between: `had confirmed his willingness to host talks` holds none.)
  { re: /\b(?:held|had|holds|has held|have held|hold|holding)\s+(?:(?!to\s)[\p{L}'’-]+\s+){0,5}?(?:[Tt]alks|[Mm]eetings?|(?:tele)?phone (?:call|talks|conversation)|video (?:call|conference)|conversation|working session|courtesy call|discussions?|bilateral)\b(?:\s+with\b)?/gu, form: "with", needs: ["held", "had", "hold"] },
  // Meals are meetings too: `dined with X`, `had a working lunch with X`, and `A and B had dinner
  // together` (a banquet or a dinner hosted for many is not: neither takes `with` or `together`).
  { re: /\b(?:dined|dines|dining|lunched)\s+with\b|\b(?:had|held|hold|holds|has had|have had)\s+(?:an?\s+)?(?:(?:private|informal|working|official|family|bilateral|one-on-one|long|late)\s+)*(?:dinner|lunch|luncheon|breakfast)\s+with\b/g, form: "with", needs: ["dine", "dining", "lunched", "dinner", "lunch", "breakfast"] },
  { re: /\b(?:had|held|hold|holds|has had|have had)\s+(?:an?\s+)?(?:(?:private|informal|working|official|family|bilateral|one-on-one|long|late)\s+)*(?:dinner|lunch|luncheon|breakfast)\s+together\b/g, form: "joint", needs: ["dinner", "lunch", "breakfast"] },
  { re: /\b(?:talks|meetings?|discussions?)\s+(?:were|was)\s+held\b|\btheir\s+(?:bilateral\s+|first\s+)?(?:talks|meeting|discussions?)\b(?!\s+with)/g, form: "joint", needs: ["held", "their"] },
  // `A White House meeting that was supposed to seal a deal fell apart Friday in a public clash, as
  // A and B scolded C`: a meeting told by how it went on the day, its people named around it.
  // (A day must follow the verb: `talks collapsed in 2019` or `the summit broke down last year`
  // is an earlier event, told in passing.)
  { re: /\b(?:[Mm]eeting|[Tt]alks|[Ss]ummit)\b(?=[^.;]{0,100}?\b(?:fell apart|broke down|collapsed|descended into|devolved into|erupted into|turned (?:sour|tense|testy|acrimonious|heated|ugly))\b[^.;]{0,40}?\b(?:(?:on|this|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)\b)/g, form: "joint", needs: ["fell apart", "broke down", "collapsed", "descended into", "devolved into", "erupted into", "turned"], everyone: true },
  // `The meeting was friendly, but Macron interrupted Trump in front of cameras`: a meeting told by
  // how it went, its people named in the same sentence (a sentence that names fewer than two tells
  // nothing new: see `everyone`).
  { re: /\b[Tt]he\s+(?:meeting|talks|summit|discussions?|conversation|(?:phone |video )?call)\s+(?:was|were)\s+(?:(?:very|largely|mostly|broadly|generally|described as|said to be|by all accounts)\s+)?(?:friendly|cordial|warm|productive|constructive|frank|tense|testy|fruitful|positive|candid|substantive|amicable|businesslike|excellent|difficult|heated|frosty|chilly)\b/g, form: "joint", needs: ["meeting", "talks", "summit", "discussion", "conversation", "call"], everyone: true },
  // `made a phone call to President Ilham Aliyev`, `Putin phoned Aliyev`: the one called is named after it.
  { re: /\b(?:made|makes|placed|places)\s+an?\s+(?:(?:tele)?phone\s+)?call\s+to\s+(?=(?:his|her)\s|\p{Lu})|\b(?:tele)?phone[sd]\s+(?=(?:his|her)\s|\p{Lu})/gu, form: "with", needs: ["call", "phone"] },
  // `Tebboune received on Monday a phone call from President Macron`: the caller is named after it.
  { re: /\b(?:received|receives|receiving)\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|yesterday\s+|today\s+)?an?\s+(?:(?:tele)?phone\s+)?call\s+from\b/g, form: "with", needs: ["call"], lower: true },
  // `In a readout of the phone call, the Kremlin said Putin had …`: the call of those just named.
  { re: /\b(?:readout|transcript)\s+of\s+(?:the|their)\s+(?:(?:tele)?phone\s+call|call|(?:phone\s+)?conversation|meeting|talks)\b/g, form: "joint", needs: ["readout", "transcript"] },
  // `talks between A and B`, and `talks earlier Monday between`, `Talks were held in Beijing during
  // the period 6-10 March 2023 between`, where the time or the place comes first.
  // (`came … for the first bilateral meeting between the two leaders`: a meeting counted is one held.)
  { re: /\b(?:[Tt]alks|a meeting|meetings|discussions|(?:[Tt]he|[Tt]heir)\s+(?:first|second|third|fourth|fifth)\s+(?:(?:bilateral|formal|official|in-person|face-to-face|one-on-one)\s+)?(?:meeting|talks))(?:\s+(?:were|was|held|earlier|later|late|on|this|last|in|at|from|to|during|the|period|\p{Lu}[\p{L}'’-]*|\d{1,2}(?:[-–]\d{1,2})?|(?:19|20)\d\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)){0,10}?\s+between\b/gu, form: "joint", needs: ["between"] },
  // `spent more than seven hours with X`: time spent with someone is a meeting.
  { re: /\bspen[dt]s?\s+(?:(?:more than|nearly|almost|about|around|roughly|some|over|close to|just under)\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+(?:hours?|minutes)\s+(?:in\s+(?:talks|discussions?)\s+)?with\b/g, form: "with", needs: ["spent", "spend"] },
  // (`in their first phone conversation`: two words may qualify it, the second in lower case, not
  // `at the Security Council meeting`. `at the start of formal talks
  // in the Kremlin`: the opening of talks is part of them. Not `at the end of the meeting`, a
  // meeting told before: `the` refers back.)
  // (Not `at an earlier meeting`, `during their last talks`: the meeting before this one.)
  // (Not the `in` of a verb: `working for weeks to lock in the meeting`, `pencilled in a meeting`.)
  { re: /\b(?:(?:(?<!\b(?:lock|locks|locked|locking|pencil|pencils|pencilled|penciled|pencilling|penciling|slot|slots|slotted|slotting|squeeze|squeezed|squeezing|fit|fitted|fitting|factor|factored|factoring)\s)[Ii]n|[Dd]uring|[Aa]t)\s+(?:the|an?|his|her|their)\s+(?!(?:earlier|previous|prior|past|last|former)\s)(?:[\p{L}-]+\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(?:meeting|talks|discussions?|(?:tele)?phone call|conversation|courtesy call)|[Dd]uring\s+talks|[Aa]t\s+the\s+(?:start|outset|beginning)\s+of\s+(?:[\p{L}-]+\s+)?(?:talks|discussions))\b(?!\s+with)(?!\s+of\b)/gu, form: "joint", needs: ["meeting", "talks", "discussion", "phone call", "conversation", "courtesy call"] },
  // `After talks at the Palace of Serbia, the two leaders signed …`: a sentence that opens after the
  // talks tells them (as its own clause; `said after talks`, within a sentence, is read above).
  { re: /^After\s+(?:the\s+|their\s+)?(?!(?:failed|stalled|collapsed|previous|earlier|last|inconclusive|fruitless)\b)(?:[\p{L}-]+\s+)?(?:talks|meeting|discussions)\b(?!\s+(?:with|of|between|collapsed|broke|stalled|failed|ended|fell)\b)/gu, form: "joint", needs: ["talks", "meeting", "discussion"] },
  // `A and B today signed a joint statement, after talks held at the Palace of Serbia`: talks
  // that close a clause dated the day told are that day's talks, not an earlier meeting in passing.
  // (The look back, tried only where the words match, asks for the day in the same sentence. Not
  // `on Friday, after talks in Beijing with Xi on Thursday`: talks with someone named after them
  // are told by the patterns above, as an earlier meeting or not; nor talks with a time of their
  // own (`after talks in Belgrade last May`), nor a clause of leaving (`left Washington on
  // Wednesday, after talks at the White House`).)
  { re: /\bafter(?<=,\s+after)\s+(?:their\s+|the\s+)?(?:talks|a meeting|their meeting)\s+(?:held\s+)?(?:at|in)\b(?![^.;,]*\b(?:with|last|earlier|previous|ago|in (?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?<!\b(?:left|leaves|leaving|flew|flies|returned|returns|arrived|arrives|departed|departs)\b[^.;]{0,240})(?<=\b(?:today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^.;]{0,240}?,\s+after\s+(?:their\s+|the\s+)?(?:talks|a meeting|their meeting)\s+(?:held\s+)?(?:at|in))/g, form: "joint", needs: ["talks", "meeting"] },
  // `A and his counterpart B signed the agreement at Parliament House`: signing together is meeting.
  // `A and his PNG counterpart B signed the agreement at Parliament House`, `the agreement signed by
  // A and his counterpart B`: two counterparts signing together meet. (Not any signing: `Vietnam and
  // China signed 12 documents`, `the president signed a decree`.)
  // (The words first, the look back after: a look back tried at every position is slow.)
  { re: /\b(?:signed|put pen to paper|put their signatures)\b(?<=\bcounterparts?\b[^.;!?]{0,80}?(?:signed|put pen to paper|put their signatures))|\bsigned by\b(?=[^.;!?]{0,80}\bcounterparts?\b)/g, form: "joint", needs: ["signed", "pen to paper", "signatures"] },
  // `he and North Korean leader Kim Jong Un signed a comprehensive strategic partnership treaty`:
  // two leaders signing a treaty or pact between their countries sign it together.
  { re: /\bsigned\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+){0,4}(?:treaty|pact)\b(?<=\band\s+[^.;!?]{1,80}?\bsigned\s+[^.;!?]{1,60})/gu, form: "joint", needs: ["treaty", "pact"] },
  // `A, B and C yesterday signed a joint declaration at the White House`: leaders signing one joint
  // text together, named in the sentence (not `Vietnam and China signed 12 documents`).
  { re: /\b(?:signed|sign|signs|put (?:their )?signatures? to)\s+(?:a|an|the|their)\s+(?:[a-z]+\s+)?joint\s+(?:declaration|statement|communiqu[eé]|communique|agreement|document)\b/g, form: "joint", needs: ["signed", "sign", "signatures"], everyone: true },
  // `took part in talks hosted by X`: a meeting of its host and those who took part.
  // (Not a `meeting chaired by`: a multilateral meeting's chair is not a side of the talks on its sidelines.)
  { re: /\b(?:talks|negotiations)\s+(?:hosted|mediated|brokered|chaired|facilitated)\s+by\b/g, form: "joint", needs: ["hosted by", "mediated by", "brokered by", "chaired by", "facilitated by"] },
  // `hosted in Doha a tripartite meeting bringing together A and B`.
  { re: /\b(?:trilateral|tripartite|three-way|quadrilateral)\s+(?:meeting|summit|talks)\b/g, form: "joint", needs: ["trilateral", "tripartite", "three-way", "quadrilateral"] },
  // `A and B co-chaired the 18th session of the Joint Commission`: chairing one meeting together.
  // (Its sides are named in the sentence: `co-chaired by France, Russia and the United States` names none.)
  { re: /\bco-?chair(?:ed|s)\b/g, form: "joint", needs: ["chair"], everyone: true },
  // `Putin embraced Modi as he welcomed him to Novo-Ogarevo`, `Xi received her in the Great Hall of
  // the People`: a host and a guest named by a pronoun, at a place named.
  { re: /\b(?:welcomed|received|hosted)\s+(?:him|her)\s+(?:to|at|in)\b(?=\s+(?:the\s+)?\p{Lu})/gu, form: "joint", needs: ["welcomed", "received", "hosted"] },
  // `speaking alongside Lebanese President Joseph Aoun, who he hosted at the Elysee Palace`: a
  // relative clause tells the meeting of the one it describes and the sentence's subject.
  // (The look back, tried only where the words match, asks for the comma that opens the clause.)
  { re: /\bwhom?\s+(?:he|she)\s+(?:also\s+|later\s+|then\s+)?(?:hosted|received|met|welcomed)\b(?<=,\s+whom?\s+[^,]{6,30})/g, form: "joint", needs: ["who"] },
];

// Future, hypothetical or not yet: not a report of a meeting that happened (`could hold his first
// conversation with`, `has yet to speak with`). The dot of an initial or an abbreviation
// (`U.S. President`, `Mr. Lavrov`) does not end the clause.
const FUTURE = /\b(?:will|would|shall|could|might|yet to|has not|have not|hasn't|haven't|to be held|set to|scheduled to|expected to|plans? to|planning to|due to|(?:is|are) due|due (?:in|at|for)|(?:is|are) expected (?:in|at|for)|upcoming|next (?:week|month|year)|invited(?!\s+guests?\b)|invitation|to meet|to hold|ahead of|prior to|(?:clear|clears|clearing|pave|paves|paving|open|opens|opening) the way for|(?:set|sets|setting) the stage for|in preparation for|prepar(?:e|es|ed|ing) for|later this (?:week|month|year)|did not|didn't|never|arrang(?:e|es|ed|ing)|possible|potential|proposed|prospective|(?:un)?likely to|interested in|wants? to|wanted to|hopes? to|hoping to|seeks? to|seeking to|aims? to|intends? to|would like to)\b(?:[^.;]|(?<=\b(?:\p{Ll}|mr|ms|mrs|dr|jr|st))\.){0,80}$/u;
// An earlier meeting mentioned in passing (not `X said after talks with Y`, told on the day, nor
// `was received with honours, after which the two leaders held talks`, told after something else).
// (`the final stretch of talks with`, `months of negotiations with`: a negotiation, not one meeting.)
const PASSING = /\b(?:outcomes? of|results? of|following (?:the|a|his|her)|since|after(?<=[\p{L},;]\s+after)(?<!\b(?:said|says|stated|added|announced|declared)\s+after)(?!\s+(?:the two|the pair|they|both|an?|which)\b)|recalled|recalling|previous|earlier|last (?:year|month)|welcom(?:ed|ing)|in line with|implement(?:ing)?|as agreed (?:at|during)|(?:stretch|weeks|months|years|decades) of)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u;

// An event weeks or more before the one told (`came less than a month after Raisi visited China and
// held talks with Xi`), in the same clause (`Two weeks after their first meeting, they met again`
// tells the second).
// (The dot of a title or an initial, `Mr. Modi`, does not end the clause.)
const LONG_AFTER = /\b(?:weeks|months|years|(?:a|one|two|three|four|five|six|several|a few|(?:less|more) than a)\s+(?:week|month|year)s?)\s+(?:after|since)\b(?:[^.;,]|(?<=\b(?:mr|ms|mrs|dr|jr|st|[a-z]))\.){0,100}$/;
const LONG_WORDS = ["week", "month", "year"];
const WILL_CLAUSE = /\b(?:will|would|shall)\b[^.;]*\band\s+$/;
// The same with the verb before the trigger's noun (`… and hold a first three-way summit with`).
const WILL_VERB = /\b(?:will|would|shall)\b[^.;]*\band\s+(?:hold|meet|host|have)\s+(?:[\p{L}-]+\s+){0,3}$/u;
// A meeting the rest of its clause puts in the future (`Talks with Qin are expected`, `a meeting
// with Wang Yi … is seen as likely`): read after a trigger that is a noun, not a verb (`met X,
// who is expected to …` tells a meeting).
const FUTURE_AFTER = /^([^.;]{0,120}?)\b(?:(?:is|are)\s+(?:also\s+|still\s+|now\s+|widely\s+)?(?:expected|planned|scheduled|likely|possible|due|seen as (?:likely|possible)|being (?:planned|prepared|arranged|considered)|on the cards|in the works)|(?:would|will|could|might|may)\s+(?:likely\s+|probably\s+|possibly\s+|soon\s+)?(?:take place|be held|happen|go ahead|come|be (?:in|on|at|next|later)))\b/i;
/**
 * Whether the clause after a noun trigger puts its meeting in the future: FUTURE_AFTER, with the
 * verb's subject the meeting, not a relative clause about the one met (`talks with X, who is
 * expected to …`); an appositive closed by a comma (`Wang Yi, the director … who outranks Qin,
 * is seen as likely`) is passed over.
 */
function futureAfter(rest: string): boolean {
  const head = FUTURE_AFTER.exec(rest)?.[1];
  return head !== undefined && !/\b(?:who|which|that|whose|said|says)\b/.test(head.slice(head.lastIndexOf(",") + 1));
}

const GENERIC_AFTER = /^[^.;]{0,60}?\b(?:is|are|would be|remains|means|matters)\b/;
const NOUN_TRIGGER = /^(?:(?:the|their)\s+(?:first|second|third|fourth|fifth)\s+(?:[a-z-]+\s+)?)?(?:meeting|talks|discussions?|negotiations|(?:tele)?phone|video|conversation|courtesy call|working session|summit)\b/i;

// The meeting a given number of days before the one the sentence dates (`a day after talks with X`,
// `came two days after he was received by Y`): not a passing mention, but a meeting of its own.
const DAYS_AFTER = /\b(a|one|two|three|four|five|six|\d)\s+days?\s+after\s+(?:[\p{L}'’.,-]+\s+){0,10}$/u;
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

// Words of reported speech: a future in what someone said (`his government would protect …,
// Mr Modi said after the two spoke`) does not reach a meeting told after it.
const SPEECH = /\b(?:said|says|told|added|stressed|noted|according to)\b/;

/**
 * `Erdoğan has said Türkiye and the UN drew up new proposals, after holding talks with Putin`:
 * what someone said after a meeting, told with it, is not an earlier meeting in passing.
 */
function toldAfterSpeech(before: string, match: string): boolean {
  return (/\bafter\s+$/.test(before) && /^(?:holding|meeting|talking|speaking)\b/.test(match) && SPEECH.test(before)) || STATEMENT_AFTER.test(before.slice(-120));
}

// `a joint statement released after President Hassan Sheikh Mohamud met Abiy Ahmed`: the statement
// is the news of the meeting, told with it.
const STATEMENT_AFTER = /\b(?:statement|communiqu[eé]|declaration|readout)\s+(?:was\s+|were\s+)?(?:released|issued|published|adopted)\s+after\s+(?:[\p{L}'’.-]+\s+){0,8}$/u;

// `agreed to keep communicating at various levels, including talks between the foreign ministers`:
// the kinds of meeting agreed on, to come.
const AGREED_INCLUDING = /\b(?:agreed|agree|agreeing)\s+to\b[^.;]{0,100}\b(?:including|such as|through)\s+(?:the\s+|regular\s+|further\s+)?$/;

// Words that put the meeting right after them ahead, only there (`looked forward to hosting PM
// Marape`, `the programme foresaw a meeting with`, `a planned meeting with`; not `As planned, Xi met`).
// `It is not yet known whether a meeting with Pope Francis will take place`: a meeting named right
// after `whether` is in doubt (not `whether Trump raised Taiwan when he met Xi`, which was held).
const WHETHER_JUST_BEFORE = /\bwhether\s+(?:or not\s+)?(?:an?|the|any)\s+(?:[a-z-]+\s+){0,2}$/;
// (`Planned talks with Trump fall through`: a headline may open with it.)
const AHEAD_JUST_BEFORE = /(?:\b(?:look(?:s|ed|ing)? forward to|fores(?:aw|ees?)|envisag(?:ed|es?)|(?:an?|the|their|his|her)\s+planned)|^planned)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?$/;

/** Whether the words before a trigger (as written, and in lower case) put it in the future, within one clause of reported speech. */
function isFuture(before: string, lowerBefore: string, trigger: string): boolean {
  if (lowerBefore.includes("agree") && AGREED_INCLUDING.test(lowerBefore)) return true;
  if ((lowerBefore.includes("forward") || lowerBefore.includes("fores") || lowerBefore.includes("envisag") || lowerBefore.includes("planned")) && AHEAD_JUST_BEFORE.test(lowerBefore)) return true;
  if (lowerBefore.includes("whether") && WHETHER_JUST_BEFORE.test(lowerBefore)) return true;
  if (lowerBefore.includes("when") && WHEN_TRAVELS.test(lowerBefore)) return true;
  const m = FUTURE.exec(lowerBefore) ?? (before.includes(" to ") ? FUTURE_FAR.exec(before) : null);
  return m !== null && !SPEECH.test(before.slice(m.index)) && !(PAST_VERB.test(trigger) && PAST_CLAUSE_SINCE.test(lowerBefore.slice(m.index)));
}

// `When Prime Minister Nikol Pashinyan travels to Istanbul on Friday for talks with …`: a trip in
// the present after `when` is one to come (a headline's present, `Modi travels to Kyiv for talks`,
// has no `when`).
const WHEN_TRAVELS = /\bwhen\s+[^.;,]{0,80}?\b(?:travels|flies|heads|goes|arrives|visits|comes)\b[^.;]{0,80}$/;

// A trigger told in the past tense (`welcomed`, `met`, `held talks`): after `, as he` it is a clause
// of its own (`, when he meets Putin` after `will travel` is still to come).
const PAST_VERB = /^(?:welcomed|met|held|hosted|received|spoke|talked|sat|paid|had|conferred)\b/;

// `said he would like to meet Kim again this year, as he welcomed Lee to the White House`: a
// clause of its own, in the past, opens between the wish and the trigger.
// (Not `…, when he will hold talks`, nor `…, when he meets Putin`: no auxiliary before the verb, and
// the verb in the past, which isFuture asks of the trigger.)
const PAST_CLAUSE_SINCE = /,\s+(?:as|while|when)\s+(?:he|she|they|the two(?:\s+\w+)?|both(?:\s+\w+)?)\s+(?:(?:also|later|then|warmly|formally|personally|first)\s+)?$/;

// `He is expected to hold talks with A in Kampala later today before travelling on to Harare on
// Thursday for a meeting with B`: a schedule reaches further than one clause's future.
const FUTURE_FAR = /\b(?:is|are)\s+(?:expected|scheduled|set|due)\s+to\b[^.;]{0,160}$/;

const LAST_TIME = /\blast\s+$/i;
const LAST_MET = /\b(?:last|previously)\s+(?:met|held talks|spoke|talked)\b[^.;]*$/;
// `The two first spoke by phone on May 12`, `first met in 2019`: their first meeting, dated by a
// month, a year or `ago` (not `first met in person on Monday`, which may be the story's own).
const FIRST_TIME = /\bfirst\s+$/;
const WHEN_LONG_AGO = /^[^.;]{0,60}?\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|ago|years?|decades?)\b/;
// `has also spoken`, `have already met` (see findTriggers).
const PERFECT_ALSO = /\b(?:has|have)\s+(?:also|already)\s+$/;
const AIRPORT = /\bairport\b/i;

// Meetings told as a habit or a count (`have talked by phone several times since February`,
// `has met Putin dozens of times`, `have repeatedly met`): no one meeting is reported.
const REPEATED_AFTER = /\b(?:(?:several|many|numerous|multiple|countless|a number of|a few|dozens of|scores of|two|three|four|five)\s+times|on (?:several|many|numerous) occasions|more than once|regularly|frequently|repeatedly)\b/i;
// A meeting the rest of its clause says was not held, or was only due.
// (`… has been called off`.)
const NOT_HELD_AFTER = /\b(?:(?:was|were|had been|has been|have been)\s+(?:called off|cancell?ed|postponed|scrapped|shelved|axed|due to|scheduled to|set to|expected to)|did not (?:take place|happen|go ahead)|never (?:took place|happened))\b/i;
// A headline's `meeting with Trump scrapped`, `Planned talks with Trump fall through`: the verb
// right after the names (not `…, and they agreed that the tariffs would be scrapped`).
const NOT_HELD_RIGHT_AFTER = /^(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and))*\s+(?:scrapped|shelved|axed|called off|f[ae]ll(?:s|en)?\s+through)\b/u;
const REPEATED_BEFORE = /\b(?:repeatedly|regularly|frequently|often)\s+$/i;
// `… in talks in Saudi Arabia the week before.`: a time before the story's, ending the clause.
const EARLIER_AFTER = /^[^.;]{0,80}?\b(?:the|a)\s+(?:day|week|month|year)\s+(?:before|earlier)\s*(?:[,.;)]|$)/;
// `Trudeau spoke with Trump twice on Feb. 3`: in the trigger's own words, before any comma.
const TWICE_AFTER = /^[^,;]{0,50}\btwice\b/;

const BACKSHIFTED = /\b(?:said|says|told\s+[\p{L}]+|announced|confirmed|revealed)\s+(?:on\s+[\p{L}]+\s+|late\s+[\p{L}]+\s+|today\s+|yesterday\s+)?(?:that\s+)?(?:he|she|they|the two(?:\s+[\p{L}]+)?|both(?:\s+[\p{L}]+)?)\s+had\s+(?:[\p{L}'’-]+\s+){0,10}$/u;
const PAST_PERFECT = /\bhad\s+(?:already\s+|also\s+|previously\s+|earlier\s+|just\s+)?$/;
// The same with the verb before the trigger's noun (`had held talks with`).
const PAST_PERFECT_HELD = /\bhad\s+(?:already\s+|also\s+|previously\s+)?(?:held|had|conducted)\s+(?:[\p{L}'’-]+\s+){0,4}$/u;

// Someone else present at a meeting already told (`Wang Yi was present at the meeting`): no meeting of their own.
// So are members of a delegation (`were among the members of the Russian delegation at the talks`),
// and those present (`were among those present at the talks`).
const ATTENDING = /\b(?:(?:was|were)\s+(?:also\s+)?present|(?:among\s+those\s+)?present|(?:also\s+)?(?:attended|joined|took part|taking part|participated|participating)|(?:members?|part) of (?:the|a|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}delegations?)\s+$/u;

// Each ATTENDING form holds one of these: the pattern runs only where one is written.
const ATTENDING_WORDS = ["present", "attended", "joined", "took part", "taking part", "particip", "delegation"];

/** `tail` in lower case. */
function attending(tail: string): boolean {
  return containsAny(tail, ATTENDING_WORDS) && ATTENDING.test(tail);
}

const PHONE_IN_SENTENCE = /\b(?:phone|telephone) (?:call|talks|conversation)\b|\b(?:by|over the|on the) (?:tele)?phone\b/i;
const VIDEO_IN_SENTENCE = /\b(?:video (?:call|conference)|online (?:talks|meeting)|virtual(?:ly)? (?:meeting|talks))\b/i;

/**
 * The mode of a trigger: its own words first, then the sentence's. What the sentence says is the
 * same for each of its triggers, so it is read once, when the first trigger's own words say nothing.
 */
function modeOf(surface: string, sentenceMode: () => MeetingMode): MeetingMode {
  if (/phone|telephone/i.test(surface)) return "phone";
  const inSentence = sentenceMode();
  if (inSentence === "phone") return "phone";
  if (/video|online|virtual/i.test(surface)) return "video";
  return inSentence;
}

/** The mode a sentence names outside any trigger (`… spoke on the phone`, `an online meeting`). */
function modeNamedIn(sentence: string): MeetingMode {
  if (PHONE_IN_SENTENCE.test(sentence)) return "phone";
  if (VIDEO_IN_SENTENCE.test(sentence)) return "video";
  return "in-person";
}

// Every trigger contains one of these words: sentences without any are skipped in one pass.
const ANY_TRIGGER_WORD = /\b(?:met|meets?|meeting|talk(?:s|ed|ing)|spok(?:e|en)|speaking|conferred|sat|sits|sitting|discussions?|(?:tele)?phone[sd]?|video|readout|transcript|conversation|courtesy|session|received|receives|receiving|hosted|hosts|hosting|called|held|had|holds|has|have|hold|bilateral|summit|co-?chair(?:ed|s)|signed|signs?|pen|signatures|dine[sd]?|dining|lunched|dinner|lunch|luncheon|breakfast|trilateral|tripartite|three-way|quadrilateral|negotiations|spent|spends?|welcomed|welcomes)\b/i;

function containsAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

// Every pattern's words, longest first, found where each starts in one pass over the sentence
// (instead of a search of the sentence for each word of each pattern).
const NEEDED_WORDS = [...new Set(TRIGGER_PATTERNS.flatMap((p) => p.needs))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
// (A plain alternation, tried again one character after each match, finds the same words as a
// look-ahead at every position would, in a third less time: the engine can skip ahead to where a
// word may start.)
const NEEDED_AT = new RegExp(NEEDED_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
// A word found stands for every needed word it begins with (`received` for `receive`), and so
// for every pattern that needs one of them: the patterns to run, by the word found.
const PATTERNS_OF = new Map(
  NEEDED_WORDS.map((w) => [w, TRIGGER_PATTERNS.flatMap((p, i) => (p.needs.some((v) => w.startsWith(v)) ? [i] : []))] as const),
);
// Which patterns a sentence needs run, one flag per pattern (reused: one sentence at a time).
const toRun = new Uint8Array(TRIGGER_PATTERNS.length);

/** Flags in {@link toRun} the patterns one of whose words `lower` contains; false when none. */
function markPatternsToRun(lower: string): boolean {
  toRun.fill(0);
  let any = false;
  NEEDED_AT.lastIndex = 0;
  for (let m = NEEDED_AT.exec(lower); m; m = NEEDED_AT.exec(lower)) {
    for (const i of PATTERNS_OF.get(m[0]) ?? []) toRun[i] = 1;
    any = true;
    NEEDED_AT.lastIndex = m.index + 1;
  }
  return any;
}

/**
 * `text` in lower case, character for character: the few letters whose lower case is longer
 * (`İ`) are kept as written, so that offsets in one are offsets in the other.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/\p{Lu}/gu, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  });
}

/** Up to `length` characters of `text` from `from`, stopping before a full stop or semicolon. */
function clauseAfter(text: string, from: number, length: number): string {
  const window = text.slice(from, from + length);
  const stop = window.search(/[.;]/);
  return stop < 0 ? window : window.slice(0, stop);
}

// A relative pronoun or an article before `will` (`Xi, who will turn 72, met …`, `the will of`).
const NOT_MAIN_WILL = /\b(?:who|which|that|whom|whose|where|when|the|a|good|ill|free|political)\s*$/i;
// A finite verb not of the future (a past, `is`, `has`, speech) between `will` and the trigger: the
// trigger's clause is another one.
const PAST_BETWEEN = /\b(?:[a-z]+ed|met|held|had|has|have|was|were|is|are|said|says|spoke|told|saw|made|took|gave|went|came|began|left|sat)\b/;

/** Whether a sentence names a day (`on Wednesday`, `yesterday`, `May 12`), as findDates reads days. */
function namesADay(sentence: string): boolean {
  return findDates(sentence).some((d) => d.kind !== "week");
}

/** Whether a `will` before the trigger, not in a relative clause, governs it (nothing in the past between). */
function willGoverns(before: string): boolean {
  const at = before.lastIndexOf(" will ");
  return at >= 0 && !NOT_MAIN_WILL.test(before.slice(Math.max(0, at - 12), at)) && !PAST_BETWEEN.test(before.slice(at + 6));
}

/** Meeting triggers in a sentence (offsets are the sentence's own), future and passing mentions excluded. */
export function findTriggers(sentence: string): Trigger[] {
  const found: Trigger[] = [];
  if (!ANY_TRIGGER_WORD.test(sentence)) return found;
  const lower = lowerSameLength(sentence);
  if (!markPatternsToRun(lower)) return found;
  let sentenceMode: MeetingMode | undefined;
  const modeInSentence = () => (sentenceMode ??= modeNamedIn(sentence));
  for (let p = 0; p < TRIGGER_PATTERNS.length; p++) {
    if (toRun[p] === 0) continue;
    const { re, form, lower: onLower, everyone } = TRIGGER_PATTERNS[p] as (typeof TRIGGER_PATTERNS)[number];
    const scanned = onLower ? lower : sentence;
    re.lastIndex = 0;
    for (let hit = re.exec(scanned); hit; hit = re.exec(scanned)) {
      // The match as written (a lower-case pattern matched the lower-case text).
      const m = { index: hit.index, 0: onLower ? sentence.slice(hit.index, hit.index + hit[0].length) : hit[0] };
      const lead = m[0].length - m[0].trimStart().replace(/^[.!?|]\s*/, "").length;
      const start = m.index + lead;
      const end = m.index + m[0].length;
      // Only the words just before the trigger can make it future or passing.
      const before = sentence.slice(Math.max(0, start - 200), start);
      const lowerBefore = lower.slice(Math.max(0, start - 200), start);
      // Both patterns end at the trigger and are short: each is tried on the end of the text only.
      const offset = before.includes("after") ? DAYS_AFTER.exec(lowerBefore.slice(-120)) : null;
      // (Taking part in talks someone hosts is being one of their sides.)
      const hosted = /\bby$/.test(m[0]);
      if (isFuture(before, lowerBefore, m[0].slice(lead)) || (!offset && PASSING.test(lowerBefore) && !toldAfterSpeech(before, m[0])) || (!hosted && attending(lowerBefore.slice(-60)))) continue;
      // `Trump will visit Al Udeid Air Base … on Thursday before heading to the UAE for talks with …`:
      // a sentence whose verb is `will`, with no verb of the past between it and the trigger.
      if (willGoverns(before)) continue;
      // `agreed about a week beforehand, following a meeting between Putin and Witkoff`: an earlier one.
      if (lowerBefore.endsWith("following ") && /^an?\s/i.test(m[0].slice(lead))) continue;
      // `Biden will next week host Kishida for a state visit and hold a three-way summit with …`:
      // a bare infinitive in a clause that `will` opened, however far back.
      if (before.includes("and") && (/^(?:hold|meet|host)\b/.test(m[0].slice(lead)) ? WILL_CLAUSE : WILL_VERB).test(before)) continue;
      if (!offset && (before.includes("after") || before.includes("since")) && containsAny(lowerBefore, LONG_WORDS) && LONG_AFTER.test(lowerBefore.slice(-160))) continue;
      // `The two leaders last held talks in Vilnius`: the meeting before this one; and so is any
      // meeting the clause of `last met` tells (`Trump and Zelenskyy last met in Paris in December,
      // at a meeting arranged by Macron`).
      if (FIRST_TIME.test(before.slice(-8)) && /^(?:met|spoke|spoken|talked|held|sat)\b/.test(m[0].slice(lead)) && WHEN_LONG_AGO.test(sentence.slice(end, end + 80))) continue;
      if (LAST_TIME.test(before.slice(-8)) || ((lowerBefore.includes("last") || lowerBefore.includes("previously")) && LAST_MET.test(lowerBefore.slice(-160)))) continue;
      // `Leo has also spoken by phone with Zelenskyy, who has invited him to visit Ukraine`: the
      // present perfect with `also` or `already`, and no day in the sentence, tells what has happened
      // before the news, not the news.
      if (PERFECT_ALSO.test(before.slice(-24)) && /^(?:spoken|met|held|talked|conferred)\b/.test(m[0].slice(lead)) && !namesADay(sentence)) continue;
      // `she had held talks with Modi`: the past perfect tells a meeting before the story's.
      // (`Trump said on Wednesday he had held a long phone call with Putin`: reported speech moves
      // the news a tense back, so a `had` a few words after `said` is the story's own meeting.)
      if (((PAST_PERFECT.test(before.slice(-24)) && /^(?:held|met|hosted|received|spoken|talked|conferred|paid)\b/.test(m[0].slice(lead))) || PAST_PERFECT_HELD.test(before.slice(-60)) || /^had\s+(?:already\s+|also\s+)?(?:held|met|hosted|conducted)\b/.test(m[0].slice(lead))) && !BACKSHIFTED.test(`${before}${m[0].slice(lead)} `.slice(-130))) continue;
      if (found.some((t) => start < t.span[1] && t.span[0] < end)) continue;
      const surface = sentence.slice(start, end);
      // `A and B held talks` names both sides before the trigger.
      const actual = form === "with" && /^(?:held|had|holds|has held|have held|hold)\b/.test(surface) && !/\bwith$/.test(surface) ? "joint" : form;
      // The words after the trigger up to the end of its clause (`[^.;]`), as far as each test reads.
      const rest = clauseAfter(sentence, end, 160);
      if (REPEATED_BEFORE.test(before.slice(-30)) || REPEATED_AFTER.test(rest.slice(0, 90)) || TWICE_AFTER.test(rest)) continue;
      // `that Kyiv had accepted in talks in Saudi Arabia the week before`: talks before the news.
      if (EARLIER_AFTER.test(rest)) continue;
      // `A summit … that was due to take place on December 15 was called off`.
      if (NOT_HELD_AFTER.test(rest) || NOT_HELD_RIGHT_AFTER.test(rest)) continue;
      if (NOUN_TRIGGER.test(m[0].slice(lead)) && futureAfter(rest)) continue;
      // `A meeting with Xi is, in itself, a signal that …`: a meeting as such, in the present, is none
      // in particular (read where the indefinite article opens the sentence).
      if (/^\s*[Aa]n?\s+$/.test(before) && /^(?:meeting|summit|call|phone call)\b/i.test(m[0].slice(lead)) && GENERIC_AFTER.test(rest)) continue;
      // Being received at the airport is a welcome, not a meeting.
      if (/\b(?:received|welcomed)\b/.test(surface) && AIRPORT.test(sentence)) continue;
      const trigger: Trigger = { surface, span: [start, end], form: actual, mode: modeOf(m[0], modeInSentence) };
      if (offset) trigger.dayOffset = -(NUMBER_WORDS[(offset[1] ?? "").toLowerCase()] ?? Number(offset[1]));
      if (everyone) trigger.everyone = true;
      found.push(trigger);
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}
