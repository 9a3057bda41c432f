import { describe, expect, it } from "vitest";
import { findForeignTriggers, hasForeignTriggers } from "../../src/extract/triggers-foreign.js";

const surfaces = (sentence: string, language: string) => findForeignTriggers(sentence, language).map((t) => [t.surface, t.form, t.mode]);

describe("triggers in Portuguese, Spanish and French", () => {
  it("knows the three languages, with or without a region", () => {
    expect(["pt", "pt-BR", "es", "es_AR", "fr", "FR"].map(hasForeignTriggers)).toEqual([true, true, true, true, true, true]);
    expect(["en", "de", "", "constructor", "__proto__", "toString"].map(hasForeignTriggers)).toEqual([false, false, false, false, false, false]);
    expect(findForeignTriggers("Lula met Macron.", "constructor")).toEqual([]);
  });

  it("reads meetings told in the past in Portuguese", () => {
    expect(surfaces("O secretário-geral reuniu-se com o Presidente russo em Kazan.", "pt")).toEqual([["reuniu-se com", "with", "in-person"]]);
    expect(surfaces("Os dois presidentes reuniram-se na sexta-feira em Anchorage.", "pt")).toEqual([["reuniram-se", "joint", "in-person"]]);
    expect(surfaces("Lula foi recebido nesta 4ª feira (26.abr.2023) pelo rei da Espanha.", "pt")).toEqual([["foi recebido nesta 4ª feira (26.abr.2023) pelo", "with", "in-person"]]);
    expect(surfaces("O Presidente recebeu ontem, no Palácio Presidencial, o Presidente dos Estados Unidos.", "pt")).toEqual([["recebeu ontem, no Palácio Presidencial, ", "with", "in-person"]]);
    expect(surfaces("Lula conversou por telefone com Macron.", "pt")).toEqual([["conversou por telefone com", "with", "phone"]]);
  });

  it("reads meetings in Spanish and in French, calls among them", () => {
    expect(surfaces("Boric se reunió con Lula en el Palacio de La Moneda.", "es")).toEqual([["se reunió con", "with", "in-person"]]);
    expect(surfaces("Sánchez mantuvo una reunión bilateral con Lula.", "es")).toEqual([["mantuvo una reunión bilateral con", "with", "in-person"]]);
    expect(surfaces("Macron s'est entretenu avec Lula à Belém.", "fr")).toEqual([["s'est entretenu avec", "with", "in-person"]]);
    expect(surfaces("Carney et Trump se sont entretenus au téléphone vendredi.", "fr")).toEqual([["se sont entretenus", "joint", "phone"]]);
  });

  it("a meeting to come is none, and English patterns are not read as another language's", () => {
    expect(surfaces("Lula vai se reunir com Macron na próxima semana.", "pt")).toEqual([]);
    expect(surfaces("Boric se reunirá con Lula el lunes.", "es")).toEqual([]);
    expect(surfaces("Macron rencontrera Lula lundi.", "fr")).toEqual([]);
    expect(surfaces("Lula met Macron.", "en")).toEqual([]);
  });
});
