/**
 * Sentence boundaries with offsets, read in one pass over the paragraph.
 *
 * A sentence ends at ".", "?", "!" or "…" (with any closing quote marks or brackets after it) followed
 * by white space and a word that does not start in lower case, unless the period belongs to an
 * abbreviation: a title before a name ("Sen.", "Sens.", "Mr."), a number's abbreviation before its
 * number ("No. 2"), a lower-case "v." ("Roe v. Wade"), or an initial or acronym ("J.", "U.S.") that a
 * sentence-opening word does not follow. Abbreviations are matched with their case, so "me." and
 * "no." still end sentences. A single line break inside a paragraph ends a sentence after sentence
 * punctuation, a colon or a short line, and is a space in hard-wrapped text.
 *
 * The scan is linear in the paragraph, and no sentence is longer than `MAX_SENTENCE` characters: a
 * longer run without a boundary is cut at white space, so that every later step works on bounded
 * pieces, whatever the input.
 */
import { isSpace } from '../corpus/white-space.ts';
import {
  LOWER_ABBREVIATIONS,
  NAME_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
} from './lexicon.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The longest sentence handed on: real ones are far shorter; anything longer is cut at white space. */
export const MAX_SENTENCE = 1_500;

/** A line this short that ends without punctuation is a line of its own (a heading, a label). */
const SHORT_LINE = 40;

/** A line that opens with a quotation mark starts a sentence ("… ― Jane Roe⏎“Next …"). */
const OPENING_LINE = /^\s*[“„«]/u;

const TERMINAL = new Set([...'.?!…']);
const CLOSERS = new Set([...'”"’\'»)]`']);

const isLower = (c: string | undefined) => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * Splits a paragraph into sentences. Offsets index into `text`; each span is trimmed of white space,
 * so `text.slice(start, end) === span.text`.
 *
 * @example splitSentences('Mr. Kim left. He said so.').map((s) => s.text) // ['Mr. Kim left.', 'He said so.']
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = -1;
  let lastSpace = -1;
  let lineStart = 0;
  const emit = (end: number) => {
    let e = end;
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    if (start >= 0 && e > start) out.push({ start, end: e, text: text.slice(start, e) });
    start = -1;
    lastSpace = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = text[i] as string;
    const space = isSpace(text.charCodeAt(i));
    if (start < 0) {
      if (space) {
        if (c === '\n') lineStart = i + 1;
        continue;
      }
      start = i;
    }
    if (space) {
      if (c === '\n') {
        if (lineEnds(text, lineStart, i) || OPENING_LINE.test(text.slice(i + 1, i + 3))) emit(i);
        else lastSpace = i;
        lineStart = i + 1;
      } else {
        lastSpace = i;
      }
    } else if (TERMINAL.has(c)) {
      // The run of terminal marks and closing marks after them.
      let j = i + 1;
      while (j < n && TERMINAL.has(text[j] as string)) j++;
      while (j < n && CLOSERS.has(text[j] as string)) j++;
      if (j < n && !isSpace(text.charCodeAt(j))) {
        i = j - 1;
        continue;
      }
      let k = j;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      if (k >= n || endsHere(text, i, j, k)) {
        emit(j);
        i = j - 1;
        continue;
      }
      i = j - 1;
    }
    if (start >= 0 && i - start >= MAX_SENTENCE) {
      // A run without a boundary: cut at its last white space (or here, when it has none).
      const cut = lastSpace > start ? lastSpace : i + 1;
      emit(cut);
      i = cut - 1;
    }
  }
  if (start >= 0) emit(n);
  return out;
}

/** Whether the line from `from` to the line break at `at` ends a sentence. */
function lineEnds(text: string, from: number, at: number): boolean {
  let e = at;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === from) return true;
  const last = text[e - 1] as string;
  if (TERMINAL.has(last) || CLOSERS.has(last) || last === ':') return true;
  // A short line of its own: a label or a heading inside the block.
  return e - from <= SHORT_LINE;
}

/**
 * Whether the terminal mark at `at` ends the sentence, given the end of its run of marks (`runEnd`)
 * and the first character after the white space that follows (`next`).
 */
function endsHere(text: string, at: number, runEnd: number, next: number): boolean {
  const c = text[next];
  // "… shame.” ― Jane Roe": a dash after a quote brings its attribution, not a new sentence.
  if (isLower(c) || c === '―' || c === '—') return false;
  const mark = text[at];
  // Only a lone period can belong to an abbreviation.
  if (mark !== '.' || runEnd !== at + 1 || text[at - 1] === '.') return true;
  const word = wordBefore(text, at);
  if (word === '') return true;
  const nextWord = wordAt(text, next);
  if (LOWER_ABBREVIATIONS.has(word)) return SENTENCE_STARTERS.has(nextWord) && word !== 'v' && word !== 'vs';
  if (isDigit(c)) return !NUMBER_ABBREVIATIONS.has(word);
  if (NAME_ABBREVIATIONS.has(word)) {
    // "Sen. Roe" never ends; "Roe Jr. The vote" does.
    return (word === 'Jr' || word === 'Sr') && SENTENCE_STARTERS.has(nextWord);
  }
  // An initial or an acronym ("J.", "U.S."): a name or a noun usually follows.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) {
    return SENTENCE_STARTERS.has(nextWord) || !/^\p{Lu}/u.test(c ?? '');
  }
  return true;
}

/** The word that ends at `at` (a period's position), without leading punctuation. */
function wordBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && !isSpace(text.charCodeAt(s - 1)) && at - s < 24) s--;
  return text.slice(s, at).replace(/^[^\p{L}\p{N}]+/u, '');
}

/** The word that starts at `at`, without surrounding punctuation. */
function wordAt(text: string, at: number): string {
  let e = at;
  while (e < text.length && !isSpace(text.charCodeAt(e)) && e - at < 24) e++;
  return text
    .slice(at, e)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[^\p{L}\p{N}]+$/u, '');
}
