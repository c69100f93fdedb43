/**
 * Quoted spans of a paragraph. Scraped news mixes curly and straight marks, writes quotation marks as
 * doubled apostrophes ('' … '', with `` as an opening mark, the New York Times' archive style), uses
 * an opening “ where a closing one belongs, and leaves a quote open at the end of a paragraph when it
 * goes on in the next. So double marks are paired by alternation rather than by glyph, and an
 * unclosed quote runs to the end of the paragraph and says so (`open`), for the next paragraph to
 * continue it.
 */

import { matchesOf } from '../matches.ts';
import { FUNCTION_WORDS } from './lexicon.ts';

export interface QuoteSpan {
  /** Offset of the opening mark (or of the paragraph start when the opening mark is missing). */
  start: number;
  /** Offset just past the closing mark (or the paragraph end when unclosed). */
  end: number;
  /** The words inside the marks, trimmed of white space and trailing commas. */
  text: string;
  /** Offsets of `text` in the paragraph. */
  textStart: number;
  textEnd: number;
  /** The quote is still open at the end of the paragraph. */
  open: boolean;
  /** Single marks (‘…’) at the top level: usually a term or a title rather than speech. */
  single: boolean;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Double quotation marks, including two apostrophes or two backticks written for one. */
const DOUBLE_MARKS = /[“”"„«»″]|''|``/gu;

/**
 * Finds top-level quotes: double-quoted spans, and single-quoted spans (‘…’) outside them.
 * Apostrophes ("Berg’s", "don't") are never taken for quote marks.
 *
 * @example findQuotes('“Go,” he said.')[0].text // 'Go'
 * @example findQuotes("''Go,'' he said.")[0].text // 'Go'
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let openLength = 0;
  const marks = doubleMarks(text);
  for (let m = 0; m < marks.length; m++) {
    const { at: i, length } = marks[m] as Mark;
    if (open < 0) {
      const looksClosing = !isSpace(text[i - 1]) && !isWordChar(text[i + length]) && spans.length === 0;
      // A closing mark with none before it: the quote began before this paragraph's first word.
      if (looksClosing && m === 0 && /[.,!?]$/u.test(text.slice(0, i))) {
        spans.push(makeSpan(text, 0, i + length, 0, i, false, false));
      } else {
        open = i;
        openLength = length;
      }
    } else if (nestedPair(text, marks, m)) {
      // "“… the number of “cell phone only” households …”": a quote inside the open one.
      m++;
    } else {
      spans.push(makeSpan(text, open, i + length, open + openLength, i, false, false));
      open = -1;
    }
  }
  if (open >= 0 && open + openLength < text.length)
    spans.push(makeSpan(text, open, text.length, open + openLength, text.length, true, false));
  const singles = findSingleQuotes(text);
  if (singles.length > 0) {
    // Both lists are in order: a single quote inside a double one is found by walking forward.
    let d = 0;
    const top: QuoteSpan[] = [];
    for (const single of singles) {
      while (d < spans.length && (spans[d] as QuoteSpan).end <= single.start) d++;
      const holder = spans[d];
      if (!holder || single.end <= holder.start) top.push(single);
      else if (holdsDoubles(text, single, spans, d)) {
        // British style: ‘The minister said, “No new taxes”, and here we are,’ she said.
        top.push(single);
        while (d < spans.length && (spans[d] as QuoteSpan).end <= single.end) spans.splice(d, 1);
      }
    }
    if (top.length > 0) return merge(spans, top).filter((s) => s.text.length > 0 && !isNickname(text, s));
  }
  return spans.filter((s) => s.text.length > 0 && !isNickname(text, s));
}

/**
 * Whether mark `m`, met inside an open quote, opens a quote nested in it: a curly opening mark with
 * a space before it and a word after it, then a curly closing mark that ends a word, then another
 * curly closing mark for the outer quote. The same glyphs nest in scraped text as often as ‘…’ do.
 */
function nestedPair(text: string, marks: readonly Mark[], m: number): boolean {
  const inner = marks[m] as Mark;
  const close = marks[m + 1];
  const outer = marks[m + 2];
  if (!close || !outer || text[inner.at] !== '“' || text[close.at] !== '”' || text[outer.at] !== '”')
    return false;
  if (!isSpace(text[inner.at - 1]) || !isWordChar(text[inner.at + 1])) return false;
  return !isSpace(text[close.at - 1]) && !isWordChar(text[close.at + 1]);
}

const NAME_BEFORE = /(?:^|\s)(\p{Lu}[\p{Ll}’'-]+)\s$/u;
const NAME_AFTER = /^\s(\p{Lu}[\p{L}’'-]+)/u;
/** One capitalised word between its marks, nothing else inside them. */
const NICKNAME = /^(?:[“”"‘’']|''|``)\p{Lu}[\p{Ll}-]+(?:[“”"‘’']|'')$/u;

/**
 * A quoted single word between two capitalised name words (Jane “Dee” Roe): a nickname, part of
 * the name, neither a quote nor a statement.
 */
export function isNickname(text: string, span: QuoteSpan): boolean {
  if (span.open || !NICKNAME.test(text.slice(span.start, span.end)) || FUNCTION_WORDS.has(span.text))
    return false;
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start))?.[1];
  const after = NAME_AFTER.exec(text.slice(span.end, span.end + 40))?.[1];
  // "Velmar Radio’s “Evening,” Jane Roe said": a possessive owns a title; a comma ends a quote.
  return (
    !!before &&
    !!after &&
    !/[’']s$/u.test(before) &&
    !FUNCTION_WORDS.has(before) &&
    !FUNCTION_WORDS.has(after)
  );
}

interface Mark {
  at: number;
  length: number;
}

/** Double marks in order. A run of three apostrophes is one single mark and one double mark. */
/** A height's feet and inches right before a double mark: "6’2", "5'11". */
const INCHES_BEFORE = /(?:^|[^\p{N}])\d['’′]\d{1,2}$/u;

function doubleMarks(text: string): Mark[] {
  const out: Mark[] = [];
  for (const m of matchesOf(DOUBLE_MARKS, text)) {
    let at = m.index ?? 0;
    const length = m[0].length;
    // "6’2”", "5'11\"": feet and inches, the mark closing a height, not a quote.
    if (
      (m[0] === '”' || m[0] === '"' || m[0] === '″') &&
      INCHES_BEFORE.test(text.slice(Math.max(0, at - 5), at))
    )
      continue;
    if (m[0] === "''") {
      const prev = out[out.length - 1];
      // "'''": a nested quote closing with the outer one, or the outer opening with a nested one.
      if (text[at + 2] === "'" && !isWordChar(text[at + 3])) at += 1;
      if (prev && prev.at + prev.length > at) continue;
    }
    out.push({ at, length });
  }
  return out;
}

function merge(a: QuoteSpan[], b: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.start <= y.start)) {
      out.push(x as QuoteSpan);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** The longest single-quoted span: longer ones are an apostrophe paired with a stray mark. */
const MAX_SINGLE = 200;

function findSingleQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const re = /(^|[\s(“"—–-])[‘'`](?=[\p{L}\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = m.index + (m[1] as string).length;
    if (text[open] === "'" && text[open + 1] === "'") continue;
    // The closing mark: a ’ or ' not followed by a letter (so not an apostrophe), within a short span.
    const rest = text.slice(open + 1, open + 1 + MAX_SINGLE);
    const close = closingSingle(rest);
    if (close < 0) continue;
    const end = open + 1 + close;
    out.push(makeSpan(text, open, end + 1, open + 1, end, false, true));
    re.lastIndex = end + 1;
  }
  return out;
}

/**
 * Whether a single-quoted span holds the double quotes from `spans[d]` whole, the way British
 * style nests a quote inside a quote, and closes after punctuation as spoken words do (‘…, here we
 * are,’): a stray mark pairing across a double quote seldom does.
 */
function holdsDoubles(text: string, single: QuoteSpan, spans: readonly QuoteSpan[], d: number): boolean {
  const inner = spans[d] as QuoteSpan;
  if (inner.start <= single.start || inner.end > single.end || inner.open) return false;
  return /[,.!?;:]/u.test(text[single.end - 2] ?? '') || /[,.!?;:]/u.test(text[single.end] ?? '');
}

/** A ’ or ' not followed by a letter (so not an apostrophe inside a word). */
const SINGLE_CLOSE = /(?<=[^\s'])[’'](?![\p{L}'])/gu;
/** A plural's possessive mark before the word it owns: "nurses’ cars", "drivers' licences". */
const PLURAL_POSSESSIVE = /^s[’'] \p{Ll}/u;

/**
 * Where a single-quoted span that opened before `rest` closes: the first mark that can close it,
 * past a plural's possessive mark when a later one closes it (‘… on nurses’ cars,’ he said).
 */
function closingSingle(rest: string): number {
  let first = -1;
  for (const m of matchesOf(SINGLE_CLOSE, rest)) {
    const at = m.index ?? 0;
    if (first < 0) first = at;
    if (!PLURAL_POSSESSIVE.test(rest.slice(at - 1, at + 3))) return at;
  }
  return first;
}

function makeSpan(
  text: string,
  start: number,
  end: number,
  innerStart: number,
  innerEnd: number,
  open: boolean,
  single: boolean,
): QuoteSpan {
  let a = innerStart;
  let b = innerEnd;
  while (a < b && /\s/u.test(text[a] as string)) a++;
  while (b > a && /[\s,]/u.test(text[b - 1] as string)) b--;
  return { start, end, text: text.slice(a, b), textStart: a, textEnd: b, open, single };
}
