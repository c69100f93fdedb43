/**
 * Text normalisation shared by indexing and query analysis, so that both sides of a match agree:
 * folded quote marks, lowercase, stop words out, Porter stems.
 */
import { stemmer } from 'stemmer';

/** Folds curly quotes and apostrophes to straight ones, and white space runs to one space. */
export function fold(text: string): string {
  return text
    .replace(ALL_APOSTROPHES, "'")
    .replace(/[“”„«»″]/gu, '"')
    .replace(/\s+/gu, ' ');
}

const APOSTROPHES = /[’‘`´]/u;
const ALL_APOSTROPHES = /[’‘`´]/gu;

/**
 * Whether `text` holds `word` with no letter right before or after it (what the pattern
 * `(?:^|[^\p{L}])word(?:$|[^\p{L}])` tests), case kept. Read without building a pattern per word: a
 * question's words are new ones at first sight, and compiling each cost more than the test. An empty
 * word is held nowhere.
 */
export function holdsWord(text: string, word: string): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!letterEndsAt(text, at) && !letterStartsAt(text, at + word.length)) return true;
  }
  return false;
}

/**
 * Whether `text` holds `name` then "'s" or "s'" and a space, `name` starting a word (what the pattern
 * `\bname(?:'s|s')\s` tests with the `i` flag), case aside. Read without a pattern per name.
 */
export function holdsPossessive(text: string, name: string): boolean {
  const lower = text.toLowerCase();
  const n = name.toLowerCase();
  if (n === '') return false;
  for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) {
    if (asciiWordAt(lower, at - 1) === asciiWordAt(lower, at)) continue;
    const end = at + n.length;
    const mark = lower.slice(end, end + 2);
    if ((mark === "'s" || mark === "s'") && /\s/u.test(lower[end + 2] ?? '')) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;

/** Whether a letter ends just before offset `at` (a letter outside the BMP is two code units). */
function letterEndsAt(text: string, at: number): boolean {
  if (at <= 0) return false;
  const unit = text.charCodeAt(at - 1);
  const start = unit >= 0xdc00 && unit <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return LETTER.test(String.fromCodePoint(text.codePointAt(start) as number));
}

/** Whether a letter starts at offset `at`. */
function letterStartsAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  return LETTER.test(String.fromCodePoint(text.codePointAt(at) as number));
}

/** Whether the character at `at` is one of `\w`'s: an ASCII letter or digit, or "_". */
function asciiWordAt(text: string, at: number): boolean {
  const c = at < 0 ? -1 : text.charCodeAt(at);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Curly apostrophes as straight ones, one character for one, so offsets in the text still hold. */
export function straightApostrophes(text: string): string {
  return APOSTROPHES.test(text) ? text.replace(ALL_APOSTROPHES, "'") : text;
}

/** Words of a text, lowercase, with possessive 's removed. Hot at build time: few passes over the text. */
export function words(text: string): string[] {
  return splitWords(text, true);
}

/** `words`, with the case of each word as typed: the same list, word for word, before lowercasing. */
export function casedWords(text: string): string[] {
  return splitWords(text, false);
}

function splitWords(text: string, lower: boolean): string[] {
  let t = straightApostrophes(text);
  // "U.S." and "US" are one word.
  if (hasCapitalDot(t)) {
    t = t.replace(/\b(\p{Lu})\.(?=\p{Lu}\b)/gu, '$1').replace(/\b(\p{Lu}{2,})\.(?=\s+\p{Ll})/gu, '$1');
  }
  const out = wordRuns(lower ? t.toLowerCase() : t);
  for (let i = 0; i < out.length; i++) {
    const w = out[i] as string;
    if (w.endsWith("'s") || w.endsWith("'S")) out[i] = w.slice(0, -2);
  }
  return out;
}

/**
 * Runs of letters and digits (Unicode L and N), joined by single ' ’ or - between two of them: what
 * matching [\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)* globally returns, found in one pass, because that
 * Unicode regex was most of the cost of indexing a large briefing.
 */
function wordRuns(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = letterOrDigitAt(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    i += first;
    for (;;) {
      let step = letterOrDigitAt(text, i);
      while (step > 0 && i < n) {
        i += step;
        step = letterOrDigitAt(text, i);
      }
      const c = text.charCodeAt(i);
      // A joiner counts only between two letters or digits.
      if ((c === 39 || c === 0x2019 || c === 45) && letterOrDigitAt(text, i + 1) > 0) {
        i++;
        continue;
      }
      break;
    }
    out.push(text.slice(start, i));
  }
  return out;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/**
 * Whether each non-ASCII code point is a letter or digit, because the Unicode regex is slow and text
 * repeats its characters. Bounded: cleared past 10,000 code points.
 */
const nonAsciiLetters = new Map<number, boolean>();

/** The length (1 or 2 code units) of the letter or digit at `i`, or 0 when there is none there. */
function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const cp = text.codePointAt(i) as number;
  let known = nonAsciiLetters.get(cp);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    if (nonAsciiLetters.size > 10_000) nonAsciiLetters.clear();
    nonAsciiLetters.set(cp, known);
  }
  return known ? (cp > 0xffff ? 2 : 1) : 0;
}

/** A period right after a capital letter (or any non-ASCII letter): the only place an initialism can be. */
function hasCapitalDot(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    const c = i > 0 ? text.charCodeAt(i - 1) : 0;
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/** English function words plus the words every question and every report uses ("say", "what"). */
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can cannot could did didn't do does doesn't doing don't down during each few for from further
had has have having he her here hers herself him himself his how i if in into is isn't it its itself just let me
more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your yours yourself yourselves
say says said saying tell tells told talk talked speak spoke mr mrs ms dr me
article articles story wrote write written author authors
s t ll re ve d m o y let's
`.split(/\s+/u),
);

/** Question words: kept out of the index terms but read by the query analysis. */
export const QUESTION_WORDS = new Set([
  'who',
  'what',
  'where',
  'when',
  'why',
  'how',
  'which',
  'whom',
  'whose',
]);

/**
 * Stems of words seen, because stemming is most of splitting a text into terms and a briefing repeats
 * its words. Bounded: cleared past 200,000 words (about 20 MB; a briefing of 1,000 news articles uses
 * about 50,000 distinct words, so a clear happens only under a flood of new words).
 */
const stems = new Map<string, string | null>();

/** The index term of a word, or null for a stop word. Memoised: a briefing repeats its words. */
export function term(word: string): string | null {
  const cached = stems.get(word);
  if (cached !== undefined) return cached;
  const w = word.toLowerCase().replace(/['’]s$/u, '');
  const t =
    w.length === 0 || STOP_WORDS.has(w) ? null : /^\d+$/u.test(w) ? w : stemmer(w.replace(/['’]/gu, ''));
  if (stems.size > 200_000) stems.clear();
  stems.set(word, t);
  return t;
}

/** Index terms of a text, in order, stop words removed. */
export function terms(text: string): string[] {
  return termsOf(words(text));
}

/** Index terms of words already split. */
export function termsOf(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of list) {
    const t = term(w);
    if (t) out.push(t);
  }
  return out;
}

/**
 * Damerau-Levenshtein distance with an early exit above `max`. Its three rows are reused from call
 * to call (a question's typo lookups compare one word with hundreds), grown for longer words.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(Math.max(3 * width, 2 * rows.length));
  let prev2 = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j < width; j++) {
    rows[prev2 + j] = 0;
    rows[prev + j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (rows[prev + j] as number) + 1,
        (rows[cur + j - 1] as number) + 1,
        (rows[prev + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (rows[prev2 + j - 2] as number) + 1);
      rows[cur + j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    // The rows move down one: the oldest is written over next.
    const oldest = prev2;
    prev2 = prev;
    prev = cur;
    cur = oldest;
  }
  return rows[prev + b.length] as number;
}

/** `editDistance`'s rows, one after another. */
let rows = new Int32Array(96);

/** How far a word may be from a known one and still be taken for it (typos in names). */
export const maxTypos = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);
