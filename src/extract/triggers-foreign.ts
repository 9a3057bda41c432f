/**
 * Meeting triggers in Portuguese, Spanish and French, for articles whose `language` says so. Each
 * is a verb or noun of a meeting that took place (the past tense or a noun with a past verb), so a
 * meeting announced for the future (`vai se reunir`, `se reunirá`, `rencontrera`) does not match;
 * the words after it name the other side as `with` forms do in English.
 */
import type { Trigger } from "./triggers.js";

interface ForeignPattern {
  re: RegExp;
  form: Trigger["form"];
}

// `(?<![\p{L}])` and `(?![\p{L}])` stand for `\b`, which in a pattern marks ASCII word edges only
// (`reúne` and `reunião` have letters outside ASCII).
const PATTERNS_OF: Readonly<Record<"pt" | "es" | "fr", readonly ForeignPattern[]>> = {
  pt: [
    // `Lula se reuniu com Sánchez`, `reuniu-se com`, `se encontrou com`, `conversou por telefone com`
    // (a day or a place may come between: `se reuniu nesta segunda-feira com`).
    { re: /(?<![\p{L}])(?:se\s+)?(?:re[uú]n(?:iu|iram|e|em)|encontr(?:ou|aram))(?:-se)?(?:\s+[^.;,]{1,40}?)?\s+com(?![\p{L}])/giu, form: "with" },
    // (`conversou por telefone, nesta quinta-feira, 7 de agosto, com`: a time set off by commas may come between.)
    { re: /(?<![\p{L}])convers(?:ou|aram)(?:\s+(?:por|ao)\s+telefone)?(?:,\s+[^.;]{1,60}?,)?\s+com(?![\p{L}])/giu, form: "with" },
    // `foi recebido nesta 4ª feira (26.abr.2023) pelo rei`: the day may come between.
    // (A dot inside a word or a date, `26.abr.2023`, ends no sentence.)
    { re: /(?<![\p{L}])(?:foi|foram)\s+recebid[oa]s?(?![\p{L}])(?:[^.;]|\.(?=\S)){0,60}?(?<![\p{L}])(?:por|pel[oa]s?)(?![\p{L}])/giu, form: "with" },
    // (`recebeu ontem, no Palácio Presidencial, o Presidente …`: a day or place set off by commas may come first.)
    { re: /(?<![\p{L}])recebeu(?:\s+(?:ontem|hoje|nesta|neste|na|no|em)(?![\p{L}])[^;.]{0,100}?,)?\s+(?=(?:o|a|os|as)\s+|\p{Lu})/gu, form: "with" },
    // `Trump e Putin reuniram-se`, `os dois líderes se reuniram`: both sides before the verb.
    { re: /(?<![\p{L}])(?:re[uú]n(?:iram|em)-se|se\s+re[uú]n(?:iram|em)|encontraram-se|se\s+encontraram)(?!\s+com)(?![\p{L}])/giu, form: "joint" },
    // `manteve um encontro bilateral com`, `realizaram uma reunião`.
    { re: /(?<![\p{L}])(?:manteve|mantiveram|teve|tiveram|realizou|realizaram)\s+(?:um|uma)\s+(?:encontro|reunião|conversa|conversação)(?:\s+(?:bilateral|oficial|telefônica|telefónica|privad[oa]))?(?:\s+com)?(?![\p{L}])/giu, form: "with" },
    { re: /(?<![\p{L}])(?:telefonou|ligou)\s+para(?![\p{L}])/giu, form: "with" },
  ],
  es: [
    // `Boric se reunió con Lula`, `se reunió este lunes con`, `se encontró con`, `conversó por teléfono con`.
    { re: /(?<![\p{L}])se\s+(?:reun(?:ió|ieron|e|en)|encontr(?:ó|aron))(?:\s+[^.;,]{1,40}?)?\s+con(?![\p{L}])/giu, form: "with" },
    { re: /(?<![\p{L}])(?:convers(?:ó|aron)|habl(?:ó|aron))\s+(?:por\s+teléfono\s+)?con(?![\p{L}])/giu, form: "with" },
    { re: /(?<![\p{L}])(?:mantuvo|mantuvieron|sostuvo|sostuvieron|tuvo|tuvieron)\s+(?:un|una)\s+(?:reunión|encuentro|conversación|cumbre)(?:\s+(?:bilateral|oficial|telefónica|privad[oa]))?(?:\s+con)?(?![\p{L}])/giu, form: "with" },
    { re: /(?<![\p{L}])recibió\s+(?:a|al)(?![\p{L}])/giu, form: "with" },
    // (`fue recibido este miércoles por su par chino`: the day may come between, as in Portuguese.)
    { re: /(?<![\p{L}])(?:fue|fueron)\s+recibid[oa]s?(?![\p{L}])(?:[^.;]|\.(?=\S)){0,60}?(?<![\p{L}])por(?![\p{L}])/giu, form: "with" },
    { re: /(?<![\p{L}])se\s+(?:reunieron|encontraron)(?!\s+con)(?![\p{L}])/giu, form: "joint" },
  ],
  fr: [
    // `Macron s'est entretenu avec Lula`, `a rencontré`, `a reçu`, `a été reçu par`.
    { re: /(?<![\p{L}])s['’]est\s+(?:entretenue?|réunie?)(?:\s+[^.;,]{1,40}?)?\s+avec(?![\p{L}])/giu, form: "with" },
    { re: /(?<![\p{L}])(?:a|ont)\s+(?:rencontré|reçu|accueilli)(?![\p{L}])/giu, form: "with" },
    { re: /(?<![\p{L}])(?:a|ont)\s+été\s+reçue?s?\s+par(?![\p{L}])/giu, form: "with" },
    { re: /(?<![\p{L}])(?:a|ont)\s+eu\s+(?:un|une)\s+(?:entretien|échange|conversation|réunion)(?:\s+(?:téléphonique|bilatéral))?(?:\s+avec)?(?![\p{L}])/giu, form: "with" },
    { re: /(?<![\p{L}])(?:a|ont)\s+(?:téléphoné|parlé\s+au\s+téléphone)\s+(?:à|avec)(?![\p{L}])/giu, form: "with" },
    // `Carney et Trump se sont entretenus au téléphone`: both sides before the verb.
    { re: /(?<![\p{L}])se\s+sont\s+(?:entretenus|réunis|rencontrés|parlé)(?!\s+avec)(?![\p{L}])/giu, form: "joint" },
  ],
};

// A call by its words in any of the three languages.
const PHONE = /telefon|teléfono|telefónica|téléphon/i;
// Stems every match of a language's patterns contains, in lower case: a sentence with none is not scanned
// (the patterns, case-insensitive and Unicode-aware, cost far more than this test).
const STEMS_OF: Readonly<Record<"pt" | "es" | "fr", RegExp>> = {
  pt: /re[uú]n|encontr|convers|recebi|recebeu|manteve|mantiveram|teve|tiveram|realiz|telefonou|ligou/,
  es: /reun|encontr|convers|habl|mantuv|sostuv|tuv|recibi/,
  fr: /entreten|réuni|rencontr|reçu|accueilli|eu un|téléphon|parlé/,
};

// By language code, as maps: a code is the article's, and no code names a property of every object.
const PATTERNS = new Map(Object.entries(PATTERNS_OF));
const STEMS = new Map(Object.entries(STEMS_OF));

/** Whether triggers are known for `language` (a code such as `pt`, `es-AR`, `fr`). */
export function hasForeignTriggers(language: string): boolean {
  return PATTERNS.has(baseLanguage(language));
}

/** Meeting triggers of a sentence in `language` (offsets are the sentence's own), in order. */
export function findForeignTriggers(sentence: string, language: string): Trigger[] {
  const found: Trigger[] = [];
  const base = baseLanguage(language);
  if (!STEMS.get(base)?.test(sentence.toLowerCase())) return found;
  for (const { re, form } of PATTERNS.get(base) ?? []) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((t) => start < t.span[1] && t.span[0] < end)) continue;
      const mode = PHONE.test(m[0]) || PHONE.test(sentence) ? "phone" : "in-person";
      found.push({ surface: m[0], span: [start, end], form, mode, foreign: true });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

function baseLanguage(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] ?? "";
}
