/**
 * Deterministic distractor articles: invented wire stories that share the briefing's vocabulary
 * (diplomacy, trade, sanctions, missiles, elections) but none of its people or places, so a larger
 * folder tests whether ranking still puts the briefing's own answers first, and whether the engine
 * scales, without depending on any real news archive.
 *
 * Each article is drawn from its own PRNG stream (seed, index), so the first 100 articles of a
 * 3,000-article run are exactly the 100 of a 100-article run and the sizes nest.
 *
 * @example
 * const articles = generateDistractors(100, 7);
 * // articles[0].file === 'distractor-00000.txt'; articles[0].text starts with its title line
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../src/corpus/page-header.ts';

/** A small, fast 32-bit PRNG: enough for test data, identical on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes the run's seed with an article index so each article has an independent stream. */
function streamSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

class Draw {
  constructor(private readonly next: () => number) {}

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

const WOMEN = [
  'Ilse',
  'Adaeze',
  'Leilani',
  'Oksana',
  'Ingrid',
  'Sofia',
  'Amara',
  'Camila',
  'Nadia',
  'Greta',
  'Zara',
  'Priya',
  'Selin',
  'Mirela',
  'Hana',
  'Lucia',
  'Aiko',
  'Ines',
  'Rania',
  'Thandiwe',
  'Marisol',
  'Elif',
] as const;

const MEN = [
  'Marek',
  'Tomas',
  'Farid',
  'Rafael',
  'Kwame',
  'Dmitri',
  'Henrik',
  'Yusuf',
  'Teodor',
  'Emeka',
  'Anselm',
  'Matteo',
  'Lukas',
  'Ruben',
  'Osei',
  'Viktor',
  'Bram',
  'Casimir',
  'Jonas',
  'Stellan',
  'Goran',
  'Pavel',
] as const;

const FIRST_NAMES = [...WOMEN, ...MEN] as const;

const LAST_NAMES = [
  'Varga',
  'Kowalczyk',
  'Okonjo',
  'Lindqvist',
  'Haddad',
  'Petrenko',
  'Almeida',
  'Brandt',
  'Mensah',
  'Rossi',
  'Novak',
  'Quiroga',
  'Halvorsen',
  'Demir',
  'Castellanos',
  'Vukovic',
  'Achterberg',
  'Nwosu',
  'Sandoval',
  'Karlsson',
  'Moravec',
  'Tanaka-Berg',
  'Ferreira',
  'Ivanescu',
  'Obradovic',
  'Marchetti',
  'Szabo',
  'Ekwueme',
  'Lindholm',
  'Barrow',
  'Dumitru',
  'Falk',
  'Oyelaran',
  'Vasquez',
  'Horvath',
  'Kristiansen',
  'Zeller',
  'Amoah',
  'Radu',
  'Strand',
  'Kaya',
  'Delacroix',
  'Mbeki-Hart',
  'Sorensen',
  'Ortega',
  'Wendt',
  'Cazacu',
  'Adeyemi',
] as const;

/** Invented states: the distractors must never name the briefing's countries. */
const COUNTRIES = [
  'Valdoria',
  'Ostrenia',
  'Karsovia',
  'Meridia',
  'Tavany',
  'Eskand',
  'Lusatia',
  'Borvania',
  'Quenland',
  'Arvelle',
  'Drosnia',
  'Kelmark',
  'Solvane',
  'Ystria',
  'Maravia',
  'Corvenia',
  'Tarsis',
  'Novaterra',
] as const;

const CITIES = [
  'Lisbon',
  'Geneva',
  'Nairobi',
  'Jakarta',
  'Brussels',
  'Vienna',
  'Ankara',
  'Hanoi',
  'Doha',
  'Oslo',
  'Santiago',
  'Warsaw',
  'Manila',
  'Addis Ababa',
  'Tbilisi',
  'Montevideo',
  'Accra',
  'Valletta',
  'Riga',
  'Port Marren',
  'Velgrad',
  'Ostrava Nova',
  'San Aurelio',
  'Kessendorf',
  'Lake Amaro',
  'Tirvasi',
  'Braskow',
] as const;

const ORGS = [
  'the Institute for Regional Security',
  'the Centre for Trade Policy',
  'the Atlantic Development Bank',
  'the Coastal States Forum',
  'the Northern Energy Council',
  'the United Farmers Union',
  'the Eskand Chamber of Commerce',
  'the Global Elections Observatory',
  'the Maritime Law Foundation',
  'the Council on Arms Control',
  'the Valdorian Central Bank',
  'the Continental Health Agency',
] as const;

const MINISTRIES = [
  'Finance Minister',
  'Foreign Minister',
  'Defense Minister',
  'Trade Minister',
  'Interior Minister',
  'Energy Minister',
  'Prime Minister',
  'President',
  'Deputy Foreign Minister',
  'Economy Minister',
  'Health Minister',
  'Justice Minister',
] as const;

const ROLES = [
  'director',
  'chief economist',
  'senior fellow',
  'spokeswoman',
  'spokesman',
  'secretary-general',
  'head of research',
  'deputy director',
  'chairman',
  'legal adviser',
] as const;

interface Topic {
  title: readonly string[];
  subject: readonly string[];
  action: readonly string[];
  detail: readonly string[];
  quote: readonly string[];
}

/**
 * Topic grammars. `{C}`, `{D}`, `{Y}` stand for a country, another country and a city; every
 * sentence is assembled from a few parts, so the vocabulary overlaps without repeating paragraphs.
 */
const TOPICS: readonly Topic[] = [
  {
    title: [
      '{C} and {D} agree to resume talks after months of stalemate',
      'Diplomats meet in {Y} as {C} seeks new partners',
      '{C} recalls ambassador in row with {D}',
    ],
    subject: ['the foreign ministers', 'the two delegations', 'senior diplomats from {C}', 'the envoys'],
    action: [
      'agreed to hold a second round of talks',
      'issued a joint declaration on regional stability',
      'failed to agree on the wording of a final statement',
      'pledged to restore full diplomatic relations',
      'discussed a roadmap for normalising ties',
    ],
    detail: [
      'after two days of closed-door meetings in {Y}',
      'despite deep differences over the disputed border',
      'with observers from {D} attending for the first time',
      'as allies pressed both sides to show flexibility',
      'in what officials described as a frank exchange of views',
    ],
    quote: [
      'dialogue is the only path to lasting peace in the region',
      'we came here to listen, and we leave with a clearer picture of what is possible',
      'no agreement is better than an agreement that ignores our security',
      'our partners and allies must stand together on this issue',
      'the door to diplomacy remains open, but patience is not unlimited',
    ],
  },
  {
    title: [
      '{C} imposes tariffs on steel imports from {D}',
      'Trade talks between {C} and {D} stall over farm subsidies',
      'Exporters in {C} brace for new customs rules',
    ],
    subject: ['the trade ministry', 'exporters in {C}', 'the customs authority', 'negotiators from {D}'],
    action: [
      'announced tariffs of up to 25 percent on imported steel',
      'warned that the dispute could disrupt supply chains',
      'proposed a phased reduction of agricultural subsidies',
      'filed a complaint with the regional trade tribunal',
      'reported a sharp fall in grain shipments',
    ],
    detail: [
      'in the third quarter of the year',
      'amid a growing trade deficit with {D}',
      'after a surge in cheap imports hurt local producers',
      'according to figures released by the statistics office',
      'as farmers protested outside parliament in {Y}',
    ],
    quote: [
      'we will defend our industry against unfair competition',
      'these tariffs will hurt consumers far more than they help producers',
      'a trade war benefits no one, least of all the workers in our factories',
      'our door is open to a fair deal that respects both economies',
      'the numbers show that exports are recovering faster than expected',
    ],
  },
  {
    title: [
      'New sanctions target {C} banks and shipping firms',
      '{D} expands sanctions over {C} crackdown',
      'Sanctions on {C} begin to bite, officials say',
    ],
    subject: ['the government of {D}', 'the regional bloc', 'finance officials', 'the sanctions committee'],
    action: [
      'froze the assets of eleven banks and four shipping companies',
      'added two dozen officials to its sanctions list',
      'tightened export controls on dual-use technology',
      'eased some restrictions on humanitarian deliveries',
      'accused {C} of evading sanctions through front companies',
    ],
    detail: [
      'in response to the arrest of opposition leaders',
      'following a report by independent monitors',
      'in coordination with partners in {Y}',
      'after months of warnings went unheeded',
      'while leaving room for negotiations',
    ],
    quote: [
      'sanctions are a tool to change behaviour, not to punish ordinary people',
      'these measures will remain in place until the political prisoners are released',
      'we have evidence that the regime is using shell companies to move money abroad',
      'the sanctions have cut off the main sources of revenue for the military',
      'economic pressure alone will not solve this crisis',
    ],
  },
  {
    title: [
      '{C} test-fires ballistic missile, alarming neighbours',
      '{C} unveils long-range missile at military parade',
      'Missile launch by {C} prompts emergency meeting',
    ],
    subject: ['the military of {C}', 'the defence ministry', 'army officials', 'analysts in {Y}'],
    action: [
      'launched a short-range ballistic missile into the sea',
      'displayed a new intercontinental missile at a parade in the capital',
      'conducted a test of a solid-fuel rocket engine',
      'said the missile flew more than 600 kilometres',
      'announced joint military exercises with {D}',
    ],
    detail: [
      'early on {W} morning',
      'in violation of a regional arms control agreement',
      'days before a summit of defence ministers',
      'according to the joint chiefs of staff of {D}',
      'in what experts called a show of force',
    ],
    quote: [
      'this launch is a serious threat to the security of the whole region',
      'we will not be intimidated by missile tests or military parades',
      'the test shows that their weapons programme is advancing faster than anyone expected',
      'our forces are ready to respond to any provocation',
      'nuclear disarmament must remain the common goal of all parties',
    ],
  },
  {
    title: [
      'Voters in {C} head to the polls in tight election',
      'Opposition in {C} claims fraud after disputed vote',
      '{C} election result delayed as recount begins',
    ],
    subject: ['the electoral commission', 'opposition parties', 'international observers', 'voters in {Y}'],
    action: [
      'reported a turnout of about 62 percent',
      'demanded a recount in three provinces',
      'declared the governing party the winner by a narrow margin',
      'said the campaign had been marred by intimidation',
      'postponed the announcement of final results',
    ],
    detail: [
      'after polling stations closed late on {W}',
      'amid allegations of vote buying',
      'in the first election since the constitutional reform',
      'with the economy and corruption the main issues',
      'while thousands gathered in the central square of {Y}',
    ],
    quote: [
      'the people have spoken, and we will respect their decision',
      'this election was neither free nor fair',
      'we saw long queues but very few irregularities',
      'democracy is stronger when every vote is counted in public',
      'we will challenge these results in the courts',
    ],
  },
  {
    title: [
      'Human rights groups accuse {C} of abuses in detention camps',
      'Activists in {C} defy ban on protest leaflets',
      'Rights report details surveillance and torture in {C}',
    ],
    subject: ['human rights groups', 'the special rapporteur', 'activists in {Y}', 'former detainees'],
    action: [
      'documented systematic abuses in prison camps',
      'called for an independent investigation into the deaths',
      'sent leaflets across the border despite a new law',
      'urged the government to release political prisoners',
      'described widespread surveillance of journalists',
    ],
    detail: [
      'in a report published on {W}',
      'based on interviews with more than 200 witnesses',
      'despite threats of prosecution',
      'as the government denied all accusations',
      'ahead of a vote at the human rights council in {Y}',
    ],
    quote: [
      'the violations are systematic and widespread',
      'no government can hide behind sovereignty when its people are tortured',
      'we are asking for access to the camps, nothing more',
      'these accusations are lies spread by hostile foreign powers',
      'human rights and security must go hand in hand',
    ],
  },
  {
    title: [
      'Central bank of {C} raises rates to fight inflation',
      'Inflation in {C} reaches highest level in a decade',
      '{C} unveils budget with deep spending cuts',
    ],
    subject: ['the central bank', 'the finance ministry', 'economists in {Y}', 'the statistics office'],
    action: [
      'raised its benchmark interest rate by half a percentage point',
      'cut its growth forecast for next year',
      'reported that consumer prices rose 9 percent',
      'presented a budget that reduces public spending',
      'warned that energy costs would stay high',
    ],
    detail: [
      'for the fourth time this year',
      'as the currency fell against the dollar',
      'after a surge in food and fuel prices',
      'in a statement released on {W}',
      'despite pressure from business groups',
    ],
    quote: [
      'price stability is the foundation of sustainable growth',
      'households are feeling the pain, and we cannot ignore it',
      'the worst of the inflation is behind us',
      'we expect growth to return in the second half of the year',
      'cutting spending now risks pushing the economy into recession',
    ],
  },
  {
    title: [
      '{C} signs energy pipeline deal with {D}',
      'Power shortages spread across {C} as winter begins',
      '{C} bets on offshore wind to cut gas imports',
    ],
    subject: ['the energy ministry', 'the state utility', 'grid operators', 'investors from {D}'],
    action: [
      'signed a twenty-year agreement to build a gas pipeline',
      'announced rolling blackouts in several regions',
      'approved three offshore wind farms',
      'raised electricity prices for industrial users',
      'secured financing from a regional development bank',
    ],
    detail: [
      'at a ceremony in {Y}',
      'as reservoirs fell to record lows',
      'to reduce dependence on imported fuel',
      'after years of delays',
      'under pressure to meet climate targets',
    ],
    quote: [
      'energy security is national security',
      'this deal will keep the lights on for a generation',
      'we cannot build our future on imported gas',
      'the grid was never designed for this kind of demand',
      'renewables are now the cheapest source of power we have',
    ],
  },
];

/** Topic-free sentences wire copy is full of; they dilute term frequencies the way real text does. */
const BACKGROUND = [
  'The ministry did not respond to a request for comment.',
  'The talks are expected to continue next week in {Y}.',
  '{C} has a population of about {N} million and borders {D} to the north.',
  'The government in {C} has faced growing criticism at home over the cost of living.',
  'Relations between {C} and {D} have been strained since a border incident {N} years ago.',
  'The agreement still has to be approved by parliament, where the governing coalition holds a slim majority.',
  'Several hundred people demonstrated outside the venue, some carrying banners.',
  'Neither side gave details of a timetable.',
  'The statement made no mention of the earlier dispute.',
  'Officials in {D} declined to comment on the record.',
] as const;

const SAY_VERBS = ['said', 'said', 'said', 'added', 'warned', 'noted', 'insisted', 'argued'] as const;
const NARRATIVE_LINKS = [
  'Officials said',
  'It was not immediately clear whether',
  'Analysts said',
  'Diplomats said privately that',
  'Critics argued that',
  'Local media reported that',
] as const;

interface Person {
  first: string;
  last: string;
  /** Title used before the full name on first mention ("Finance Minister"). */
  title: string;
  /** Role used in the appositive form ("the director of the Institute ..."). */
  role: string;
  female: boolean;
  mentioned: boolean;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

class ArticleWriter {
  private readonly people: Person[];
  private readonly country: string;
  private readonly other: string;
  private readonly city: string;
  private readonly main: Topic;
  private readonly side: Topic;
  private lastSpeaker: Person | null = null;

  constructor(private readonly d: Draw) {
    this.main = d.pick(TOPICS);
    this.side = d.pick(TOPICS);
    this.country = d.pick(COUNTRIES);
    let other = d.pick(COUNTRIES);
    while (other === this.country) other = d.pick(COUNTRIES);
    this.other = other;
    this.city = d.pick(CITIES);
    this.people = Array.from({ length: d.int(2, 4) }, () => this.person());
  }

  private person(): Person {
    const d = this.d;
    const official = d.chance(0.6);
    const female = d.chance(0.5);
    return {
      first: d.pick(female ? WOMEN : MEN),
      last: d.pick(LAST_NAMES),
      title: official ? `${d.pick([this.country, this.other, ''])} ${d.pick(MINISTRIES)}`.trim() : '',
      role: `${d.pick(ROLES)} of ${d.pick(ORGS)}`,
      female,
      mentioned: false,
    };
  }

  private fill(template: string): string {
    return template
      .replaceAll('{C}', this.country)
      .replaceAll('{D}', this.other)
      .replaceAll('{Y}', this.d.chance(0.7) ? this.city : this.d.pick(CITIES))
      .replaceAll('{W}', this.d.pick(WEEKDAY_NAMES))
      .replaceAll('{N}', String(this.d.int(2, 40)));
  }

  /** First mention: title and full name; later: honorific or surname, as wire copy does. */
  private name(p: Person): string {
    if (!p.mentioned) {
      p.mentioned = true;
      return p.title ? `${p.title} ${p.first} ${p.last}` : `${p.first} ${p.last}`;
    }
    if (this.d.chance(0.5)) return `${p.female ? 'Ms.' : 'Mr.'} ${p.last}`;
    return p.last;
  }

  private speaker(): Person {
    const p = this.d.chance(0.3) && this.lastSpeaker ? this.lastSpeaker : this.d.pick(this.people);
    this.lastSpeaker = p;
    return p;
  }

  /** Most sentences are about the article's main topic; a quarter stray into a second one. */
  private get topic(): Topic {
    return this.d.chance(0.75) ? this.main : this.side;
  }

  private quote(): string {
    const base = this.fill(this.d.pick(this.topic.quote));
    if (this.d.chance(0.35))
      return `${capitalise(base)}. ${capitalise(this.fill(this.d.pick(this.topic.quote)))}`;
    return capitalise(base);
  }

  private clause(): string {
    const t = this.topic;
    const d = this.d;
    return this.fill(`${d.pick(t.subject)} ${d.pick(t.action)} ${d.pick(t.detail)}`);
  }

  private when(): string {
    const d = this.d;
    return d.pick([
      `on ${d.pick(WEEKDAY_NAMES)}`,
      `in ${d.pick(MONTH_NAMES)}`,
      'this week',
      'last month',
      'earlier this year',
    ]);
  }

  /** One sentence; two in five carry a direct or reported quote in one of the forms wire copy uses. */
  sentence(): string {
    const d = this.d;
    const roll = d.int(0, 9);
    if (roll === 9) return this.fill(d.pick(BACKGROUND));
    if (roll >= 4) {
      const lead = d.chance(0.3) ? `${d.pick(NARRATIVE_LINKS)} ` : '';
      const tail = d.chance(0.3) ? `, ${this.fill(d.pick(this.topic.detail))}` : '';
      const body = this.clause();
      return `${lead ? lead + body : capitalise(body)} ${this.when()}${tail}.`;
    }
    const p = this.speaker();
    const q = this.quote();
    switch (d.int(0, 6)) {
      case 0:
        return `“${q},” ${this.name(p)} ${d.pick(SAY_VERBS)}.`;
      case 1:
        return `${this.name(p)} said: “${q}.”`;
      case 2: {
        const full = `${p.first} ${p.last}`;
        p.mentioned = true;
        return `“${q},” said ${full}, the ${p.role}.`;
      }
      case 3:
        return `${this.name(p)} told reporters in ${this.fill('{Y}')} that ${this.clause()}.`;
      case 4:
        return `According to ${this.name(p)}, ${this.clause()}.`;
      case 5:
        return `${this.name(p)} said ${this.when()} that ${this.clause()}.`;
      default:
        return p.mentioned
          ? `“${q},” ${p.female ? 'she' : 'he'} ${d.pick(SAY_VERBS)}.`
          : `“${q},” ${this.name(p)} said in an interview.`;
    }
  }

  paragraph(): string {
    const n = this.d.pick([1, 1, 2, 2, 2, 3, 3, 4]);
    return Array.from({ length: n }, () => this.sentence()).join(' ');
  }

  write(): string {
    const d = this.d;
    const title = this.fill(d.pick(this.topic.title));
    const reporter = `${d.pick(FIRST_NAMES)} ${d.pick(LAST_NAMES)}`;
    const byline = d.chance(0.5) ? `By ${reporter}` : `${reporter}, correspondent in ${this.city}`;
    const dateline = this.city.toUpperCase();
    const lead = `${dateline} – ${capitalise(this.clause())} ${this.when()}. ${this.sentence()}`;
    const body = Array.from({ length: d.int(7, 15) }, () => this.paragraph());
    const blocks = [title, byline, lead, ...body];
    if (d.chance(0.4))
      blocks.push(`Reporting by ${reporter}; editing by ${d.pick(FIRST_NAMES)} ${d.pick(LAST_NAMES)}`);
    return `${blocks.join('\n\n')}\n`;
  }
}

export interface GeneratedArticle {
  /** File name, unique and sorted after typical seed names. */
  file: string;
  text: string;
}

/** One distractor article; depends only on (seed, index). */
export function generateArticle(seed: number, index: number): GeneratedArticle {
  const writer = new ArticleWriter(new Draw(mulberry32(streamSeed(seed, index))));
  return { file: `distractor-${String(index).padStart(5, '0')}.txt`, text: writer.write() };
}

export function generateDistractors(count: number, seed: number): GeneratedArticle[] {
  return Array.from({ length: count }, (_, i) => generateArticle(seed, i));
}

/**
 * Writes a temporary briefing folder: copies of the seed articles plus `count` distractors.
 * The caller removes it with `rm(dir, { recursive: true })`.
 */
export async function writeBenchFolder(seedsDir: string, count: number, seed: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `briefing-bench-${count}-`));
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(seedsDir)) {
    if (/\.(txt|md)$/i.test(name)) await copyFile(join(seedsDir, name), join(dir, name));
  }
  const articles = generateDistractors(count, seed);
  // Batches keep the number of open files bounded without serialising thousands of small writes.
  for (let i = 0; i < articles.length; i += 64) {
    await Promise.all(articles.slice(i, i + 64).map((a) => writeFile(join(dir, a.file), a.text)));
  }
  return dir;
}

export async function removeBenchFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
