/**
 * Statements of one article: who said what, where. The article is read twice. The first pass splits
 * each body paragraph into units, masks its quotes, finds the attribution cues of each unit and the
 * persons it names (and whether "he" or "she" follows them). The second pass gives every quote a
 * source and turns attributed sentences into reported statements:
 *
 * - a quote takes the cue next to it ("“…,” Roe said", "Roe said: “…”", "… ” ― Jane Roe"), else the
 *   cue of its sentence, else the subject of its sentence ("Roe branded it “a farce”");
 * - a quote with none takes the name of a bare attribution that follows ("“…” Roe said."), the
 *   speaker of the sentence before it in the paragraph, or, when its paragraph opens with it, the
 *   speaker that ended the paragraph before (a quote running over paragraphs repeats its opening mark);
 * - "he" and "she" go to the nearest compatible person (see `ArticlePersons`);
 * - a sentence whose cue has a clause of its own ("Roe said the plan would fail") is an indirect
 *   statement: the reported clause, or the whole sentence when the clause cannot be told apart.
 *
 * A place is taken from the text only: the cue's own words ("told reporters in Lyon", "speaking in
 * Graz", "a Lyon-based analyst"), an opening phrase ("In Lyon, …"), or the previous statement of the
 * same speaker in the paragraph. Never the dateline.
 */
import { datelineLength } from '../corpus/dateline.ts';
import type { Article } from '../corpus/types.ts';
import { matchesOf } from '../matches.ts';
import {
  type Cue,
  colonCue,
  coordinatedSubject,
  creditCue,
  cueWith,
  findCues,
  inSubordinateClause,
  scoreCues,
} from './cues.ts';
import {
  AFFILIATION_WORDS,
  CORE_SPEECH_VERBS,
  FEMALE_PRONOUNS,
  FUNCTION_WORDS,
  GROUP_WORDS,
  IRREGULAR_PASTS,
  MALE_PRONOUNS,
  MONTHS_AND_DAYS,
  NAME_ABBREVIATIONS,
  OBJECT_OPENERS,
  PEOPLE_PLURALS,
  PREPOSITIONS,
  RECOLLECTION_VERBS,
  SAID_NOUNS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  STATEMENT_NOUNS,
  TELL_FORMS,
  TIME_WORDS,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
  wordTest,
} from './lexicon.ts';
import {
  genderOfWords,
  isHonorific,
  isNounPhraseWord,
  isTitleWord,
  type Mention,
  nameKey,
  parseMention,
} from './mentions.ts';
import { ArticlePersons } from './persons.ts';
import {
  clauseStarts,
  clauseSubject,
  describedOpener,
  FINITE,
  isFiller,
  SUBORDINATORS,
  subordinateSubject,
} from './phrases.ts';
import {
  cleanPlace,
  OCCASION_PARTICIPLES,
  occasionPlace,
  onIsTopic,
  type Told,
  takesAudience,
  toldAfter,
} from './places.ts';
import { findQuotes, type QuoteSpan } from './quotes.ts';
import {
  bare,
  cutToken,
  isNameWord,
  isPossessive,
  MASK,
  type Token,
  tokenize,
  tokenizeRange,
  uncased,
} from './tokens.ts';
import type { StatementKind } from './types.ts';
import { groupUnits, maskQuotes, remember, type Unit } from './units.ts';

/** A statement before speakers are unified across the briefing. */
export interface RawStatement {
  mention: Mention;
  /** The article's key for the speaker: a short name resolved to the full one ("blinken" → "jane roe"). */
  key: string;
  /** The article shows the speaker to be a person (a full name, a title, or "he"/"she" after them). */
  person: boolean;
  /** The rule that found the source ("verb", "dash", "previous" …), for inspecting misses. */
  via: string;
  /** The full name the article gives the speaker elsewhere ("Karl Weber" for "Mr. Weber"), if any. */
  fullName: string | null;
  /** Roles the article gives the speaker anywhere, statement or not. */
  roles: string[];
  kind: StatementKind;
  text: string;
  textStart: number;
  textEnd: number;
  place: string | null;
  article: string;
  paragraph: number;
  sentence: number;
  start: number;
  end: number;
}

/** "the 24-year-old": a description by age alone, as news calls someone it has just named. */
const AGE_EPITHET = /^the\s+\d{1,3}-year-old$/iu;
/**
 * "the teenager", "the pensioner", "the mother-of-three", "the striker": words for a stage of life, a
 * family role or a player's position, which news calls someone it has just named by, as it does
 * an age. No office or job ("the spokesman" is as often someone else).
 */
const PERSON_EPITHET =
  /^the\s+(?:teenager|youngster|schoolboy|schoolgirl|pensioner|widow|widower|grandmother|grandfather|(?:mother|father|mum|dad|grandmother|grandfather)-of-[\p{L}]+|rookie|newcomer|striker|midfielder|defender|goalkeeper|winger|batsman|bowler|quarterback|pitcher|sprinter|swimmer|cyclist|golfer)$/iu;

/**
 * Nouns a report calls a person by after naming them ("the Swede", "the Australian", "the
 * Republican"): after "the", an epithet for someone named before, never a speaker's name. Not the
 * "-ese" ones, which after "the" are mostly a people ("the Chinese").
 */
const NATIONALITY_NOUNS = new Set(
  `Swede Dane Finn Briton Brit Scot Pole Turk Czech Greek Thai Dutchman Frenchman Englishman Irishman
Welshman Scotsman Spaniard Kiwi Aussie Icelander Israeli Pakistani Saudi Filipino Argentine American
Australian Canadian Brazilian Chilean Colombian Mexican Peruvian Venezuelan Cuban German Italian Russian
Ukrainian Austrian Belgian Hungarian Romanian Bulgarian Croatian Serbian Norwegian Estonian Latvian
Lithuanian Indian Indonesian Iranian Syrian Egyptian Nigerian Kenyan Ghanaian Ethiopian Moroccan
Algerian Palestinian Korean Afghan Iraqi Jordanian Republican Democrat`.split(/\s+/u),
);

/** "the Swede", "the Norwegian": a one-word name after "the" that is a nationality. */
function demonymEpithet(m: Mention, masked: string): boolean {
  if (m.name.includes(' ') || !/^the\s/iu.test(masked.slice(m.start, m.end))) return false;
  return NATIONALITY_NOUNS.has(m.name);
}

/** A party's name in brackets right after a name ("(Lib Dem)", "(Lab)", "(SNP)"); not "(D-Mo.)". */
const PARTY_AFTER = /^\s*\((\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})\)/u;
/** How far after a name its bracketed party is looked for, in characters. */
const PARTY_REACH = 30;

/** The article itself as a subject ("this article", "an earlier version of this story"). */
const SELF_REFERENCE =
  /\b(?:this|the present)\s+(?:article|story|report|piece|post|column)\s+(?:\p{Ll}+\s+)?$/iu;

/** "was criticised", "has been accused", "is being sued": a subject something is done to. */
const PASSIVE_AFTER = /^[^.;:]*?\b(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u;
/** How far after the subject a passive verb is looked for, in characters. */
const PASSIVE_REACH = 60;

/** Rules that give a quote the speaker of its context, not of a cue of its own. */
const CONTEXT_SOURCES = new Set(['carried', 'open', 'previous']);

/** Rules that name a quote's speaker next to it: the only ones a subhead borrows a speaker from. */
const NAMED_SOURCES = new Set(['verb', 'dash', 'label', 'participle', 'according']);

/** What a quote-only paragraph may hold beside the quote: its two marks, a stop and spaces. */
const SUBHEAD_MARKS = 6;

/** The fewest words of a subhead matched to a quote further on ("Yes." would match anything). */
const MIN_SUBHEAD_WORDS = 3;

/** Lower-case words of a text, quote marks and punctuation dropped, joined by single spaces. */
function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}’']+/gu, ' ')
    .replace(/^['’]+|['’]+$/gu, '')
    .replace(/\s['’]+|['’]+\s/gu, ' ')
    .trim();
}

/** A unit as the first pass leaves it. */
interface ReadUnit extends Unit {
  tokens: Token[];
  cues: Cue[];
  /** A headline in title case ("Roe Says Plan Will Fail"): never an attribution. */
  headline: boolean;
  /** Persons and bodies the unit names outside its quotes. */
  named: Mention[];
  /** Persons named only as possessors ("Suu Kyi’s fate"), for pronouns. */
  possessors: Mention[];
  /** Offsets where the unit's clauses start (see `clauseStarts`). */
  clauses: number[];
  /** Offset of the unit's first word outside quotes, or -1. */
  firstWord: number;
}

interface ReadParagraph {
  n: number;
  text: string;
  masked: string;
  units: ReadUnit[];
  /** Length of the dateline opening the paragraph ("LYON, France (AP) — "): no statement's words. */
  dateline: number;
}

/** The speaker of the unit before, in the same paragraph. */
interface Previous {
  source: Source;
  place: string | null;
  /** It spoke in a quote. */
  quoted: boolean;
}

/** A source as resolved for the article. */
interface Source {
  mention: Mention;
  key: string;
  person: boolean;
  place: string | null;
  /** The rule that found it, for inspecting misses. */
  via: string;
}

const by = (source: Source | null, via: string): Source | null => (source ? { ...source, via } : null);

/** Fewest words of a reported clause, outside quotes and attribution, for an indirect statement. */
const MIN_CLAUSE_WORDS = 3;
/**
 * Fewest words of the part of a sentence shown as what was reported, unless it holds a verb ("talks
 * could fail"): a shorter one is an object ("mentioned Velmar by name", "describe as a ploy"), not a
 * clause, and the statement is its whole sentence.
 */
const MIN_REPORTED_WORDS = 4;

/** Whether a reported part of a few words holds a verb ("talks could fail", "prices rose"). */
function holdsVerb(part: string): boolean {
  return part
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}’']/gu, ''))
    .some((w) => FINITE.test(w) || IRREGULAR_PASTS.has(w));
}
/** With a quote in the sentence, the clause around it must be this long to be a statement of its own. */
const MIN_CLAUSE_WORDS_BESIDE_QUOTE = 8;
/** Most words of a quote that is a fragment of its clause ("had “switched off”"), not the statement. */
const MAX_FRAGMENT_QUOTE_WORDS = 3;
/** The farthest a reporting verb may follow a quote it attributes ("“…,” Sen. Jane Roe (D-Mo.) said"). */
const MAX_AFTER_CHARS = 80;
/** The shape of a cue made from a sentence's subject, for resolving a pronoun subject like a cue's. */
const SUBJECT_CUE: Cue = {
  kind: 'verb',
  mention: null,
  pronoun: null,
  verb: {
    core: '',
    lower: '',
    start: 0,
    end: 0,
    trailing: '',
    leading: '',
    quoted: false,
    name: false,
    nounPhrase: false,
  },
  from: 0,
  to: 0,
  asideSpan: null,
  place: null,
  score: 0,
  clause: 0,
  outer: null,
  possessed: false,
  talkedOf: false,
};

/** With a cue between commas, both sides at least this long make the whole sentence the statement. */
const PARENTHETICAL_SIDE = 5;

/** A dash and its spaces right before a name: " - ", " — ". */
const DASH_BEFORE = /\s[-—–―]{1,2}\s+$/u;

/** The most words between a cue and a quote it introduces ("Roe called the agreement “…”"). */
const MAX_GAP_WORDS = 6;

/**
 * A live blog's clock time opening a paragraph ("11.40pm The candidate …", "10:32 GMT – Roe said …"):
 * the time the entry was posted, no part of its first sentence.
 */
const TIME_STAMP =
  /^\s*(?:\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)(?:\s+(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT))?\s*[:–—-]?\s+(?=\p{Lu})/u;

/** The length of a clock time opening a paragraph, or 0. */
function timeStampLength(text: string): number {
  return TIME_STAMP.exec(text)?.[0].length ?? 0;
}

/**
 * Extracts every statement of an article, direct and indirect.
 *
 * @example extractStatements(article).map((s) => s.mention.name) // ['Jane A. Roe', …]
 */
export function extractStatements(article: Article): RawStatement[] {
  const persons = new ArticlePersons();
  // The paragraph the article's dateline opens: the first body paragraph, or the first under a byline.
  const datelined = article.dateline
    ? article.paragraphs.find((p) => p.kind === 'body' && datelineLength(p.text) > 0)
    : undefined;
  const paragraphs: (ReadParagraph | null)[] = article.paragraphs.map((p) =>
    p.kind === 'body'
      ? readParagraph(
          p.n,
          p.text,
          persons,
          p === datelined ? datelineLength(p.text) : timeStampLength(p.text),
        )
      : null,
  );
  // "Count Jane Roe among Donald Doe’s critics": a full personal name in the possessive shows that
  // "Doe" alone, later, is a person a "he" or "she" may stand for (its shown name is left as written).
  for (const p of paragraphs)
    for (const u of p?.units ?? [])
      for (const m of u.possessors) {
        const words = m.name.split(/\s+/u);
        if (m.kind === 'person' && words.length > 1)
          persons.personByAside(nameKey(words[words.length - 1] as string));
      }
  voteGenders(paragraphs, persons);
  const out = new Reader(article.id, persons).read(paragraphs);
  const title = article.paragraphs.find((p) => p.kind === 'title');
  const headline = title ? headlineStatement(article.id, title.n, title.text, persons) : null;
  return headline ? [headline, ...out] : out;
}

/** The most words of a headline's source ("Former White House Doctor"). */
const MAX_HEADLINE_SOURCE = 6;

/**
 * "Jane Roe Says Plan Will Fail", "Roe says plan will fail": a headline that reports what its source
 * says, as an indirect statement. The source is all that stands before the verb (after a kicker such
 * as "Exclusive:"), the statement all that follows it.
 */
function headlineStatement(
  article: string,
  n: number,
  text: string,
  persons: ArticlePersons,
): RawStatement | null {
  const tokens = tokenize(text, 0);
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.quoted) return null;
    if (/[:—–|]$/u.test(t.trailing)) from = i + 1;
    if (!HEADLINE_VERBS.has(t.lower)) continue;
    const subject = tokens.slice(from, i);
    if (subject.some((x) => NOT_IN_HEADLINE_SOURCE.test(x.lower))) return null;
    const rest = tokens.slice(i + 1);
    if (subject.length === 0 || subject.length > MAX_HEADLINE_SOURCE || rest.length < MIN_CLAUSE_WORDS)
      return null;
    if (
      subject.some((x) => x.trailing && x !== subject[subject.length - 1]) ||
      (subject.at(-1) as Token).trailing
    )
      return null;
    const mention = parseMention(subject, text);
    if (!mention) return null;
    const textStart = (rest[0] as Token).start;
    const textEnd = (rest.at(-1) as Token).end;
    const key = persons.keyOf(mention.name, mention.gender);
    const person = mention.kind === 'person' || persons.isPerson(key);
    return {
      mention,
      key,
      person,
      via: 'headline',
      fullName: person ? persons.fullName(key) : null,
      roles: person ? persons.rolesOf(key) : [],
      kind: 'indirect',
      text: text.slice(textStart, textEnd),
      textStart,
      textEnd,
      place: null,
      article,
      paragraph: n,
      sentence: 1,
      start: 0,
      end: text.length,
    };
  }
  return null;
}

/**
 * The verbs a headline reports a claim with, in the present tense headlines use ("Roe Says", "Roe
 * Warns"). Verbs of a speech act with an object ("Roe Blasts Doe", "Roe Calls for …") are left out:
 * what follows them is no statement.
 */
const HEADLINE_VERBS = new Set([
  'say',
  'says',
  'tells',
  'warns',
  'claims',
  'insists',
  'argues',
  'admits',
  'acknowledges',
  'confirms',
  'denies',
  'announces',
  'declares',
  'predicts',
  'suggests',
  'explains',
  'writes',
  'reports',
  'notes',
  'asserts',
  'vows',
]);

/** Words that cannot stand in a headline's source ("I’m Optimistic Americans Will Say …"). */
const NOT_IN_HEADLINE_SOURCE =
  /^(?:i|i’m|i'm|we|you|they|it|will|would|can|could|should|must|is|are|was|were|be|has|have|had|do|does|did|to|in|on|at|as|after|before|when|while|if|and|but|or|with|against|over|why|how|what|who)$/u;

/** First pass over a paragraph: units, cues, and the full personal names it uses. */
function readParagraph(n: number, text: string, persons: ArticlePersons, skip: number): ReadParagraph {
  const quotes = findQuotes(text);
  const masked = maskQuotes(text, quotes);
  const units = groupUnits(text, quotes).map((u, i): ReadUnit => {
    // The dateline ("SEOUL – ") is no part of the first sentence's subject.
    const from = Math.max(u.start, Math.min(skip, u.end));
    const tokens = tokenizeRange(masked, from, u.end);
    embeddedTitles(tokens, u.quotes, text);
    const headline = isHeadline(tokens, masked);
    const cues = headline ? [] : findCues(tokens, masked, i === 0);
    scoreCues(cues, tokens, u.end);
    const named = namedIn(tokens, masked);
    for (const m of named) {
      // "Cllr Jane Roe (Lib Dem)": a party in brackets after a person's name goes with their role.
      const party =
        m.kind === 'person' ? PARTY_AFTER.exec(masked.slice(m.end, m.end + PARTY_REACH))?.[1] : undefined;
      if (party) m.role = m.role ? `${party} ${m.role}` : party;
      persons.addName(m);
    }
    notPersonWords(tokens, text, persons);
    const possessors = possessorsIn(tokens, masked);
    for (const m of possessors) if (ownerNamedInFull(m, masked)) persons.addName(m);
    const firstWord = tokens.find((t) => !t.quoted)?.start ?? -1;
    return {
      start: u.start,
      end: u.end,
      sentence: u.sentence,
      quotes: u.quotes,
      tokens,
      cues,
      headline,
      named,
      possessors,
      clauses: clauseStarts(tokens),
      firstWord,
    };
  });
  remember(text, units);
  return { n, text, masked, units, dateline: skip };
}

/**
 * "Roe, author of “The Long Coast,” said": a quoted title inside a phrase, closed by a comma inside
 * its marks, ends an apposition like a word with that comma: the masked token is given the comma.
 */
function embeddedTitles(tokens: Token[], quotes: readonly QuoteSpan[], text: string): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (!t.quoted || t.trailing || prev.quoted || prev.trailing) continue;
    const q = quotes.find((x) => x.start <= t.start && t.start < x.end);
    if (q && isTitle(q.text) && /^,/u.test(text.slice(q.textEnd, q.end))) t.trailing = ',';
  }
}

/** Words title case leaves in lower case: articles, conjunctions, short prepositions. */
const TITLE_CASE_MINOR =
  /^(?:a|an|the|and|but|or|nor|for|so|yet|of|in|on|at|to|by|up|as|off|per|via|vs\.?|v\.?|de|la|le|van|von|der)$/u;

/** Title case throughout: a headline, not a sentence. */
function isHeadline(tokens: readonly Token[], masked: string): boolean {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "POLLS NOT WRONG - Jane Roe: “…”": a name introducing a quote with a colon is no headline;
    // nor a quote credited after a dash ("“…” — Jane Roe, Project Director, Velm Energy.").
    if (t.quoted && i > 0 && (tokens[i - 1] as Token).trailing.endsWith(':')) return false;
    const next = tokens[i + 1];
    if (t.quoted && next && /^\s*(?:[―—–]|--)\s*$/u.test(masked.slice(t.end, next.start))) return false;
    if (t.quoted || t.core === t.lower.toUpperCase()) continue;
    // A lower-case word title case would capitalise ("it", "put", "was"): a sentence.
    if (t.core === t.lower && (t.core.length > 3 || !TITLE_CASE_MINOR.test(t.core))) return false;
    words++;
  }
  return words >= 4;
}

/**
 * Single capitalised words a unit uses as a place ("in Ohio") or as a modifier of a plural noun
 * ("Russian hackers"): such a word is not a person's name in this article.
 */
function notPersonWords(tokens: readonly Token[], text: string, persons: ArticlePersons): void {
  const first = tokens.findIndex((t) => !t.quoted);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.quoted || !isNameWord(t)) continue;
    const prev = tokens[i - 1];
    // Inside a sentence: after a word that ends none, or after a quote that ends with a comma, a
    // question or an exclamation ("“…,” Roe said", "“…?” Roe asked").
    const inside = prev?.quoted
      ? /[,?!][”"’'»]*$/u.test(text.slice(Math.max(0, prev.end - 3), prev.end))
      : i > first && prev !== undefined && !/[.!?:;]$/u.test(prev.trailing);
    if (inside) persons.capitalisedInside(nameKey(t.core));
    // "Roe, who …", "Roe, when asked about it, …": a single word opening a sentence before an aside
    // only a person takes is that person.
    if (i === first && t.trailing === ',' && personAsideAfter(tokens, i))
      persons.personByAside(nameKey(t.core));
    // "Her father, Brad, 39, worried …", "Roe’s wife, Ana, spoke": a single name set off by commas
    // after a role word owned by someone is that person; a kinship word gives the sex.
    if (t.trailing === ',' && namedInApposition(tokens, i)) {
      const key = nameKey(t.core);
      persons.personByAside(key);
      const gender = genderOfWords([prev as Token]);
      if (gender) persons.vote(key, gender, APPOSITION_GENDER_WEIGHT);
    }
    if (t.trailing) continue;
    const next = tokens[i + 1];
    // "Brannock openly admitted …": a single word opening a sentence as the subject of a verb; not a
    // plural of a group or a role ("Sources told …") nor a participle ("Smiling broadly, …"), unless a
    // verb of saying follows it at once ("Manning said …", a family name in -ing).
    if (
      i === first &&
      next !== undefined &&
      opensClauseAsVerb(next, tokens[i + 2]) &&
      !FUNCTION_WORDS.has(t.core) &&
      !GROUP_WORDS.has(t.lower) &&
      !TITLE_WORDS.has(t.lower) &&
      // "Manning said": a participle is never the subject of a verb of saying right after it.
      (!t.lower.endsWith('ing') || SPEECH_VERBS.has(next.lower))
    )
      persons.openingSubject(nameKey(t.core));
    // "in Ohio": a place; "in Roe’s slipstream", "in Roe’s view": a possessor, no place.
    const place =
      prev !== undefined &&
      !prev.trailing &&
      PLACE_PREPOSITION.test(prev.lower) &&
      !isNameWord(next ?? t) &&
      !isPossessive(t);
    const modifier =
      next !== undefined &&
      !next.quoted &&
      next.core === next.lower &&
      /[^s]s$/u.test(next.core) &&
      // "the Roe administration’s plan": a possessive, not a plural the word would modify.
      !isPossessive(next) &&
      !SPEECH_VERBS.has(next.lower) &&
      !/^(?:is|was|has|says|does|goes|thinks|believes|wants|needs|plans|hopes|seems|remains|calls)$/u.test(
        next.lower,
      ) &&
      !verbBeforeObject(tokens[i + 2]);
    // "her Facebook page", "their Republican rivals": what a possessive determiner owns is a thing,
    // and a party word alone is an affiliation, never a person.
    const owned =
      prev !== undefined && !prev.quoted && !prev.trailing && POSSESSIVE_DETERMINER.test(prev.lower);
    if (place || modifier || owned || titledAfter(tokens, i) || AFFILIATION_WORDS.has(t.core))
      persons.notPerson(nameKey(t.core));
  }
}

const PLACE_PREPOSITION = wordTest('in at from near across outside inside into toward towards');

/**
 * Verbs (and nouns) of aiming whose "at" brings in a person, not a place: "took a swipe at Roe",
 * "lashed out at Roe", "look at Roe", "laughed at Roe". A particle may stand between ("lashed out",
 * "fired back", "poked fun").
 */
const AIMED_AT = wordTest(`look looks looked looking aim aims aimed aiming directed targeted swipe swipes
swiped jab jabs jabbed shot shots dig digs laughed laughs laughing lashed lashes lashing fired fires
firing hit hits hitting poked pokes poking railed rails railing scoffed sneered glanced stared shouted
yelled snapped`);
const AIM_PARTICLE = wordTest('out back fun');

/**
 * "a post from Ivola Marsh", "a statement from Velm Council": "from" after a noun for what was said
 * or written brings in its author, not a place.
 */
function authoredBy(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return (
    tokens[i]?.lower === 'from' &&
    before !== undefined &&
    !before.trailing &&
    STATEMENT_NOUNS.has(before.lower)
  );
}

/** Whether the "at" at `i` follows a verb or noun of aiming (`AIMED_AT`). */
function aimedAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'at') return false;
  const before = tokens[i - 1];
  if (!before || before.trailing) return false;
  if (AIMED_AT.test(before.lower)) return true;
  const verb = tokens[i - 2];
  return AIM_PARTICLE.test(before.lower) && verb !== undefined && !verb.trailing && AIMED_AT.test(verb.lower);
}

/** The most words of a capitalised title between a place and the name it precedes ("Attorney General"). */
const MAX_TITLE_AFTER_PLACE = 3;

/**
 * "Michigan Attorney General Jane Roe", "Texas Sen. Tom Berg": a single word right before a
 * capitalised title or an honorific that a name follows is where the office is, not a person.
 */
function titledAfter(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev && !prev.trailing && !prev.quoted && isNameWord(prev)) return false;
  let k = i + 1;
  while (k < tokens.length && k - i <= MAX_TITLE_AFTER_PLACE) {
    const t = tokens[k] as Token;
    if (t.quoted || t.core === t.lower || !(isTitleWord(t) || isHonorific(t))) break;
    if ((t.trailing && !(t.trailing === '.' && isHonorific(t))) || t.trailing === ',') return false;
    k++;
  }
  const name = tokens[k];
  return k > i + 1 && name !== undefined && !name.quoted && isNameWord(name) && !isTitleWord(name);
}

/**
 * "Roe serves on the panel", "Roe leads her rival": a word in -s followed by an article, a
 * possessive or object pronoun, or "on"/"as"/"with" is a verb in the present, not a plural the
 * name before it would modify ("Westmark voters are …", "Westmark hackers stole …").
 */
function verbBeforeObject(after: Token | undefined): boolean {
  return after !== undefined && !after.quoted && OBJECT_OPENERS.has(after.core);
}

/** A role word in apposition says the sex as surely as an honorific ("her father, Brad"). */
const APPOSITION_GENDER_WEIGHT = 3;

/**
 * "her father, Brad,", "Roe’s wife, Ana,": the single name word at `i` follows a role word that
 * closes with a comma and is owned by a possessive ("her", "Roe’s").
 */
function namedInApposition(tokens: readonly Token[], i: number): boolean {
  const role = tokens[i - 1];
  const owner = tokens[i - 2];
  if (!role || !owner || role.quoted || owner.quoted || role.trailing !== ',' || owner.trailing) return false;
  if (!TITLE_WORDS.has(role.lower) || role.core !== role.lower) return false;
  return POSSESSIVE_DETERMINER.test(owner.lower) || isPossessive(owner);
}

/**
 * A lower-case word that reads as the verb of the word before it, or the adverb before that verb: a
 * verb of speech, a past tense in -ed with its object, an adverb in -ly ("Roe openly admitted", "Roe
 * defied the party"). Auxiliaries and time words are left out ("People should …", "Minutes later",
 * "Fundraising was"), and so is a participle before a preposition ("Talk compared to …").
 */
function opensClauseAsVerb(t: Token, after: Token | undefined): boolean {
  if (t.quoted || t.leading || t.core !== t.lower) return false;
  if (SPEECH_VERBS.has(t.lower) || /[^l]ly$/u.test(t.lower)) return true;
  return (
    /[^e]ed$|ied$/u.test(t.lower) && after !== undefined && !t.trailing && !PREPOSITIONS.has(after.lower)
  );
}

/** Participles of being asked or answering that open an aside about a person ("when asked"). */
const PERSON_ASIDE_VERB = /^(?:asked|pressed|questioned|confronted|challenged|told|speaking|interviewed)$/u;

/** The most words of a described title after a lone name ("Roe, the union’s deputy general secretary,"). */
const MAX_TITLE_ASIDE = 8;

/**
 * "Roe, who …", "Roe, when asked …", "Roe, 54, …", "Roe, the union’s general secretary, …": the aside
 * after the name at `i` is one only a person takes.
 */
function personAsideAfter(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  if (!a || a.quoted || a.core !== a.lower) return false;
  if ((a.lower === 'who' || a.lower === 'whom') && !a.trailing) return true;
  // "Roe, 54, said", "Roe, the union’s general secretary, said": an age, or a described title.
  if (/^\d{1,3}$/u.test(a.core) && a.trailing === ',') return true;
  if (/^(?:the|a|an)$/u.test(a.lower) && !a.trailing) {
    const end = tokens.findIndex((t, k) => k > i + 1 && t.trailing !== '');
    const aside = end > 0 && end - i <= MAX_TITLE_ASIDE ? tokens.slice(i + 2, end + 1) : [];
    // The title ends the aside, or an "of" phrase of names follows it ("the mayor of Lund,"), so
    // that the aside is a description, not a clause ("the hall filled with chants for the mayor,").
    const title = aside.findLastIndex(isTitleWord);
    const tail = title >= 0 ? aside.slice(title + 1) : [];
    const plain = (t: Token) => !PREPOSITIONS.has(t.lower) && !/\p{Ll}(?:ed|ing)$/u.test(t.core);
    const described =
      title >= 0 &&
      aside.slice(0, title).every(plain) &&
      (tail.length === 0 ||
        (/^(?:of|at|for)$/u.test(tail[0]?.lower ?? '') && tail.slice(1).every(isNameWord)));
    if ((tokens[end] as Token | undefined)?.trailing === ',' && described) return true;
  }
  return (
    /^(?:when|while|if|once|after|before)$/u.test(a.lower) &&
    !a.trailing &&
    PERSON_ASIDE_VERB.test(b?.lower ?? '')
  );
}

/** Determiners that say whose a thing is: a capitalised word right after one is owned, not a person. */
const POSSESSIVE_DETERMINER = /^(?:his|her|their|its|my|our|your)$/u;

/** How far into its sentence a subject may stand after an opening adverbial (characters). */
const MAX_SUBJECT_OFFSET = 60;

/** A preposition (and "the") right before a mention: the mention is its object ("with Roe", "to the board"). */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:with|to|by|for|about|against|on|at|from)\s+(?:the\s+)?$/iu;

/**
 * A preposition before a name, with only the name's own words between ("a booster of Roe", "a
 * supporter of former governor Roe", "in the lobby of Berg Tower"); no clause break or clause word.
 */
const PREPOSITION_THEN_WORDS =
  /(?:^|[^\p{L}])(?:of|in|with|to|by|for|about|against|on|at|from)\s+([^,;:.()—–]*)$/iu;

/** Words that open a clause, whose subject a name after them may be ("… of the plan that Roe …"). */
const CLAUSE_WORD = /(?:^|\s)(?:that|who|which|and|but|while|as|when|because|if|since|after|before)\s/iu;

/** Whether the name starting at `nameStart` is the object of a preposition after `from`. */
function objectOfPreposition(masked: string, from: number, nameStart: number): boolean {
  const words = PREPOSITION_THEN_WORDS.exec(masked.slice(Math.max(from, nameStart - 48), nameStart));
  return words !== null && !CLAUSE_WORD.test(` ${words[1]}`);
}

/** A preposition of place right before a mention ("on Capitol Hill", "at Velmar Tower"). */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|on|at|near|outside|inside|across|throughout)\s+$/iu;

/** "As for Roe,", "As to Roe,": a topic, not the object of a preposition. */
const TOPIC_BEFORE = /(?:^|[^\p{L}])as\s+(?:for|to)\s+$/iu;

/** Persons and bodies named in a unit, outside quotes: runs of noun-phrase words read as mentions. */
function namedIn(tokens: readonly Token[], masked: string): Mention[] {
  const out: Mention[] = [];
  let run: Token[] = [];
  let afterPlacePreposition = false;
  /** The run read last, if it was a description or a person closed by a comma, for appositions. */
  let before: { mention: Mention; comma: boolean; office: boolean; text: string } | null = null;
  /** The text of an owner's run just read ("the team’s"), to go before the description after it. */
  let ownerText = '';
  /** Where the run being read starts in `tokens`. */
  let runStart = 0;
  const runText = () =>
    masked.slice((run[0] as Token).start, (run[run.length - 1] as Token).end).replace(/[,.;:]+$/u, '');
  const flush = () => {
    if (run.length === 0) {
      before = null;
      ownerText = '';
      afterPlacePreposition = false;
      return;
    }
    const last = run[run.length - 1] as Token;
    const comma = last.trailing.startsWith(',');
    // A description ending in one person's office ("the club's manager"), not a body or a plural.
    const head = bare(last.lower);
    // Not the object of a preposition ("for president, Jane Roe has …").
    const lead = tokens[runStart - 1];
    const office =
      TITLE_WORDS.has(head) &&
      !GROUP_WORDS.has(head) &&
      !(head.endsWith('s') && TITLE_WORDS.has(head.slice(0, -1))) &&
      !(lead && !lead.trailing && APPOSITION_BLOCKERS.test(lead.lower));
    let read: Mention | null = null;
    // "in Honolulu", "from Ohio": a place, not a person or body that could speak.
    if (!afterPlacePreposition) {
      read =
        parseMention(run, masked) ?? (run.some(isNameWord) ? parseMention(beforeFillers(run), masked) : null);
      if (read && read.kind !== 'unnamed' && run.some(isNameWord)) {
        // "Rovers' manager, Dennis Hurlock, made …": an office in apposition before the name is its role.
        if (read.kind === 'person' && !read.role && before?.comma && before.office && !ownerText)
          read.role = before.text;
        out.push(read);
      } else if (
        read?.kind === 'unnamed' &&
        office &&
        comma &&
        before?.comma &&
        before.mention.kind === 'person'
      ) {
        // "Kieran Mossop, a former accountant, handles …": a description in apposition after the name.
        before.mention.role ??= roleOfDescription(ownerText ? `${ownerText} ${runText()}` : runText());
      }
    }
    // "the team’s captain": an owner's run goes with the description after it, and whatever
    // stands before it stays the one an apposition would follow.
    const owner = isPossessive(last) && !comma;
    if (owner) ownerText = runText();
    else {
      const text = roleOfDescription(ownerText ? `${ownerText} ${runText()}` : runText());
      before =
        read && (read.kind === 'unnamed' || read.kind === 'person')
          ? { mention: read, comma, office, text }
          : null;
      ownerText = '';
    }
    run = [];
    afterPlacePreposition = false;
  };
  for (const [i, t] of tokens.entries()) {
    if (
      !t.quoted &&
      run.length < 12 &&
      (isNounPhraseWord(t) || ((t.core === 'of' || t.core === 'for') && run.length > 0))
    ) {
      if (run.length === 0) runStart = i;
      run.push(t);
      if (t.trailing && !(t.trailing === '.' && t.core.endsWith('.'))) flush();
    } else if (run.length === 0 && !t.trailing && ARTICLE_OR_OWNER.test(t.lower)) {
      // "Roe, the team's captain,": a determiner opens the apposition; what stood before still counts.
      afterPlacePreposition = false;
    } else {
      flush();
      // "Inside, Jane Roe is …": an adverb closed by a comma governs no name after it.
      afterPlacePreposition =
        PLACE_PREPOSITION.test(t.lower) && !t.trailing && !aimedAt(tokens, i) && !authoredBy(tokens, i);
    }
  }
  flush();
  return out;
}

/** Words that open a description in apposition ("the", "a", "her"). */
const OPENERS = 'the|a|an|his|her|its|their';
const ARTICLE_OR_OWNER = new RegExp(`^(?:${OPENERS})$`, 'u');
const OPENER_THEN_SPACE = new RegExp(`^(?:${OPENERS})\\s+`, 'iu');

/** Words before a description that make it no apposition: a preposition or a verb's "as". */
const APPOSITION_BLOCKERS = /^(?:for|of|in|to|as|with|by|from|at|on|into|about|than|like)$/u;

/** A description as a role: without its determiner ("a former accountant" → "former accountant"). */
function roleOfDescription(text: string): string {
  return text.replace(OPENER_THEN_SPACE, '');
}

/**
 * "Jane Roe first arrived …", "Jane Roe also …": a run of noun-phrase words ending in words that may
 * stand between a subject and its verb reads as no mention; the name is the run before them. Only
 * those words: "Roe presidential …" or "the Roe administration’s …" name no person.
 */
function beforeFillers(run: Token[]): Token[] {
  let end = run.length;
  while (end > 0 && isFiller(run[end - 1] as Token)) end--;
  return end > 0 && end < run.length && isNameWord(run[end - 1] as Token) ? run.slice(0, end) : [];
}

/**
 * "Donald Roe’s new plan": a person named in full as an owner is named as much as one named as a
 * subject, so that "Roe" alone later is Donald Roe, not the "Ivy Roe" named after him. Not a name
 * going on past its "’s" ("the Tigrayan People’s Liberation Front") or after "the": a body's.
 */
function ownerNamedInFull(m: Mention, masked: string): boolean {
  if (m.kind !== 'person' || !m.name.includes(' ')) return false;
  if (/\bthe\s+$/iu.test(masked.slice(Math.max(0, m.start - 5), m.start))) return false;
  return !/^\p{L}*['’]\p{L}*\s+\p{Lu}/u.test(masked.slice(m.end, m.end + 40));
}

/** "Suu Kyi’s", "Sanders’s": names that stand as possessors, without their "’s". */
function possessorsIn(tokens: readonly Token[], masked: string): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.quoted || !isPossessive(t) || !isNameWord(t)) continue;
    const core = bare(t.core);
    if (core === t.core) continue;
    let s = i;
    while (s > 0 && isNameWord(tokens[s - 1] as Token) && !(tokens[s - 1] as Token).trailing) s--;
    const m = parseMention([...tokens.slice(s, i), cutToken(t, core)], masked);
    if (m && m.kind !== 'unnamed') out.push(m);
  }
  return out;
}

/**
 * "Asked by Ivo Marsh if the mayor “gets” the harbour, Hale …": the one a sentence opening with
 * "Asked by" names, when the quote stands in that opening phrase (before its comma); else null.
 */
function askedBy(tokens: readonly Token[], q: QuoteSpan, masked: string): Mention | null {
  const first = tokens.findIndex((t) => !t.quoted);
  if (tokens[first]?.core !== 'Asked' || tokens[first + 1]?.lower !== 'by' || tokens[first + 1]?.trailing)
    return null;
  const comma = tokens.findIndex((t, k) => k > first && !t.quoted && t.trailing.includes(','));
  if (comma < 0 || (tokens[comma] as Token).end < q.start) return null;
  let k = first + 2;
  while (k < tokens.length && isNameWord(tokens[k] as Token) && !(tokens[k] as Token).trailing) k++;
  if (tokens[k] && isNameWord(tokens[k] as Token)) k++;
  const mention = k > first + 2 ? parseMention(tokens.slice(first + 2, k), masked) : null;
  return mention && mention.kind !== 'unnamed' ? mention : null;
}

/**
 * "To Ann Roe, Hale is …": the name a sentence opens with after "To" and before a comma, when the
 * quote comes after that comma; else null. Whether it is a person's is the article's to say.
 */
function viewOf(tokens: readonly Token[], q: QuoteSpan, masked: string): Mention | null {
  const first = tokens.findIndex((t) => !t.quoted);
  if (tokens[first]?.core !== 'To' || tokens[first]?.trailing) return null;
  let k = first + 1;
  while (k < tokens.length && isNameWord(tokens[k] as Token) && !(tokens[k] as Token).trailing) k++;
  const last = tokens[k];
  if (!last || !isNameWord(last) || last.trailing !== ',' || last.end > q.start) return null;
  const mention = parseMention(tokens.slice(first + 1, k + 1), masked);
  return mention && mention.kind !== 'unnamed' ? mention : null;
}

/** "was asked", "were asked, ": a passive of asking right before the quote token at `at`. */
function askedOf(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at - 1] as Token;
  const be = tokens[at - 2] as Token;
  return (
    /^(?:asked|questioned|pressed)$/u.test(verb.lower) &&
    /^[,:]?$/u.test(verb.trailing) &&
    !be.trailing &&
    /^(?:is|was|are|were|been|being)$/u.test(be.lower)
  );
}

/** A description by a named owner: "Hale’s campaign manager", "the Rovers’ new head coach". */
const OWNED_DESCRIPTION =
  /^(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}[’']s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u;

/** "he", "she": the pronouns whose sex a person named alone in a unit is given by. */
const SUBJECT_PRONOUN = wordTest('he she He She');

/**
 * Gender evidence: an honorific or role word of a mention, and the "he" or "she" that follows a
 * person in a unit that names no one else.
 */
function voteGenders(paragraphs: readonly (ReadParagraph | null)[], persons: ArticlePersons): void {
  for (const p of paragraphs) {
    if (!p) continue;
    for (const u of p.units) {
      const named = u.named;
      const keys = new Set<string>();
      for (const m of named) {
        const key = persons.keyOf(m.name, m.gender);
        // "Mr. Roe" among several Roes says nothing of which of them it is.
        if (m.gender && !persons.sharedSurname(m.name, m.gender)) persons.vote(key, m.gender, 3);
        if (m.kind === 'person' || persons.isPerson(key) || !m.sure) keys.add(key);
      }
      // "Roe said some of Doe's rhetoric …, noting her comments": a possessor is a second person
      // the pronouns may stand for.
      for (const m of u.possessors) {
        const key = persons.keyOf(m.name, m.gender);
        if (m.kind === 'person' || persons.isPerson(key)) keys.add(key);
      }
      if (keys.size !== 1) continue;
      const [key] = keys as Set<string>;
      const after = named[0]?.end ?? u.end;
      // "While she has dropped her attacks on Roe, her campaign …": a pronoun before the name stands
      // for someone else, and so may those after it.
      const before = named[0]?.start ?? u.end;
      if (
        u.tokens.some(
          (t) => !t.quoted && t.end <= before && (MALE_PRONOUNS.has(t.core) || FEMALE_PRONOUNS.has(t.core)),
        )
      )
        continue;
      // "Roe said her plan works, but she needs …": a possessive or object pronoun of the same sex
      // before it makes "he" or "she" as likely someone else's.
      const other = new Set<string>();
      for (const t of u.tokens) {
        if (t.quoted || t.start < after) continue;
        if (OTHER_FEMALE.test(t.lower) || OTHER_MALE.test(t.lower))
          other.add(OTHER_FEMALE.test(t.lower) ? 'she' : 'he');
        // "Roe dubbed her remarks …", "Roe praised him": a possessive or object pronoun is as often
        // someone else's; only "he" or "she" says the sex of the one name (possessive votes alone
        // cost 8 quote speakers on PolNeAR train, 4 in each half).
        if (!SUBJECT_PRONOUN.test(t.core) || other.has(t.lower)) continue;
        if (MALE_PRONOUNS.has(t.core)) persons.vote(key as string, 'male');
        else if (FEMALE_PRONOUNS.has(t.core)) persons.vote(key as string, 'female');
      }
    }
  }
}

/** Possessive and object pronouns of each sex. */
const OTHER_FEMALE = wordTest('her hers');
const OTHER_MALE = wordTest('him his');

/** Whether a text holds the last word of a name as a word of its own. */
function namesSurname(text: string, name: string): boolean {
  const surname = name.split(/\s+/u).pop() ?? '';
  return surname !== '' && text.split(/[^\p{L}\p{N}'’-]+/u).includes(surname);
}

/** What opens an apposition after a source rather than what they said: an age, "who", "a …". */
const APPOSITION_AFTER_SOURCE = /^(?:\d{1,3},|who\b|whose\b|which\b|an?\s|one\s+of\b)/u;

/** How a sentence says its speaker put out a document: "said on X", "in a statement", "posted". */
const PUBLISHED =
  /\b(?:on (?:X|Twitter|Facebook|Instagram|TikTok|social media)|in a (?:statement|post|tweet|letter|memo|filing|release)|posted|tweeted|wrote|issued|released)\b/u;

/** "the post", "the statement", "that letter": a document whose author the sentence before names. */
const DOCUMENT_SPEAKS =
  /^(?:the|that|this|its|his|her|their)\s+(?:post|tweet|statement|letter|memo|email|message|release|filing)$/iu;

/** "Q: …", "A. …": an interview's question and answer lines. */
const TRANSCRIPT_QA = /^\s*([QA])\s*[:.]\s+/u;

/**
 * The verb after a subject that remembers: past an aside between commas ("Roe, 84, still
 * remembers"), an adverb or a modal ("can still remember", "vividly recalls").
 */
const RECOLLECTION_AFTER =
  /^(?:\s*,[^,;:.]{1,40},)?\s+(?:(?:still|can|could|well|\p{Ll}+ly)\s+){0,2}(\p{Ll}+)\b/u;

/** A statement noun that names its maker after it ("this statement by Roe", "remarks from Roe"). */
const ANOTHERS_WORDS = new RegExp(`\\b(?:${[...SAID_NOUNS].join('|')})\\s+(?:by|from|of)\\s`, 'u');

/** "by saying", "by telling the crowd", "by asking:" right before a quote. */
const BY_SPEAKING = /\bby\s+(\p{Ll}+ing)\b[^.;:!?]{0,30}?[\s,:]*$/u;

/**
 * Whether quote `q`, the only one of the clause `span`, closes it and is brought in by "by" and a
 * participle of speech ("began by saying, “…”", "closed by telling the crowd “…”").
 */
function bySpeaking(masked: string, span: Unit, q: QuoteSpan, quotes: readonly QuoteSpan[]): boolean {
  if (q.start < span.start || !/^[\s.,!?]*$/u.test(masked.slice(q.end, span.end))) return false;
  if (quotes.some((o) => o !== q && o.end > span.start && o.start < span.end)) return false;
  const by = BY_SPEAKING.exec(masked.slice(span.start, q.start));
  return by !== null && SPEECH_PARTICIPLES.has(by[1] as string);
}

/** The second pass: sources for quotes, reported statements, places. */
class Reader {
  private readonly out: RawStatement[] = [];
  /** The speaker of the last statement of the previous body paragraph, and whether a quote was left open. */
  private carried: { source: Source; open: boolean; last: boolean } | null = null;
  /** The paragraph read before the one being read, for the sentence an epithet follows. */
  private lastRead: ReadParagraph | null = null;
  /**
   * A quote running over paragraphs, each opening with a mark and left open, whose speaker is named
   * only where it closes ("“When I started … / “Now … / “…,” he said."): its pieces so far.
   */
  private openRun: { p: ReadParagraph; u: ReadUnit; ui: number; q: QuoteSpan }[] = [];

  constructor(
    private readonly article: string,
    private readonly persons: ArticlePersons,
  ) {}

  read(paragraphs: readonly (ReadParagraph | null)[]): RawStatement[] {
    for (const p of paragraphs) {
      if (!p) {
        this.carried = null;
        this.openRun = [];
        continue;
      }
      this.readParagraph(p);
      this.lastRead = p;
    }
    this.echoSubheads(paragraphs);
    return this.out;
  }

  /**
   * "‘There's so much anger.’" standing alone as a paragraph is a subhead that repeats words quoted
   * further on; it takes the speaker of the statement that holds them, not the one of the paragraph
   * before it. Only a statement whose speaker is named beside it lends one: a resolved "he" may be wrong.
   */
  private echoSubheads(paragraphs: readonly (ReadParagraph | null)[]): void {
    const texts = new Map<number, string>();
    for (const p of paragraphs) if (p) texts.set(p.n, p.text);
    // The named statements' words, worked out once (not once per lone quote: a transcript has many).
    let named: { t: RawStatement; words: string }[] | null = null;
    for (const s of this.out) {
      if (s.kind !== 'direct' || !CONTEXT_SOURCES.has(s.via)) continue;
      // The quote must be the whole paragraph: its marks and final stop are all the text adds.
      const whole = texts.get(s.paragraph) ?? '';
      if (whole.length > s.text.length + SUBHEAD_MARKS) continue;
      const own = plainWords(s.text);
      if (own.split(' ').length < MIN_SUBHEAD_WORDS || plainWords(whole) !== own) continue;
      named ??= this.out
        .filter((t) => t.kind === 'direct' && NAMED_SOURCES.has(t.via))
        .map((t) => ({ t, words: ` ${plainWords(t.text)} ` }));
      // Further on only, as a subhead announces what follows.
      const echo = named.find((n) => n.t.paragraph > s.paragraph && n.words.includes(` ${own} `))?.t;
      if (!echo) continue;
      s.mention = echo.mention;
      s.key = echo.key;
      s.person = echo.person;
      s.fullName = echo.fullName;
      s.roles = echo.roles;
      s.via = 'echo';
    }
  }

  /**
   * The last unit of the paragraph being read with nothing quoted or attributed, or -1: its subject
   * is read only when a lone quote follows it (`subjectPerson`), not for every such sentence.
   */
  private bareBefore = -1;

  /**
   * The subject of a unit when it is a person the article names, in full or by a name it gave in
   * full before ("Okonjo" for Ben Okonjo); null otherwise.
   */
  private subjectOf(p: ReadParagraph, u: ReadUnit): Source | null {
    // "Then, deep into stoppage time, Okonjo rose …": past an opening adverbial, the first person
    // named, unless a preposition governs them ("to meet Reay's cross").
    const m =
      clauseSubject(u.tokens, u.tokens.length, p.masked)?.mention ??
      u.named.find(
        (x) =>
          x.kind !== 'unnamed' &&
          x.start - u.start <= MAX_SUBJECT_OFFSET &&
          !PREPOSITION_BEFORE.test(p.masked.slice(Math.max(u.start, x.start - 12), x.start)) &&
          !/\bof\s+(?:the\s+)?$/iu.test(p.masked.slice(Math.max(u.start, x.start - 8), x.start)),
      );
    if (!m || m.kind === 'unnamed' || u.quotes.length > 0) return null;
    // "Berg and Lind scored": two subjects, and an epithet could be either's.
    if (/^[\s,]*(?:and|or|&)\s/u.test(p.masked.slice(m.end, m.end + 6))) return null;
    const key = this.fullNameKey(p, u, m);
    // A person named in full, here or before ("Okonjo" for Ben Okonjo); not a body.
    if (!key || !this.isPerson(m, key)) return null;
    const named = this.lastMention.get(key) ?? m;
    return { mention: named, key, person: true, place: null, via: 'subject-before' };
  }

  /**
   * The subject of a unit, when it is a person the article names in full; null otherwise. With the
   * unit's index `ui`, a "he" or "she" opening it is the person it stands for ("“We have no room,”
   * Roe said. She shook her head. “The council knew.”").
   */
  private subjectPerson(p: ReadParagraph, u: ReadUnit, ui = -1): Source | null {
    const first = u.tokens[0];
    if (
      ui >= 0 &&
      first &&
      !first.quoted &&
      !first.trailing &&
      (first.lower === 'he' || first.lower === 'she')
    ) {
      const key = this.persons.resolve(first.lower === 'he' ? 'male' : 'female', p.n, ui, first.start);
      const named = key?.includes(' ') ? this.lastMention.get(key) : undefined;
      return key && named ? { mention: named, key, person: true, place: null, via: 'subject-before' } : null;
    }
    const subject = clauseSubject(u.tokens, u.tokens.length, p.masked);
    const m = subject?.mention;
    if (!m) return null;
    // "Ricci shrugs.": a lone capitalised word is no sure name, unless it is the family name of a
    // person the article has named in full.
    const surname =
      !m.sure && !m.name.includes(' ') && this.persons.isPerson(this.persons.keyOf(m.name, m.gender));
    if (!surname && (m.kind !== 'person' || !m.sure)) return null;
    const key = this.fullNameKey(p, u, m);
    return key ? { mention: m, key, person: true, place: null, via: 'subject-before' } : null;
  }

  /**
   * The key of a unit's subject `m` when the article names that one in full, else null; null too
   * for "Roe was criticised by Doe": a subject something is done to does not speak next.
   */
  private fullNameKey(p: ReadParagraph, u: ReadUnit, m: Mention): string | null {
    if (PASSIVE_AFTER.test(p.masked.slice(m.end, Math.min(u.end, m.end + PASSIVE_REACH)))) return null;
    const key = this.persons.keyOf(m.name, m.gender);
    return key.includes(' ') ? key : null;
  }

  private readParagraph(p: ReadParagraph): void {
    this.bareBefore = -1;
    if (this.readTranscriptLine(p)) return;
    if (this.readCreditLine(p)) return;
    let previous = null as Previous | null;
    // "“We lost.” “We will be back,” Roe said.": quotes standing alone, waiting for the next
    // sentence's quote to name its speaker.
    let waiting: { u: ReadUnit; ui: number; q: QuoteSpan }[] = [];
    let lastWithStatement = -1;
    for (let ui = 0; ui < p.units.length; ui++) {
      const u = p.units[ui] as ReadUnit;
      this.previous = previous;
      this.see(p, u, ui);
      if (u.headline) {
        previous = null;
        continue;
      }
      const main = mainCue(u.cues);
      const mainSource = main ? this.sourceOf(main, p, u, ui) : null;
      // "Roe said.": a bare attribution names who spoke in the sentence before.
      if (main && mainSource && u.quotes.length === 0 && clauseWords(u, main) < 2) {
        const prevUnit = p.units[ui - 1];
        if (prevUnit && lastWithStatement === ui - 1) {
          for (let k = this.out.length - 1; k >= 0 && (this.out[k] as RawStatement).paragraph === p.n; k--) {
            const s = this.out[k] as RawStatement;
            if (s.sentence === ui && s.kind === 'direct') this.assign(s, mainSource, u.end);
          }
        }
        previous = { source: mainSource, place: previous?.place ?? null, quoted: previous?.quoted ?? false };
        continue;
      }
      let unitSource: Source | null = null;
      let quoted = false;
      for (const q of u.quotes) {
        const source = this.quoteSource(q, p, u, ui, previous);
        const last = this.openRun[this.openRun.length - 1];
        const continues = ui === 0 && q.start <= 1 && q === u.quotes[0] && last?.p.n === p.n - 1;
        if (source && continues && source.via !== 'title') this.closeRun(source);
        if (!continues && q === u.quotes[0]) this.openRun = [];
        if (!source) {
          // A whole paragraph quoted and left open: its speaker may be named where the quote closes.
          if (q.open && ui === 0 && q.start <= 1)
            this.openRun = [...(continues ? this.openRun : []), { p, u, ui, q }];
          else this.openRun = [];
          if (!q.open && quoteOnly(u, q) && !isTitle(q.text)) {
            if (waiting.at(-1)?.ui !== ui - 1 && waiting.at(-1)?.ui !== ui) waiting = [];
            waiting.push({ u, ui, q });
          }
          continue;
        }
        // The quote opening the sentence right after them, with a speaker of its own, speaks them too.
        const opens = q === u.quotes[0] && q.start <= u.start + 1 && waiting.at(-1)?.ui === ui - 1;
        if (opens && !CONTEXT_SOURCES.has(source.via) && source.via !== 'title')
          for (const w of waiting)
            this.push(source, 'direct', w.q.text, w.q.textStart, w.q.textEnd, source.place, p.n, w.u, w.ui);
        if (q === u.quotes[0]) waiting = [];
        if (source.via === 'title') {
          unitSource ??= source;
          continue;
        }
        const place =
          source.place ??
          introPlace(p.masked, u) ??
          (previous?.source.key === source.key ? previous.place : null);
        this.push(source, 'direct', q.text, q.textStart, q.textEnd, place, p.n, u, ui);
        unitSource = source;
        quoted = true;
      }
      // One reported statement per clause: "Roe said …, while Doe argued …".
      for (const c of clauseCues(u.cues, p.masked)) {
        const source = c === main ? mainSource : this.sourceOf(c, p, u, ui);
        if (!source || c.kind === 'dash' || c.kind === 'label') continue;
        const span = clauseSpan(u, c.clause);
        const words = clauseWords(u, c, span);
        // Only a quote of this clause makes its own reported clause need more words ("… “…” while Doe
        // suggests …": Doe's clause holds no quote).
        // A quote of a few words inside what the cue reports ("said his side had “switched off” after
        // the goal") leaves the clause a statement.
        const spoken = u.quotes.some(
          (q) =>
            !isTitle(q.text) &&
            q.start >= span.start &&
            q.end <= span.end &&
            (q.start < c.verb.end ||
              q.text.split(/\s+/u).length > MAX_FRAGMENT_QUOTE_WORDS ||
              // A quote brought in by a comma or a colon is what was said, no fragment of it.
              !/[\p{L}\d]\s$/u.test(p.text.slice(Math.max(0, q.start - 2), q.start))),
        );
        if (words < (spoken ? MIN_CLAUSE_WORDS_BESIDE_QUOTE : MIN_CLAUSE_WORDS)) continue;
        // "Roe closed his list by saying “Too many.”": the quote the means of speaking brings in,
        // closing the clause, is what was said; the sentence around it is no statement besides.
        if (u.quotes.some((q) => bySpeaking(p.masked, span, q, u.quotes))) {
          unitSource ??= source;
          continue;
        }
        const clause = reportedClause(p.text, p.masked, span, c);
        // "Roe apologised to customers at a briefing.": a verb of speech with nothing reported; it
        // still names who speaks in the quotes around it ("“…?” Roe added on Fox. “…”").
        // "“…,” said Jane Roe, 71, who sells jam": after a quote and its source, an apposition.
        const apposition =
          clause !== null &&
          u.quotes.some((q) => q.end <= c.from) &&
          /^[\s,]*$/u.test(p.masked.slice(c.to, clause[0])) &&
          APPOSITION_AFTER_SOURCE.test(p.text.slice(clause[0])) &&
          // "…, said Roe, who predicted that …": a relative clause that says something is a statement.
          !p.text
            .slice(clause[0], clause[1])
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .some((w) => SPEECH_VERBS.has(w));
        // "Roe apologised to customers at a press conference in Reading.": nothing reported, but where
        // Roe spoke; the sentence is the statement, for "where did Roe apologise?". Not after a quote
        // ("“No,” Roe said at City Hall."): the quote is what was said there.
        const spokeAt =
          !clause && !apposition && source.place !== null && !u.quotes.some((q) => q.end <= c.from);
        if ((!clause || apposition) && !spokeAt) {
          unitSource ??= source;
          continue;
        }
        const [from, to] =
          clause && !spokeAt
            ? [Math.max(clause[0], p.dateline), clause[1]]
            : [Math.max(span.start, p.dateline), span.end];
        // "telling the council that “…”": a reported clause that is only a quote is that quote, once.
        if (
          u.quotes.some((q) => q.start >= from - 1 && q.end <= to + 1 && to - from - (q.end - q.start) <= 2)
        ) {
          unitSource ??= source;
          continue;
        }
        const place = source.place ?? introPlace(p.masked, u);
        this.push(source, 'indirect', p.text.slice(from, to), from, to, place, p.n, u, ui);
        unitSource ??= source;
      }
      if (unitSource) lastWithStatement = ui;
      // "Cllr Jane Roe opened the debate. “Doing nothing is no option.”": a sentence with no quote and
      // no attribution, whose subject is a person, hands a lone quote right after it to that person.
      this.bareBefore = !unitSource && u.quotes.length === 0 && u.cues.length === 0 ? ui : -1;
      previous = unitSource
        ? { source: unitSource, place: this.out[this.out.length - 1]?.place ?? null, quoted }
        : quoted || u.quotes.length > 0
          ? previous
          : null;
    }
    this.recalled = this.recollectionBefore(p);
    const lastUnit = p.units[p.units.length - 1];
    const lastQuote = lastUnit?.quotes[lastUnit.quotes.length - 1];
    this.carried = previous
      ? {
          source: previous.source,
          open: lastQuote?.open === true,
          last: lastWithStatement === p.units.length - 1,
        }
      : null;
    // "Jane Roe, a farmer, said that given the choice:" — a paragraph ending with a colon after its
    // attribution introduces the quote that opens the next one.
    const intro =
      lastUnit && !lastUnit.headline && /:\s*$/u.test(p.masked.slice(lastUnit.start, lastUnit.end));
    const cue = intro ? mainCue(lastUnit.cues) : null;
    // "… how the website rated this statement by Roe:": the words are another's, whom the colon
    // does not make sure of; nobody is carried.
    const another = cue && lastUnit && ANOTHERS_WORDS.test(p.masked.slice(cue.verb.end, lastUnit.end));
    const source = cue && lastUnit && !another ? this.sourceOf(cue, p, lastUnit, p.units.length - 1) : null;
    if (source) this.carried = { source: { ...source, via: 'introduced' }, open: true, last: true };
    else if (another) this.carried = null;
  }

  /**
   * "- Jane Roe." (or "—Mayor Jane Roe, Lyon.") right after a paragraph that is one quote and nothing
   * else: a roundup's credit line, naming who said it. It outranks a speaker guessed from the
   * paragraphs before, not one a cue names; the line itself states nothing.
   */
  private readCreditLine(p: ReadParagraph): boolean {
    const before = this.lastRead;
    const u = p.units[0];
    if (p.units.length !== 1 || !u || before?.n !== p.n - 1) return false;
    const quotes = before.units.flatMap((x) => x.quotes);
    const q = quotes[0];
    if (quotes.length !== 1 || !q || q.open || isTitle(q.text)) return false;
    if (!/^[\s.,]*$/u.test(before.text.slice(0, q.start) + before.text.slice(q.end))) return false;
    const cue = creditCue(u.tokens, p.masked);
    if (!cue) return false;
    const at = this.out.findIndex((s) => s.paragraph === before.n && s.textStart === q.textStart);
    const said = this.out[at];
    if (said && !CONTEXT_SOURCES.has(said.via)) return false;
    this.see(p, u, 0);
    const source = this.sourceOf(cue, p, u, 0);
    if (!source) return false;
    if (said) this.out.splice(at, 1);
    const ui = before.units.findIndex((x) => x.quotes.includes(q));
    this.push(
      { ...source, via: 'credit' },
      'direct',
      q.text,
      q.textStart,
      q.textEnd,
      source.place,
      before.n,
      before.units[ui] as ReadUnit,
      ui,
    );
    this.carried = null;
    return true;
  }

  /** The person a paragraph ends recalling something (`recollectionBefore`), and that paragraph's number. */
  private recalled: { source: Source; n: number } | null = null;

  /**
   * "Jane Roe remembers the winter the river froze." closing a paragraph: a person named in full who
   * remembers, as the subject of a sentence that quotes and reports nothing, will speak the lone
   * quote that makes up the next paragraph ("“We walked to school across the ice.”"). Sentences
   * after it in the paragraph may go on with the memory, as long as they name no one: another name
   * may be whose words follow.
   */
  private recollectionBefore(p: ReadParagraph): { source: Source; n: number } | null {
    for (let ui = p.units.length - 1; ui >= 0; ui--) {
      const u = p.units[ui] as ReadUnit;
      if (u.headline || u.quotes.length > 0 || u.cues.length > 0) return null;
      // Only a sentence holding such a verb has its subject read.
      const recalls = u.tokens.some((t) => RECOLLECTION_VERBS.has(t.lower));
      const subject = recalls ? this.subjectPerson(p, u) : null;
      const verb = subject ? RECOLLECTION_AFTER.exec(p.masked.slice(subject.mention.end, u.end))?.[1] : null;
      if (subject && verb && RECOLLECTION_VERBS.has(verb))
        return { source: { ...subject, via: 'recollection' }, n: p.n };
      if (u.named.length > 0) return null;
    }
    return null;
  }

  /**
   * The pieces of a quote run, given the speaker its closing paragraph names, in reading order. A
   * piece naming that speaker is narration after a stray mark, not their words: the run ends there.
   */
  private closeRun(source: Source): void {
    const named = this.openRun.findLastIndex(({ q }) => namesSurname(q.text, source.mention.name));
    for (const { p, u, ui, q } of this.openRun.slice(named + 1)) {
      const at = this.out.findIndex((s) => s.paragraph > p.n);
      this.push(
        { ...source, via: 'run' },
        'direct',
        q.text,
        q.textStart,
        q.textEnd,
        source.place,
        p.n,
        u,
        ui,
      );
      if (at >= 0) this.out.splice(at, 0, this.out.pop() as RawStatement);
    }
    this.openRun = [];
  }

  /**
   * An interview's answer line, "A: …" or "ROE: …" (the speaker's label, then their words without
   * quote marks): every sentence of it is that speaker's, said as written. A question line ("Q: …")
   * is the interviewer's and no statement.
   */
  private readTranscriptLine(p: ReadParagraph): boolean {
    const first = p.units[0];
    if (!first || p.units.some((u) => u.quotes.length > 0)) return false;
    const qa = TRANSCRIPT_QA.exec(p.text);
    let source: Source | null = null;
    let from: number;
    if (qa) {
      // The one answering is, of the persons named before the interview's first question, the one
      // the article names most. An "A." before any "Q" line is an initial ("A. J. Lund said …").
      if ((qa[1] as string).toUpperCase() === 'Q') {
        this.interviewee ??= this.mostNamedSoFar();
        return true;
      }
      const key = this.interviewee;
      const named = key ? this.lastMention.get(key) : undefined;
      if (!key || !named) return false;
      // "A: The road was last inspected in March, said spokeswoman Jane Roe.": a line naming who
      // said it is read as any sentence is.
      const others = (c: Cue) => c.kind === 'verb' && c.mention?.kind === 'person' && c.mention.sure;
      if (p.units.some((x) => x.cues.some(others))) return false;
      source = { mention: { ...named, role: null }, key, person: true, place: null, via: 'transcript' };
      from = qa[0].length;
    } else {
      const label = first.cues.find((c) => c.kind === 'label');
      if (!label?.mention || first.cues.some((c) => c !== label && c.from < label.to)) return false;
      // "ROE:" or "Roe:" is a speaker's label where the article names a Roe in full; "UPDATE:" is not,
      // nor "Jordan:" where it names a Jordan Lund.
      const key = this.persons.keyOf(label.mention.name, label.mention.gender);
      const full = this.persons.fullName(key);
      if (!full || !namesSurname(label.mention.name, full)) return false;
      source = this.sourceOf(label, p, first, 0);
      if (source) source = { ...source, person: true };
      from = label.to + 1;
    }
    if (!source) return false;
    // "Roe: Student loans. Senator Roe proposed …": a line naming its label is about them, not by them.
    if (namesSurname(p.text.slice(from), source.mention.name)) return false;
    for (let ui = 0; ui < p.units.length; ui++) {
      const u = p.units[ui] as ReadUnit;
      this.see(p, u, ui);
      const start = Math.max(u.start, from);
      const text = p.text.slice(start, u.end).trim();
      if (text.length === 0) continue;
      const at = p.text.indexOf(text, start);
      this.push(source, 'direct', text, at, at + text.length, null, p.n, u, ui);
    }
    this.carried = null;
    this.openRun = [];
    return true;
  }

  /** Notes the unit's persons for later pronouns; the main cue's source is its subject. */
  private see(p: ReadParagraph, u: ReadUnit, ui: number): void {
    const main = mainCue(u.cues);
    if (!main?.pronoun) this.seePronounSubject(p, u, ui);
    // The sentence's subject: the main cue's source; with no cue and several names, the noun phrase
    // that opens the clause ("Asked about Roe, Doe blamed …" → Doe).
    const head =
      main?.mention ??
      (u.named.length > 1 ? (clauseSubject(u.tokens, u.tokens.length, p.masked)?.mention ?? null) : null);
    for (const m of u.named) {
      const key = this.persons.keyOf(m.name, m.gender);
      if (m.kind === 'organization' && m.sure) this.organizations.push(m);
      const subject = head ? head.end === m.end : false;
      // "former Roe speechwriter Jane Doe wrote": a name modifying the subject is not the subject.
      const modifier = head !== null && !subject && isModifierOf(m, head, p.masked);
      // "“…,” Roe said.": a single name that speaks is someone a later "he" or "she" may stand for,
      // though no pronoun has followed it yet.
      // "The Europeans derided …": a word after "the" names a people or a body, not a person.
      const determined = /(?:^|\s)the\s+$/iu.test(p.masked.slice(Math.max(0, m.start - 5), m.start));
      const speaks =
        !m.sure &&
        !determined &&
        ((main?.mention?.end === m.end && this.persons.mayBePerson(key)) ||
          (m.start === u.firstWord && this.persons.opensAsSubject(key)));
      if (m.kind !== 'person' && !this.persons.isPerson(key) && !speaks) continue;
      // "Among Latinos under 30, she won …": a people's plural name is a group; no "he" or "she"
      // stands for it.
      if (PEOPLE_PLURALS.has(m.name)) continue;
      // "But the Common Core was rolled out badly, she said": a capitalised name right after "the",
      // with no honorific or role of its own, names a thing or a body; no "he" or "she" stands for it.
      // A short form of a person named in full ("the Donald") is still that person.
      if (determined && !m.honorific && !m.role && key === nameKey(m.name)) continue;
      if (!m.sure && !this.persons.isName(key)) continue;
      const lead = p.masked.slice(Math.max(0, m.start - 20), m.start);
      // "Republicans on Capitol Hill": a name after a preposition of place, with no honorific or
      // role, is a place or a building; no "he" or "she" stands for it.
      if (
        PLACE_PREPOSITION_BEFORE.test(lead) &&
        !m.honorific &&
        !m.role &&
        !this.persons.isTitled(key) &&
        !aimedAt(u.tokens, u.tokens.findIndex((t) => t.start === m.start) - 1)
      )
        continue;
      this.lastMention.set(key, m);
      // "As for Roe, he said …": the topic a sentence opens with is who its pronoun stands for.
      const object = PREPOSITION_BEFORE.test(lead) && !TOPIC_BEFORE.test(lead);
      this.persons.see(
        key,
        p.n,
        ui,
        m.start,
        subject ||
          (m.start === u.firstWord &&
            !modifier &&
            (head === null || (main !== null && subordinateCue(u.tokens, main)))),
        object,
      );
    }
    // "Suu Kyi's fate is unclear, but she said …": the possessor opening a sentence is who its
    // pronouns stand for, and its subject when no name or cue is.
    for (const m of u.possessors) {
      const key = this.persons.keyOf(m.name, m.gender);
      if (m.start !== u.firstWord || (m.kind !== 'person' && !this.persons.isPerson(key))) continue;
      if (!this.lastMention.has(key)) this.lastMention.set(key, m);
      this.persons.see(key, p.n, ui, m.start, head === null);
    }
  }

  /**
   * "During his tour of the island, he paused …": a "he" or "she" subject of a sentence that reports
   * nothing still names its person again, for the pronouns of the sentences after it.
   */
  private seePronounSubject(p: ReadParagraph, u: ReadUnit, ui: number): void {
    const t = u.tokens.find((x) => !x.quoted && PRONOUN_SUBJECT.test(x.lower));
    if (!t) return;
    const subject = clauseSubject(u.tokens, u.tokens.length, p.masked);
    // "It is not as if she never backed anyone - she campaigned for nominee Tomas Berg.": a "he" or
    // "she" before every name of the sentence is still whom the sentence is about, when each name
    // after it is the object of a preposition (what it did, not whom the next "she said" stands for).
    // Not when a name may be a subject ("As he left, Roe said …") or someone's ("Roe's aide said he
    // …"): the pronoun may then stand for it.
    const named =
      subject?.mention ||
      u.possessors.length > 0 ||
      u.named.some((m) => m.start < t.start || !objectOfPreposition(p.masked, t.end, m.end - m.name.length));
    const pronoun = subject?.pronoun ?? (named ? null : t.lower.startsWith('he') ? 'male' : 'female');
    if (!pronoun) return;
    const key = this.persons.resolve(pronoun, p.n, ui, t.start);
    if (key && this.lastMention.has(key)) this.persons.see(key, p.n, ui, t.start, true);
  }

  /** The source of a quote: the cue next to it, the sentence's cue or subject, or the context. */
  private quoteSource(
    q: QuoteSpan,
    p: ReadParagraph,
    u: ReadUnit,
    ui: number,
    previous: Previous | null,
  ): Source | null {
    const colon = colonCue(
      u.tokens,
      u.tokens.findIndex((t) => t.quoted && t.start >= q.start),
      p.masked,
    );
    // "Brokers agree - Jane Roe: “…”": a name set off by a dash before the colon labels the quote;
    // the verb before the dash belongs to a heading.
    const labelled =
      colon?.mention &&
      colon.mention.kind !== 'unnamed' &&
      DASH_BEFORE.test(p.masked.slice(Math.max(0, colon.from - 4), colon.from));
    const cue = (labelled ? colon : null) ?? cueFor(q, u, p.masked, p.text) ?? colon;
    // "Roe, author of “The Long Coast,” said": a title in the source's own apposition is no statement.
    const aside = cue?.asideSpan;
    if (aside && aside[0] <= q.start && q.end <= aside[1] && isTitle(q.text.replace(/\.$/u, ''))) return null;
    // "Asked by Roe if the mayor “gets” it, Hale …": a quote in the question is the asker's.
    const asker = askedBy(u.tokens, q, p.masked);
    const asked = asker ? this.openerSource(asker, p, u, ui, 'asked-by') : null;
    if (asked) return asked;
    const own = cue ? (this.subordinateSource(cue, q, p, u, ui) ?? this.sourceOf(cue, p, u, ui)) : null;
    const next = p.units[ui + 1];
    const bare = next && next.quotes.length === 0 ? mainCue(next.cues) : null;
    const bareSource =
      bare && !bare.pronoun && clauseWords(next as ReadUnit, bare) < 2
        ? this.sourceOf(bare, p, next as ReadUnit, ui + 1)
        : null;
    // "“…,” he said. Roe said.": the named attribution wins over the pronoun.
    if (own && (!cue?.pronoun || !bareSource)) return own;
    if (bareSource) return by(bareSource, 'bare');
    // "“…?” Roe told reporters on Monday.": a sentence opening with its attribution follows the quote.
    // The next sentence may hold quotes of its own ("“…?” Roe asked, citing “…”").
    // But a quote closed by a full stop after a quote of the paragraph goes on that speaker's words:
    // "“…,” Roe said. “….” Lund said he …" is Roe's twice.
    // (The cue opening it, not its main one: "“…!” Roe declared after callers asked how much …".)
    const lead = next?.cues.find((c) => c.kind === 'verb' && c.from <= next.start + 1) ?? null;
    const goesOn = previous?.quoted === true && ui > 0 && /\.$/u.test(q.text);
    if (
      !own &&
      next &&
      lead &&
      lead.kind === 'verb' &&
      lead.from <= next.start + 1 &&
      quoteOnly(u, q) &&
      !goesOn
    ) {
      const leading = this.sourceOf(lead, p, next, ui + 1);
      if (leading) return by(leading, 'leading');
    }
    const opensParagraph = ui === 0 && q.start <= 1;
    if (opensParagraph && this.carried?.open) return by(this.carried.source, 'open');
    // "Roe stars in “Harbour Lights”": with no verb of saying, a quoted name or title is no statement;
    // the subject still speaks the quote of the next sentence, if it has no attribution of its own.
    const title = isTitle(q.text);
    // The subject of the clause the quote stands in ("And Roe, after pushing out a video about the
    // “…,” revamped …"), else the sentence's.
    const at = u.tokens.findIndex((t) => t.quoted && t.start >= q.start);
    // "As the debate went on and Roe stood by his comment that “…”": the subject "and" brings in.
    const joined = u.cues.length === 0 && at > 0 ? coordinatedSubject(u.tokens, at, p.masked) : null;
    const subject =
      u.cues.length === 0
        ? ((joined ? { mention: joined, pronoun: null, asideSpan: null, place: null } : null) ??
          (at > 0 ? clauseSubject(u.tokens, at, p.masked, true) : null) ??
          clauseSubject(u.tokens, u.tokens.length, p.masked))
        : null;
    // "To Ann Roe, Hale is the “kind-hearted” man who saved her farm": a sentence that opens with
    // whose view it gives, and reports no one saying it, is that person's view.
    const viewer = u.cues.length === 0 ? viewOf(u.tokens, q, p.masked) : null;
    const viewed =
      viewer && this.isPerson(viewer, this.persons.keyOf(viewer.name, viewer.gender))
        ? this.openerSource(viewer, p, u, ui, 'view')
        : null;
    if (viewed) return viewed;
    // The quote in a clause of its own subject speaks for that subject, not the sentence's; a quote
    // no subject would have spoken stays as it was.
    const inner = subject ? this.subordinateSource(null, q, p, u, ui) : null;
    if (inner) return inner;
    // "Roe was asked, “What is …?”": the subject of a passive of asking is the one asked; the
    // question is the asker's, whom the sentence does not name.
    if (subject && at > 1 && askedOf(u.tokens, at)) return null;
    // "He anticipated that the job would be “…”": a pronoun subject is resolved like a cue's.
    if (subject?.pronoun) {
      const pronoun = u.tokens.find((t) => !t.quoted) as Token;
      const source = this.sourceOf(
        cueWith(SUBJECT_CUE, {
          pronoun: subject.pronoun,
          verb: pronoun,
          from: pronoun.start,
          to: pronoun.end,
        }),
        p,
        u,
        ui,
      );
      if (source) return by(source, title ? 'title' : 'subject:pronoun');
    }
    if (subject?.mention) {
      const key = this.persons.keyOf(subject.mention.name, subject.mention.gender);
      if (!subject.mention.sure && !this.persons.isName(key)) return null;
      const person = this.isPerson(subject.mention, key);
      return {
        mention: subject.mention,
        key,
        person,
        place: subject.place,
        via: title ? 'title' : 'subject',
      };
    }
    if (title) return null;
    if (quoteOnly(u, q)) {
      if (previous && ui > 0) return by(previous.source, 'previous');
      const bare = this.bareBefore === ui - 1 ? p.units[ui - 1] : undefined;
      const subject = bare ? this.subjectPerson(p, bare, ui - 1) : null;
      if (subject) return subject;
      if (opensParagraph && this.carried?.last) return by(this.carried.source, 'carried');
      // A paragraph that is nothing but quotes, right after one ending "Roe remembers …".
      const recalled = this.recalled?.n === p.n - 1 ? this.recalled.source : null;
      if (opensParagraph && recalled && p.units.every((x) => x.quotes.some((y) => quoteOnly(x, y))))
        return recalled;
    }
    return null;
  }

  /**
   * The source a name in a sentence's opening phrase stands for ("Asked by Roe if …", "To Roe, …"),
   * resolved as a cue's subject is, marked `via`.
   */
  private openerSource(m: Mention, p: ReadParagraph, u: ReadUnit, ui: number, via: string): Source | null {
    const made = cueWith(SUBJECT_CUE, { mention: m, verb: u.tokens[0] as Token, from: m.start, to: m.end });
    return by(this.sourceOf(made, p, u, ui), via);
  }

  /**
   * "Hale called Roe a “disgrace” after she blamed the floods on “bad luck”", "When Roe tried to
   * defend her remarks calling the plan “…,” Hale differed": a quote in a clause that a subordinator
   * opens, with a subject and a verb in the past of its own, is that subject's words. Not when a
   * cue between the clause and the quote names someone of its own ("after Roe said Doe called it
   * “…”" is read by that cue), nor a quote the cue after it attributes.
   */
  private subordinateSource(
    cue: Cue | null,
    q: QuoteSpan,
    p: ReadParagraph,
    u: ReadUnit,
    ui: number,
  ): Source | null {
    // A title in the clause ("after Roe revived “Harbour Lights”") is no one's words.
    if ((cue && cue.from >= q.end) || isTitle(q.text)) return null;
    const sub = subordinateSubject(u.tokens, p.masked, u.start, q.start);
    if (!sub) return null;
    // A cue before the clause: no other between them. A cue inside it: one whose subject is the
    // clause's, a participle or a verb with no name of its own there ("… her remarks calling the
    // plan “…”", "after she attacked the police and blamed …").
    if (
      cue && cue.to <= sub.at
        ? u.cues.some((c) => c.from > cue.to && c.from < sub.at)
        : cue && cue.kind !== 'participle' && (cue.mention?.start ?? -1) >= sub.at
    )
      return null;
    const made = cueWith(SUBJECT_CUE, {
      mention: sub.mention,
      pronoun: sub.pronoun,
      verb: sub.last,
      from: sub.first.start,
      to: sub.last.end,
    });
    return by(this.sourceOf(made, p, u, ui), `${cue?.kind ?? 'subject'}:subordinate`);
  }

  /** The speaker of the unit before, in the paragraph being read. */
  private previous: Previous | null = null;

  /** The source a cue names, with a pronoun resolved to a person of the article. */
  private sourceOf(cue: Cue, p: ReadParagraph, u: ReadUnit, ui: number): Source | null {
    if (cue.kind === 'continued') return this.previous ? by(this.previous.source, 'continued') : null;
    // "Jane Roe scored twice. “…,” said the 24-year-old.", "… the Swede told reporters": an age or a
    // nationality stands for the one named last, as a pronoun would, when a "he" and a "she" there
    // would find the same person.
    const epithet =
      cue.mention !== null &&
      ((cue.mention.kind === 'unnamed' &&
        (AGE_EPITHET.test(cue.mention.name) || PERSON_EPITHET.test(cue.mention.name))) ||
        demonymEpithet(cue.mention, p.masked));
    if (epithet) {
      // "Okonjo rose to meet Reay's cross. “…,” said the 19-year-old.": the person the sentence
      // before is about, when it is about one; else the one a "he" and a "she" would both find.
      const before =
        ui > 0 ? { p, u: p.units[ui - 1] } : { p: this.lastRead, u: this.lastRead?.units.at(-1) };
      const subject = before.p && before.u ? this.subjectOf(before.p, before.u) : null;
      const at = [cue.from, reportStart(u, cue)] as const;
      const him = subject ? null : this.persons.resolve('male', p.n, ui, ...at);
      const her = subject ? null : this.persons.resolve('female', p.n, ui, ...at);
      const key = subject?.key ?? (him === her || her === null ? him : him === null ? her : null);
      const named = subject?.mention ?? (key ? this.lastMention.get(key) : undefined);
      if (key && named) {
        const place = cue.place ?? placeAfterVerb(u.tokens, cue, p.masked);
        return { mention: { ...named, role: null }, key, person: true, place, via: `${cue.kind}:epithet` };
      }
    }
    // "One fan said: “…” Another said: “…”": another of the ones the unnamed source before was one of.
    if (cue.mention?.kind === 'unnamed' && cue.mention.name.toLowerCase() === 'another') {
      const before = this.previous?.source.mention;
      const kind = before?.kind === 'unnamed' ? /^(?:one|a|an)\s+(.+)$/iu.exec(before.name)?.[1] : undefined;
      if (!kind) return null;
      const mention = { ...cue.mention, name: `another ${kind}` };
      return {
        mention,
        key: nameKey(mention.name),
        person: false,
        place: cue.place,
        via: `${cue.kind}:another`,
      };
    }
    if (cue.mention?.kind === 'unnamed') {
      // "Brightstage said on X that … “…,” the post said.": a document speaks for the one who just
      // spoke through it.
      const document = DOCUMENT_SPEAKS.exec(cue.mention.name);
      const before = p.units[ui - 1];
      // Only if that sentence says they put one out: else the document may be anyone's.
      const published = before !== undefined && PUBLISHED.test(p.masked.slice(before.start, before.end));
      const author = document && published ? this.previous?.source : null;
      if (author) return { ...author, place: cue.place ?? author.place, via: `${cue.kind}:document` };
      const named = this.describedAs(cue.mention);
      if (named)
        return {
          ...named,
          place: cue.place ?? placeAfterVerb(u.tokens, cue, p.masked),
          via: `${cue.kind}:described`,
        };
    }
    if (cue.mention) {
      // "An earlier version of this article said …": a correction quoting the article's own error.
      if (SELF_REFERENCE.test(p.masked.slice(u.start, cue.verb.start))) return null;
      const key = this.persons.keyOf(cue.mention.name, cue.mention.gender);
      if (!cue.mention.sure && !this.persons.isName(key)) return null;
      const place = cue.place ?? placeAfterVerb(u.tokens, cue, p.masked);
      return { mention: cue.mention, key, person: this.isPerson(cue.mention, key), place, via: cue.kind };
    }
    if (!cue.pronoun) return null;
    const ahead = this.forwardSubject(cue, p, u);
    if (ahead) return { ...ahead, place: cue.place ?? placeAfterVerb(u.tokens, cue, p.masked) };
    // "A spokesman for the trust said … “We are sorry,” he said.": the pronoun right after a speaker
    // the text brings in only by a description of a man or a woman, in the same paragraph, stands
    // for that speaker.
    const described = this.previous?.source.mention;
    // So does one the text names as a body's man or woman ("A spokesman for the Harbour Trust said").
    const bodyRole = described?.kind === 'organization' && described.role !== null ? described.role : null;
    // One a pronoun already stood for (`personDescribedBefore`), of whatever sex the words allow.
    const sex = described ? genderOfWords(tokenize(described.name, 0)) : null;
    const spokenFor = /:described-(?:before|pronoun)$/u.test(this.previous?.source.via ?? '');
    if (
      described &&
      ((described.kind === 'unnamed' &&
        // Only one the text brings in as new ("a spokesman"): "the businessman" is most often someone
        // named before, whom the pronoun finds by name.
        /^(?:a|an|one|another)\s/iu.test(described.name) &&
        (sex === cue.pronoun || (sex === null && spokenFor))) ||
        (bodyRole !== null && genderOfWords(tokenize(bodyRole, 0)) === cue.pronoun)) &&
      ui > 0 &&
      !u.named.some((m) => m.start < cue.from && m.kind === 'person')
    )
      return {
        ...(this.previous as Previous).source,
        place: cue.place ?? placeAfterVerb(u.tokens, cue, p.masked),
        via: `${cue.kind}:described-pronoun`,
      };
    const introduced = this.personDescribedBefore(cue, p, u, ui);
    if (introduced)
      return {
        ...introduced,
        place: cue.place ?? placeAfterVerb(u.tokens, cue, p.masked),
        via: `${cue.kind}:described-before`,
      };
    const after = namedInOwnClause(u, cue, (m) => this.persons.keyOf(m.name, m.gender));
    const key = this.persons.resolve(cue.pronoun, p.n, ui, cue.from, reportStart(u, cue), after);
    // "The prime minister said … He added: “…”": with no person named whom the pronoun could stand
    // for, it stands for the description that spoke just before in the paragraph, when its words
    // allow the pronoun's sex.
    if (
      !key &&
      described?.kind === 'unnamed' &&
      /^the\s/iu.test(described.name) &&
      (sex === null || sex === cue.pronoun) &&
      ui > 0 &&
      this.previous?.source.key !== undefined
    )
      return {
        ...(this.previous as Previous).source,
        place: cue.place ?? placeAfterVerb(u.tokens, cue, p.masked),
        via: `${cue.kind}:described-pronoun`,
      };
    if (!key) return null;
    // "He added …": the pronoun names the person again, for the pronouns after it.
    this.persons.see(key, p.n, ui, cue.from, true);
    const named = this.lastMention.get(key);
    if (!named) return null;
    const place = cue.place ?? placeAfterVerb(u.tokens, cue, p.masked);
    return { mention: { ...named, role: null }, key, person: true, place, via: `${cue.kind}:pronoun` };
  }

  /**
   * "A librarian at the county archive, who …, keeps the old maps. “…,” she told me.": a "he" or
   * "she" right after a sentence that quotes and reports nothing and opens with a person brought in
   * by a job and no name (`describedOpener`) stands for that person, when the description's words
   * allow the pronoun's sex and no person is named in that sentence or before the pronoun.
   */
  private personDescribedBefore(
    cue: Cue,
    p: ReadParagraph,
    u: ReadUnit,
    ui: number,
  ): Omit<Source, 'place' | 'via'> | null {
    const before =
      ui > 0
        ? { p, u: p.units[ui - 1] }
        : this.lastRead?.n === p.n - 1
          ? { p: this.lastRead, u: this.lastRead.units.at(-1) }
          : null;
    const b = before?.u;
    if (!before || !b || b.headline || b.quotes.length > 0 || b.cues.length > 0) return null;
    const personal = (m: Mention) =>
      m.kind === 'person' || this.persons.isPerson(this.persons.keyOf(m.name, m.gender));
    if (b.named.some(personal) || u.named.some((m) => m.start < cue.from && personal(m))) return null;
    const mention = describedOpener(b.tokens, before.p.masked);
    if (!mention) return null;
    const sex = genderOfWords(tokenize(mention.name, 0));
    if (sex !== null && sex !== cue.pronoun) return null;
    return { mention, key: this.persons.keyOf(mention.name), person: false };
  }

  /**
   * "Though she called the plan “a disgrace,” Roe voted for it": a pronoun that opens a subordinate
   * clause opening the sentence stands for the person the main clause then names as its subject,
   * when that person is known to be of the pronoun's sex (of unknown sex, the pronoun is as often
   * someone named before: "Lind chaired it. After she called it “…,” Holm left").
   */
  private forwardSubject(cue: Cue, p: ReadParagraph, u: ReadUnit): Omit<Source, 'place'> | null {
    const first = u.tokens.findIndex((t) => !t.quoted);
    const opener = u.tokens[first];
    const pronoun = u.tokens[first + 1];
    if (!opener || opener.lower === 'that' || !SUBORDINATORS.has(opener.lower) || opener.trailing)
      return null;
    if (!pronoun || pronoun.start !== cue.from) return null;
    const subject = clauseSubject(u.tokens, u.tokens.length, p.masked)?.mention;
    if (subject?.kind !== 'person' || subject.start <= cue.to) return null;
    const key = this.persons.keyOf(subject.name, subject.gender);
    const sex = this.persons.genderOf(key);
    if (sex !== cue.pronoun) return null;
    return { mention: subject, key, person: true, via: `${cue.kind}:forward` };
  }

  /**
   * The one person the article names with this very role, for a description by an owner ("Hale’s
   * campaign manager said", "Hale’s campaign manager, Ivo Marsh," anywhere in the article); else
   * the organisation a definite description stands for: "the board" for the "Illinois Board of
   * Elections" named before it; else the one person named before it whose title holds every word of
   * it: "the vice president" for "Vice President Jane Roe", "the governor" for "Gov. Tom Hale".
   * (A description a title does not spell out, "the nominee", is left as written: a role read from
   * the text around a name proved too weak a guide.)
   */
  private describedAs(m: Mention): Omit<Source, 'place' | 'via'> | null {
    const held = OWNED_DESCRIPTION.test(m.name) ? this.persons.holderOf(m.name) : null;
    if (held) {
      const name = this.persons.fullName(held) ?? this.lastMention.get(held)?.name;
      if (name)
        return { mention: { ...m, name, role: null, kind: 'person', sure: true }, key: held, person: true };
    }
    const words = /^[Tt]he\s+(?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+)$/u.exec(m.name);
    const head = words?.[1];
    const org = head ? this.lastOrganization(head) : null;
    if (org) return { mention: org, key: this.persons.keyOf(org.name), person: false };
    const key = head ? this.titledAs(m.name.toLowerCase().split(/\s+/u).slice(1)) : null;
    const named = key ? this.lastMention.get(key) : undefined;
    return key && named ? { mention: { ...named, role: null }, key, person: true } : null;
  }

  /**
   * The only person named so far with a title that ends in the description's last word, a word for
   * an office or a job, and holds all its words (abbreviations read out): "Vice President Jane Roe"
   * for "the vice president", never "Trump campaign manager Tom Hale" for "the Trump campaign".
   */
  private titledAs(words: readonly string[]): string | null {
    const head = words.at(-1) as string;
    if (!TITLE_WORDS.has(head)) return null;
    let found: string | null = null;
    for (const key of this.lastMention.keys()) {
      const fits = this.persons.rolesOf(key).some((role) => {
        const title = role.split(/\s+/u).map((w) => (TITLE_ABBREVIATIONS.get(w) ?? w).toLowerCase());
        return title.at(-1) === head && words.every((w) => title.includes(w));
      });
      if (!fits) continue;
      if (found !== null) return null;
      found = key;
    }
    return found;
  }

  /** The last organisation named whose name holds `head` as a word ("board" → "Board of Elections"). */
  private lastOrganization(head: string): Mention | null {
    for (let i = this.organizations.length - 1; i >= 0 && i >= this.organizations.length - 40; i--) {
      const o = this.organizations[i] as Mention;
      if (lowerWords(o).includes(head)) return o;
    }
    return null;
  }

  /** Organisations named so far, in reading order. */
  private readonly organizations: Mention[] = [];

  private isPerson(m: Mention, key: string): boolean {
    return m.kind === 'person' || (m.kind === 'organization' && !m.sure && this.persons.isPerson(key));
  }

  /** The last mention of each key, for a pronoun to stand for. */
  private readonly lastMention = new Map<string, Mention>();
  /** The one an interview's answers ("A: …") are given to ('' for none), fixed at its first line. */
  private interviewee: string | null = null;

  private mostNamedSoFar(): string {
    let best = '';
    for (const key of this.lastMention.keys())
      if (best === '' || this.persons.timesNamed(key) > this.persons.timesNamed(best)) best = key;
    return best;
  }

  private push(
    source: Source,
    kind: StatementKind,
    text: string,
    textStart: number,
    textEnd: number,
    place: string | null,
    paragraph: number,
    u: Unit,
    ui: number,
  ): void {
    this.out.push({
      mention: source.mention,
      key: source.key,
      person: source.person,
      via: source.via,
      fullName: source.person ? this.persons.fullName(source.key) : null,
      roles: source.person ? this.persons.rolesOf(source.key) : [],
      kind,
      text,
      textStart,
      textEnd,
      place,
      article: this.article,
      paragraph,
      sentence: ui + 1,
      start: u.start,
      end: u.end,
    });
  }

  /** Gives a statement the source a later bare attribution names. */
  private assign(s: RawStatement, source: Source, end: number): void {
    s.mention = source.mention;
    s.key = source.key;
    s.person = source.person;
    s.via = 'bare';
    s.fullName = source.person ? this.persons.fullName(source.key) : null;
    s.roles = source.person ? this.persons.rolesOf(source.key) : [];
    s.end = end;
  }
}

/**
 * A mention's name in lower-case words. `lastOrganization` asks it of up to 40 organisations for each
 * description; kept per mention (a weak map: it goes with its article).
 */
function lowerWords(m: Mention): string[] {
  let words = LOWER_WORDS.get(m);
  if (!words) {
    words = m.name.toLowerCase().split(/\s+/u);
    LOWER_WORDS.set(m, words);
  }
  return words;
}
const LOWER_WORDS = new WeakMap<Mention, string[]>();

/** Words that open a relative clause: a name after one is in a clause of its own. */
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which']);

/**
 * Keys of the persons named after a pronoun cue in its own clause (to the next comma, colon, semicolon
 * or dash): "He has declared Roe “anointed”" — "he" is not Roe. None when a subordinator comes before
 * the pronoun in its sentence: "Though she called it “outrageous,” Roe restricted …" points forward.
 */
function namedInOwnClause(u: ReadUnit, cue: Cue, keyOf: (m: Mention) => string): Set<string> {
  const keys = new Set<string>();
  const at = u.tokens.findIndex((t) => t.start >= cue.from);
  if (at < 0 || u.tokens.slice(0, at).some((t) => !t.quoted && SUBORDINATORS.has(t.lower))) return keys;
  let end = u.end;
  for (let k = at; k < u.tokens.length; k++) {
    const t = u.tokens[k] as Token;
    // "he said after Roe admitted …", "the story of a voter who held a Roe sign": another clause.
    if (
      k > at &&
      !t.quoted &&
      (SUBORDINATORS.has(t.lower) || RELATIVE_WORDS.has(t.lower)) &&
      t.lower !== 'that'
    ) {
      end = t.start;
      break;
    }
    if (!t.quoted && /[,;:—–]/u.test(t.trailing)) {
      end = t.end;
      break;
    }
  }
  for (const m of u.named) if (m.start >= cue.to && m.end <= end) keys.add(keyOf(m));
  return keys;
}

/**
 * "The plan, he added, will fail", "Roe “ruined the port,” he said": a pronoun that reports, set
 * inside what it reports by commas, or after a quote that a name opens the sentence before, cannot
 * stand for a name of that report (a pronoun never stands for a name in the clause it governs: "he
 * said Roe ruined the port"). Returns where the report starts in the sentence, or the pronoun's
 * offset when it reports nothing before it. A clause opening the sentence with a subordinator
 * ("When she saw Roe, her eyes widened, he said") is no part of that: there the name may be "he".
 */
function reportStart(u: ReadUnit, cue: Cue): number {
  if (!cue.pronoun) return cue.from;
  const at = u.tokens.findIndex((t) => t.start >= cue.from);
  const prev = u.tokens[at - 1];
  if (!prev) return cue.from;
  const first = u.tokens.findIndex((t) => !t.quoted);
  const opener = u.tokens[first];
  // ", he added, amount to …": the cue stands between commas, with the report on both sides.
  const end = u.tokens.findIndex((t) => t.end >= cue.to);
  const rest = u.tokens.slice(end + 1);
  if (
    /,$/u.test(prev.trailing) &&
    !prev.quoted &&
    u.tokens[end]?.trailing === ',' &&
    rest.some((t) => !t.quoted) &&
    !u.tokens.slice(0, at).some((t) => !t.quoted && /[:;]/u.test(t.trailing))
  ) {
    if (!opener || !SUBORDINATORS.has(opener.lower)) return opener?.start ?? cue.from;
    const comma = u.tokens.findIndex((t, k) => k >= first && k < at - 1 && t.trailing === ',');
    return comma >= 0 ? (u.tokens[comma + 1] as Token).start : cue.from;
  }
  // "Roe “ruined the port,” he said": a name, then at once the quote it is the subject of.
  // "Choosing between Roe and Doe is a “false choice,” she said": words running without a break
  // into the quote are the start of what she said, and their names are no one she can be.
  if (!prev.quoted) return cue.from;
  // "“I don’t think the old wisdom” - that Hale is seen as a liberal - “is going to last,” he says":
  // a sentence that opens with the quote reports from its start; a name between its parts is no one
  // the pronoun can be.
  if (u.tokens[0]?.quoted) return (u.tokens[0] as Token).start;
  const quote = u.tokens.findIndex((t) => t.quoted);
  const named = first >= 0 && quote > first && quote < at;
  const lead = u.tokens.slice(first, quote);
  const runsIn =
    opener !== undefined &&
    /^(?:he|she)$/u.test(u.tokens[at]?.lower ?? '') &&
    !SUBORDINATORS.has(opener.lower) &&
    lead.every((t) => !t.trailing) &&
    !u.cues.some((c) => c.from < (u.tokens[quote] as Token).start);
  return named && (runsIn || lead.every((t) => isNameWord(t) && !t.trailing))
    ? (opener as Token).start
    : cue.from;
}

/**
 * "Ryan frowned when Tapper asked …", "When Roe noted …": a cue whose clause a subordinator opens
 * reports an aside; it does not make its source the sentence's subject.
 */
function subordinateCue(tokens: readonly Token[], c: Cue): boolean {
  if (inSubordinateClause(tokens, c.from)) return true;
  const before = tokens.findLast((t) => t.end <= c.from);
  return before !== undefined && !before.quoted && !before.trailing && SUBORDINATORS.has(before.lower);
}

/** A name that stands right before the subject's name in one noun phrase, as its modifier. */
function isModifierOf(m: Mention, head: Mention, masked: string): boolean {
  if (m.end > head.end || head.start > m.end + 40) return false;
  const between = masked.slice(m.end, Math.max(m.end, head.start));
  return !/[,;:.()—–]/u.test(between) && between.trim().split(/\s+/u).length <= 3;
}

/** "he", "she", "he’s": a pronoun that may be a sentence's subject. */
const PRONOUN_SUBJECT = wordTest("he she he’s she’s he's she's");

/** The unit's main attribution: the best-scored cue. */
function mainCue(cues: readonly Cue[]): Cue | null {
  let best: Cue | null = null;
  for (const c of cues) if (!best || c.score > best.score) best = c;
  return best;
}

/**
 * The best cue of each clause of a unit, in reading order. A cue in a relative clause that is best
 * brings the clause's own cue of the same source along: "Roe, who said she votes Democratic, said
 * she likes Doe" reports both.
 */
function clauseCues(cues: readonly Cue[], masked: string): Cue[] {
  const best = new Map<number, Cue>();
  for (const c of cues) {
    const b = best.get(c.clause);
    if (!b || c.score > b.score) best.set(c.clause, c);
  }
  const out = [...best.values()];
  const relative = (c: Cue) => RELATIVE_CUE.test(masked.slice(c.from, c.from + 6));
  for (const r of [...out]) {
    if (!r.mention || !relative(r)) continue;
    const own = cues.find(
      (c) =>
        c.clause === r.clause &&
        c.verb.start > r.verb.start &&
        !relative(c) &&
        c.mention?.name === r.mention?.name,
    );
    if (own) out.push(own);
  }
  return out.sort((a, b) => a.verb.start - b.verb.start);
}

/** A cue that opens at a relative pronoun ("…, who said …"). */
const RELATIVE_CUE = /^(?:who|which)\b/iu;

/** The offsets of clause `n` of a unit (the whole unit when it has one clause). */
function clauseSpan(u: ReadUnit, n: number): Unit {
  const starts = u.clauses;
  if (starts.length === 0) return u;
  const start = n === 0 ? u.start : (starts[n - 1] as number);
  const end = n < starts.length ? (starts[n] as number) : u.end;
  return { start, end, sentence: u.sentence, quotes: u.quotes };
}

/** The most words of a quoted name or title ("Harbour Lights", "Tales of the Valley"). */
const MAX_TITLE_WORDS = 5;

/**
 * "Harbour Lights", "Tales of the Valley", "Bobby": every word capitalised (title case leaves short
 * function words in lower case) and no closing punctuation: a name or a title, not words spoken.
 */
function isTitle(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > MAX_TITLE_WORDS || /[.!?,:;]$/u.test(text)) return false;
  return words.every(
    (w, i) => /^[^\p{L}]*\p{Lu}/u.test(w) || (i > 0 && i < words.length - 1 && TITLE_CASE_MINOR.test(w)),
  );
}

/** Whether the unit is the quote and nothing else of substance. */
function quoteOnly(u: ReadUnit, q: QuoteSpan): boolean {
  return u.tokens.filter((t) => !t.quoted && (t.end <= q.start || t.start >= q.end)).length <= 1;
}

/**
 * The cue that introduces or closes a quote: one right after it ("“…,” Roe said"), one just before it
 * ("Roe said: “…”", "Roe called the plan “…”"), else the unit's main cue.
 */
function cueFor(q: QuoteSpan, u: ReadUnit, masked: string, text: string): Cue | null {
  // "went on about “…,” and “…” and “…”": quotes joined by "and" or commas share the cue before the first.
  const at = u.quotes.indexOf(q);
  let first = at;
  while (
    first > 0 &&
    at - first < MAX_CHAINED_QUOTES &&
    joined(u.quotes[first - 1] as QuoteSpan, u.quotes[first] as QuoteSpan, masked)
  )
    first--;
  if (first >= 0 && u.quotes[first] !== q) {
    const shared = cueBefore(u.quotes[first] as QuoteSpan, u, masked);
    if (shared) return shared;
  }
  let before: Cue | null = null;
  let after: Cue | null = null;
  for (const c of u.cues) {
    // "“…,” Roe said", "“…,” said Roe": the attribution right after the quote.
    if (
      !after &&
      c.from >= q.end &&
      /^[\s,.!?;:—–―-]*$/u.test(masked.slice(q.end, c.from)) &&
      c.verb.start - q.end <= MAX_AFTER_CHARS
    )
      after = c;
    if (c.to <= q.start && gapWords(masked, c.to, q.start) <= MAX_GAP_WORDS && (!before || c.to > before.to))
      before = c;
  }
  // "Roe’s claim that the mayor “founded the gang,” saying …": a participle after a quote opens what
  // follows; it attributes the quote only when nothing before the quote does.
  if (after && before && after.kind === 'participle') after = null;
  // "in a clip that Judge Roe called “distasteful,” Doe expressed …": a verb of naming right before
  // the quote names its words; a subject and verb after the comma start the main clause.
  if (after && before && namesQuote(before, q, masked) && after.verb.start > after.from) after = null;
  // "After Roe said that students might do better at “…,” Doe said: …": a quote in an opening
  // subordinate clause is the words of that clause's own cue, however far before it; the attribution
  // after the clause's closing comma belongs to the main clause.
  if (after && !inSubordinateClause(u.tokens, after.from)) {
    const own = openingClauseCue(q, u);
    if (own) return own.outer && !own.possessed ? outermost(own) : own;
  }
  // "Roe said “…,” she said": a pronoun after the quote repeats the name the cue before it gives.
  if (
    after?.pronoun &&
    before?.mention &&
    before.mention.kind !== 'unnamed' &&
    gapWords(masked, before.to, q.start) === 0
  )
    after = null;
  // A quote closed by a comma or a question mark has its attribution after it (the comma stands
  // before the closing mark, in the text: the masked text hides it); otherwise the nearer one wins.
  if (
    after &&
    (!before ||
      (/[,?!][\s”"’'»]*$/u.test(q.text + text.slice(q.textEnd, q.end)) && !describedAfterVerb(after)) ||
      after.verb.start - q.end < q.start - before.to)
  )
    return after;
  // "Roe said Doe begged him and “would have …”", "Roe said voters will say “no”": a quote in another
  // cue's reported clause carries the words of the one reporting; only a possessed statement
  // ("Roe called Doe’s claim of a “…”") keeps its possessor.
  // "footage of Roe saying on Monday, “…”": a participle with its own speaker named right before it
  // quotes that speaker, whatever reports the footage.
  if (before && ownParticiple(before)) return before;
  // "Hale said Roe's claim that the port is closing is “simply not true”": what the claim holds has
  // ended before the quote, which is what the one reporting says of it.
  if (before?.possessed && claimEnded(u.tokens, before, q)) {
    const reporting = mainCue(u.cues.filter((c) => c !== before && !c.possessed));
    if (reporting) return reporting;
  }
  if (before) return before.outer && !before.possessed ? outermost(before) : before;
  // A cue whose own span holds the quote ("Roe, who has called Berg “…”, said") or the unit's main cue.
  return mainCue(u.cues.filter((c) => c.kind !== 'dash' && c.kind !== 'label')) ?? mainCue(u.cues);
}

/**
 * Whether the that-clause after a possessed claim ("Roe's claim that the port is closing") has ended
 * before the quote: a second finite verb stands between ("… is closing is “simply not true”"), not
 * one of a relative clause inside it ("that the port, which is old, is “a ruin”" goes on).
 */
function claimEnded(tokens: readonly Token[], c: Cue, q: QuoteSpan): boolean {
  // The cue ends at the noun or at the "that" after it.
  let from = tokens.findIndex((t) => t.end >= c.to);
  if (tokens[from]?.lower !== 'that') from++;
  if (tokens[from]?.lower !== 'that') return false;
  let finite = 0;
  for (let k = from + 1; k < tokens.length && (tokens[k] as Token).start < q.start; k++) {
    const t = tokens[k] as Token;
    if (t.quoted) return false;
    if (!FINITE.test(t.lower) || /^(?:which|who|that)$/u.test(tokens[k - 1]?.lower ?? '')) continue;
    if (++finite === 2) return true;
  }
  return false;
}

/** A participle whose speaker is the name right before it ("footage of Roe saying"). */
function ownParticiple(c: Cue): boolean {
  return (
    c.kind === 'participle' &&
    c.mention !== null &&
    c.mention.kind !== 'unnamed' &&
    c.from === c.mention.start &&
    c.from < c.verb.start
  );
}

/** The cue whose reported clause holds `c`, and so on outwards. */
function outermost(c: Cue): Cue {
  let out = c;
  while (out.outer && out.outer !== c) out = out.outer;
  return out;
}

/** Verbs that give a thing the quoted name: "called “…”", "described as “…”". */
const NAMING_VERB =
  /^(?:called|calls|call|calling|dubbed|dubs|labeled|labelled|branded|termed|described|describes|slammed|derided|deemed)$/u;

/** Whether the cue's verb of naming stands right before the quote, or with only "as" between. */
function namesQuote(c: Cue, q: QuoteSpan, masked: string): boolean {
  return NAMING_VERB.test(c.verb.lower) && /^\s*(?:as\s+)?$/u.test(masked.slice(c.verb.end, q.start));
}

/** The most quotes a chain joined by "and" or commas may reach back for its cue. */
const MAX_CHAINED_QUOTES = 8;

/** Two quotes joined by "and", "or" or a comma alone. */
function joined(a: QuoteSpan, b: QuoteSpan, masked: string): boolean {
  const gap = masked.slice(a.end, b.start);
  return /^[\s,]*(?:and|or)?[\s,]*$/u.test(gap) && /\S/u.test(gap);
}

/** The cue right before a quote that introduces it ("Roe went on about “…”"), if any. */
function cueBefore(q: QuoteSpan, u: ReadUnit, masked: string): Cue | null {
  let before: Cue | null = null;
  for (const c of u.cues) {
    if (c.to <= q.start && gapWords(masked, c.to, q.start) <= MAX_GAP_WORDS && (!before || c.to > before.to))
      before = c;
  }
  return before;
}

/**
 * "…,” said the budget office": an inverted source the text only describes, which may as well be the
 * subject of a reported clause ("said the budget could not pass"); it does not outrank a cue before.
 */
function describedAfterVerb(c: Cue): boolean {
  return c.mention?.kind === 'unnamed' && c.mention.start > c.verb.start;
}

/** Words between two offsets of the masked text; a quote or a sentence end in between counts as many. */
function gapWords(masked: string, from: number, to: number): number {
  const gap = masked.slice(from, to);
  if (gap.includes(MASK) || sentenceEndIn(gap)) return Number.POSITIVE_INFINITY;
  const words = gap
    .trim()
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w));
  return words.length;
}

/**
 * The cue of the opening subordinate clause that holds quote `q` ("When Roe said the plan was “…”,"),
 * with no comma or other quote between them; null when the quote is in no such clause.
 */
function openingClauseCue(q: QuoteSpan, u: ReadUnit): Cue | null {
  if (!inSubordinateClause(u.tokens, q.start)) return null;
  const own = u.cues.findLast((c) => c.to <= q.start && inSubordinateClause(u.tokens, c.from));
  if (!own) return null;
  const between = u.tokens.filter((t) => t.start >= own.to && t.start < q.start);
  return between.some((t) => t.quoted || /[,;:—]/u.test(t.trailing)) ? null : own;
}

/**
 * Whether a stretch of a sentence holds a sentence's end: a period, "!", "?" or ";" before a space,
 * but not the period of a title or an initial before a name ("said Mr. Roe “…”", "Jane Q. Roe").
 */
function sentenceEndIn(gap: string): boolean {
  if (!/[.!?;]\s/u.test(gap)) return false;
  for (const m of matchesOf(/([\p{L}]*)[.!?;]\s/gu, gap)) {
    const word = m[1] as string;
    if (m[0].startsWith(`${word}.`) && (NAME_ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word))) continue;
    return true;
  }
  return false;
}

/** Words of the unit outside quotes, the cue and its asides: what is left to be a reported clause. */
function clauseWords(u: ReadUnit, cue: Cue, span: Unit = u): number {
  const whole = span === u;
  const known = whole ? WORDS_BESIDE.get(cue) : undefined;
  if (known !== undefined) return known;
  let n = 0;
  for (const t of u.tokens) {
    if (t.start < span.start || t.end > span.end) continue;
    if (t.quoted || (t.start >= cue.from && t.end <= cue.to)) continue;
    if (cue.asideSpan && t.start >= cue.asideSpan[0] && t.end <= cue.asideSpan[1]) continue;
    if (uncased(t) || TIME_WORDS.has(t.core) || MONTHS_AND_DAYS.has(t.core)) continue;
    if (FUNCTION_WORDS.has(t.core) || SLIGHT_WORDS.has(t.core)) continue;
    n++;
  }
  if (whole) WORDS_BESIDE.set(cue, n);
  return n;
}

/** Words that carry no content of their own in a reported clause. */
const SLIGHT_WORDS = new Set(['that', 'on', 'in', 'at', 'the', 'a', 'an', 'to', 'of', 'and']);

/** `clauseWords` over a whole unit, by cue: asked again for the sentence after each quote. */
const WORDS_BESIDE = new WeakMap<Cue, number>();

/** Words that open a verb's object: a determiner or an object pronoun ("welcomed the pause", "accused him"). */
const OBJECT_OPENER = /^(?:the|a|an|his|her|their|its|this|these|those|him|them|us|me)$/u;
/** Words that make a clause of what follows a verb: a subject pronoun, a verb's past in -ed. */
const CLAUSE_SIGN = /^(?:he|she|they|we|i|there|\p{L}{3,}ed)$/u;

/**
 * "criticized Clinton on two fronts", "thanked Roe for her help": after a verb of stance (not "said"
 * or "told"), a name and no verb is the one the stance is about, no clause.
 */
function nameObjectOnly(part: string): boolean {
  const list = part.trim().split(/\s+/u);
  if (!/^\p{Lu}\p{Ll}/u.test(list[0] ?? '')) return false;
  const words = list.map((w) => w.toLowerCase().replace(/[^\p{L}’']/gu, '')).filter((w) => w !== '');
  return !words.some((w) => FINITE.test(w) || IRREGULAR_PASTS.has(w) || CLAUSE_SIGN.test(w));
}

/**
 * Whether what follows a verb is its object and no clause: it opens with a determiner or an object
 * pronoun and holds no verb ("the pause in the talks on Monday", "him of breaking a promise").
 */
function objectOnly(part: string): boolean {
  const words = part
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}’']/gu, ''))
    .filter((w) => w !== '');
  // "ruled out a rescue", "played down the risk": a particle of the verb before its object.
  if (/^(?:out|up|off|down)$/u.test(words[0] ?? '')) words.shift();
  if (!OBJECT_OPENER.test(words[0] ?? '')) return false;
  return !words.some((w) => FINITE.test(w) || IRREGULAR_PASTS.has(w) || CLAUSE_SIGN.test(w));
}

/**
 * "said nothing", "said something", "said little": an object that reports no words (after "say";
 * "revealed nothing new about …" still reports what was found).
 */
const NOTHING_SAID = /^\s+(?:nothing|something|anything|little|much)\b(?!\s+(?:that|of|to|like)\b)/u;

/**
 * The one told, after "told": a name, a word for an audience, or a short noun phrase that a clause
 * follows at once ("told the crowd the figure was 900", "told the committee he would resign").
 */
const TOLD_ADDRESSEE =
  /^\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)+|(?:reporters|journalists|lawmakers|parliament|the press|him|her|them|us|me|supporters|voters|police(?:\s+officers)?|officers|detectives|investigators|colleagues|friends|staff|a\s+[\p{Ll}\s]{0,30}?(?:conference|briefing|meeting|rally|audience|crowd))\s+|(?:the|a|an|his|her|their|its)\s+(?:(?!(?:of|in|on|at|for|to|with|from|about|that|and|or)\s)[\p{Ll}-]+\s+){1,3}(?=(?:the|a|an|his|her|their|its|he|she|they|we|i|it|there)\s))/u;

/** Verbs that take "on" as a particle ("called on the board to …", "urged on"), not a phrase of time. */
const PARTICLE_ON =
  /^(?:call|calls|called|calling|urge|urges|urged|urging|insist|insists|insisted|insisting)$/u;

/** A word opening a phrase of place or time after a verb of speech ("at the town hall", "on Monday"). */
const CIRCUMSTANCE =
  /^(?:at|in|on|outside|inside|during|after|before|from|near|over|across|via|aboard|last|this|earlier|later|late|early|yesterday|today|tonight)$/u;

/**
 * A word after "to" that is someone spoken to, not an infinitive: a determiner or pronoun, a plural
 * noun ("to customers", "to reporters"), a name.
 */
const ADDRESSEE_AFTER_TO =
  /^(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me|you|\p{Lu}\p{L}*|\p{Ll}+[^su\s]s)$/u;

/** A day or time right after a verb of saying, and the word after it: "said Tuesday the …". */
const SAID_WHEN =
  /^\s+(?:on\s+)?(?:(?:last|this|next|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|week|month|year)(?:\s+(?:morning|afternoon|evening|night))?\s+(?!(?:morning|afternoon|evening|night)\b)(\p{L}+)\b(?![’'])/u;

/**
 * The comma closing a relative clause and the main clause's verb after it, to the sentence's end with
 * no comma more: ", voted no.", ", called the ruling “…”". A verb in the past or a finite one.
 */
const MAIN_VERB_AFTER_RELATIVE =
  /,\s+(?:\p{Ll}{3,}ed|has|had|is|was|are|were|will|would|said|told|made|took|gave|left|won|lost)\s[^,]*$/u;

/** A comma, then a phrase of circumstance: ", to polite applause", ", with a smile", ", in Lyon". */
const ASIDE_AFTER_QUOTE = /^\s*,\s*(?:to|with|in|at|on|from|amid|after|before|during|while)\s/iu;

/** Whether the masked text from `from` to `to` holds quotes and punctuation only ("“No,” "). */
function quotesOnlyBefore(masked: string, from: number, to: number): boolean {
  const before = masked.slice(from, to);
  return before.includes(MASK) && !/[\p{L}\p{N}]/u.test(before);
}

/**
 * Whether the words after a cue only say where or when it was said, to the sentence's end: "at the
 * town hall.", "on Thursday at a briefing in Lyon." After "told", its object comes first ("told the
 * council at a meeting on Monday."). A "that" or a comma opens more than a circumstance.
 */
function circumstanceOnly(after: string, c: Cue): boolean {
  // "…, Roe said in an interview, adding that …": the participle goes on with a statement of its own.
  const own = after
    .trim()
    .replace(/,\s*(?:adding|saying|noting|arguing|insisting|warning|explaining)\b.*$/su, '');
  if (/\bthat\b/u.test(own)) return false;
  const rest = own
    // "…, the council said on Thursday, after engineers found cracks.": why or when it was said.
    .replace(/,\s*(?:after|before|when|while|because|since|following|amid|as)\s[^"“”]*$/su, '')
    .replace(/[.!?]+["”’']?$/u, '');
  if (rest === '' || /[,;:"“”]/u.test(rest)) return false;
  // "called on the board to resign", "urged on …": "on" is the verb's particle, and an infinitive
  // ("… to resign") says what was asked; neither is a circumstance.
  if (/^on$/u.test(rest.split(/\s+/u)[0] ?? '') && PARTICLE_ON.test(c.verb.lower)) return false;
  for (const m of matchesOf(/\bto\s+(\p{Ll}+)/gu, rest))
    if (!ADDRESSEE_AFTER_TO.test(m[1] as string)) return false;
  // "argued in favor of …", "spoke in support of …": a stance, not a circumstance.
  if (/^(?:in|on)\s+(?:favou?r|support|defen[cs]e|behalf|praise)\s+of\b/u.test(rest)) return false;
  const list = rest.split(/\s+/u);
  let i = 0;
  // "apologised to customers at …", "spoke to reporters": whom it was said to, then where or when.
  if (list[0] === 'to' && ADDRESSEE_AFTER_TO.test(list[1] ?? '')) {
    i = 2;
    while (i < list.length && i < 5 && !CIRCUMSTANCE.test((list[i] as string).toLowerCase())) i++;
    if (i === list.length) return true;
  }
  // "told the council …", "told Reuters …": at most four words of the one told.
  if (TELL_FORMS.has(c.verb.lower)) {
    while (i < list.length && i < 4 && !CIRCUMSTANCE.test((list[i] as string).toLowerCase())) i++;
  }
  return i < list.length && CIRCUMSTANCE.test((list[i] as string).toLowerCase());
}

/**
 * ", Roe said in a court filing." closing a sentence: a name or pronoun, a verb of saying, where or
 * when; or where it was heard (", the court heard.", ", the jury was told.", court reports' way).
 */
const TRAILING_ATTRIBUTION =
  /,\s+(?:(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}|(?:he|she|they)\s+)(?:said|says|told|wrote|added|noted|argued)(?:\s+(?:in|on|at|to|during|last|this|earlier|later)(?:\s+(?!(?:was|were|is|are|had|has|have|would|will|could)\b)[\p{L}\d’'.-]+){1,6})?|(?:the|a)\s+(?:court|jury|inquest|tribunal|hearing|trial|inquiry)\s+(?:heard|was\s+told))[.!?]?\s*$/u;

/**
 * Words that make a clause before a "that" after the cue: a subject pronoun, a verb of being,
 * having, doing or believing, a modal, "not", "so". In "said it was not true that …", "said there was
 * a risk that …", "said the offences were so serious that …" the reported clause starts at once, and
 * cutting it at its "that" turned what was said into its opposite.
 */
const WORD_BEFORE_INNER_THAT =
  'it|there|he|she|they|we|I|you|is|was|were|are|be|been|being|has|have|had|would|will|could|can|should|may|might|must|did|does|do|not|so|doubted|doubts|believed|believes|thought|thinks|felt|feels|hoped|hopes|knew|knows';

/**
 * "said (on Monday / to reporters) that": the "that" opening the reported clause, a few words after
 * the cue. Not past "and that": in "said the dam would rise and that …" the reported clause starts at
 * once, and the second "that" opens its second half. Nor past a `WORD_BEFORE_INNER_THAT`.
 */
const THAT_AFTER_CUE = new RegExp(
  String.raw`^[\s,]+(?:(?!(?:and|or|but)\s+that\s)(?!(?:${WORD_BEFORE_INNER_THAT})\s)[^\s,.;:·]+\s+){0,8}?that\s`,
  'u',
);
/**
 * The same "that" after an aside between commas saying how or where it was said: "told the Herald,
 * speaking from a ship off Velm, that …", "said, in a statement on Monday, that …".
 */
const THAT_AFTER_ASIDE =
  /^\s*(?:[^\s,.;:·]+\s+){0,4}?(?:[^\s,.;:·]+)?,\s+(?:\p{Ll}+ing|in|at|on|from|during|after|before|by)\s[^,;:.“”"]{1,80},\s+that\s/u;

/** Most words after a joined verb of speech ("but urged caution", "and declined to comment further"). */
const MAX_JOINED_ACT_WORDS = 4;
/** A relative pronoun: "the men who came and argued" joins verbs inside a relative clause. */
const RELATIVE_BEFORE = /\b(?:who|whom|which)\b/u;

/** "but" or "and" and the word after it, within a reported clause. */
const NEXT_SPEECH_VERB = /,?\s+(?:but|and)\s+(\p{Ll}+)\b/gu;

/** A verb of speech in the past ("urged", "warned", "said"): the speaker's next act, not a word of theirs. */
function isPastSpeechVerb(word: string): boolean {
  return (
    SPEECH_VERBS.has(word) &&
    (word.endsWith('ed') || word === 'said' || word === 'wrote' || IRREGULAR_PASTS.has(word))
  );
}

/** Offsets of the reported clause: before ", Roe said", or after "Roe said (that)", else the sentence. */
function reportedClause(text: string, masked: string, u: Unit, c: Cue): [number, number] | null {
  let from = u.start;
  let to = u.end;
  const afterCue = Math.max(c.to, c.asideSpan && c.asideSpan[0] >= c.to ? c.asideSpan[1] : c.to);
  const after = masked.slice(afterCue, u.end);
  // "“…,” he said, to polite applause from a crowd that …": after the quote, a phrase of
  // circumstance set off by a comma; its "that" is a relative pronoun, and the quote is what was said.
  // Not when the phrase goes on to say more ("…, before clarifying that …").
  const afterQuote = quotesOnlyBefore(masked, u.start, c.from);
  const asideOnly =
    afterQuote &&
    ASIDE_AFTER_QUOTE.test(after) &&
    !THAT_AFTER_ASIDE.test(after) &&
    !after
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => SPEECH_VERBS.has(w));
  const that = asideOnly ? null : (THAT_AFTER_CUE.exec(after) ?? THAT_AFTER_ASIDE.exec(after));
  const told = TELL_FORMS.has(c.verb.lower) ? TOLD_ADDRESSEE.exec(after) : null;
  const atEnd = c.to >= u.end - 2 || /^[.!?]/u.test(c.verb.trailing);
  // "In response, Mayor Jane Roe said:", "Roe told the crowd, to loud applause:": a sentence ending
  // in a colon brings in what was said after it; unless it holds a clause of its own, it reports
  // nothing itself.
  const introduces = /:\s*$/u.test(masked.slice(u.start, u.end));
  if (c.kind === 'according') {
    if (c.from > u.start + 2) to = c.from;
    else from = afterCue;
  } else if (atEnd && c.from > u.start) {
    if (introduces && !holdsVerb(masked.slice(u.start, c.from))) return null;
    to = c.from;
    // "…, operator CalMarine said.": a word or two describing the source are no part of what was said.
    const described = /,\s*(?:\p{Ll}+\s+){1,2}$/u.exec(masked.slice(u.start, c.from));
    if (described) to = u.start + described.index;
  } else if (
    c.from > u.start + 2 &&
    (/,\s*as\s+$/iu.test(masked.slice(u.start, c.from)) ||
      (/,\s*$/u.test(masked.slice(u.start, c.from)) && /^as\s/iu.test(masked.slice(c.from, c.from + 3))))
  ) {
    // "The trouble, as Roe explained to me over coffee, is that …": an aside of attribution inside
    // the sentence; what it attributes is the sentence around it.
    let end = u.end;
    while (end > u.start && /\s/u.test(text[end - 1] as string)) end--;
    return [u.start, end];
  } else if (
    c.from > u.start + 2 &&
    /,\s*$/u.test(masked.slice(u.start, c.from)) &&
    /^\s*(?:,|$)/u.test(after)
  ) {
    // "…, Roe said, a move that …", "In the end, Roe said, voters …": an aside in the reported clause.
    // The clause is the longer side, or the whole sentence when both sides say something.
    // An appositive after the cue ("…, Roe said, a move that angered …") comments on the clause.
    const before = masked.slice(u.start, c.from).trim().split(/\s+/u).length;
    const rest = after.trim().split(/\s+/u).length;
    // So does a participle of speech going on with what else was said ("…, Roe said, adding that …").
    const appositive = /^[\s,]*(?:a|an|adding|saying|noting|arguing|insisting|warning|explaining)\s/u.test(
      after,
    );
    if (!appositive && before >= PARENTHETICAL_SIDE && rest >= PARENTHETICAL_SIDE) return [u.start, u.end];
    // "Doctors, she points out, get paid more.": a few words before the aside are the clause's
    // subject, no statement of their own; the sentence reads whole.
    if (
      !appositive &&
      before < PARENTHETICAL_SIDE &&
      rest >= PARENTHETICAL_SIDE &&
      /^\p{Lu}/u.test(masked.slice(u.start, c.from).trim())
    )
      return [u.start, u.end];
    if (appositive || before >= rest) to = c.from;
    else from = afterCue;
  } else if (
    c.from > u.start + 2 &&
    // "…, town engineer Jane Roe told …": a comma, then at most two words of the source's description.
    /,\s*(?:\p{Ll}+\s+){0,2}$/u.test(masked.slice(u.start, c.from)) &&
    circumstanceOnly(after, c)
  ) {
    // "…, Roe told reporters at the town hall.": what follows the cue says where or when, not what.
    to = masked.lastIndexOf(',', c.from);
  } else if (c.talkedOf) {
    // "Roe spoke of the harbour's decline": what was talked about reads only with its sentence.
    return [u.start, u.end];
  } else if (that) {
    from = afterCue + that[0].length;
  } else if (told) {
    from = afterCue + told[0].length;
    // "told a packed meeting at the Velm community hall that …": where, then the clause.
    const later = THAT_AFTER_CUE.exec(` ${masked.slice(from, to)}`);
    if (later && CIRCUMSTANCE.test(masked.slice(from, to).split(/\s/u)[0] ?? '')) from += later[0].length - 1;
  } else if (
    ((c.from <= u.start + 2 || afterQuote) && circumstanceOnly(after, c) && !holdsVerb(after)) ||
    asideOnly
  ) {
    // "Roe apologised to customers at a press conference.": whom and where, and nothing said; nor
    // after a quote ("“No,” Roe said at City Hall in Velm."), which is all that was said.
    return null;
  } else if (NOTHING_SAID.test(after) && /^(?:say|says|said|saying)$/u.test(c.verb.lower)) {
    // "Roe said nothing about the plant", "who said something I cannot shake": no words reported.
    return null;
  } else {
    from = afterCue;
    // "said Tuesday the river had risen", "said last week the plan …": when it was said, no part of
    // what was (unless a verb follows it: "said last week was the worst").
    const time = SAID_WHEN.exec(masked.slice(from, to));
    if (time && !FINITE.test((time[1] as string).toLowerCase()))
      from += time[0].length - (time[1] as string).length;
    // "Roe welcomed the pause in the talks", "accused him of lying": an object, no clause; what
    // was said reads whole only with the sentence.
    const object = masked.slice(from, to);
    if (
      c.from <= u.start + 2 &&
      (objectOnly(object) || (!CORE_SPEECH_VERBS.has(c.verb.lower) && nameObjectOnly(object)))
    ) {
      // The clause whole, without the comma that joins it to the next ("…, while Doe argues …").
      let end = u.end;
      while (end > u.start && /[\s,;—–-]/u.test(text[end - 1] as string)) end--;
      return introduces ? null : [u.start, end];
    }
  }
  // "Roe, who said the plan was unfair, voted no.": what a relative clause reports ends where the
  // main clause's verb goes on after its closing comma.
  if (from >= afterCue && RELATIVE_CUE.test(masked.slice(c.from, c.from + 6))) {
    const main = MAIN_VERB_AFTER_RELATIVE.exec(masked.slice(from, to));
    if (main) to = from + main.index;
    // "Roe, who testified against the bill, voted no.", "Roe, who once praised the pact, …": a phrase
    // a preposition opens, or an object with no verb, reports nothing.
    const part = masked.slice(from, to);
    const first = /^[\s,]*(\p{L}+)/u.exec(part)?.[1]?.toLowerCase();
    if (main && ((first !== undefined && PREPOSITIONS.has(first)) || objectOnly(part.trim()))) return null;
  }
  // Trim punctuation, an interview's answer label ("A: …") and a leading "that" at the edges.
  while (from < to && /[\s,:;—–-]/u.test(text[from] as string)) from++;
  const label = /^A[:.]\s+/u.exec(text.slice(from, from + 4));
  if (label) from += label[0].length;
  if (/^that\s/u.test(text.slice(from, from + 5))) from += 5;
  // "called on the board to resign": the particle is the verb's, not what was said.
  if (PARTICLE_ON.test(c.verb.lower) && /^on\s/u.test(text.slice(from, from + 3))) from += 3;
  while (to > from && /[\s,;:—–-]/u.test(text[to - 1] as string)) to--;
  // "said the method was sound but urged caution": the speaker's next verb of speech, joined to the
  // first with a few words after it, is no part of what the first reported. (With a clause of its own,
  // "… and warned that wages would fall", it stays: the sentence gives one statement.)
  if (from >= afterCue) {
    for (const next of matchesOf(NEXT_SPEECH_VERB, masked.slice(from, to))) {
      if (!isPastSpeechVerb(next[1] as string)) continue;
      const tail = masked.slice(from + next.index + next[0].length, to).trim();
      if (
        tail.split(/\s+/u).length <= MAX_JOINED_ACT_WORDS &&
        !RELATIVE_BEFORE.test(masked.slice(from, from + next.index))
      )
        to = from + next.index;
      break;
    }
  }
  // "he added that …, Roe said in a court filing.": the attribution closing the sentence is no part
  // of what was reported.
  const closing = TRAILING_ATTRIBUTION.exec(masked.slice(from, to));
  if (closing && closing.index > 0) to = from + closing.index;
  const reported = text.slice(from, to);
  const reportedWords = reported.split(/\s+/u).length;
  const nothing =
    reportedWords < MIN_CLAUSE_WORDS || (reportedWords < MIN_REPORTED_WORDS && !holdsVerb(reported));
  if (nothing) return introduces ? null : [u.start, u.end];
  return [from, to];
}

/**
 * "In Lyon, …", "While still in Lyon, …", "Speaking at a public meeting in Orsk village hall on
 * Monday, …", "Speaking by phone from the capital, Graz, …": an introduction that is only an
 * occasion (a participle of speaking, times and prepositional phrases, see `occasionPlace`) says
 * where the sentence's speaker spoke. One with a subject and a verb says where something else
 * happened ("The lone no vote came from Tomas Berg, who said …").
 */
function introPlace(masked: string, unit: ReadUnit): string | null {
  const tokens = unit.tokens;
  const first = tokens[0];
  // A quote opening the sentence comes before any introduction.
  if (!first || first.quoted || masked.slice(unit.start, first.start).includes(MASK)) return null;
  let i = 0;
  while (i < tokens.length && i < MAX_INTRO_LEADS && INTRO_LEAD.test((tokens[i] as Token).lower)) i++;
  const participle = tokens[i];
  let told: Told = 'none';
  if (participle && OCCASION_PARTICIPLES.has(participle.lower) && !participle.trailing) {
    told = toldAfter(participle.lower);
    i++;
  }
  const occasion = occasionPlace(tokens, i, told);
  if (!occasion.comma || occasion.end <= i || !occasion.place) return null;
  // A clause between the introduction and the attribution is what was said, and the introduction
  // is its own: "In nearby Lyon, the plant is struggling, said Roe" puts the plant in Lyon.
  const follows = unit.cues.some(
    (c) =>
      c.kind !== 'according' &&
      c.kind !== 'dash' &&
      c.kind !== 'label' &&
      // The source's own words: a participle's cue ("…, Roe wavered, saying") starts at its verb.
      !tokens.some(
        (t, k) =>
          k >= occasion.end && t.end <= (c.mention?.start ?? c.from) && !t.quoted && clauseVerb(tokens, k),
      ),
  );
  return follows ? occasion.place : null;
}

/** A finite verb at `tokens[k]`: an auxiliary, a common irregular past, or a past in -ed after a noun. */
function clauseVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (FINITE.test(t.lower) || IRREGULAR_PASTS.has(t.lower)) return true;
  const prev = tokens[k - 1];
  return (
    /^\p{Ll}+ed$/u.test(t.core) &&
    prev !== undefined &&
    !prev.trailing &&
    !/ly$/u.test(prev.lower) &&
    !/^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)$/u.test(prev.lower)
  );
}

/** Words that may open an introduction before its occasion ("But", "While still", "Back home", "Later,"). */
const INTRO_LEAD =
  /^(?:but|and|yet|so|then|while|still|back|home|here|there|elsewhere|meanwhile|also|even|later|earlier|afterwards|afterward|now|once|again)$/u;

/** Most such words before an introduction's occasion ("And while still …"). */
const MAX_INTRO_LEADS = 3;

/**
 * `findPlaceAfterVerb` once per cue: a cue's source is asked for again by each quote and clause of its
 * sentence (a third of the asks repeated one). Kept by the cue (a weak map), which holds its sentence.
 */
function placeAfterVerb(tokens: readonly Token[], c: Cue, masked: string): string | null {
  let place = PLACES_AFTER_VERB.get(c);
  if (place === undefined) {
    place = findPlaceAfterVerb(tokens, c, masked);
    PLACES_AFTER_VERB.set(c, place);
  }
  return place;
}
const PLACES_AFTER_VERB = new WeakMap<Cue, string | null>();

/**
 * "told reporters outside the union hall in nearby Orsk", "said co-founder Jane Roe at the
 * company's launch event in Port Velmar", "said, speaking to reporters in Lyon, …": a place in the
 * chain of occasion phrases right after the verb (and its source, and the one told), before any
 * clause (see `occasionPlace`); a place further on is part of what was said ("said the port in X …").
 */
function findPlaceAfterVerb(tokens: readonly Token[], c: Cue, _masked: string): string | null {
  if (c.kind === 'according' || c.kind === 'dash' || c.kind === 'label') return null;
  // "Roe in Porto said": a place between the subject and the verb.
  const between = tokens.filter((t) => t.start >= c.from && t.end <= c.verb.start);
  for (let i = 0; i + 1 < between.length; i++) {
    // "Roe, a doctor from Porto, said": an apposition says where the speaker is from, not where
    // they spoke; only a place right after the subject, with no comma before it, counts.
    if ((between[i] as Token).trailing) break;
    if ((between[i] as Token).lower === 'in' || (between[i] as Token).lower === 'from') {
      const run = between.slice(i + 1).filter((t) => isNameWord(t) || t.core === 'The');
      if (run.length === between.length - i - 1 && run.length > 0) {
        const p = cleanPlace(run.map((t) => t.core).join(' '));
        if (p) return p;
      }
    }
  }
  // After the verb and, for "said Roe, a professor at …", after the source and its apposition.
  const after = tokens.filter(
    (t) =>
      t.start >= Math.max(c.verb.end, c.to) &&
      !(c.asideSpan && t.start >= c.asideSpan[0] && t.end <= c.asideSpan[1]),
  );
  const audience = takesAudience(c.verb.lower) ? 'any' : 'audience';
  // "…, Roe said, from …": past a parenthetical attribution the sentence goes on with what was said
  // (past an inverted one, "said its organiser, Jane Roe, at a rally in …", the occasion may follow).
  const parenthetical =
    c.to <= c.verb.end && tokens.some((t) => t.end === c.verb.end && t.trailing.includes(','));
  // "commented on the crisis in Syria": after a verb other than the plain ones, "on" says what of.
  const occasion = parenthetical ? null : occasionPlace(after, 0, audience, onIsTopic(c.verb.lower));
  if (occasion?.place) return occasion.place;
  // "…,” said Roe, the union's secretary, speaking to reporters in Lyon": a participle of speaking
  // after a comma, before any clause, opens the chain (the cue may hold it as its aside).
  const rest = tokens.filter((t) => t.start >= c.verb.end);
  for (let i = 1; i < rest.length && i < MAX_APPOSITION_WORDS; i++) {
    const t = rest[i] as Token;
    const prev = rest[i - 1] as Token;
    if (t.quoted || CLAUSE_OPENER.test(t.lower) || /[.;:!?]/u.test(prev.trailing)) break;
    if (!prev.trailing.includes(',') || !OCCASION_PARTICIPLES.has(t.lower) || t.trailing) continue;
    return occasionPlace(rest, i + 1, toldAfter(t.lower)).place;
  }
  return c.kind === 'participle' ? mainClausePlace(tokens, c) : null;
}

/**
 * "Roe campaigned in Lyon on Monday, saying …", "Roe spoke briefly at a vigil in Lyon, adding …":
 * a participle's occasion is its main clause's, when that clause is only the subject, a verb (an
 * adverb before it at most) and a chain of occasion phrases up to the participle.
 */
function mainClausePlace(tokens: readonly Token[], c: Cue): string | null {
  const subjectEnd = c.mention?.end;
  if (subjectEnd === undefined) return null;
  const main = tokens.filter((t) => t.start >= subjectEnd && t.end <= c.verb.start);
  let v = 0;
  while (v < main.length - 1 && /ly$/u.test((main[v] as Token).lower)) v++;
  const verb = main[v];
  if (!verb || verb.trailing || !/^\p{Ll}/u.test(verb.core)) return null;
  const told = takesAudience(verb.lower) ? 'any' : 'audience';
  const occasion = occasionPlace(main, v + 1, told, onIsTopic(verb.lower));
  return occasion.end === main.length ? occasion.place : null;
}

/** Words that open what was said after a verb: no participle of the occasion comes past them. */
const CLAUSE_OPENER = /^(?:that|whether|if|how|why|what|when|who|which)$/u;

/** Longest apposition read after an inverted source for a participle of speaking ("…, speaking in X"). */
const MAX_APPOSITION_WORDS = 14;
