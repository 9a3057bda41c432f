/**
 * Naming conventions of the region. Which token is the family name, and which one an
 * outlet uses as the short form after the first mention, differ by culture.
 */

export type Culture = "vi" | "zh" | "km" | "ko" | "ja" | "th" | "lo" | "fil" | "ms" | "id" | "my" | "ru" | "es" | "ar" | "fa" | "mn" | "en";

/** Cultures that write the family name first. Japanese appears both ways in English text. */
export const FAMILY_FIRST: ReadonlySet<string> = new Set(["vi", "zh", "km", "ko", "ja"]);

/** Country → the naming culture most of its officials follow. */
export const CULTURE_OF_COUNTRY: Readonly<Record<string, Culture>> = {
  VN: "vi", CN: "zh", TW: "zh", SG: "en", KH: "km", KR: "ko", KP: "ko", JP: "ja",
  TH: "th", LA: "lo", PH: "fil", MY: "ms", BN: "ms", ID: "id", MM: "my",
  // Names romanised from Cyrillic (or, in Azerbaijan and Uzbekistan, spelt in English as they were).
  RU: "ru", UA: "ru", BY: "ru", KZ: "ru", KG: "ru", TJ: "ru", UZ: "ru", TM: "ru", AZ: "ru",
  // Spanish naming: given names, then the father's and the mother's family names.
  ES: "es", MX: "es", AR: "es", CO: "es", PE: "es", CL: "es", VE: "es", EC: "es", BO: "es", PY: "es", UY: "es", CU: "es",
  DO: "es", GT: "es", HN: "es", SV: "es", NI: "es", CR: "es", PA: "es",
  // Names romanised from Arabic and Persian script.
  SA: "ar", AE: "ar", QA: "ar", KW: "ar", BH: "ar", OM: "ar", YE: "ar", JO: "ar", IQ: "ar", SY: "ar", LB: "ar", PS: "ar",
  EG: "ar", LY: "ar", TN: "ar", DZ: "ar", MA: "ar", SD: "ar", MR: "ar", IR: "fa", AF: "fa",
  // Mongolian naming: the father's name (often in the genitive, or an initial) and the given name.
  MN: "mn",
};

// Common family names, used only when neither the gazetteer nor the text gives a culture.
// Vietnamese: the 14 family names that cover about 90% of the population (General Statistics Office surveys).
const VI_FAMILY = ["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "dinh", "trinh", "doan", "luong", "mai", "truong", "lam", "ha", "cao", "to", "luu", "ta", "chu"];
const ZH_FAMILY = ["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "yu", "dong", "xiao", "cheng", "cao", "yuan", "deng", "fu", "shen", "zeng", "peng", "lu", "su", "qin", "jiang", "cai", "jia", "ding", "wei", "xue", "ye", "yan", "pan", "du", "dai", "xia", "zhong", "tian", "ren", "fan", "fang", "shi", "yao", "tan", "liao", "zou", "xiong", "jin", "lu", "hao", "kong", "bai", "cui", "kang", "mao", "qiu", "qi", "gu", "hou", "shao", "meng", "long", "wan", "duan", "lei", "qian", "tang", "yin", "yi", "chang", "wen"];
const KO_FAMILY = ["kim", "lee", "park", "choi", "cho", "jung", "jeong", "kang", "yoon", "yun", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "moon", "ko", "bae", "baek", "heo", "nam", "chung", "ban", "chun", "roh"];
const KM_FAMILY = ["hun", "prak", "sok", "chea", "heng", "hor", "keo", "men", "tea", "ouk", "sar", "kong", "say", "sun", "chhay", "nuth", "pich", "yim", "chan", "cham", "kao", "neth", "ly", "tep", "touch"];

export const FAMILY_NAMES: Readonly<Record<"vi" | "zh" | "ko" | "km", ReadonlySet<string>>> = {
  vi: new Set(VI_FAMILY),
  zh: new Set(ZH_FAMILY),
  ko: new Set(KO_FAMILY),
  km: new Set(KM_FAMILY),
};

// Family-name endings of names romanised from Russian and its neighbours (Lavrov, Tokayev,
// Zelenskyy, Tikhanovskaya, Shmyhal's Ukrainian peers in -enko and -chuk, Lukashenko, patronymic -vich).
const CYRILLIC_FAMILY_ENDING = /^.{3,}(?:ov|ova|ev|eva|sk(?:y|yy|iy|yi|ii|aya)|enko|chuk|vich)$/;

// A Mongolian father's name in the genitive, as it opens a full name (`Ukhnaagiin Khürelsükh`,
// `Battulgyn Khaltmaa`, `Luvsannamsrain Oyun-Erdene`, `Elbegdorjiin Tsakhia`).
const MONGOLIAN_GENITIVE = /^.{3,}(?:iin|ijn|yn|ain)$/;

/**
 * The readings of a Mongolian name as given name and father's name: the father's name is the
 * word in the genitive, stripped of its ending (`Ukhnaagiin Khürelsükh`: Khürelsükh, son of
 * Ukhnaa), or the initial (`U. Khurelsukh`); two plain words can be read either way
 * (`Khurelsukh Ukhnaa`, given name first as Mongolian outlets write in English, or `Ukhnaa
 * Khurelsukh`), the given-first reading first. A name of one word is a given name; three plain
 * words have no reading.
 */
export function mongolianReadings(tokens: readonly string[]): { given: string; father: string | null }[] {
  if (tokens.length === 0) return [];
  if (tokens.length === 1) return [{ given: tokens[0] as string, father: null }];
  const first = tokens[0] as string;
  const last = tokens[tokens.length - 1] as string;
  const stem = (t: string) => t.replace(/(?:g?iin|ijn|yn|ain)$/, "");
  // (A given name can be of two words, hyphenated: `Luvsannamsrain Oyun-Erdene`.)
  if (MONGOLIAN_GENITIVE.test(first)) return [{ given: tokens.slice(1).join(" "), father: stem(first) }];
  if (MONGOLIAN_GENITIVE.test(last)) return [{ given: tokens.slice(0, -1).join(" "), father: stem(last) }];
  if (first.length === 1) return [{ given: tokens.slice(1).join(" "), father: first }];
  if (last.length === 1) return [{ given: tokens.slice(0, -1).join(" "), father: last }];
  if (tokens.length !== 2) return [];
  return [{ given: first, father: last }, { given: last, father: first }];
}

/**
 * Guesses a name's culture from its folded tokens and whether the original carried
 * Vietnamese letters. Returns null when nothing tells.
 */
export function guessCulture(tokens: readonly string[], original: string): Culture | null {
  // Vietnamese-only letters (ă â đ ê ô ơ ư and tone marks on them) settle it.
  if (/[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u.test(original)) return "vi";
  const first = tokens[0];
  if (first === undefined) return null;
  if (tokens.length === 3 && FAMILY_NAMES.vi.has(first)) return "vi";
  if (FAMILY_NAMES.ko.has(first) && tokens.length === 2 && /-/.test(original)) return "ko";
  if (FAMILY_NAMES.zh.has(first) && tokens.length === 2) return "zh";
  if (FAMILY_NAMES.km.has(first) && tokens.length === 2) return "km";
  if ((tokens.length === 2 || tokens.length === 3) && MONGOLIAN_GENITIVE.test(first)) return "mn";
  if (tokens.length <= 3 && CYRILLIC_FAMILY_ENDING.test(tokens[tokens.length - 1] ?? "")) return "ru";
  // `bin`, `ibn`, `bint` (son or daughter of) and the article `al` are Arabic names' own.
  if (/(?:^|[\s-])(?:bin|ibn|bint|al|el)[\s-]/i.test(original)) return "ar";
  return null;
}

/**
 * Index of the token an outlet uses as the short form of a full name after the first mention.
 * - Vietnamese: the last given name (`Bùi Thanh Sơn` → `Sơn`).
 * - Chinese, Korean, Japanese (family first): the family name (`Wang Yi` → `Wang`, `Motegi Toshimitsu` → `Motegi`).
 * - Thai, Lao, Indonesian, Malay, Burmese: the given name (`Maris Sangiampongsa` → `Maris`, `Retno Marsudi` → `Retno`, `Anwar Ibrahim` → `Anwar`).
 * - Filipino and Western: the family name, last (`Enrique Manalo` → `Manalo`).
 * - Spanish: the first family name, before the mother's (`Claudia Sheinbaum Pardo` → `Sheinbaum`).
 * - Khmer: usually the full name; the given name alone also occurs (`Sokhonn`).
 */
export function shortFormIndexes(culture: string | null, tokenCount: number, familyFirst: boolean): number[] {
  const last = tokenCount - 1;
  switch (culture) {
    case "vi":
      return [last];
    case "zh":
    case "ko":
    case "ja":
      return familyFirst ? [0] : [last];
    case "th":
    case "lo":
    case "id":
    case "ms":
    case "my":
      return [0];
    case "es":
      return tokenCount >= 3 ? [tokenCount - 2] : [last];
    case "km":
      // Khmer: usually the full name; the given name alone also occurs (`Sokhonn`, `Manet`).
      return tokenCount > 1 ? [last] : [];
    default:
      return [last];
  }
}

// A word of Hepburn syllables, each read one way only (no two alternatives match the same letters):
// consonant + vowel (`ka`, `shi`, `tsu`, `kyo`), a vowel, the syllabic n before a consonant or the end,
// a consonant doubled before its syllable (`Hattori`), and a long o written oh at the end (`Itoh`).
const HEPBURN_WORD = /^(?:(?:[kgnbpmr][aiueo]|[kgnbpmrh]y[auo]|h[aieo]|sh?[aueo]|shi|z[aueo]|j[aiueo]|t[aeo]|tsu|ch[aiueo]|d[aeo]|fu|w[ao]|y[auo]|[aeiou]|n(?![aeiouy])|k(?=k)|s(?=s)|t(?=t|ch)|p(?=p))+)(?:(?<=o)h)?$/;

/**
 * Whether every token can be written in Hepburn syllables, as Japanese names are (`Ito Naoki`,
 * `Itoh Naoki`); used only to pick Japanese spelling rules for two names no one has placed.
 *
 * @example
 * looksHepburn(["itoh", "naoki"])   //=> true
 * looksHepburn(["joko", "widodo"])  //=> false ("wi" is not a Hepburn syllable)
 */
export function looksHepburn(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && tokens.every((t) => t.length >= 2 && HEPBURN_WORD.test(t));
}
