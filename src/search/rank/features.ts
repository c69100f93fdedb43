/**
 * What a passage or a sentence holds that a question may ask for: a place, a date, a number, a
 * cause, a person introduced. Patterns of English news prose, not of any article.
 */
import { findPlaceMentions, findQuotes, isWhere, type PlaceMention } from '../../attribution/index.ts';
import { AMOUNT_WORDS, TIME_UNITS, TITLE_WORDS } from '../../attribution/lexicon.ts';
import { matchesOf } from '../../matches.ts';
import { casedWords, straightApostrophes, term, words } from '../text.ts';

/** A date or a span of time: "in 2009", "on Monday", "last week", "two hours after", "since 1986". */
const DATE =
  /\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|tonight|(?:last|next|this|that|same|previous|following)\s+(?:year|month|week|day|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)|\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+(?:ago|after|before|later|earlier)|(?:hours?|days?|weeks?|months?|years?)\s+(?:ago|after|before|later|earlier)|since|until|morning|afternoon|evening|a\.m\.|p\.m\.|\d{1,2}:\d\d)\b/iu;

/** A quantity: digits, or a number word. */
const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|third|quarter|percent|majority|minority)\b/iu;

/** A clause of cause or purpose. */
const CAUSE =
  /\b(?:because|since|so that|so as|in order to|due to|as a result|owing to|the reason|reasons?|after|for fear|to avoid|to protect|to prevent|in an effort to|blamed|citing)\b/iu;

/** A span of time: "two hours after", "within 48 hours", "for three decades", "a few weeks". */
const SPAN = new RegExp(
  String.raw`\b(?:\d+|couple\s+of|${[...AMOUNT_WORDS, 'twelve', 'hundred', 'several', 'few', 'many'].join('|')})\s+(?:${[...TIME_UNITS, 'decade', 'decades'].join('|')})\b`,
  'iu',
);

/** "How soon after …", "How long …": what is asked is a span of time, which a date does not give. */
const ASKS_SPAN = /^\s*how\s+(?:long|soon)\b/iu;

export const hasDate = (text: string) => DATE.test(text);

/** Whether the text gives the time a "when" question asks for: a span for "how long", else a date. */
export const holdsTime = (text: string, question: string) =>
  ASKS_SPAN.test(question) ? SPAN.test(text) : DATE.test(text);

export const hasNumber = (text: string) => NUMBER.test(text);
export const hasCause = (text: string) => CAUSE.test(text);

const CAUSES = new RegExp(CAUSE.source, 'giu');

/** Offsets of the clauses of cause or purpose in the text. */
export function causesIn(text: string): number[] {
  return matchesOf(CAUSES, text).map((m) => m.index ?? 0);
}

/** Offsets of the places the text names that the question does not (see `newPlace`). */
export function newPlacesIn(text: string, asked: ReadonlySet<string>): number[] {
  return placesOutsideQuotes(text)
    .filter((m) => !words(m.place).every((w) => asked.has(w)))
    .map((m) => m.index);
}

/**
 * Whether one of `slots` (offsets of what the question asks for: a place, a cause) stands within
 * `reach` characters of a word whose stem is in `stems` (the question's topic): the answer sits beside
 * what it answers ("she settled in Tromsø", "the road closed because of floods"), not anywhere in the
 * paragraph.
 */
export function slotNear(
  text: string,
  slots: readonly number[],
  stems: ReadonlySet<string>,
  reach: number,
): boolean {
  if (slots.length === 0 || stems.size === 0) return false;
  for (const m of matchesOf(WORD, text)) {
    const stem = term(m[0]);
    if (stem === null || !stems.has(stem)) continue;
    const at = m.index ?? 0;
    if (slots.some((s) => Math.abs(s - at) <= reach)) return true;
  }
  return false;
}

/** A word, as `slotNear` reads them for their offsets. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A place the text names ("in Phoenix", "at the Islamic Center in Louisville") that the question does not. */
export function newPlace(text: string, asked: ReadonlySet<string>): string | null {
  // The last one: "left Seoul to meet the minister in Anchorage" went to Anchorage.
  let found: string | null = null;
  for (const m of placesOutsideQuotes(text)) {
    if (!words(m.place).every((w) => asked.has(w))) found = m.place;
  }
  return found;
}

/**
 * The places the text names in its own words: a place inside a quotation ("every voter in America
 * needs to know," she said, standing at the pier) is what the speaker talks of, not where anything
 * happened.
 */
function placesOutsideQuotes(text: string): PlaceMention[] {
  const mentions = findPlaceMentions(text);
  if (mentions.length === 0) return mentions;
  const quotes = findQuotes(text);
  return mentions.filter((m) => !quotes.some((q) => m.index >= q.start && m.index < q.end));
}

/** A place the text's opening clause gives ("In Seoul, …", "Two days earlier in Tokyo, …"). */
export function openingPlace(text: string): string | null {
  const comma = text.indexOf(',');
  if (comma < 0 || comma > OPENING_CLAUSE) return null;
  // Not a quotation's opening words: “He never missed a game at Moor Park,” he told …
  const quotes = findQuotes(text);
  const found = findPlaceMentions(text.slice(0, comma + 1)).find(
    (m) => isWhere(m) && !quotes.some((q) => m.index >= q.start && m.index < q.end),
  );
  return found?.place ?? null;
}

/** Longest opening clause (characters) read for a place. */
const OPENING_CLAUSE = 60;

/**
 * Whether the text introduces someone whose family name is `surname`: "Jane Roe, a lawyer", "lawyer
 * Jane Roe", "Jane Roe is a …", "Jane Roe, who …", "Jane Roe of …".
 */
export function introduces(text: string, surname: string): boolean {
  if (surname === '') return false;
  // Apostrophes as `words` reads them ("O’Neill" is "o'neill"), one character for one: offsets hold.
  const lower = straightApostrophes(text.toLowerCase());
  // Most passages read do not name the person at all: no need to split them into words.
  if (!lower.includes(surname)) return false;
  const list = words(text);
  const cased = casedWords(text);
  for (let i = 0; i < list.length; i++) {
    if (list[i] !== surname) continue;
    // "policy adviser Jane Q. Roe": a role word before the name (and its given names).
    let k = i - 1;
    while (k >= 0 && i - k <= 3 && /^\p{Lu}/u.test(cased[k] ?? '') && !TITLE_WORDS.has(list[k] as string))
      k--;
    if (k >= 0 && k < i && TITLE_WORDS.has(list[k] as string)) return true;
    const at = nthWordOffset(lower, list, i);
    const tail = lower.slice(at, at + 80);
    if (/^[\p{L}'’.-]+,\s+(?:a|an|the|who|whose|now|then|former|once|[\p{L}-]+'s)\b/u.test(tail)) return true;
    if (/^[\p{L}'’.-]+\s+(?:is|was)\s+(?:a|an|the)\b/u.test(tail)) return true;
    if (/^[\p{L}'’.-]+\s+\((?:[rdi]|[\p{L}.]+\s*-)/u.test(tail)) return true;
    if (/^[\p{L}'’.-]+\s+of\s+/u.test(tail)) return true;
  }
  return false;
}

/** Offset in `lower` of the `n`th word of `list`, found by walking the text once. */
function nthWordOffset(lower: string, list: readonly string[], n: number): number {
  let at = 0;
  for (let k = 0; k <= n; k++) {
    const w = list[k] as string;
    const found = lower.indexOf(w, at);
    if (found < 0) return at;
    if (k === n) return found;
    at = found + w.length;
  }
  return at;
}
