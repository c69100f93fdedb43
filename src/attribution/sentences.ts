/**
 * Sentence boundaries with offsets, read in one pass over the paragraph.
 *
 * A sentence ends at ".", "?", "!" or "…" (with any closing quote marks or brackets after it) followed
 * by white space and a word that does not start in lower case, unless the period belongs to an
 * abbreviation: a title before a name ("Sen.", "Sens.", "Mr."), a number's abbreviation before its
 * number ("No. 2"), a lower-case "v." ("Roe v. Wade"), or an initial or acronym ("J.", "U.S.") that a
 * sentence-opening word does not follow; a title in lower case ("mr.", "dr.") never ends one. Abbreviations are matched with their case, so "me." and
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
  LOWER_TITLE_ABBREVIATIONS,
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
  let from = 0;
  const emit = (end: number) => {
    let s = from;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    // A run without a boundary is cut at white space, so no sentence exceeds MAX_SENTENCE.
    while (e - s > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', s + MAX_SENTENCE);
      if (cut <= s) cut = s + MAX_SENTENCE;
      out.push({ start: s, end: cut, text: text.slice(s, cut) });
      s = cut;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
    }
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    from = end;
  };
  let lineStart = 0;
  // Only the places where a sentence may end are visited: runs of terminal marks and line breaks.
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const at = m.index;
    if (m[0] === '\n') {
      if (at > from && (lineEnds(text, lineStart, at) || OPENING_LINE.test(text.slice(at + 1, at + 3))))
        emit(at);
      lineStart = at + 1;
      continue;
    }
    const runEnd = at + m[0].length;
    let next = runEnd;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (next >= text.length || endsHere(text, at, runEnd, next)) emit(runEnd);
  }
  emit(text.length);
  return out;
}

/**
 * A run of terminal marks with the closing marks after it, followed by white space; a quote closed
 * after its terminal mark with the next sentence glued to it (“… I love it!”Former mayor Roe …", a
 * space lost in pasting); or a line break.
 */
const BOUNDARY = /[.?!…]+[”"’'»)\]`]*(?=\s|$)|[.?!…]+[”»]+(?=\p{Lu})|\n/gu;

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
  if (LOWER_ABBREVIATIONS.has(word))
    return word !== 'v' && word !== 'vs' && SENTENCE_STARTERS.has(wordAt(text, next));
  if (LOWER_TITLE_ABBREVIATIONS.has(word)) return false;
  if (isDigit(c)) return !NUMBER_ABBREVIATIONS.has(word);
  if (NAME_ABBREVIATIONS.has(word)) {
    // "Sen. Roe" never ends; "Roe Jr. The vote" does.
    return (word === 'Jr' || word === 'Sr') && SENTENCE_STARTERS.has(wordAt(text, next));
  }
  // An initial or an acronym ("J.", "U.S."): a name or a noun usually follows.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) {
    return SENTENCE_STARTERS.has(wordAt(text, next)) || !/^\p{Lu}/u.test(c ?? '');
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
