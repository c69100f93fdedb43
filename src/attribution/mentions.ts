/**
 * Tokens and noun phrases of a sentence: enough structure to find who is speaking, with a title
 * ("Chinese Foreign Ministry spokesman Zhao Lijian"), an honorific ("Mr. Blinken"), an apposition
 * ("Choe Son-hui, the country’s first deputy foreign minister,") or a collective ("U.S. officials").
 */
import { isSpace } from '../corpus/white-space.ts';
import {
  FUNCTION_WORDS,
  GROUP_WORDS,
  HONORIFICS,
  MONTHS_AND_DAYS,
  NON_PERSON_WORDS,
  TITLE_ABBREVIATIONS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from './lexicon.ts';

export interface Token {
  /** The word without surrounding punctuation (keeps "Mr." and initials' periods). */
  core: string;
  start: number;
  end: number;
  /** Punctuation after the word: "," marks a clause boundary, "." a sentence end. */
  trailing: string;
  leading: string;
  /** Part of a quoted span (masked). */
  quoted: boolean;
  /** Cached answers of `isNameWord` and `isNounPhraseWord`. */
  name: boolean | undefined;
  nounPhrase: boolean | undefined;
}

export interface Mention {
  /** The name as written, without honorific or title ("Antony J. Blinken", "North Korea", "U.S. officials"). */
  name: string;
  role: string | null;
  honorific: string | null;
  /** A person (has a title, an honorific, or looks like a personal name), rather than a group or a state. */
  person: boolean;
  /** A collective speaker ("officials", "the government"). */
  group: boolean;
  start: number;
  end: number;
}

export const MASK = '\u00b7';
const INITIALS = /^(?:[A-Z]\.)+$/u;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;

/** Lowercase particles inside personal names ("Ursula von der Leyen", "Ahmad bin Salman"). */
const NAME_PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'del',
  'dos',
  'das',
  'ter',
  'ten',
  'zu',
]);

export function tokenize(text: string, offset = 0): Token[] {
  const tokens = splitTokens(text, offset);
  // A particle belongs to the name when a name, honorific or title comes before it and a name after.
  for (let i = tokens.length - 2; i >= 1; i--) {
    const t = tokens[i] as Token;
    if (!NAME_PARTICLES.has(t.core) || t.trailing) continue;
    const next = tokens[i + 1] as Token;
    const prev = tokens[i - 1] as Token;
    if (prev.trailing || !(isNameWord(next) || next.name)) continue;
    if (isNameWord(prev) || isHonorific(prev) || isTitleWord(prev) || NAME_PARTICLES.has(prev.core))
      t.name = true;
  }
  return tokens;
}

const LEADING_CHARS = new Set([...'“"‘\'([«–—\u00b7-']);
const TRAILING_CHARS = new Set([...',;:!?”"’\')]».…\u00b7']);

const ABBREVIATION = /^(?:(?:[A-Z]\.)*[A-Z]|Jr|Sr|St)$/u;

/** Runs of non-space characters, their leading and trailing punctuation set apart. Hot: one pass, no regex per word. */
function splitTokens(text: string, offset: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const from = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    const start = from + offset;
    let bodyFrom = from;
    while (bodyFrom < i && LEADING_CHARS.has(text[bodyFrom] as string)) bodyFrom++;
    let bodyTo = i;
    while (bodyTo > bodyFrom && TRAILING_CHARS.has(text[bodyTo - 1] as string)) bodyTo--;
    let body = text.slice(bodyFrom, bodyTo);
    let trailing = bodyTo < i ? text.slice(bodyTo, i) : '';
    const lead = bodyFrom > from ? text.slice(from, bodyFrom) : '';
    // Keep the period of abbreviations and initials: it is part of the word.
    if (trailing.startsWith('.') && (HONORIFICS.has(`${body}.`) || ABBREVIATION.test(body))) {
      body += '.';
      trailing = trailing.slice(1);
    }
    if (!body) {
      if (lead.includes(MASK) || trailing.includes(MASK))
        out.push(token(MASK, start, start + (i - from), '', '', true));
      continue;
    }
    const bodyStart = start + lead.length;
    out.push(token(body, bodyStart, bodyStart + body.length, trailing, lead, body.includes(MASK)));
  }
  return out;
}

/** Every token has the same fields from the start, caches included, so that reading them stays fast. */
function token(
  core: string,
  start: number,
  end: number,
  trailing: string,
  leading: string,
  quoted: boolean,
): Token {
  return { core, start, end, trailing, leading, quoted, name: undefined, nounPhrase: undefined };
}

export const isPossessive = (t: Token) =>
  /[’']s$/u.test(t.core) || (/s$/u.test(t.core) && t.trailing.startsWith('’'));
const bare = (w: string) => w.replace(/[’']s$/u, '');

/** A word that can be part of a personal or organisational name. */
export function isNameWord(t: Token): boolean {
  // Asked many times of the same token while noun phrases are read: worked out once.
  t.name ??= nameWord(t);
  return t.name;
}

function nameWord(t: Token): boolean {
  if (t.quoted) return false;
  let known = NAME_WORDS.get(t.core);
  if (known === undefined) {
    const w = bare(t.core);
    known =
      /^\p{Lu}/u.test(w) &&
      !FUNCTION_WORDS.has(w) &&
      !MONTHS_AND_DAYS.has(w) &&
      (/^\p{Lu}[\p{L}’'\-.]*$/u.test(w) || INITIALS.test(w));
    if (NAME_WORDS.size > 100_000) NAME_WORDS.clear();
    NAME_WORDS.set(t.core, known);
  }
  return known;
}

/** Whether each word read so far can be part of a name: a briefing repeats its words. */
const NAME_WORDS = new Map<string, boolean>();

export const isHonorific = (t: Token) => HONORIFICS.has(t.core);
export const isTitleWord = (t: Token) => TITLE_WORDS.has(bare(t.core).toLowerCase());
const isTitleModifier = (t: Token) => TITLE_MODIFIERS.has(t.core.toLowerCase());
const isGroupWord = (t: Token) => GROUP_WORDS.has(t.core.toLowerCase());

/** A token that may belong to a subject noun phrase. */
export function isNounPhraseWord(t: Token): boolean {
  t.nounPhrase ??= nounPhraseWord(t);
  return t.nounPhrase;
}

function nounPhraseWord(t: Token): boolean {
  if (t.quoted) return false;
  if (isNameWord(t)) return true;
  let known = PHRASE_WORDS.get(t.core);
  if (known === undefined) {
    known =
      isHonorific(t) || isTitleWord(t) || isTitleModifier(t) || isGroupWord(t) || /[’']s$/u.test(t.core);
    if (PHRASE_WORDS.size > 100_000) PHRASE_WORDS.clear();
    PHRASE_WORDS.set(t.core, known);
  }
  // "the Koreas’": the possessive mark left as trailing punctuation.
  return known || isPossessive(t);
}

/** Whether each word read so far, by its letters alone, can be part of a noun phrase. */
const PHRASE_WORDS = new Map<string, boolean>();

/**
 * Reads a noun phrase (tokens in text order) as speaker + role.
 * The name is the run of name words after the last title word, honorific or possessive:
 * "US Secretary of State Antony Blinken" → name "Antony Blinken", role "US Secretary of State".
 */
export function parseMention(tokens: Token[], text: string): Mention | null {
  let toks = tokens.filter((t) => !t.quoted);
  // "President Moon Jae-in of South Korea": the name ends before "of".
  const ofAfterName = toks.findIndex(
    (t, i) =>
      t.core === 'of' &&
      i > 0 &&
      isNameWord(toks[i - 1] as Token) &&
      !isTitleWord(toks[i - 1] as Token) &&
      // "Bureau of Reclamation" is one name; "Moon Jae-in of South Korea" is a name and a place.
      !NON_PERSON_WORDS.has((toks[i - 1] as Token).core) &&
      !TITLE_MODIFIERS.has((toks[i - 1] as Token).core.toLowerCase()),
  );
  if (ofAfterName > 0) toks = toks.slice(0, ofAfterName);
  if (toks.length === 0) return null;
  // "The Bureau of Reclamation", "Ministry of Defence": an organisation named as "X of Y".
  const org = toks.filter((t) => !/^(?:the|The)$/u.test(t.core));
  const ofAt = org.findIndex((t) => t.core === 'of');
  if (
    ofAt > 0 &&
    NON_PERSON_WORDS.has((org[ofAt - 1] as Token).core) &&
    !org.some(isTitleWord) &&
    org.every((t, i) => i === ofAt || isNameWord(t))
  ) {
    const first = org[0] as Token;
    const last = org[org.length - 1] as Token;
    return speakerWithoutName(text, first, last, false);
  }
  let k = -1;
  let honorific: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (isHonorific(t) && i < toks.length - 1) {
      k = i;
      honorific = t.core;
    } else if (isTitleWord(t) || isPossessive(t) || (!isNameWord(t) && i < toks.length - 1)) {
      k = i;
      honorific = null;
    }
  }
  let nameToks = toks.slice(k + 1);
  while (nameToks.length > 0 && !isNameWord(nameToks[0] as Token)) nameToks = nameToks.slice(1);
  // "Secretary of State Antony Blinken": capitalised title words after "of" belong to the title.
  if (k >= 0 && (toks[k] as Token).core === 'of') {
    while (nameToks.length > 1 && TITLE_MODIFIERS.has((nameToks[0] as Token).core.toLowerCase())) {
      k++;
      nameToks = nameToks.slice(1);
    }
  }
  // "the leader of North Korea": what follows "of" is what the title governs, not a name.
  const complement =
    k >= 0 &&
    (toks[k] as Token).core === 'of' &&
    toks.slice(k + 1).every((t) => isNameWord(t)) &&
    nameToks.length === toks.length - k - 1 &&
    !toks
      .slice(0, k)
      .some(
        (t) =>
          isNameWord(t) &&
          !isTitleWord(t) &&
          !TITLE_MODIFIERS.has(t.core.toLowerCase()) &&
          !NON_PERSON_WORDS.has(t.core),
      );
  if (complement && !toks.slice(k + 1).some((t) => TITLE_MODIFIERS.has(t.core.toLowerCase()))) {
    // "The chief executive of Lumen Semiconductor says": an unnamed holder of an office speaks, not
    // the company; the office, with what it is of, names them.
    const first =
      toks.find((t) => isTitleWord(t) || isTitleModifier(t) || isNameWord(t)) ?? (toks[0] as Token);
    const last = nameToks[nameToks.length - 1] as Token;
    return speakerWithoutName(text, first, last, true);
  }
  const roleToks = toks.slice(0, k + 1).filter((t) => !isHonorific(t));
  const role = roleText(roleToks, text) ?? (honorific ? (TITLE_ABBREVIATIONS.get(honorific) ?? null) : null);
  if (nameToks.length === 0 || nameToks.length > 5) {
    // No name: a collective or a role standing for a person ("U.S. officials", "the spokesman").
    const last = toks[toks.length - 1] as Token;
    if (!isGroupWord(last) && !isTitleWord(last)) return null;
    const from = toks.findIndex(
      (t) => isNameWord(t) || isTitleModifier(t) || isTitleWord(t) || isGroupWord(t),
    );
    const phrase = toks.slice(Math.max(0, from));
    const first = phrase[0] as Token;
    return speakerWithoutName(text, first, last, true);
  }
  const first = nameToks[0] as Token;
  const last = nameToks[nameToks.length - 1] as Token;
  const name = text.slice(first.start, last.end);
  const looksPersonal =
    honorific !== null ||
    (role !== null && roleToks.some(isTitleWord)) ||
    (nameToks.length >= 2 &&
      nameToks.length <= 4 &&
      !nameToks.some(
        (t) => NON_PERSON_WORDS.has(bare(t.core)) || /^\p{Lu}{2,}$/u.test(t.core.replace(/\./gu, '')),
      ));
  return {
    name,
    role,
    honorific,
    person: looksPersonal,
    group: false,
    start: (honorific ? (toks[k] as Token) : first).start,
    end: last.end,
  };
}

/** A speaker the text names by office or as a body, not by a personal name. */
function speakerWithoutName(text: string, first: Token, last: Token, group: boolean): Mention {
  return {
    name: text.slice(first.start, last.end),
    role: null,
    honorific: null,
    person: false,
    group,
    start: first.start,
    end: last.end,
  };
}

function roleText(all: Token[], text: string): string | null {
  if (!all.some((t) => isTitleWord(t))) return null;
  // "the regime of North Korean ruler": the role starts after an "of" that no title word precedes.
  const of = all.map((t) => t.core).lastIndexOf('of');
  const toks = of > 0 && !all.slice(0, of).some(isTitleWord) ? all.slice(of + 1) : all;
  let from = 0;
  while (from < toks.length && /^(?:the|a|an|The|A|An)$/u.test((toks[from] as Token).core)) from++;
  const slice = toks.slice(from);
  if (slice.length === 0) return null;
  return text.slice((slice[0] as Token).start, (slice[slice.length - 1] as Token).end).replace(/[,;]+$/u, '');
}

/** Keys worked out so far: a briefing names the same people again and again. */
const NAME_KEYS = new Map<string, string>();

/** Canonical key of a personal name: lowercase, without initials, suffixes and punctuation. */
export function nameKey(name: string): string {
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    key = nameKeyOf(name);
    if (NAME_KEYS.size > 100_000) NAME_KEYS.clear();
    NAME_KEYS.set(name, key);
  }
  return key;
}

function nameKeyOf(name: string): string {
  return name
    .split(/\s+/u)
    .filter((w) => !INITIALS.test(w) && !SUFFIX.test(w) && !HONORIFICS.has(w))
    .map((w) =>
      w
        .replace(/[’']s$/u, '')
        .replace(/[^\p{L}\p{N}-]/gu, '')
        .toLowerCase(),
    )
    .filter(Boolean)
    .join(' ');
}

/** A name for display: initials and generational suffixes dropped ("Antony J. Blinken" → "Antony Blinken"). */
export function displayName(name: string): string {
  return name
    .split(/\s+/u)
    .filter((w) => !INITIALS.test(w) && !SUFFIX.test(w) && !HONORIFICS.has(w))
    .join(' ');
}
