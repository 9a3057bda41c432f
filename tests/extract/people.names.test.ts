import { describe, expect, it } from "vitest";
import { findPeople } from "../../src/extract/people.js";
import { defaultGazetteer } from "../../src/text/gazetteer.js";

const g = defaultGazetteer();
/** Each mention as `surface -> person (title)`. */
const read = (text: string) => {
  const { people, mentions } = findPeople(text, g);
  return mentions.map((m) => `${m.surface} -> ${m.person >= 0 ? people[m.person]?.name : "?"}${m.title ? ` (${m.title})` : ""}`);
};

describe("names with particles", () => {
  it("keeps bin, da, von der inside a name, not in its title", () => {
    expect(read("Ukrainian President Volodymyr Zelensky held talks with Saudi Crown Prince Mohammed bin Salman in Jeddah.")).toEqual([
      "Volodymyr Zelensky -> Volodymyr Zelensky (Ukrainian President)",
      "Mohammed bin Salman -> Mohammed bin Salman (Saudi Crown Prince)",
    ]);
    expect(read("President Luiz Inácio Lula da Silva met President Ursula von der Leyen.")).toEqual([
      "Luiz Inácio Lula da Silva -> Luiz Inácio Lula da Silva (President)",
      "Ursula von der Leyen -> Ursula von der Leyen (President)",
    ]);
  });

  it("keeps every word of a country's name of several words in the title", () => {
    expect(read("Prime Minister of New Zealand Christopher Luxon met the President of South Africa, Cyril Ramaphosa.")).toEqual([
      "Christopher Luxon -> Christopher Luxon (Prime Minister of New Zealand)",
      "Cyril Ramaphosa -> Cyril Ramaphosa",
    ]);
    expect(read("Papua New Guinea Prime Minister James Marape spoke.")).toEqual(["James Marape -> James Marape (Papua New Guinea Prime Minister)"]);
  });

  it("a royal style, a late father, a company and a mosque are no people; `Shri` is an honorific", () => {
    const text = "His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah ibni Al-Marhum Sultan Haji Omar 'Ali Saifuddien Sa'adul Khairi Waddien, Sultan and Yang Di-Pertuan of Brunei Darussalam, met Prime Minister Shri Narendra Modi near Masjid Omar Ali Saifuddien. Modi later visited AEM Holdings.";
    const names = read(text).map((m) => m.split(" -> ")[1]);
    expect(names).toContain("Narendra Modi (Prime Minister Shri)");
    expect(names.some((n) => /Yang|Saifuddien|Masjid|AEM|Omar/.test(n ?? ""))).toBe(false);
  });

  it("reads a long royal name whole", () => {
    expect(read("His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received him.")[0]).toBe(
      "Mohammed bin Salman bin Abdulaziz Al Saud -> Mohammed bin Salman bin Abdulaziz Al Saud (His Royal Highness Prince)",
    );
  });
});

describe("people named without a title", () => {
  it("the one who met someone, or whom the article later calls Ms or Mr, is a person", () => {
    expect(read("Annalena Baerbock sat down with Russian Foreign Minister Sergei Lavrov.")[0]).toBe("Annalena Baerbock -> Annalena Baerbock");
    expect(read("Annalena Baerbock assured Ukraine of support. Later Ms Baerbock left for Moscow.")).toEqual(["Annalena Baerbock -> Annalena Baerbock", "Baerbock -> Annalena Baerbock (Ms)"]);
    expect(read("Annalena Baerbock urged calm. Baerbock met Sergei Lavrov later.")[0]).toBe("Annalena Baerbock -> Annalena Baerbock");
    expect(read("Luiz Inácio Lula da Silva and Volodymyr Zelenskyy have held their first talks.")).toEqual(["Luiz Inácio Lula da Silva -> Luiz Inácio Lula da Silva", "Volodymyr Zelenskyy -> Volodymyr Zelenskyy"]);
  });

  it("an office in lower case before the name is a title enough", () => {
    expect(read("Germany's top diplomat Annalena Baerbock urged Moscow to calm tensions.")[0]).toBe("Annalena Baerbock -> Annalena Baerbock");
  });

  it("two capitalised words with nothing to vouch for them are not a person", () => {
    expect(read("Nord Stream was discussed.")).toEqual([]);
  });
});

describe("country names in people's names", () => {
  it("a country's name before a family name is a given name; before an office or after `of`, it is the country", () => {
    expect(read("Kenya Barris met Foreign Minister Sergei Lavrov.")[0]).toBe("Kenya Barris -> Kenya Barris");
    expect(read("Kenya President William Ruto met Foreign Minister Sergei Lavrov.")[0]).toBe("William Ruto -> William Ruto (Kenya President)");
    expect(read("President of Kenya William Ruto met Foreign Minister Sergei Lavrov.")[0]).toBe("William Ruto -> William Ruto (President of Kenya)");
  });

  it("a country before a full name of several words is the country", () => {
    const { people } = findPeople("Greeting his counterpart from the Philippines Maria Theresa Lazaro, Foreign Minister Le Hoai Trung spoke of trade.", g);
    expect(people.map((p) => p.name)).not.toContain("Philippines Maria Theresa Lazaro");
  });
});

describe("Arabic names", () => {
  it("keep the article joined by a hyphen inside the name", () => {
    expect(read("Turkish President Recep Tayyip Erdogan met Egyptian President Abdel Fattah el-Sisi in Cairo.")).toEqual([
      "Recep Tayyip Erdogan -> Recep Tayyip Erdogan (Turkish President)",
      "Abdel Fattah el-Sisi -> Abdel Fattah el-Sisi (Egyptian President)",
    ]);
  });
});

describe("short forms two people share", () => {
  it("resolve to the one whose title the short form carries, and stay unresolved without one", () => {
    const text = "Pope Francis received Argentine President Javier Milei. He was accompanied by his sister Karina Milei, Secretary General of the Presidency. Later, President Milei met Cardinal Pietro Parolin. Milei left at noon.";
    const mentions = read(text);
    expect(mentions).toContain("Milei -> Javier Milei (President)");
    expect(mentions).toContain("Milei -> ?");
  });

  it("resolve, untitled, to the one of them named in full before it", () => {
    const text = "Argentine President Javier Milei met Pope Francis. Milei then held talks with Cardinal Pietro Parolin. His sister Karina Milei, Secretary General of the Presidency, was at his side. Milei left at noon.";
    expect(read(text).filter((m) => m.startsWith("Milei"))).toEqual(["Milei -> Javier Milei", "Milei -> ?"]);
  });
});

describe("church titles", () => {
  it("before a name are not part of it; a family name that is one stays a name", () => {
    const names = (text: string) => findPeople(text, g).people.map((p) => p.name);
    expect(names("President Javier Milei met Cardinal Pietro Parolin and Archbishop Paul Richard Gallagher.")).toEqual(["Javier Milei", "Pietro Parolin", "Paul Richard Gallagher"]);
    expect(names("Australian Foreign Minister Julie Bishop met Chinese Foreign Minister Wang Yi in Beijing.")).toEqual(["Julie Bishop", "Wang Yi"]);
  });
});

describe("words that only qualify a title", () => {
  it("make no person of a capitalised word after them (`the New Era`), and stay part of a full title", () => {
    expect(read("They signed a statement on a community with a shared future in the New Era.")).toEqual([]);
    expect(read("The new Prime Minister Shigeru Ishiba met Former President Moon Jae-in.")).toEqual([
      "Shigeru Ishiba -> Shigeru Ishiba (Prime Minister)",
      "Moon Jae-in -> Moon Jae-in (Former President)",
    ]);
  });
});

describe("names opening with an Arabic article", () => {
  it("`al-Sisi and …` ends one name before the next (`President Abdel Fattah al-Sisi and Turkish President …`)", () => {
    expect(read("President Abdel Fattah al-Sisi and Turkish President Recep Tayyip Erdogan in Ankara.")).toEqual([
      "Abdel Fattah al-Sisi -> Abdel Fattah al-Sisi (President)",
      "Recep Tayyip Erdogan -> Recep Tayyip Erdogan (Turkish President)",
    ]);
  });
});

describe("names listed with a known person, and misprinted short forms", () => {
  it("a full name joined by `and` to someone the reference data knows is a person's", () => {
    expect(read("Abdelmadjid Tebboune and Emmanuel Macron picked up the phone.")).toEqual(["Abdelmadjid Tebboune -> Abdelmadjid Tebboune", "Emmanuel Macron -> Emmanuel Macron"]);
    // Not across a comma (an appositive may follow).
    expect(read("Emmanuel Macron, Maison Blanche reporters said.")).toEqual(["Emmanuel Macron -> Emmanuel Macron"]);
  });

  it("a titled short form a misprint away from a full name's is that person (`Mr. Tebounne`)", () => {
    expect(read("Abdelmadjid Tebboune and Emmanuel Macron spoke. Mr. Tebounne thanked Mr. Macron.")).toEqual([
      "Abdelmadjid Tebboune -> Abdelmadjid Tebboune",
      "Emmanuel Macron -> Emmanuel Macron",
      "Tebounne -> Abdelmadjid Tebboune (Mr.)",
      "Macron -> Emmanuel Macron (Mr.)",
    ]);
    // Not in a family name from a closed stock, where one letter makes another name.
    expect(read("Prime Minister Kishida Fumio met Mr. Kishido.").map((m) => m.split(" -> ")[1])).not.toContain("Kishida Fumio (Mr.)");
  });
  it("a full name misprinted first and spelled right later is one person, whose short form is either's", () => {
    const { people } = findPeople("Prime Minister Pushpa Kamal Dhal met Indian Prime Minister Narendra Modi. The statement named H.E. Mr. Pushpa Kamal Dahal and H.E. Mr. Narendra Modi. PM Dahal told reporters the talks went well.", g);
    expect(people.map((p) => p.name)).toEqual(["Pushpa Kamal Dhal", "Narendra Modi"]);
  });
});

describe("appositives that are not titles", () => {
  it("a clause reporting speech after a comma is no title (`the Atlantic, Taoiseach Leo Varadkar said …`), and `home to` is no office", () => {
    expect(read("He wants the Executive restored before he arrives on this side of the Atlantic, Taoiseach Leo Varadkar said.")).toEqual(["Leo Varadkar -> Leo Varadkar (Taoiseach)"]);
    expect(read("The jets are stationed at Skrydstrup, home to Fighter Wing Skrydstrup, which has flown them for decades.")).toEqual([]);
  });
});

describe("business people", () => {
  it("a business person's description in lower case before a full name makes it a person's (`tech billionaire Elon Musk`)", () => {
    expect(read("Erdoğan pressed tech billionaire Elon Musk to invest.")).toEqual(["Elon Musk -> Elon Musk"]);
    expect(read("He spoke with Tesla founder Elon Musk.")).toEqual(["Elon Musk -> Elon Musk"]);
    // Not a description: a capitalised pair after another word is no one.
    expect(read("They met the tech team in Ankara.")).toEqual([]);
  });
});

describe("portfolios in titles", () => {
  it("a portfolio joined to another by `and` is part of the title, not a person (`UK Business and Trade Secretary`)", () => {
    expect(read("Piyush Goyal held talks with UK Business and Trade Secretary Jonathan Reynolds.")).toEqual(["Piyush Goyal -> Piyush Goyal", "Jonathan Reynolds -> Jonathan Reynolds (UK Business and Trade Secretary)"]);
    expect(read("He met Kenyan Interior and Immigration Minister Kipchumba Murkomen.")).toEqual(["Kipchumba Murkomen -> Kipchumba Murkomen (Kenyan Interior and Immigration Minister)"]);
    // A portfolio alone is no evidence of a person.
    expect(read("They discussed Digital Economy cooperation.")).toEqual([]);
  });
});

describe("articles that name many people", () => {
  const core =
    "Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi in Hanoi. Son said trade grew, and Wang agreed. Prime Minister Anthony Albanese met Premier Li Qiang; Albanese said Li was a friend. Annalena Baerbock sat down with Minister Karina Milei and President Javier Milei. Ms Baerbock thanked Milei. President Joko Widodo received Mr Widodo's guest. Secretary Antony Blinken met Ms Theresa Lazaro and Maria Theresa Lazaro.";

  it("resolve full names and short forms alike after twenty-five other people", () => {
    const given = ["Karl", "Jonas", "Pavel", "Ingrid", "Otto"];
    const family = ["Brenner", "Falkenrath", "Quistorp", "Wendling", "Zellweger"];
    const others = given.flatMap((a) => family.map((f) => `Deputy Minister ${a} ${f} attended.`)).join(" ");
    const few = read(core);
    expect(few).toEqual([
      "Bui Thanh Son -> Bui Thanh Son (Foreign Minister)",
      "Wang Yi -> Wang Yi (Chinese Foreign Minister)",
      "Son -> Bui Thanh Son",
      "Wang -> Wang Yi",
      "Anthony Albanese -> Anthony Albanese (Prime Minister)",
      "Li Qiang -> Li Qiang (Premier)",
      "Albanese -> Anthony Albanese",
      "Li -> Li Qiang",
      "Annalena Baerbock -> Annalena Baerbock",
      "Karina Milei -> Karina Milei (Minister)",
      "Javier Milei -> Javier Milei (President)",
      "Baerbock -> Annalena Baerbock (Ms)",
      "Milei -> ?",
      "Joko Widodo -> Joko Widodo (President)",
      "Widodo -> Joko Widodo (Mr)",
      "Antony Blinken -> Antony Blinken (Secretary)",
      "Theresa Lazaro -> Theresa Lazaro (Ms)",
      "Maria Theresa Lazaro -> Theresa Lazaro",
    ]);
    expect(read(`${others} ${core}`).slice(25)).toEqual(few);
  });

  it("compare a name with those sharing a word only while no more than twenty hold it", () => {
    const given = ["Karl", "Jonas", "Pavel", "Ingrid", "Otto", "Lena", "Mats", "Nils", "Olaf", "Per", "Rolf", "Sven", "Tore", "Ulf", "Vera", "Axel", "Bent", "Carl", "Dag", "Erik", "Finn", "Gerd"];
    const last = (n: number) => {
      const text = `${given.slice(0, n).map((a) => `Deputy Minister ${a} Brenner attended.`).join(" ")} Deputy Minister Karlo Brenner spoke. Minister Karl Brenner left.`;
      const { people, mentions } = findPeople(text, g);
      return { people: people.length, last: mentions.slice(-2).map((m) => m.person) };
    };
    // `Karlo Brenner` is a misprint of Karl Brenner while `Brenner` tells people apart.
    expect(last(3)).toEqual({ people: 3, last: [0, 0] });
    expect(last(21)).toEqual({ people: 20, last: [0, 0] });
    expect(last(22)).toEqual({ people: 22, last: [21, 0] });
  });
});
