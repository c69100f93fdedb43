/**
 * Where a text's words are, as `casedWords` splits it, found in one pass over its character codes
 * and without making a string per word: what an index build reads its 680,000 words with (924 real
 * articles), passages, sentences and statements alike, looking each one up by its place in the
 * text (`FormTable`). `casedWords` straightens apostrophes, drops the dots of initialisms, then
 * splits, each step a pass making a new string, and makes an array of strings per text.
 */
import { grown } from './token-lists.ts';

/** The words of the last text scanned: word k is `text.slice(starts[k], ends[k])`, as written. */
export class WordSpans {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  /** Each word's form's hash (`formHash`), worked out as the scan reads it. */
  hashes = new Int32Array(256);
  /** 1 where a word's span is its form as is: no dot left out, no apostrophe straightened. */
  plain = new Uint8Array(256);
  count = 0;
  /**
   * Whether the text holds a letter whose lower case differs when lowered alone ("İ" is two code
   * units lowered, "Σ" lowers by its neighbours): the words of the lowered text (`words`) are then
   * not the lowered words.
   */
  lowersApart = false;

  /**
   * Finds the words of `text` between `from` and `to` (read as if the rest were not there), each as
   * `casedWords(text.slice(from, to))` lists it: a word's form (`formOf`) is its span with dots left
   * out and apostrophes straightened. Returns false, having found nothing sure, for a text holding a
   * character outside the Basic Multilingual Plane (an emoji): that rare text is left to `casedWords`.
   */
  scan(text: string, from = 0, to = text.length): boolean {
    this.count = 0;
    this.lowersApart = false;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      const kind = c < 128 ? (ASCII_KINDS[c] as number) : kindOf(c);
      if ((kind & LETTER_OR_DIGIT) !== 0) i = this.word(text, i, from, to);
      else if (kind === OUTSIDE) return false;
      else i++;
      if (i < 0) return false;
    }
    return true;
  }

  /** Reads the word starting at `start`: where it ends, or -1 at a character left to `casedWords`. */
  private word(text: string, start: number, from: number, to: number): number {
    // The hash of the form so far, and as it was one and two units before (a possessive's "'s" off).
    let hash = FNV_OFFSET;
    let before = hash;
    let beforeLast = hash;
    // Where the first unit not written as the form has it is (a dot left out, an apostrophe straightened).
    let stray = -1;
    let i = start;
    for (;;) {
      for (; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          if (((ASCII_KINDS[c] as number) & LETTER_OR_DIGIT) === 0) break;
        } else {
          if ((kindOf(c) & LETTER_OR_DIGIT) === 0) break;
          if (c === 0x130 || c === 0x3a3) this.lowersApart = true;
        }
        beforeLast = before;
        before = hash;
        hash = Math.imul(hash ^ c, FNV_PRIME);
      }
      if (i >= to) break;
      const c = text.charCodeAt(i);
      const next = kindAt(text, i + 1, from, to);
      if (next === OUTSIDE) return -1;
      // A joiner counts only between two letters or digits; an initialism's dot is left out.
      if ((isApostrophe(c) || c === 45) && (next & LETTER_OR_DIGIT) !== 0) {
        if (c !== 39 && c !== 45 && stray < 0) stray = i;
        beforeLast = before;
        before = hash;
        hash = Math.imul(hash ^ (c === 45 ? 45 : 39), FNV_PRIME);
      } else if (c === 46 && initialismDot(text, i, from, to)) {
        if (stray < 0) stray = i;
      } else break;
      i++;
    }
    // A possessive "'s" is no part of the word.
    const last = text.charCodeAt(i - 1);
    const possessive = i - start > 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(i - 2));
    const end = possessive ? i - 2 : i;
    const k = this.count++;
    if (k === this.starts.length) this.grow();
    this.starts[k] = start;
    this.ends[k] = end;
    this.hashes[k] = possessive ? beforeLast : hash;
    this.plain[k] = stray < 0 || stray >= end ? 1 : 0;
    return i;
  }

  private grow(): void {
    const size = 2 * this.starts.length;
    this.starts = grown(this.starts, size / 2, size);
    this.ends = grown(this.ends, size / 2, size);
    this.hashes = grown(this.hashes, size / 2, size);
    const plain = new Uint8Array(size);
    plain.set(this.plain);
    this.plain = plain;
  }
}

/** FNV-1a, 32 bits: a form's hash, unit by unit. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash `WordSpans` gives a word whose form is `form`. */
export function formHash(form: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < form.length; i++) hash = Math.imul(hash ^ form.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** The word written at `start` … `end` of `text` (a span `WordSpans.scan` found), as `casedWords` lists it. */
export function formOf(text: string, start: number, end: number): string {
  let form = text.slice(start, end);
  if (form.includes('.')) form = form.replaceAll('.', '');
  return STRAIGHTENED.test(form) ? form.replace(/[’‘`´]/gu, "'") : form;
}

const STRAIGHTENED = /[’‘`´]/u;

/** The apostrophes `casedWords` straightens to "'", and "'" itself. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4;
}

/**
 * The code unit a form holds for the one at `i` of its span: a straightened apostrophe, or -1 for an
 * initialism's dot (the only dot a word's span holds), left out.
 */
export function formUnit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c === 46 ? -1 : isApostrophe(c) ? 39 : c;
}

/**
 * Whether the character at `i` keeps the words on either side of it apart whatever stands around
 * it: no letter or digit, no joiner, no dot (an initialism's), nothing `\\b` reads as a word's ("_"),
 * nothing left to `casedWords`. A stretch of text ending at such characters splits into the words
 * the whole text has there.
 */
export function separatesWords(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return kindAt(text, i, 0, text.length) === 0 && !isApostrophe(c) && c !== 45 && c !== 46;
}

/** What `kindAt` tells of a character, bit by bit. */
const LETTER_OR_DIGIT = 1;
const UPPER = 2;
const ASCII_WORD = 4;
/** A code unit of a surrogate pair (or a lone one): left to `casedWords`. */
const OUTSIDE = 8;
/** Set for a character of the table below once it is known. */
const KNOWN = 16;

/**
 * What each character of the Basic Multilingual Plane is, worked out by the Unicode regexes when
 * first met: 64 KB, the plane's size, whatever the text.
 */
const kinds = new Uint8Array(0x10000);

/** What each ASCII character is. */
const ASCII_KINDS = Uint8Array.from({ length: 128 }, (_, c) => {
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return LETTER_OR_DIGIT | ASCII_WORD;
  if (c >= 65 && c <= 90) return LETTER_OR_DIGIT | UPPER | ASCII_WORD;
  return c === 95 ? ASCII_WORD : 0;
});

/** What the character at `i` is (0 outside `from` … `to`, as if the text were no more than that). */
function kindAt(text: string, i: number, from: number, to: number): number {
  if (i < from || i >= to) return 0;
  const c = text.charCodeAt(i);
  return c < 128 ? (ASCII_KINDS[c] as number) : kindOf(c);
}

/** What a character outside ASCII is. */
function kindOf(c: number): number {
  let kind = kinds[c] as number;
  if (kind === 0) {
    const ch = String.fromCharCode(c);
    kind =
      c >= 0xd800 && c <= 0xdfff
        ? OUTSIDE
        : KNOWN | (/[\p{L}\p{N}]/u.test(ch) ? LETTER_OR_DIGIT : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0);
    kinds[c] = kind;
  }
  return kind & ~KNOWN;
}

/**
 * Whether the dot at `i` is one `casedWords` drops, "U.S." read as "US": a capital letter standing
 * alone as a word (`\b` reads ASCII letters, digits and "_" only) on each side of it.
 */
function initialismDot(text: string, i: number, from: number, to: number): boolean {
  const before = kindAt(text, i - 1, from, to);
  const after = kindAt(text, i + 1, from, to);
  return (
    (before & UPPER) !== 0 &&
    (after & UPPER) !== 0 &&
    (kindAt(text, i - 2, from, to) & ASCII_WORD) !== (before & ASCII_WORD) &&
    (kindAt(text, i + 2, from, to) & ASCII_WORD) !== (after & ASCII_WORD)
  );
}
