/**
 * The text every peer indexes: the briefing's `body` paragraphs, as loaded by the engine, cut into
 * sentences. Taking them from `Briefing.articles` means every engine sees exactly the same words,
 * so differences in the table come from indexing and ranking, not from parsing.
 */
import type { Article } from '../src/corpus/types.ts';

export interface Passage {
  /** Dense index into the passage list: what peers store as their document id. */
  id: number;
  article: string;
  paragraph: number;
  text: string;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'jr',
  'sr',
  'no',
  'vs',
  'prof',
]);

/** Sentences shorter than this many words are kept with the next one, as a small window. */
const MIN_WORDS = 5;

/**
 * Splits a paragraph into sentences: a `.`, `!` or `?` (with any closing quote) followed by space
 * and a capital or an opening quote, unless the word before is an abbreviation or an initial.
 * Deliberately simple: peers get the same cut as each other, and it need not match the engine's.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z])/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const before = /([\p{L}.]+)[.!?]["”’)]*\s+$/u.exec(
      text.slice(Math.max(start, m.index - 20), m.index + m[0].length),
    );
    const word = before?.[1]?.toLowerCase() ?? '';
    if (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word)) continue;
    out.push(text.slice(start, m.index + m[0].length).trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  const merged: string[] = [];
  let carry = '';
  for (const sentence of out) {
    const joined = carry ? `${carry} ${sentence}` : sentence;
    if (joined.split(/\s+/).length < MIN_WORDS) carry = joined;
    else {
      merged.push(joined);
      carry = '';
    }
  }
  if (carry) merged.push(carry);
  return merged;
}

export function passagesOf(articles: readonly Article[]): Passage[] {
  const passages: Passage[] = [];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      if (paragraph.kind !== 'body') continue;
      for (const text of splitSentences(paragraph.text)) {
        passages.push({ id: passages.length, article: article.id, paragraph: paragraph.n, text });
      }
    }
  }
  return passages;
}
