/**
 * Words of a sentence with their offsets and the punctuation around them: the unit every attribution
 * rule reads. Quoted words are masked beforehand (`MASK`), so a rule never takes a word inside a quote
 * for the speaker or the reporting verb.
 */
import { isSpace } from '../corpus/white-space.ts';
import {
  CORE_SPEECH_VERBS,
  FUNCTION_WORDS,
  HONORIFICS,
  MONTH_DATE_LEADS,
  MONTHS_AND_DAYS,
  NON_PERSON_WORDS,
} from './lexicon.ts';

export interface Token {
  /** The word without surrounding punctuation (keeps "Mr." and initials' periods). */
  core: string;
  /** `core` in lower case. */
  lower: string;
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

/** Stands for every character of a quoted span in the masked text. */
export const MASK = '\u00b7';

const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** Lowercase particles inside personal names ("Ursula von der Leyen", "Ahmad bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
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

/**
 * The words of `text`, `offset` added to their offsets.
 *
 * @example tokenize('“Go,” said Mr. Roe.').map((t) => t.core) // ['Go', 'said', 'Mr.', 'Roe']
 */
export function tokenize(text: string, offset = 0): Token[] {
  return markNames(splitTokens(text, 0, text.length, offset));
}

/**
 * The words of `text` from `from` to `to`, with their offsets in `text`: `tokenize(text.slice(from,
 * to), from)` without the slice, whose every character read would go through the string it is cut from.
 */
export function tokenizeRange(text: string, from: number, to: number): Token[] {
  return markNames(splitTokens(text, from, to, 0));
}

/** Marks the words that belong to a name although they look like none, and the reverse. */
function markNames(tokens: Token[]): Token[] {
  // Each rule below starts from a rare word (a particle, a month, a capitalised function word, a
  // nickname's mark); a check of its length or first letter skips the other words before any lookup,
  // as most tokens are read here for the first time and a lookup would first hash them.
  // A particle belongs to the name when a name, honorific or title comes before it and a name after.
  for (let i = tokens.length - 2; i >= 1; i--) {
    const t = tokens[i] as Token;
    if (t.core.length > MAX_PARTICLE || !NAME_PARTICLES.has(t.core) || t.trailing) continue;
    const next = tokens[i + 1] as Token;
    const prev = tokens[i - 1] as Token;
    if (prev.trailing || !(isNameWord(next) || next.name)) continue;
    if (isNameWord(prev) || HONORIFICS.has(prev.core) || NAME_PARTICLES.has(prev.core)) t.name = true;
  }
  // "Theresa May", "Yin Myint May": a month right after a name word, with no date after it, ends
  // the name ("in Iowa May 5" is a date).
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!capitalised(t) || !MONTHS.has(t.core) || t.quoted) continue;
    const prev = tokens[i - 1] as Token;
    const next = tokens[i + 1];
    if (prev.trailing || prev.quoted || !isNameWord(prev)) continue;
    if (next && !t.trailing && /^\d/u.test(next.core)) continue;
    t.name = true;
  }
  // "April Roe, a spokeswoman", "said June Doe": a month right before a name word opens the name,
  // unless a preposition or a word of time before it makes it a date ("in April Roe won").
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!capitalised(t) || !MONTHS.has(t.core) || t.quoted || t.trailing || t.name) continue;
    const next = tokens[i + 1] as Token;
    if (!isNameWord(next) || MONTHS.has(next.core) || NON_PERSON_WORDS.has(next.core)) continue;
    // No read before the array's start: optimised code meeting one is thrown back and compiled again.
    const prev = i > 0 ? tokens[i - 1] : undefined;
    if (prev && !/[.!?]$/u.test(prev.trailing) && MONTH_DATE_LEADS.has(prev.lower)) continue;
    t.name = true;
  }
  // "said Per Lund", "told Do Kim": a capitalised function word straight after a verb of saying,
  // with a name word after it, is a given name; mid-sentence, nothing else capitalises it.
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (t.quoted || t.trailing || !capitalised(t) || !FUNCTION_WORDS.has(t.core)) continue;
    const prev = tokens[i - 1] as Token;
    if (prev.trailing || prev.quoted || !CORE_SPEECH_VERBS.has(prev.core)) continue;
    const next = tokens[i + 1] as Token;
    if (!isNameWord(next) || NON_PERSON_WORDS.has(next.core)) continue;
    t.name = true;
  }
  // A nickname in quotes between two name words (Jane “Dee” Roe, left unmasked by `findQuotes`):
  // its marks are part of the name, not punctuation that ends it.
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (t.leading.length !== 1 || !NICKNAME_MARK.test(t.leading) || !NICKNAME_MARK.test(t.trailing)) continue;
    const prev = tokens[i - 1] as Token;
    if (prev.trailing || !isNameWord(prev) || !isNameWord(tokens[i + 1] as Token)) continue;
    t.leading = '';
    t.trailing = '';
    t.name = undefined;
  }
  return tokens;
}

/** The longest of `NAME_PARTICLES`. */
export const MAX_PARTICLE = 3;

/**
 * Whether a word starts with a capital A to Z, as every month and every one of `FUNCTION_WORDS` does
 * (a test holds the lists to it).
 */
function capitalised(t: Token): boolean {
  const c = t.core.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Months, which are given names and surnames too ("April Roe", "Jane May"); days are not. */
export const MONTHS: ReadonlySet<string> = new Set(
  'January February March April May June July August September October November December'.split(' '),
);

/** The marks around a nickname: one double or single quotation mark. */
const NICKNAME_MARK = /^[“”"‘’']$/u;

/**
 * Marks that open a word, and invisible formatting characters (bidirectional marks, zero-width
 * spaces, a byte-order mark) that scraped text leaves before one: never part of the word.
 */
const LEADING = '“"‘\'`([«–—―\u00b7-\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff';
const TRAILING = ',;:!?”"’\')]».…\u00b7';

/**
 * `LEADING` and `TRAILING` as bits of a table indexed by character code: the scan asks about the
 * first and last characters of every word, and an array read is cheaper than a set's hash lookup.
 */
const MARKS = new Uint8Array(0x10000);
const IS_LEADING = 1;
const IS_TRAILING = 2;
for (const c of LEADING) MARKS[c.charCodeAt(0)] = IS_LEADING;
for (const c of TRAILING) {
  const k = c.charCodeAt(0);
  MARKS[k] = (MARKS[k] as number) | IS_TRAILING;
}

const ABBREVIATION = /^(?:(?:\p{Lu}\.)*\p{Lu}|Jr|Sr|St)$/u;

/**
 * Runs of non-space characters of `text` from `begin` to `n`, their leading and trailing punctuation
 * set apart, `offset` added to their offsets. Hot: one pass.
 */
function splitTokens(text: string, begin: number, n: number, offset: number): Token[] {
  const out: Token[] = [];
  let i = begin;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const from = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    const start = from + offset;
    let bodyFrom = from;
    while (bodyFrom < i && (MARKS[text.charCodeAt(bodyFrom)] as number) & IS_LEADING) bodyFrom++;
    let bodyTo = i;
    while (bodyTo > bodyFrom && (MARKS[text.charCodeAt(bodyTo - 1)] as number) & IS_TRAILING) bodyTo--;
    let body = text.slice(bodyFrom, bodyTo);
    let trailing = bodyTo < i ? text.slice(bodyTo, i) : '';
    const lead = bodyFrom > from ? text.slice(from, bodyFrom) : '';
    // Keep the period of abbreviations and initials: it is part of the word.
    if (trailing.startsWith('.') && (HONORIFICS.has(`${body}.`) || ABBREVIATION.test(body))) {
      body += '.';
      trailing = trailing.slice(1);
    }
    if (!body) {
      // A quote (masked) with punctuation stuck to it ("…”― Jane Roe"): the token ends with the quote.
      const lastMask = text.lastIndexOf(MASK, i - 1);
      if (lastMask >= from) out.push(token(MASK, start, lastMask + 1 + offset, '', '', true));
      // A dash standing alone ("Roe — who … — said") closes the word before it, like a comma.
      else if (/^(?:[—–―]|--?)$/u.test(text.slice(from, i))) {
        const prev = out.length > 0 ? out[out.length - 1] : undefined;
        if (prev && !prev.quoted) prev.trailing += '—';
      }
      continue;
    }
    const bodyStart = start + lead.length;
    // A quote joined to a word by a bracket ("…”[Harbour News.]", a link after the quote) or a colon
    // is a token of its own. One touching a letter ("“Bathroom Bill,”" misread as a closing and an opening mark)
    // or a dash ("…”--Jane Roe", a signature) stays with the word, as it always has.
    const leadMask = lead === '' ? -1 : lead.lastIndexOf(MASK);
    const linked = leadMask >= 0 && /^[[(]/u.test(lead.slice(leadMask + 1));
    if (linked) out.push(token(MASK, start, start + leadMask + 1, '', '', true));
    const ownLead = linked ? lead.slice(leadMask + 1) : lead;
    // "Rep. Jane Roe (D-Nor.):“…”": a colon with the quote right after it.
    const trailMask = trailing === '' ? -1 : trailing.indexOf(MASK);
    const introduced = trailMask > 0 && trailing.slice(0, trailMask).endsWith(':');
    const ownTrailing = introduced ? trailing.slice(0, trailMask) : trailing;
    out.push(token(body, bodyStart, bodyStart + body.length, ownTrailing, ownLead, body.includes(MASK)));
    if (introduced) {
      const after = bodyStart + body.length;
      out.push(token(MASK, after + trailMask, after + trailing.lastIndexOf(MASK) + 1, '', '', true));
    }
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
  return {
    core,
    lower: lowerCase(core),
    start,
    end,
    trailing,
    leading,
    quoted,
    name: undefined,
    nounPhrase: undefined,
  };
}

/**
 * `t` cut to `core`, its first letters ("Roe’s" → "Roe"), with no punctuation after it. Built by
 * `token`, so that every token shares one hidden class: a spread copy has another, and the hot
 * functions that first met one after being optimised were thrown back and compiled again.
 */
export function cutToken(t: Token, core: string): Token {
  return token(core, t.start, t.start + core.length, '', t.leading, t.quoted);
}

/**
 * `word.toLowerCase()`: a word of ASCII letters without a capital is its own lower case, and most are;
 * only the others are converted (from text with curly quotes, through the slow general path).
 */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return word.toLowerCase();
  }
  return word;
}

/**
 * Whether a word has no letter with a case ("2024", "%"): `t.lower === t.core.toUpperCase()`, without
 * making the upper case of each plain ASCII word (a rule asks it of every word beside a cue).
 */
export function uncased(t: Token): boolean {
  const w = t.core;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) return t.lower === w.toUpperCase();
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
  }
  return true;
}

/** "Roe’s", "the Carolinas’": a possessive (the mark may have been left as trailing punctuation). */
export function isPossessive(t: Token): boolean {
  const w = t.core;
  if (!w.endsWith('s')) return false;
  const mark = w.charAt(w.length - 2);
  return mark === '’' || mark === "'" || t.trailing.startsWith('’');
}

/** "Rovers’", "Wardens'": a plural owner, its possessive mark (curly or straight) left trailing it. */
export function pluralOwner(t: Token): boolean {
  return /^[’']$/u.test(t.trailing) && /s$/u.test(t.core);
}

/** A word without its possessive "’s". */
export function bare(w: string): string {
  if (!w.endsWith('s')) return w;
  const mark = w.charAt(w.length - 2);
  return mark === '’' || mark === "'" ? w.slice(0, -2) : w;
}

/** A word that can be part of a personal or organisational name: capitalised, not a function word. */
export function isNameWord(t: Token): boolean {
  t.name ??= nameWord(t);
  return t.name;
}

function nameWord(t: Token): boolean {
  // Most words start in lower case: no lookup needed.
  const c = t.core.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
  // A word in brackets is an aside ("(D-Mo.)"), never part of the name before it.
  if (t.quoted || t.leading.includes('(') || t.trailing.includes(')')) return false;
  let known = NAME_WORDS.get(t.core);
  if (known === undefined) {
    const w = bare(t.core);
    known =
      /^\p{Lu}/u.test(w) &&
      !FUNCTION_WORDS.has(w) &&
      !MONTHS_AND_DAYS.has(w) &&
      (/^\p{Lu}[\p{L}\p{M}’'\-.]*$/u.test(w) || INITIALS.test(w));
    if (NAME_WORDS.size > 100_000) NAME_WORDS.clear();
    NAME_WORDS.set(t.core, known);
  }
  return known;
}

/** Whether each word read so far can be part of a name: a briefing repeats its words. Bounded. */
const NAME_WORDS = new Map<string, boolean>();

/** A parenthetical run ("(D-Mo.)", "(pictured)") starting at token `i`: the index after it, or `i`. */
export function skipParenthetical(tokens: readonly Token[], i: number, limit = 8): number {
  const t = tokens[i];
  if (!t?.leading.includes('(')) return i;
  for (let k = i; k < tokens.length && k < i + limit; k++) {
    if ((tokens[k] as Token).trailing.includes(')')) return k + 1;
  }
  return i;
}

/** A parenthetical run ending at token `j`: the index of its first token, or -1 when there is none. */
export function parentheticalBefore(tokens: readonly Token[], j: number, limit = 8): number {
  const t = tokens[j];
  if (!t?.trailing.includes(')')) return -1;
  for (let k = j; k >= 0 && k > j - limit; k--) {
    if ((tokens[k] as Token).leading.includes('(')) return k;
  }
  return -1;
}

/** A party and state tag written without brackets between commas ("Paul Ryan, R-Wis., said"). */
export const PARTY_TAG = /^(?:[DRI]|[DRI]-[\p{Lu}][\p{L}.]*)$/u;
