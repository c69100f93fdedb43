/**
 * Place names in running text, without a gazetteer: a capitalised run after a locative preposition,
 * minus dates, titles and function words. Good enough to say where a statement was made when the
 * sentence says so, and where an event happened.
 */

import { matchesOf } from '../matches.ts';
import { sexOfGivenName } from './given-names.ts';
import {
  AMOUNT_WORDS,
  CORE_SPEECH_VERBS,
  FUNCTION_WORDS,
  IRREGULAR_PASTS,
  MONTHS_AND_DAYS,
  NAME_ABBREVIATIONS,
  NON_PERSON_WORDS,
  NUMBER_ABBREVIATIONS,
  PLACE_AND_MONTH_ABBREVIATIONS,
  PREPOSITIONS,
  SPEECH_VERBS,
  TITLE_WORDS,
  wordSet,
} from './lexicon.ts';
import { isPossessive, MASK, type Token } from './tokens.ts';

const words = wordSet;

export interface PlaceMention {
  place: string;
  /** Offset of the place name in the text searched. */
  index: number;
  /** The preposition before it ("in", "from", "at", "to"). */
  preposition: string;
}

const CAP = String.raw`[A-Z][\p{L}’'\-]*\.?`;
const LINK = '(?:de|del|da|la|le|al|el|of)';
const PLACE_RUN = String.raw`(?:The\s+)?${CAP}(?:\s+(?:${CAP}|${LINK}\s+${CAP}))*`;
const MENTION = new RegExp(
  String.raw`\b([Ii]n|[Ff]rom|[Aa]t|to|into|near|outside|inside)\s+(${PLACE_RUN})`,
  'gu',
);

/** Whether a mention says where something is or happens ("in", "at"), not where someone went ("to", "into"). */
export function isWhere(m: PlaceMention): boolean {
  return m.preposition !== 'to' && m.preposition !== 'into';
}

/** Cleans a captured run: trailing possessives and punctuation, more than four words, non-places. */
export function cleanPlace(run: string): string | null {
  let words = run.split(/\s+/u);
  // Stop at the first word that cannot be part of a place name ("Lyon Thursday", "Lyon Today"),
  // and after a word whose period ends a sentence ("in Lyon. Jane Roe said"), not an abbreviation's.
  const stop = words.findIndex(
    (w, i) => i > 0 && (MONTHS_AND_DAYS.has(w) || FUNCTION_WORDS.has(w) || endsSentence(words[i - 1] ?? '')),
  );
  if (stop > 0) words = words.slice(0, stop);
  if (words.length > 4) words = words.slice(0, 4);
  // Trailing punctuation goes after the cut, so a place never ends with a sentence's period and an
  // abbreviation is cut the same way wherever the run ends ("Washington D.C." → "Washington D.C").
  const last = (words[words.length - 1] ?? '').replace(/[.,;:’']+$/u, '');
  words = last ? [...words.slice(0, -1), last] : words.slice(0, -1);
  const first = words[0] ?? '';
  if (first === 'The' && words.length === 1) return null;
  const head = first === 'The' ? (words[1] ?? '') : first;
  if (!head || MONTHS_AND_DAYS.has(head) || (FUNCTION_WORDS.has(head) && head !== 'The')) return null;
  // "M." of "M.I.T.": an initial is no place.
  if (head.replace(/[^\p{L}]/gu, '').length < 2) return null;
  if (words.some((w) => TITLE_WORDS.has(w.toLowerCase()))) return null;
  if (/’s$|'s$/u.test(words[words.length - 1] ?? '')) return null;
  if (/^\p{Lu}{2,}$/u.test(head) && head.length <= 3 && words.length === 1) return null;
  if (personName(words)) return null;
  // "in Mexican society", "spoke in Italian": a people's adjective or language, not a place.
  if (words.length === 1 && DEMONYM_ENDING.test(head)) return null;
  // "in The New York Times", "at the Tribune": a publication's title, not a place.
  if (words.length > 1 && PUBLICATION_TITLES.has(words[words.length - 1] as string)) return null;
  return words.join(' ');
}

/**
 * "the vote came from Jane Roe": a common given name and a surname name a person, never a
 * place, unless the last word says what kind of place ("Virginia Beach", "Grace Church").
 */
function personName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const last = words[words.length - 1] as string;
  if (NON_PERSON_WORDS.has(last) || PLACE_KIND_WORDS.has(last)) return false;
  return sexOfGivenName(words.join(' ').toLowerCase()) !== null;
}

/**
 * Endings of a people's adjective or language ("Mexican", "Italian", "Korean", "Chinese", "Polish",
 * "Arabic"): one word so ending is no place's name.
 */
const DEMONYM_ENDING = /(?:ian|ean|ese|ish|can|ic)$/u;

/** Last words of a place's name that a given name may open ("Virginia Beach", "Charlotte Harbor"). */
const PLACE_KIND_WORDS = words(`
Beach Falls Harbor Harbour Bay Springs Park Station Hills Hill Lake Point Port Bridge Creek Village Town
Avenue Road Cove Rapids Junction Grove Ridge Mountain Field Hall Stadium Arena Hotel Island
`);

/** Last words of a publication's title ("The New York Times", "The Washington Post"). */
const PUBLICATION_TITLES = words(`
Times Post Journal Tribune Herald Gazette Magazine Review News Chronicle Observer Examiner Inquirer
Telegraph Guardian Globe Courier Dispatch Bulletin
`);

/**
 * A capitalised word whose period ends a sentence: a word of two letters or more with no other
 * period ("Lyon.", not "D.C.") that is no abbreviation standing before a name or a number ("St.",
 * "No.") and no state's abbreviation ("Calif.").
 */
function endsSentence(word: string): boolean {
  const m = /^(\p{Lu}[\p{Ll}’'-]+)\.$/u.exec(word);
  if (!m) return false;
  const bare = m[1] as string;
  return (
    !NAME_ABBREVIATIONS.has(bare) &&
    !NUMBER_ABBREVIATIONS.has(bare) &&
    !PLACE_AND_MONTH_ABBREVIATIONS.has(bare)
  );
}

/**
 * Every place-like mention in `text`, in order.
 *
 * @example findPlaceMentions('talks later in Bergen, Norway')[0].place // 'Bergen'
 */
export function findPlaceMentions(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of matchesOf(MENTION, text)) {
    const place = cleanPlace(m[2] as string);
    if (!place) continue;
    out.push({
      place,
      index: (m.index ?? 0) + (m[0].length - (m[2] as string).length),
      preposition: (m[1] as string).toLowerCase(),
    });
  }
  return out;
}

/**
 * Prepositions that open a phrase of the occasion a statement was made on ("at a rally", "during a
 * lecture", "outside the union hall", "by phone", "in an interview with …"): a chain of them after a
 * reporting verb says where and how the speaking happened, not what was said.
 */
const OCCASION_PREPOSITIONS = words(`
at in on during outside inside before after from near by with via aboard of to behind beside following
`);

/** Of those, the ones whose capitalised object is where the speaker stood ("in Lyon", "from Graz"). */
const WHERE_PREPOSITIONS = new Set(['at', 'in', 'from', 'near', 'outside', 'inside', 'aboard']);

/** Nouns of a journey whose "to" names where the traveller was ("on a visit to Velm", "during a trip to Orsk"). */
const VISIT_NOUNS = new Set(['visit', 'trip', 'tour', 'stop', 'stopover', 'journey']);
/** Participles whose object is the place the speaker was ("Visiting Velm on Monday, …"). */
const VISITING = new Set(['visiting', 'touring']);

/** Whether the "to" at `i` follows a noun of a journey: "a visit to Velm" says where someone was. */
function visitTo(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i - 1];
  return noun !== undefined && !noun.trailing && VISIT_NOUNS.has(noun.lower);
}

/**
 * Words of position or region a place's name may follow in its phrase ("in nearby Orsk", "in
 * western Ohio", "in downtown Lyon"): not part of the name.
 */
const PLACE_MODIFIERS = words(`
nearby neighbouring neighboring downtown central northern southern eastern western northeastern
northwestern southeastern southwestern rural suburban coastal uptown
`);

/**
 * Nouns for a kind of place, whose name follows after "of" or in apposition ("in the city of Lyon",
 * "from the capital, Graz"): the name is the place, the noun only says what kind.
 */
const PLACE_NOUNS = words(`
city town village capital state county province region district island port country hometown suburb
borough neighbourhood neighborhood
`);

/** Whether a word is a noun for a kind of place ("city", "capital"), whose name may follow in apposition. */
export function isPlaceNoun(word: string): boolean {
  return PLACE_NOUNS.has(word);
}

/** Last words of the name of a body, which a statement comes from: no place ("from Velm Council"). */
const BODY_HEADS = words(`
Council Ministry Department Committee Party Agency Commission Board Bureau Authority Association Union
Company Corporation Foundation Trust Society League Office Government Police Service Inc Ltd
`);

/**
 * Nouns for the form a statement took ("in a statement", "in a phone interview", "in a letter"): the
 * phrase ends with them, so "said in a statement officials in Lyon had …" reads no occasion in Lyon.
 */
const FORM_NOUNS = words(`
statement statements interview interviews letter email post tweet release video message memo op-ed
column essay editorial podcast broadcast filing remarks
`);

/**
 * Those spoken to ("told a crowd of supporters", "spoke to journalists", "apologised to customers"):
 * after "to", or with an "of" phrase after "told", the ones spoken to, which an occasion may follow.
 */
const AUDIENCE_NOUNS = words(`
reporters journalists supporters voters students lawmakers crowd crowds audience audiences press members
delegates donors workers residents viewers listeners readers guests attendees congregation parishioners
mourners protesters activists officials investors shareholders employees staff fans troops graduates
customers clients passengers patients parents families colleagues followers senators
legislators councillors councilors
`);

/** Pronouns that stand as the one told ("told him", "assured them"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

/** Determiners that open a noun phrase of an occasion ("the", "a", "his", "this"). */
const OCCASION_DETERMINERS = words(`
the a an this these those his her their its our my your each every another one
`);

/**
 * Words that never stand inside an occasion phrase: a verb, a pronoun subject, a conjunction or a
 * relative opens a clause, which is what was said ("said the port in Lyon would close", "said after
 * she had lived in Lyon").
 */
const CLAUSE_WORDS = words(`
that which who whom whose where when because if as and or but than whether he she it they we i there is
are was were be been being has have had will would can could should must may might do does did not to
`);

/** Words of time an occasion chain may hold anywhere ("said Tuesday in …", "in Lyon on Monday"). */
const TIME_OF_DAY = words(`
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later recently
morning afternoon evening night overnight
`);

/** Words of time that end a noun phrase wherever they stand ("the rally Tuesday"), unlike "evening" ("the evening rally"). */
const DAY_WORDS = words(`
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later
`);

/** Words that make the next word of time a time ("last week", "late Tuesday", "this morning"). */
const TIME_LEADS = new Set(['last', 'this', 'next', 'late', 'early', 'earlier', 'later', 'that']);

/** Units a count of time is in ("two days earlier", "an hour later"). */
const TIME_SPANS = words(`
spring summer autumn fall winter weekend minute minutes hour hours day days week weeks month months year
years
`);

/** Words that end a count of time ("two days earlier", "a week ago"). */
const TIME_ENDS = new Set(['earlier', 'later', 'ago', 'before', 'after']);

/**
 * Participles that open an aside or an introduction saying where someone spoke ("speaking to
 * reporters in Lyon", "campaigning in Ohio", "addressing a crowd in Graz").
 */
export const OCCASION_PARTICIPLES = words(`
speaking talking addressing campaigning appearing visiting testifying standing answering responding
interviewed
`);

/** Verbs whose object is the one spoken to ("told the council", "addressing a crowd", "answering reporters"). */
const TAKES_AUDIENCE =
  /^(?:tell|tells|told|telling|address|addresses|addressed|addressing|answering|assured|assuring|warned|warning|reminded|reminding)$/u;

/**
 * Whether "on" after a verb says what was spoken of ("commented on the crisis in Syria", "reported
 * on the race in Iowa"), as after any verb but the plain ones ("said on the courthouse steps").
 */
export function onIsTopic(verb: string): boolean {
  return !CORE_SPEECH_VERBS.has(verb.toLowerCase());
}

/** Whether a verb's object is the one spoken to ("told the council in Lyon"), not what was said. */
export function takesAudience(verb: string): boolean {
  return TAKES_AUDIENCE.test(verb.toLowerCase());
}

/**
 * What may open the occasion chain after a participle of speaking: any noun phrase after one whose
 * object is the one spoken to ("addressing the council"), none after one whose object is the place
 * ("visiting Velm", read by the chain itself), else a word for an audience ("speaking to reporters").
 */
export function toldAfter(participle: string): Told {
  const word = participle.toLowerCase();
  return takesAudience(word) ? 'any' : VISITING.has(word) ? 'none' : 'audience';
}

/** Longest noun phrase of an occasion, in words ("the company's new riverside launch event"). */
const MAX_OCCASION_PHRASE = 7;

/** Longest occasion chain read, in words: a place further on is in what was said. */
const MAX_OCCASION_WORDS = 24;

/** What may open an occasion chain as the one told (see `occasionPlace`). */
export type Told = 'any' | 'audience' | 'none';

/** The end of a chain read by `occasionPlace`: the place it names, and the index after its last word. */
export interface Occasion {
  place: string | null;
  /** Index of the first token after the chain. */
  end: number;
  /** Whether the last word of the chain is followed by a comma (an introduction's end). */
  comma: boolean;
}

/** Participles that put a statement out, after its noun ("a statement issued in …"). */
const ISSUED = new Set(['issued', 'released', 'published', 'posted', 'sent', 'delivered', 'read', 'given']);

/**
 * Where a chain of occasion phrases starting at `tokens[start]` says the speaking happened: times
 * and prepositional phrases made of determiners, possessives, adjectives and nouns, with no verb and
 * no "that", ending wherever something else begins. The place is a name right after "in", "at" or
 * "from" in one of its phrases (past a word of position: "in nearby Orsk"), or one after a noun of
 * place ("in the city of Lyon", "from the capital, Graz"); "in" before "at" ("at City Hall in Lyon").
 * `told` says whether the chain may open with the one told: any noun phrase after "told" ("told the
 * council in Lyon"), only a pronoun or a word for an audience after another verb ("warned reporters
 * in Lyon"), nothing at the start of a sentence ("Supporters in Lyon, …" names no occasion).
 * `topical` is for a verb whose "on" says what was spoken of ("commented on the crisis in Syria").
 *
 * @example occasionPlace(tokenize('at the launch event in Port Velmar.'), 0, 'audience').place // 'Port Velmar'
 */
export function occasionPlace(
  tokens: readonly Token[],
  start: number,
  told: Told,
  topical = false,
): Occasion {
  const found: { place: string; preposition: string }[] = [];
  const limit = Math.min(tokens.length, start + MAX_OCCASION_WORDS);
  let i = start;
  let comma = false;
  /** Where the chain last stood after a comma, and how many places it had found by then. */
  let atComma: { end: number; found: number } | null = null;
  const stopAfter = (t: Token) => /[.;:!?]/u.test(t.trailing) || t.trailing.includes('—');
  // The one told: "him", "reporters", "a crowd of supporters", or after "told" any noun phrase.
  const object = objectPhrase(tokens, i, limit, told);
  if (object > i) {
    i = object;
    const last = tokens[i - 1] as Token;
    if (stopAfter(last)) return { place: null, end: i, comma: false };
    comma = last.trailing.includes(',');
  }
  let first = true;
  while (i < limit) {
    const t = tokens[i] as Token;
    if (t.quoted) break;
    const time = timePhrase(tokens, i, limit);
    const next = tokens[i + 1];
    if (time > i) {
      i = time;
    } else if (/ly$/u.test(t.lower) && !NOT_ADVERBS.has(t.lower)) {
      // "spoke briefly at …", "said repeatedly in …": an adverb of manner.
      i++;
    } else if (
      GERUND_LEADS.has(t.lower) &&
      next &&
      OCCASION_PARTICIPLES.has(next.lower) &&
      !t.trailing &&
      i + 1 < limit
    ) {
      // "said while campaigning in Iowa", "after speaking to reporters in Lyon".
      i = next.trailing ? i + 2 : objectPhrase(tokens, i + 2, limit, toldAfter(next.lower));
    } else if (!first && ISSUED.has(t.lower) && !t.trailing) {
      // "in a statement issued in Brussels", "in a letter sent from Orsk": where it was put out.
      i++;
    } else if (
      first &&
      i > 0 &&
      VISITING.has((tokens[i - 1] as Token).lower) &&
      !(tokens[i - 1] as Token).trailing
    ) {
      // "Visiting Velm on Monday, …": the place visited is where.
      const run = capitalRun(tokens, i, limit);
      const place = run > i ? runPlace(tokens, i, run) : null;
      if (!place) break;
      found.push({ place, preposition: 'visit' });
      i = run;
    } else if (
      OCCASION_PREPOSITIONS.has(t.lower) &&
      !t.trailing &&
      // "to" is no occasion past the first phrase: "said in a letter to voters in Ohio" is not in Ohio;
      // "of" none before one: "Roe of Lyon said", "spoke of the malaise in …" say who or what.
      (t.lower !== 'to' || first || visitTo(tokens, i)) &&
      (t.lower !== 'of' || !first) &&
      (t.lower !== 'on' || !first || !topical)
    ) {
      // "at least 40 people in Lyon", "on average rents in Lyon": an idiom opens what was said.
      if (
        next &&
        (IDIOM_OBJECTS.has(next.lower) || (next.lower === 'one' && tokens[i + 2]?.lower === 'point'))
      )
        break;
      // "by purchasing two farms in Velmar": "by" and a gerund say how, in a clause of their own.
      if (t.lower === 'by' && next && /^\p{Ll}+ing$/u.test(next.core) && !ING_NOUNS.has(next.lower)) break;
      const np = nounPhrase(tokens, i + 1, limit);
      if (np.end === i + 1) break;
      // "spoke to reporters", "said to Fox News": "to" the ones spoken to, not "adding to his wins".
      // "to a packed hall of residents": the phrase and what it is made of.
      const of = tokens[np.end]?.lower === 'of' ? nounPhrase(tokens, np.end + 1, limit).end : np.end;
      const object = tokens.slice(i + 1, of);
      const spokenTo =
        object.some((w) => AUDIENCE_NOUNS.has(w.lower)) ||
        /^\p{Lu}/u.test((object[object.length - 1] as Token).core);
      const visit = t.lower === 'to' && visitTo(tokens, i);
      if (t.lower === 'to' && !spokenTo && !visit) break;
      // "a rating from the Rifle Association", "in a column in the Forward": after "from" or a noun
      // for the form of a statement, a name after "the" is a source or a publication, no place.
      // So is a body named without "the" ("a statement from Velm Council").
      const theName =
        np.place?.startsWith('the ') === true || BODY_HEADS.has(np.place?.split(' ').at(-1) ?? '');
      if (theName && (t.lower === 'from' || tokens.slice(start, i).some((w) => FORM_NOUNS.has(w.lower))))
        np.place = null;
      // "visiting Manhattan from South Carolina": after a place visited, "from" says where the
      // traveller came from.
      const origin = t.lower === 'from' && found.some((f) => f.preposition === 'visit');
      if (np.place && (WHERE_PREPOSITIONS.has(t.lower) || visit) && !origin) {
        found.push({ place: np.place, preposition: visit ? 'visit' : t.lower });
        // "in Ames, Iowa, on Sunday": the state or country after the place goes with it.
        const region = tokens[np.end];
        if ((tokens[np.end - 1] as Token).trailing === ',' && region) {
          const run = capitalRun(tokens, np.end, limit);
          if (run > np.end && (run >= tokens.length || /^[,.;]/u.test((tokens[run - 1] as Token).trailing)))
            np.end = run;
        }
      } else if (np.place && t.lower === 'of' && i > start && PLACE_NOUNS.has((tokens[i - 1] as Token).lower))
        found.push({ place: np.place, preposition: 'in' });
      i = np.end;
      // "from the capital, Graz,": a name in apposition to a noun of place.
      const head = tokens[i - 1] as Token;
      if (
        PLACE_NOUNS.has(head.lower) &&
        head.trailing === ',' &&
        tokens[i] &&
        WHERE_PREPOSITIONS.has(t.lower)
      ) {
        const run = capitalRun(tokens, i, limit);
        const place = run > i ? runPlace(tokens, i, run) : null;
        const after = tokens[run - 1] as Token;
        if (place && (run >= tokens.length || /[,.;]/u.test(after.trailing))) {
          found.push({ place, preposition: t.lower });
          i = run;
        }
      }
    } else break;
    first = false;
    const last = tokens[i - 1] as Token;
    comma = last.trailing.includes(',');
    if (comma) atComma = { end: i, found: found.length };
    if (stopAfter(last)) break;
  }
  // A phrase left unfinished after a comma ("in Lyon, after winning the state in …, Roe said") is
  // read up to that comma: an introduction may end there.
  if (
    !comma &&
    atComma &&
    found.length === atComma.found &&
    i < limit &&
    !stopAfter(tokens[i - 1] as Token)
  ) {
    i = atComma.end;
    comma = true;
  }
  // "at City Hall in Lyon", "in the district court in Lyon": the wider place comes last.
  const pick = found.findLast((f) => f.preposition !== 'at') ?? found[0];
  return { place: pick?.place ?? null, end: i, comma };
}

/** A word of time, "on Tuesday", "last week", "two days earlier": the index after it, or `i`. */
function timePhrase(tokens: readonly Token[], i: number, limit: number): number {
  const t = tokens[i] as Token;
  if (TIME_OF_DAY.has(t.lower)) {
    // "Thursday night", "Tuesday morning": the part of the day goes with it.
    const next = tokens[i + 1];
    return next && !t.trailing && TIME_OF_DAY.has(next.lower) && i + 1 < limit ? i + 2 : i + 1;
  }
  const next = tokens[i + 1];
  if (!next || t.trailing || i + 1 >= limit) return i;
  if (TIME_LEADS.has(t.lower) && (TIME_OF_DAY.has(next.lower) || TIME_SPANS.has(next.lower))) return i + 2;
  if (t.lower === 'on' && TIME_OF_DAY.has(next.lower)) return timePhrase(tokens, i + 1, limit);
  // "in May", "on Jan. 5": a date.
  if ((t.lower === 'in' || t.lower === 'on') && MONTHS_AND_DAYS.has(next.core)) {
    const day = tokens[i + 2];
    return day && !next.trailing && /^\d/u.test(day.core) && i + 2 < limit ? i + 3 : i + 2;
  }
  const end = tokens[i + 2];
  if (
    (AMOUNT_WORDS.has(t.lower) || /^\d+$/u.test(t.core)) &&
    TIME_SPANS.has(next.lower) &&
    !next.trailing &&
    end &&
    TIME_ENDS.has(end.lower)
  )
    return i + 3;
  return i;
}

/**
 * The one told, when the chain may open with it: the index after it, or `i`. After "told" any noun
 * phrase; after another verb a pronoun, a word for an audience or a name ("praised Roe at a rally").
 */
function objectPhrase(tokens: readonly Token[], i: number, limit: number, told: Told): number {
  const t = tokens[i];
  if (!t || t.quoted || told === 'none') return i;
  if (OBJECT_PRONOUNS.has(t.lower)) return i + 1;
  if (OCCASION_PREPOSITIONS.has(t.lower) || timePhrase(tokens, i, limit) > i) return i;
  const np = nounPhrase(tokens, i, limit);
  if (np.end === i) return i;
  const words = tokens.slice(i, np.end);
  const audience = words.some((w) => AUDIENCE_NOUNS.has(w.lower));
  // After a verb other than "told", a noun phrase is as often what was said ("said voters in Ohio
  // were angry"), and a name followed by "in" is someone of that place ("challenging Roe in Ohio").
  const named = words.every((w) => /^\p{Lu}/u.test(w.core));
  const where = tokens[np.end]?.lower;
  if (told !== 'any' && !(named && where !== 'in' && where !== 'from' && where !== 'of')) return i;
  // "a crowd of supporters", "members of the council": an audience may take an "of" phrase, not
  // what was told ("told the story of the city of Nineveh").
  const of = tokens[np.end];
  if (audience && of && of.lower === 'of' && !(tokens[np.end - 1] as Token).trailing) {
    const more = nounPhrase(tokens, np.end + 1, limit);
    if (more.end > np.end + 1) return more.end;
  }
  return np.end;
}

/**
 * A noun phrase of an occasion from `tokens[i]`: the index after it and the place it names, when
 * it opens with a name (past a word of position). It ends at a comma, a second determiner after a
 * noun ("in a statement the plan …"), a name after a common noun, a word of a clause, a past form
 * after a noun ("after the council voted"), or right after a noun for the form of a statement.
 */
function nounPhrase(
  tokens: readonly Token[],
  i: number,
  limit: number,
): { end: number; place: string | null } {
  let j = i;
  let content = false;
  let place: string | null = null;
  while (j < limit && j - i < MAX_OCCASION_PHRASE) {
    const t = tokens[j] as Token;
    if (t.quoted || t.core === MASK || CLAUSE_WORDS.has(t.lower)) break;
    // A verb of speech in the past ends the phrase, as does one in -s after a noun ("the mayor
    // says"); its other forms are nouns here ("during a debate", "the reading room").
    if (SPEECH_VERBS.has(t.lower) && (SPOKEN.test(t.lower) || (content && t.lower.endsWith('s')))) break;
    const capital = /^\p{Lu}/u.test(t.core);
    const prev = tokens[j - 1];
    // "a Super Tuesday rally": a day inside a name is part of it.
    const inName = j > i && capital && prev && !prev.trailing && /^\p{Lu}/u.test(prev.core);
    if (
      OCCASION_PREPOSITIONS.has(t.lower) ||
      PREPOSITIONS.has(t.lower) ||
      (DAY_WORDS.has(t.lower) && !inName)
    )
      break;
    if (inName && MONTHS_AND_DAYS.has(t.core)) {
      j++;
      if (t.trailing) break;
      continue;
    }
    if (OCCASION_DETERMINERS.has(t.lower) && !capital) {
      if (content) break;
    } else if (capital) {
      if (content && prev && !isPossessive(prev)) break;
      const run = capitalRun(tokens, j, limit);
      // A month or a day is no name ("in May").
      if (run === j) break;
      const last = tokens[run - 1] as Token;
      // A name right after the preposition, or after a word of position only, is a place; one before
      // "’s" is an owner's. After "the" it is one when it ends the phrase ("at the White House", "in
      // the Commons"), not a name modifying a noun ("in the CNN interview", "at the Harbour Club bar").
      const bareName = tokens.slice(i, j).every((x) => PLACE_MODIFIERS.has(x.lower));
      const follower = tokens[run];
      const afterThe = j === i + 1 && tokens[i]?.lower === 'the';
      // "at the Velm town hall": the town the hall is named after.
      const venue = afterThe && !endsPhrase(last, follower) && venueAfter(tokens, run, limit);
      const the = afterThe && endsPhrase(last, follower);
      if (
        (bareName || the || venue) &&
        !content &&
        !isPossessive(last) &&
        !(follower && !last.trailing && PUBLICATION_NOUNS.has(follower.lower))
      ) {
        const name = runPlace(tokens, j, run);
        place = name && the ? `the ${name}` : name;
      }
      j = run;
      content = true;
      if (last.trailing && !(isPossessive(last) && /^[’']$/u.test(last.trailing))) break;
      continue;
    } else if (PLACE_MODIFIERS.has(t.lower) && !content) {
      // "in nearby Orsk": the place follows.
    } else if (/^\p{Ll}/u.test(t.core) || /^\d/u.test(t.core)) {
      const past = /ed$/u.test(t.lower) || IRREGULAR_PASTS.has(t.lower);
      // "a town hall sponsored by CNN": a participle with its agent modifies the noun.
      const passive = tokens[j + 1]?.lower === 'by' && !t.trailing;
      if (past && content && prev && !passive && !/ly$/u.test(prev.lower) && !isPossessive(prev)) break;
      content = true;
    } else break;
    j++;
    // "the dockers’ hall": a plural's possessive mark goes on with the phrase.
    if (t.trailing && !(isPossessive(t) && /^[’']$/u.test(t.trailing))) break;
    if (FORM_NOUNS.has(t.lower)) break;
  }
  return { end: j, place: j > i ? place : null };
}

/**
 * Buildings and grounds named after their town ("the Velm community hall", "the Orsk town hall"):
 * the name before them says where.
 */
const VENUE_NOUNS = new Set(
  `hall centre center stadium arena church cathedral mosque synagogue temple library museum hospital
station airport terminal port harbour harbor shipyard factory plant mill mine square park courthouse
prison jail theatre theater ground campus school university hotel embassy consulate base`.split(/\s+/u),
);
/** Most lower-case words between a name and its venue noun ("community", "town", "sports"). */
const MAX_VENUE_MODIFIERS = 2;

/** Whether lower-case words from `k` end in a venue noun that ends the phrase ("… community hall at"). */
function venueAfter(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let j = k; j < limit && j <= k + MAX_VENUE_MODIFIERS; j++) {
    const t = tokens[j] as Token;
    if (t.quoted || !/^\p{Ll}/u.test(t.core)) return false;
    if (VENUE_NOUNS.has(t.lower)) return endsPhrase(t, tokens[j + 1]);
    if (t.trailing) return false;
  }
  return false;
}

/**
 * Whether a name whose last word is `last` ends its noun phrase: punctuation after it, or a word
 * that cannot go on with the phrase (a preposition, a word of a clause or of time).
 */
function endsPhrase(last: Token, follower: Token | undefined): boolean {
  if (!follower || last.trailing || follower.quoted) return true;
  const w = follower.lower;
  return (
    OCCASION_PREPOSITIONS.has(w) ||
    PREPOSITIONS.has(w) ||
    CLAUSE_WORDS.has(w) ||
    TIME_OF_DAY.has(w) ||
    TIME_LEADS.has(w)
  );
}

/** The place the capitalised words `tokens[from..to)` name, cleaned (`cleanPlace`), or null. */
function runPlace(tokens: readonly Token[], from: number, to: number): string | null {
  return cleanPlace(
    tokens
      .slice(from, to)
      .map((x) => x.core)
      .join(' '),
  );
}

/** The run of capitalised words from `tokens[i]`, with "of", "de", "la" between two ("Isle of Man"). */
function capitalRun(tokens: readonly Token[], i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    const t = tokens[j] as Token;
    if (t.quoted || !/^\p{Lu}/u.test(t.core) || MONTHS_AND_DAYS.has(t.core)) break;
    if (j > i && FUNCTION_WORDS.has(t.core) && t.core !== 'The') break;
    j++;
    if (t.trailing || isPossessive(t)) break;
    const link = tokens[j];
    const after = tokens[j + 1];
    if (link && after && LINK_WORDS.has(link.lower) && !link.trailing && /^\p{Lu}/u.test(after.core)) j++;
  }
  return j;
}

/**
 * Nouns for a publication or a programme: the name right before one is its title, no place ("wrote
 * in New York magazine").
 */
const PUBLICATION_NOUNS = words(`
magazine newspaper paper column op-ed editorial blog podcast show program programme broadcast interview
article report
`);

/** Past forms of a verb of speech: never a noun ("at the meeting said …"). */
const SPOKEN = /(?:ed|^said|^told|^wrote|^spoke|^spoken|^written)$/u;

/**
 * Words that make an idiom of a preposition ("at least", "on average", "in fact", "in favour of", "at one point"),
 * an adverb of what was said rather than an occasion.
 */
const IDIOM_OBJECTS = words(`
least most average fact part total times first once all large general particular short effect theory
practice turn addition contrast sum best worst full favor favour
`);

/** Words in -ly that are no adverb of manner ("only the port …", "early voting"). */
const NOT_ADVERBS = words(`
only early family rally ally italy july daily weekly monthly likely
`);

/** Words that may take a participle of speaking in an occasion chain ("while campaigning in Iowa"). */
const GERUND_LEADS = new Set(['while', 'after', 'before', 'when']);

/** Words in -ing that name an event or a place, not an action ("a meeting", "the building"). */
const ING_NOUNS = words(`
meeting meetings briefing briefings hearing hearings gathering gatherings building morning evening
wedding screening opening fundraising swearing-in signing launching sitting crossing landing clearing
listening closing ceremony reading
`);

/** Lower-case words inside a place's name ("Isle of Man", "Rio de Janeiro"). */
const LINK_WORDS = new Set(['of', 'de', 'del', 'da', 'la', 'le', 'al', 'el']);
