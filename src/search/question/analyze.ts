/**
 * Reads a question: what it asks for (who said, who is, where, when, why, how many, who wrote, or
 * what was said), a quoted phrase, the speakers it names, and its content words, each with the
 * briefing's spellings of it (a typo finds the word the briefing uses).
 */
import {
  DETERMINERS,
  MONTHS_AND_DAYS,
  NOUN_LIKE_SPEECH,
  PREPOSITIONS,
  SAID_NOUNS,
  TITLE_WORDS,
} from '../../attribution/lexicon.ts';
import { matchesOf } from '../../matches.ts';
import { casedWords, editDistance, fold, holdsPossessive, STOP_WORDS, term, words } from '../text.ts';
import type { Vocabulary } from '../vocabulary.ts';
import { expansionOf } from './abbreviations.ts';
import { mostlyCapitalised } from './capitals.ts';
import { irregularPast } from './irregular-verbs.ts';
import { otherForms } from './nicknames.ts';
import type { SpeakerMatch, SpeakerMatcher } from './speakers.ts';
import { MAX_SUBJECT_WORDS, SPEECH_VERB_WORDS, subjectBeforeVerb } from './speech-subject.ts';

/** What kind of answer a question wants. */
export type Asks =
  | 'who-said'
  | 'who-is'
  | 'author'
  | 'where'
  | 'when'
  | 'why'
  | 'how-many'
  | 'said'
  | 'other';

export interface QueryTerm {
  /** The word as typed, lower case. */
  word: string;
  /** Its stem. */
  term: string;
  /** The briefing's stems it stands for: its own, or (for a word the briefing lacks) near spellings. */
  stems: string[];
  /** Capitalised where a sentence does not start: a name. */
  capital: boolean;
  /** The briefing uses the word only through a near spelling (a typo in the question). */
  typo: boolean;
  /** The briefing has no such word, nor a near spelling of it. */
  unknown: boolean;
  /** Part of the name or role of a speaker the question names. */
  speaker: boolean;
  /**
   * Stems of the other forms of a given name typed right before a name ("peter" for "Pete Roe"), that
   * the briefing uses: found as the word is, without lowering its weight (`stems` set that).
   */
  also?: string[];
}

export interface Question {
  /** The question as asked (control characters removed). */
  text: string;
  asks: Asks;
  /** Words to be found verbatim: a quoted phrase, or what follows "who said". */
  phrase: string | null;
  /** The phrase was typed in quotation marks: the reader wants those very words. */
  quoted: boolean;
  /** Content words, each once, in question order. */
  terms: QueryTerm[];
  /** Speakers the question names, best first. */
  speakers: SpeakerMatch[];
  /** For "who is X": X. */
  subject: string | null;
  /** For "what did X say": X, as typed (a name, a role, a description). */
  speakerAsked: string | null;
  /** Capitalised names of the question the briefing never uses. */
  missingNames: string[];
  /** The question uses a verb of speech: a statement answers it better than a narrated fact. */
  aboutSpeech: boolean;
}

/** Chat shorthand a reader types for a word ("abt", "b4"); general English, not any article's. */
const SHORTHAND = new Map([
  ['abt', 'about'],
  ['b4', 'before'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['u', 'you'],
  ['ur', 'your'],
  ['w/', 'with'],
  ['thru', 'through'],
  ['govt', 'government'],
  ['pres', 'president'],
  ['prez', 'president'],
]);

/** Whether a text holds a shorthand word at all: one test instead of a replacement pass over every word. */
const SHORTHAND_WORD = new RegExp(
  String.raw`(?:^|\s)(?:${[...SHORTHAND.keys()].map((k) => k.replace('/', '\\/')).join('|')})(?=\s|[?.!,]|$)`,
  'iu',
);

const QUESTION_WORDS = ['who', 'what', 'where', 'when', 'why', 'how', 'which'];

/** Verbs of speech and stance a question asks about ("What did she say", "who warned"). */
const SPEECH_VERB = `(?:${SPEECH_VERB_WORDS.join('|')})`;
const SPEECH = new RegExp(String.raw`\b${SPEECH_VERB}\b`, 'giu');
const WHO_SAID = new RegExp(
  String.raw`^\s*(?:who|which\s+[^?]{1,60}?|what\s+(?!(?:did|does|do|has|have|had|is|was|were|would|will|can|could)\b)(?:\w+\s+){0,2}?(?:official|person|politician|leader|spokesman|spokeswoman|expert|aide|lawmaker|senator|candidate|group|organization|organisation|paper|newspaper|outlet))\s+(?:first\s+|also\s+|actually\s+|once\s+|later\s+|publicly\s+)?${SPEECH_VERB}\b\s*(?:that\s+|:\s*)?(.*)$`,
  'iu',
);
const WHO_IS =
  /^\s*(?:who)\s*(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|a\s+|an\s+)?([^?]{2,60}?)\s*\??\s*$/iu;
const AUTHOR =
  /\b(?:who\s+(?:wrote|writes|authored|reported|covered|contributed(?:\s+to)?|edited)|authors?|byline|bylines|written\s+by|reported\s+by|reporters?\s+(?:of|on|for|behind)|journalists?\s+(?:of|behind)|contributors?)\b|^\s*who\s+(?:is|are|was|were)\s+(?:the\s+)?(?:reporters?|writers?|journalists?|correspondents?)\b/iu;
/**
 * "What does the op-ed's author think?", "How does the author describe …": the writer is the subject
 * of what is asked, not the one asked for; "What is the byline …" still asks who wrote.
 */
const WRITER_THINKS =
  /^\s*(?:what|how|why)\s+(?:does|did|do|would|is|was)\s+(?:the\s+|this\s+|that\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:authors?|writers?|columnists?|reporters?|contributors?)\s+(?!of\b)/iu;
const WHERE =
  /^\s*(?:where|in\s+what\s+(?:city|state|town|country|place)|in\s+which\s+(?:city|state|town|country|place)|what\s+(?:city|state|town|country|place|venue))\b/iu;
const WHEN =
  /^\s*(?:when|what\s+(?:time|year|date|day|month)|on\s+what\s+(?:day|date)|in\s+what\s+year|how\s+long|how\s+soon|since\s+when)\b/iu;
const WHY = /^\s*(?:why|what\s+(?:was|is)\s+the\s+reason|for\s+what\s+reason|how\s+come)\b/iu;
const HOW_MANY =
  /^\s*(?:how\s+(?:many|much|old)|what\s+(?:percent|percentage|share|proportion|number|amount)|what\s*%|by\s+how\s+much)\b|\bhow\s+(?:many|much)\b/iu;
/** "How old is Roe?": "old" asks for a number (an age), it is no word the answer must hold. */
const HOW_OLD = /^\s*how\s+old\b/iu;
const QUOTED = /["“”]([^"“”]{3,})["“”]?|(?:^|\s)['‘]([^'’]{3,})['’](?=\s|[?.!,]|$)/u;

/**
 * Analyses a question against the briefing's vocabulary and speakers.
 *
 * @example analyzeQuestion('Who said "a ploy to buy time"?', lexicon).asks // 'who-said'
 */
export function analyzeQuestion(
  raw: string,
  lexicon: { vocabulary: Vocabulary; speakers: SpeakerMatcher },
): Question {
  const text = raw.replace(/\p{Cc}/gu, ' ').trim();
  const q = asQuestion(expandShorthand(lexicon.speakers.joinNames(fold(text))));
  const lead = fixQuestionWord(q);
  const quoted = QUOTED.exec(q);
  let phrase = quoted ? (quoted[1] ?? quoted[2] ?? '').trim() : null;
  // Whether it uses a verb of speech as a verb: read once, asked by three steps below.
  const speech = usesSpeechVerb(lead);
  // "According to X, why …": what is asked is read after the attribution.
  const asks = kindOf(lead.replace(LEADING_ACCORDING_TO, ''), speech);
  if (asks === 'who-said' && !phrase) {
    const rest = (WHO_SAID.exec(lead)?.[1] ?? '').replace(/[?.!]+\s*$/u, '').trim();
    phrase = rest.split(/\s+/u).length >= 3 ? rest : null;
  }
  const subjectMatch = asks === 'who-is' ? WHO_IS.exec(lead) : null;
  // The subject of the verb of speech, read once for the speakers asked about and the description.
  const aboutOthers = asks === 'who-said' || asks === 'who-is' || asks === 'author';
  const subject = asks === 'said' || asks === 'other' || (speech && !aboutOthers) ? subjectOf(lead) : null;
  const speakers = askedSpeakers(lead, asks, speech, subject, lexicon.speakers);
  const named = new Set(speakers.flatMap((m) => m.words));
  const found = contentTerms(lead, lexicon.vocabulary, named);
  const terms = HOW_OLD.test(lead) ? found.filter((t) => t.word !== 'old') : found;
  return {
    text,
    asks,
    phrase,
    quoted: quoted !== null,
    terms,
    speakers,
    subject: subjectMatch ? (subjectMatch[1] as string).trim() : null,
    speakerAsked: (asks === 'said' || asks === 'other') && subject?.subject ? subject.span : null,
    // A name word that names a speaker, however misspelt ("Dolores Tait" for Dolores Tate), is not
    // missing; nor is a weekday or a month ("say on Monday"), a date an article may print only in
    // its header.
    missingNames: terms
      .filter((t) => t.unknown && t.capital && !t.speaker && !isDateName(t.word))
      .map((t) => t.word),
    aboutSpeech: speech || asks === 'who-said' || SPEECH_NOUN.test(lead),
  };
}

/** A weekday's or a month's name, lower case as terms are ("monday", "march"). */
const DATE_NAMES = new Set([...MONTHS_AND_DAYS].map((w) => w.toLowerCase()));
export const isDateName = (word: string) => DATE_NAMES.has(word);

/** A noun naming what someone said (`SAID_NOUNS`): a question about it asks for their words. */
const SPEECH_NOUN = new RegExp(String.raw`\b(?:${[...SAID_NOUNS].join('|')})\b`, 'iu');

/** "…, according to the mayor?": asks what the mayor said, as a verb of speech does. */
const ACCORDING_TO =
  /(?:^|,)\s*[Aa]ccording\s+to\s+(?:the|a|an|his|her|their|its|\p{Lu})|\b[Aa]ccording\s+to\s+(?:the|a|an|his|her|their|its|\p{Lu})[^,?]{0,60}[?.!]*\s*$/u;
/** What a trailing "according to" names must read as a source ("the mayor", "Jane Roe"), not "plan". */
const SOURCE_START = /^(?:the|a|an|his|her|their|its)\s|^\p{Lu}/u;
const LEADING_ACCORDING_TO = /^\s*according\s+to\s+[^,?]{2,60},\s*/iu;

/**
 * "…, according to the mayor?", "According to Roe, …": the source an "according to" names (group 1
 * or 2), read where the question has no subject of a verb of speech before it.
 */
const ACCORDING_SOURCE =
  /(?:^|,)\s*according\s+to\s+([^,?]{2,60})|\baccording\s+to\s+((?:the|a|an|his|her|their|its|[A-Z])[^,?]{1,60}?)[?.!]*\s*$/diu;

/** Who the question has speak: the subject of its verb of speech, or the source "according to" names. */
interface Speaking {
  /** The subject's or the source's words as written, and where they start in the question. */
  span: string;
  start: number;
  /** Whether it is the subject of a verb of speech ("did the mayor say"), not a source. */
  subject: boolean;
}

/**
 * Who the question has speak: the shortest subject that ends at a verb used as one (after the first
 * auxiliary that has one), or the source "according to" names, whichever comes first.
 */
function subjectOf(q: string): Speaking | null {
  const according = ACCORDING_SOURCE.exec(q);
  for (let min = 1; min <= MAX_SUBJECT_WORDS; ) {
    const m = subjectBeforeVerb(q, min);
    if (according && (!m || according.index < m.index)) {
      const group = according[1] !== undefined ? 1 : 2;
      const source = according[group] as string;
      const [start] = according.indices?.[group] ?? [according.index];
      return SOURCE_START.test(source.trim()) ? { span: source, start, subject: false } : null;
    }
    if (!m) return null;
    if (!usedAsNoun(q, m.verbEnd, q.slice(m.index, m.verbEnd)))
      return { span: m.subject, start: m.subjectStart, subject: true };
    min = m.subject.trim().split(/\s+/u).length + 1;
  }
  return null;
}

/**
 * Whether the verb of speech `verb`, ending at offset `end` of `q`, is used as a noun. Only a word
 * that is as often a noun ("state", "call", "promise") can be: capitalised inside the question ("the
 * State Harbour Office"), after a determiner or a possessive ("the state museum", "Norland's state museum"),
 * or in a phrase opened by a preposition ("to the new state museum board"). After do-support it is a verb
 * ("did the mayor promise voters", "did they call it").
 */
function usedAsNoun(q: string, end: number, verb: string): boolean {
  const raw = /(\S+)\s*$/u.exec(verb)?.[1] ?? '';
  if (!NOUN_LIKE_SPEECH.has(raw.toLowerCase())) return false;
  const before = q.slice(0, end - raw.length).trim();
  if (/^\p{Lu}/u.test(raw) && before !== '' && !mostlyCapitalised(casedWords(q))) return true;
  const back = before.split(/\s+/u).reverse();
  const previous = (back[0] ?? '').toLowerCase();
  if (DETERMINERS.has(previous) || /['’]s?$/u.test(previous)) return true;
  for (const w of back) {
    const lower = w.toLowerCase();
    if (DO_SUPPORT.has(lower)) return false;
    if (PREPOSITIONS.has(lower)) return true;
  }
  return false;
}

/** Auxiliaries before a subject and its verb: "did Roe call", "will they claim". */
const DO_SUPPORT = new Set('did does do will would can could should may might must'.split(' '));

/** Whether the question uses a verb of speech as a verb ("say", "told"), not as a noun ("the state museum"). */
function usesSpeechVerb(q: string): boolean {
  if (ACCORDING_TO.test(q)) return true;
  for (const m of matchesOf(SPEECH, q)) if (!usedAsNoun(q, (m.index ?? 0) + m[0].length, m[0])) return true;
  return false;
}

/**
 * The speakers a question asks about: those named as the subject of its verb of speech when it has
 * one ("What did Trump tell Ramos" asks about Trump), else every speaker it names; none for "who
 * said", "who is" and "who wrote", whose names are the topic.
 */
function askedSpeakers(
  q: string,
  asks: Asks,
  speech: boolean,
  subject: Speaking | null,
  matcher: SpeakerMatcher,
): SpeakerMatch[] {
  if (asks === 'who-said' || asks === 'who-is' || asks === 'author') return [];
  // "How much did Sanders raise", "When did Schlafly die": a question about a deed, not a statement;
  // the names in it are what it is about.
  if (asks !== 'said' && asks !== 'other' && !speech) return [];
  const owned = possessedRoles(q);
  if (!subject) {
    const found = matcher.match(q).filter((m) => !owned(m));
    // "What was Roe's verdict on Doe?": with no verb of speech to say who speaks, a person named after
    // the preposition of a noun of opinion ("verdict on", "view of", "case against") is what the
    // question is about, when someone else is named too.
    const list = words(q);
    const about = (m: SpeakerMatch) => TOPIC_PREPOSITIONS.has(list[Math.min(...m.words) - 1] ?? '');
    const speaking = found.filter((m) => !about(m));
    return speaking.length > 0 ? speaking : found;
  }
  const from = words(q.slice(0, subject.start)).length;
  // Only the subject's names compete: one elsewhere in the question ("Jane Roe's plan") does not outscore it.
  return matcher.match(q, { within: [from, from + words(subject.span).length] }).filter((m) => !owned(m));
}

/**
 * Prepositions a noun of opinion takes before what it is about ("her verdict on Doe", "his view of
 * Doe", "the case against Doe"). Not "about", which a verb takes as often ("want Doe to do about …").
 */
const TOPIC_PREPOSITIONS = new Set(['on', 'of', 'regarding', 'toward', 'towards', 'against']);

/** "Who wrote the water bill?": what a question says was written, when it ends the question unquoted. */
const WROTE_OBJECT = /^\s*who\s+(?:wrote|writes|authored|edited)\s+([^?"“”‘’]+?)\s*[?.!]*\s*$/iu;

/** Words for a piece of news (or for the one asked about), which its writer's byline answers. */
const NEWS_PIECES = new Set(
  `article articles story stories piece pieces report reports column columns op-ed op-eds oped editorial
editorials post posts blog coverage analysis review feature profile dispatch news headline headlines it
this that these those them one`.split(/\s+/u),
);

/**
 * "Who wrote the water bill?", "Who authored the amendment?": who wrote something other than a piece
 * of news is asked of the articles' text, not of their bylines. Not "Who wrote about the strike?",
 * "Who wrote the Reuters story on the strike?" or "Who wrote it?".
 */
function writesOtherThanNews(q: string): boolean {
  const object = WROTE_OBJECT.exec(q)?.[1];
  if (!object) return false;
  const list = words(object);
  if (list.length === 0 || list[0] === 'about' || list[0] === 'on') return false;
  return !list.some((w) => NEWS_PIECES.has(w));
}

function kindOf(q: string, speech: boolean): Asks {
  if (
    AUTHOR.test(q) &&
    !/\b(?:said|says|say)\b/iu.test(q) &&
    !WRITER_THINKS.test(q) &&
    !writesOtherThanNews(q)
  )
    return 'author';
  if (WHO_SAID.test(q)) return 'who-said';
  if (/^\s*who\b/iu.test(q) && QUOTED.test(q)) return 'who-said';
  if (WHO_IS.test(q) && !speech) return 'who-is';
  if (WHERE.test(q)) return 'where';
  if (WHEN.test(q)) return 'when';
  if (WHY.test(q)) return 'why';
  if (HOW_MANY.test(q)) return 'how-many';
  if (speech) return 'said';
  return 'other';
}

/** "wat did …", "wen was …": a misspelt question word read as the one it nearly is. */
function fixQuestionWord(q: string): string {
  const first = /^\s*([\p{L}]+)/u.exec(q)?.[1];
  if (!first || first.length > 5) return q;
  const lower = first.toLowerCase();
  if (QUESTION_WORDS.includes(lower)) return q;
  const fix = QUESTION_WORDS.find((w) => editDistance(lower, w, 1) <= 1 && lower[0] === w[0]);
  return fix ? q.replace(first, fix) : q;
}

const WORDS_NOUN = /quot|comment|remark|statement/i;

/** "quotes from Roe", "Roe's comments on the plan": a request for someone's words. */
const WORDS_OF =
  /^\s*(?:(?:give|show|list|find)\s+(?:me\s+)?)?(?:all\s+)?(?:the\s+)?(?:quotes?|quotations?|comments?|remarks?|statements?)\s+(?:from|by|of)\s+(.+?)(?:\s+(?:about|on|regarding)\s+(.+?))?\s*[?.!]*\s*$/iu;
const OWN_WORDS =
  /^\s*(?:(?:give|show|list|find)\s+(?:me\s+)?)?(?:all\s+)?(.+?)['’]s?\s+(?:quotes?|quotations?|comments?|remarks?|statements?)(?:\s+(?:about|on|regarding)\s+(.+?))?\s*[?.!]*\s*$/iu;

/**
 * A request for someone's words read as the question it stands for: "quotes from Roe about the
 * port" is "What did Roe say about the port?". Else "quotes", a word few articles use, would be
 * looked for as the topic.
 */
function asQuestion(q: string): string {
  // Most questions name no such word: a plain test first spares the two patterns.
  if (!WORDS_NOUN.test(q)) return q;
  const m = WORDS_OF.exec(q) ?? OWN_WORDS.exec(q);
  if (!m || /^\s*(?:who|what|where|when|why|how|which)\b/iu.test(m[1] as string)) return q;
  return m[2] ? `What did ${m[1]} say about ${m[2]}?` : `What did ${m[1]} say?`;
}

function expandShorthand(q: string): string {
  if (!SHORTHAND_WORD.test(q)) return q;
  return q.replace(/(?<=^|\s)([\p{L}\p{N}/]+)(?=\s|[?.!,]|$)/gu, (w) => SHORTHAND.get(w.toLowerCase()) ?? w);
}

/**
 * "Trey Gowdy's spokesman", "Clinton's campaign chairman": the person named owns the office asked
 * about; they are the topic, not the speaker. Read once per question word, however many speakers
 * that word names.
 */
function possessedRoles(q: string): (m: SpeakerMatch) => boolean {
  const list = words(q);
  const folded = fold(q);
  const known = new Map<number, boolean>();
  return (m) => {
    const last = Math.max(...m.words);
    let owned = known.get(last);
    if (owned === undefined) {
      owned = possessedAt(list, folded, last);
      known.set(last, owned);
    }
    return owned;
  };
}

function possessedAt(list: readonly string[], folded: string, last: number): boolean {
  const name = list[last] ?? '';
  if (!name || !holdsPossessive(folded, name)) return false;
  const next = list[last + 1] ?? '';
  const after = list[last + 2] ?? '';
  return TITLE_WORDS.has(next) || TITLE_WORDS.has(after) || OWNED.has(next);
}

/** What a person's name owns when the question asks about that, not about the person. */
const OWNED = new Set([
  'campaign',
  'camp',
  'team',
  'aide',
  'aides',
  'staff',
  'office',
  'staffer',
  'staffers',
]);

/**
 * Content words of the question, each once: stop words out; each with the briefing's stems it
 * stands for. A word the briefing lacks stands for its near spellings (a typo), or for nothing.
 */
function contentTerms(q: string, vocabulary: Vocabulary, named: ReadonlySet<number>): QueryTerm[] {
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  const readings = readingsOf(vocabulary);
  const cased = casedWords(q);
  cased.forEach((raw, i) => {
    const w = raw.toLowerCase();
    let reading = readings.get(w);
    if (reading === undefined) {
      if (readings.size >= READINGS_KEPT) readings.clear();
      reading = readingOf(w, vocabulary);
      readings.set(w, reading);
    }
    if (reading === null || seen.has(reading.term)) return;
    seen.add(reading.term);
    if (reading.slip) return;
    const acronym = raw.length >= 2 && raw === raw.toUpperCase() && /\p{L}/u.test(raw);
    const capital = (i > 0 && /^\p{Lu}/u.test(raw)) || acronym;
    const { term: t, stems, typo, unknown } = reading;
    const found: QueryTerm = {
      word: w,
      term: t,
      capital,
      speaker: named.has(i),
      stems: [...stems],
      typo,
      unknown,
    };
    const also = givenName(cased, i, vocabulary) ? otherStems(w, stems, vocabulary) : [];
    if (also.length > 0) found.also = also;
    out.push(found);
  });
  return out;
}

/**
 * Whether the question's word `i` is a given name before a family name: both capitalised (the first
 * word of a question is any sentence's), or, in a question typed in lower case, the next word one the
 * briefing only writes capitalised. "the union will sue Lind" keeps its verb.
 */
function givenName(cased: readonly string[], i: number, vocabulary: Vocabulary): boolean {
  const next = cased[i + 1];
  if (next === undefined) return false;
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  if (i > 0 && capital(cased[i] as string)) return capital(next) || vocabulary.isName(next.toLowerCase());
  return cased.slice(1).every((w) => !capital(w)) && vocabulary.isName(next.toLowerCase());
}

/** The briefing's stems of a given name's other forms ("Pete" → "peter"), beside the word's own. */
function otherStems(w: string, own: readonly string[], vocabulary: Vocabulary): string[] {
  const out: string[] = [];
  for (const form of otherForms(w)) {
    const s = term(form);
    if (s && vocabulary.terms.has(s) && !own.includes(s) && !out.includes(s)) out.push(s);
  }
  return out;
}

/**
 * What a lowercase word of a question stands for in the briefing, whatever its place or case; `slip`
 * for a typed slip of a stop word, which stands for nothing.
 */
type Reading = Pick<QueryTerm, 'term' | 'stems' | 'typo' | 'unknown'> & { slip?: true };

/**
 * Each briefing's readings of the words its questions used: questions repeat their words, and
 * reading one (its inflections, its spellings, its near spellings) costs more than ranking with it.
 * Bounded: cleared when full.
 */
const readingCache = new WeakMap<Vocabulary, Map<string, Reading | null>>();
const READINGS_KEPT = 5_000;

function readingsOf(vocabulary: Vocabulary): Map<string, Reading | null> {
  let readings = readingCache.get(vocabulary);
  if (!readings) {
    readings = new Map();
    readingCache.set(vocabulary, readings);
  }
  return readings;
}

/** A word's reading, or null for a stop word or a question word. */
function readingOf(w: string, vocabulary: Vocabulary): Reading | null {
  if (STOP_WORDS.has(w) || QUESTION_WORDS.includes(w)) return null;
  const t = term(w);
  if (!t) return null;
  const inflected = inflectedStems(w, t, vocabulary).filter((s) => vocabulary.terms.has(s));
  if (inflected.length > 0 || vocabulary.words.has(w))
    return { term: t, stems: inflected.length > 0 ? inflected : [t], typo: false, unknown: false };
  // "behaviour" for "behavior", "criticise" for "criticize": one word in two spellings, no typo.
  const variant = term(americanSpelling(w));
  if (variant && variant !== t && vocabulary.terms.has(variant))
    return { term: t, stems: [variant], typo: false, unknown: false };
  // "How did the VP explain …" where the text says "vice president": the words it stands for.
  const expanded = expansionOf(w).flatMap((word) => {
    const s = term(word);
    return s && vocabulary.terms.has(s) ? [s] : [];
  });
  if (expanded.length > 0) return { term: t, stems: [...new Set(expanded)], typo: false, unknown: false };
  const near = nearStems(w, vocabulary);
  // "Why did her stock rise?" where the text says only "rose": the word in the form the briefing uses.
  const past = irregularPast(w).flatMap((form) => (vocabulary.words.has(form) ? [term(form) ?? form] : []));
  if (near.length === 0 && past.length > 0)
    return { term: t, stems: [...new Set(past)], typo: false, unknown: false };
  // A short unknown word that nearly is a stop word ("tel", "teh") is that stop word.
  if (near.length === 0 && w.length <= 4 && nearStopWord(w))
    return { term: t, stems: [], typo: false, unknown: true, slip: true };
  return { term: t, stems: near, typo: near.length > 0, unknown: near.length === 0 };
}

/**
 * The word's stem, and the stems of its regular inflections the briefing uses where the stemmer
 * gives them another stem ("die" and "died" stem to "die" and "di").
 */
function inflectedStems(w: string, t: string, vocabulary: Vocabulary): string[] {
  const out = [t];
  const base = w.endsWith('e') ? w.slice(0, -1) : w;
  for (const form of [
    `${w}s`,
    `${base}ed`,
    `${base}ing`,
    `${w}d`,
    w.endsWith('y') ? `${w.slice(0, -1)}ied` : '',
  ]) {
    if (!form || !vocabulary.words.has(form)) continue;
    const s = term(form);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/**
 * The American spelling of a British one ("behaviour" → "behavior", "criticise" → "criticize",
 * "centre" → "center", "defence" → "defense", "travelled" → "traveled"): news in either may be asked
 * in the other.
 */
export function americanSpelling(w: string): string {
  return w
    .replace(/(?<=\w{3})our(?=s?$|ed$|ing$|ite|able|ful)/u, 'or')
    .replace(/(?<=\w{2})is(e|es|ed|ing|ation|ations)$/u, 'iz$1')
    .replace(/(?<=\w{2})tre(s?)$/u, 'ter$1')
    .replace(/(?<=\w{2})ence(s?)$/u, 'ense$1')
    .replace(/(?<=\w{2}[^aeiou][aeiou])ll(ed|ing|er)$/u, 'l$1');
}

/** Longest typed word read as a typo of a name only: short everyday words have many neighbours. */
const NAMES_ONLY_UP_TO = 5;

/**
 * The briefing's stems a word it lacks may be a typo of: near spellings ("blinkin" → "blinken"). A
 * short word is read as a typo of a name only ("chna" → "china"), never of another short word
 * ("comey" is not "comes").
 */
function nearStems(w: string, vocabulary: Vocabulary): string[] {
  const near = vocabulary.near(w, w.length <= 3 ? 0 : w.length >= 8 ? 2 : 1);
  const out = new Set<string>();
  for (const n of near) {
    // A short word: a letter left out, added or swapped, in a name ("chna", "obmaa"); a letter
    // replaced turns too many short words into others ("comey", "corey").
    if (w.length <= NAMES_ONLY_UP_TO && (!vocabulary.isName(n) || !sameLettersNearly(w, n))) continue;
    const t = term(n);
    if (t) out.add(t);
  }
  return [...out];
}

/** Whether `a` becomes `b` by adding or removing one letter, or by swapping two neighbours. */
function sameLettersNearly(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) === 1) return true;
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

const SHORT_STOP_WORDS = [...STOP_WORDS].filter((s) => s.length >= 2 && s.length <= 5);

function nearStopWord(w: string): boolean {
  return SHORT_STOP_WORDS.some((s) => editDistance(w, s, 1) <= 1);
}
