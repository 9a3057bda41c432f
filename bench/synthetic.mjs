// A generator of synthetic coverage with the variation of the test corpus: spelling and
// order variants, round-ups, wire copies, relative and day-first dates, conflicting figures,
// and the same people meeting again and again. Deterministic for a given seed.

const VI_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"];
const VI_MIDDLE = ["Văn", "Thị", "Thanh", "Minh", "Hoài", "Quốc", "Đức", "Hữu", "Xuân", "Thành"];
const VI_GIVEN = ["Sơn", "Trung", "Chính", "Hùng", "Dũng", "Long", "Phúc", "Quang", "Vinh", "Tuấn", "Hải", "Khánh", "Nam", "Bình", "Thắng", "Hiếu", "Lâm", "Tâm"];
const ZH_FAMILY = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Sun"];
const ZH_GIVEN = ["Yi", "Ning", "Qiang", "Wei", "Jun", "Ming", "Hua", "Lei", "Bo", "Tao", "Gang", "Feng"];
const JA_FAMILY = ["Motegi", "Kamikawa", "Hayashi", "Iwaya", "Suzuki", "Tanaka", "Kishida", "Kono", "Okada", "Ueda"];
const JA_GIVEN = ["Toshimitsu", "Yoko", "Yoshimasa", "Takeshi", "Hiroshi", "Kenji", "Taro", "Akiko", "Naoki", "Shigeru"];
const TH_GIVEN = ["Maris", "Sihasak", "Parnpree", "Don", "Somchai", "Anutin", "Prasert", "Kittipong"];
const TH_FAMILY = ["Sangiampongsa", "Phuangketkeow", "Bahiddha-Nukara", "Pramudwinai", "Wongsuwan", "Charoensuk"];
const KM_NAMES = ["Prak Sokhonn", "Sok Chenda Sophea", "Hun Manet", "Sun Chanthol", "Chea Vandeth", "Keo Rithy"];
const PH_NAMES = ["Enrique Manalo", "Maria Theresa Lazaro", "Gilberto Teodoro", "Jose Santos", "Ramon Cruz"];
const ID_NAMES = ["Retno Marsudi", "Sugiono", "Budi Santoso", "Arief Wibowo"];

const COUNTRIES = {
  VN: { name: "Vietnam", demonym: "Vietnamese", cities: ["Hanoi", "Da Nang", "Ho Chi Minh City"], zone: "Asia/Ho_Chi_Minh", dayFirst: true },
  CN: { name: "China", demonym: "Chinese", cities: ["Beijing", "Kunming", "Nanning", "Shanghai"], zone: "Asia/Shanghai", dayFirst: false },
  JP: { name: "Japan", demonym: "Japanese", cities: ["Tokyo", "Osaka"], zone: "Asia/Tokyo", dayFirst: false },
  TH: { name: "Thailand", demonym: "Thai", cities: ["Bangkok", "Chiang Mai"], zone: "Asia/Bangkok", dayFirst: true },
  KH: { name: "Cambodia", demonym: "Cambodian", cities: ["Phnom Penh", "Siem Reap"], zone: "Asia/Phnom_Penh", dayFirst: true },
  PH: { name: "the Philippines", demonym: "Philippine", cities: ["Manila", "Cebu"], zone: "Asia/Manila", dayFirst: false },
  ID: { name: "Indonesia", demonym: "Indonesian", cities: ["Jakarta", "Bali"], zone: "Asia/Jakarta", dayFirst: true },
  MY: { name: "Malaysia", demonym: "Malaysian", cities: ["Kuala Lumpur", "Penang"], zone: "Asia/Kuala_Lumpur", dayFirst: true },
};
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const TOPICS = ["trade and investment", "maritime cooperation", "border management", "energy transition", "tourism links", "digital economy", "food security", "railway connectivity", "education exchanges", "fisheries", "supply chains", "climate adaptation", "semiconductors", "agriculture"];

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

const strip = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");

function makePeople(rand, n) {
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const people = [];
  const seen = new Set();
  const codes = Object.keys(COUNTRIES);
  for (let i = 0; people.length < n && i < n * 20; i++) {
    const country = codes[Math.floor(rand() * codes.length)];
    let full, short, alt;
    if (country === "VN") { full = `${pick(VI_FAMILY)} ${pick(VI_MIDDLE)} ${pick(VI_GIVEN)}`; short = full.split(" ")[2]; alt = strip(full); }
    else if (country === "CN") { full = `${pick(ZH_FAMILY)} ${pick(ZH_GIVEN)}`; short = full.split(" ")[0]; alt = full; }
    else if (country === "JP") { const f = pick(JA_FAMILY), g = pick(JA_GIVEN); full = `${f} ${g}`; short = f; alt = `${g} ${f}`; }
    else if (country === "TH") { const g = pick(TH_GIVEN); full = `${g} ${pick(TH_FAMILY)}`; short = g; alt = full; }
    else if (country === "KH") { full = pick(KM_NAMES); short = full; alt = full; }
    else if (country === "PH") { full = pick(PH_NAMES); short = full.split(" ").at(-1); alt = full; }
    else if (country === "ID") { full = pick(ID_NAMES); short = full.split(" ")[0]; alt = full; }
    else { full = `${pick(["Ahmad", "Mohamad", "Zambry", "Anwar"])} ${pick(["Hasan", "Kadir", "Ibrahim", "Razak"])}`; short = full.split(" ")[0]; alt = full; }
    const key = `${country}:${strip(full)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    people.push({ full, short, alt, country, title: pick(["Foreign Minister", "Minister of Foreign Affairs", "Deputy Prime Minister", "Minister of Trade"]) });
  }
  return people;
}

const pad = (n) => String(n).padStart(2, "0");
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d, n) => new Date(d.getTime() + n * 86_400_000);
const weekday = (d) => WEEKDAYS[(d.getUTCDay() + 6) % 7];

/**
 * Synthetic articles about `meetings` meetings (about 2.5 articles each). Returns the articles
 * and the truth: which meeting each article reports.
 */
export function generateCorpus({ articles: target = 1000, seed = 1, startDay = 0, spanDays = 1000, people: given = null, firstId = 0 } = {}) {
  const rand = rng(seed);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const people = given ?? makePeople(rand, Math.max(40, Math.round(target / 25)));
  const meetings = [];
  const start = Date.UTC(2023, 0, 2) + startDay * 86_400_000;
  const articles = [];
  let id = firstId;
  while (articles.length < target) {
    // Pairs of people meet again on other days: pick from recent pairs a third of the time.
    let a, b;
    if (meetings.length > 5 && rand() < 0.33) ({ a, b } = meetings[Math.floor(rand() * meetings.length)]);
    else { a = pick(people); do b = pick(people); while (b === a || b.country === a.country); }
    const date = addDays(new Date(start), Math.floor(rand() * spanDays));
    const host = rand() < 0.5 ? a : b;
    const city = pick(COUNTRIES[host.country].cities);
    const trade = Math.round(5 + rand() * 40);
    const topic = pick(TOPICS);
    const m = { id: `m${meetings.length}`, a, b, date, city, trade, topic, articles: [] };
    meetings.push(m);
    const copies = 1 + Math.floor(rand() * 4);
    let wire = null;
    for (let c = 0; c < copies && articles.length < target; c++) {
      const outletCountry = pick([a.country, b.country, "VN"]);
      const outlet = COUNTRIES[outletCountry];
      const published = addDays(date, Math.floor(rand() * 3));
      let text;
      if (wire && rand() < 0.5) {
        text = wire.replace(/\n[^\n]*$/, ""); // a republished copy with the last paragraph trimmed
      } else {
        text = writeArticle(rand, m, outlet, published, rand() < 0.08 ? Math.round(trade * 1.4) : trade);
        wire = text;
      }
      // Round-up: a second meeting of one side on the same day.
      if (rand() < 0.15) {
        const c2 = pick(people.filter((p) => p !== a && p !== b && p.country !== a.country));
        if (c2) {
          const m2 = { id: `m${meetings.length}`, a, b: c2, date, city, trade: Math.round(5 + rand() * 40), topic: pick(TOPICS), articles: [] };
          meetings.push(m2);
          text += `\n\nOn the same day, ${a.short} also met ${COUNTRIES[c2.country].demonym} ${c2.title} ${c2.full}, and the two discussed ${m2.topic}.`;
          m2.articles.push(`syn-${id}`);
        }
      }
      const article = { id: `syn-${id}`, text, outlet: `${outlet.name} Daily`, publishedAt: iso(published), timezone: outlet.zone };
      if (rand() < 0.05) delete article.publishedAt;
      articles.push(article);
      m.articles.push(article.id);
      id++;
    }
  }
  return { articles, meetings };
}

/**
 * A firehose: `articles` synthetic articles yielded lazily in roughly publication order, about
 * `perDay` a day, the same pool of people meeting again and again. Memory stays small however
 * many are asked for.
 */
export function* streamCorpus({ articles: total = 1_000_000, seed = 1, perDay = 100, chunk = 2000 } = {}) {
  const people = makePeople(rng(seed), 4000);
  const span = Math.max(1, Math.round(chunk / perDay));
  for (let done = 0, c = 0; done < total; c++) {
    const n = Math.min(chunk, total - done);
    const { articles } = generateCorpus({ articles: n, seed: seed * 7919 + c, startDay: c * span, spanDays: span, people, firstId: done });
    articles.sort((x, y) => (x.publishedAt ?? "").localeCompare(y.publishedAt ?? "") || x.id.localeCompare(y.id, "en"));
    yield* articles;
    done += n;
  }
}

function writeArticle(rand, m, outlet, published, trade) {
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const { a, b, date, city } = m;
  const nameA = rand() < 0.5 ? a.full : a.alt;
  const nameB = rand() < 0.5 ? b.full : b.alt;
  const demA = COUNTRIES[a.country].demonym;
  const demB = COUNTRIES[b.country].demonym;
  const daysBefore = Math.round((published - date) / 86_400_000);
  const when = pick([
    `on ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`,
    `on ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`,
    daysBefore <= 6 ? `on ${weekday(date)}` : `on ${MONTHS[date.getUTCMonth()].slice(0, 3)}. ${date.getUTCDate()}`,
    daysBefore === 1 ? "yesterday" : `on ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`,
  ]);
  const dateline = pick([`${pick(Object.values(COUNTRIES)).cities[0].toUpperCase()} —`, `${city} (Wire) –`, ""]);
  const lead = pick([
    `${dateline} ${demA} ${a.title} ${nameA} met ${demB} ${b.title} ${nameB} in ${city} ${when}, and the two sides agreed to deepen cooperation in ${m.topic}.`,
    `${dateline} ${demA} ${a.title} ${nameA} held talks with ${demB} ${b.title} ${nameB} ${when} in ${city}, focusing on ${m.topic}.`,
    `${dateline} ${demB} ${b.title} ${nameB} and his ${demA} counterpart ${nameA} held talks in ${city} ${when}.`,
  ]).trim();
  const body = [
    `${a.short} said the two countries should lift two-way trade to US$${trade} billion by ${date.getUTCFullYear() + 3}.`,
    `${b.short} welcomed the proposal and suggested regular exchanges on ${pick(TOPICS)} and ${pick(TOPICS)}.`,
    `The two sides also agreed to convene the ${ordinal(1 + Math.floor(rand() * 20))} meeting of their joint commission on ${m.topic} next year.`,
    pick(["![]() |\nThe two ministers at their talks. Photo: Wire |", "Comment (0)", "Source: wire", ""]),
  ];
  return [lead, ...body].filter(Boolean).join("\n\n");
}

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `12th`, `13th`, `21st`, … */
function ordinal(n) {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th");
  return `${n}${suffix}`;
}
