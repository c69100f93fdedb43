/**
 * Passages as sequences of token ids, worked out once at build: what ranking reads per candidate
 * (which question words a passage holds, which stand side by side, how much of a phrase it holds)
 * without splitting its text again for every question. A content word's token is its stem, so
 * "criticised" and "criticism" are one token; a stop word is a token of its own, kept so that
 * phrases ("a ploy to buy time") can be matched word for word.
 */
import { GENERATIONAL_SUFFIX } from '../attribution/lexicon.ts';
import { term, words } from './text.ts';

/**
 * Keys read between two steps of `TokenTable.fromKeysSteps`: the 37,000 tokens of 924 real articles
 * at once held a reload's event loop for about 9 ms.
 */
const KEYS_PER_STEP = 5_000;

export class TokenTable {
  private readonly ids = new Map<string, number>();
  /** Whether each token is a stop word's (true) or a stem's. */
  private readonly stop: boolean[] = [];

  /**
   * The table whose tokens are `keys`, in id order (as `keys()` lists them): a persisted index's.
   * A key is a stem, or `#` and a stop word. Throws on a key listed twice. Some thousands of keys
   * per step: an open gives the event loop back between them.
   */
  static *fromKeysSteps(keys: readonly string[]): Generator<void, TokenTable> {
    const table = new TokenTable();
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (table.ids.has(key)) throw new Error(`lists the token ${JSON.stringify(key)} twice`);
      table.ids.set(key, table.stop.length);
      table.stop.push(key.startsWith('#'));
      if (i % KEYS_PER_STEP === KEYS_PER_STEP - 1) yield;
    }
    return table;
  }

  /** Every token's key, in id order. */
  keys(): string[] {
    return [...this.ids.keys()];
  }

  /** The token id of a lower-case word, made when first seen. */
  add(word: string): number {
    const stem = term(word);
    const key = stem ?? `#${word}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.stop.length;
      this.ids.set(key, id);
      this.stop.push(stem === null);
    }
    return id;
  }

  /** The token id of a stem, if the briefing has it. */
  ofStem(stem: string): number | undefined {
    return this.ids.get(stem);
  }

  /** The token ids of lower-case words, in order; -1 for a word the briefing never uses. */
  ofWords(words: readonly string[]): Int32Array {
    return Int32Array.from(words, (w) => this.ids.get(term(w) ?? `#${w}`) ?? -1);
  }

  /** How many tokens there are: ids run from 0 to size - 1. */
  get size(): number {
    return this.stop.length;
  }

  isStop(id: number): boolean {
    return this.stop[id] === true;
  }
}

/**
 * Length of the longest run of consecutive tokens (or words) `phrase` and `text` share, as a share of
 * the phrase's length: how much of "a ploy to buy time" a passage holds word for word. A token of -1
 * (a word the briefing never uses) matches nothing.
 */
export function runShare<T extends number | string>(phrase: ArrayLike<T>, text: ArrayLike<T>): number {
  if (phrase.length === 0) return 0;
  let best = 0;
  for (let i = 0; i + best < text.length; i++) {
    const t = text[i] as T;
    if (t === -1) continue;
    for (let j = 0; j + best < phrase.length; j++) {
      if (phrase[j] !== t) continue;
      let k = 1;
      while (i + k < text.length && j + k < phrase.length && text[i + k] === phrase[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best / phrase.length;
}

/**
 * Whether `text` holds all of `phrase`, in order, word for word: `runShare(phrase, text) === 1`,
 * found in one pass (a phrase of common words only is looked for in every passage).
 */
export function holdsRun(phrase: Int32Array, text: Int32Array): boolean {
  const m = phrase.length;
  if (m === 0) return false;
  const first = phrase[0] as number;
  if (first === -1) return false;
  const last = text.length - m;
  for (let i = 0; i <= last; i++) {
    if (text[i] !== first) continue;
    let k = 1;
    while (k < m && text[i + k] === phrase[k]) k++;
    if (k === m) return true;
  }
  return false;
}

/** A person's family name: the last word of their name, before a generational suffix ("Jr."). */
export function familyName(name: string): string | undefined {
  const list = name.split(/\s+/u).filter((w) => w !== '');
  while (list.length > 1 && GENERATIONAL_SUFFIX.test((list.at(-1) as string).replace(/,$/u, ''))) list.pop();
  return list.at(-1);
}

/** The token of a name's family name (see `familyName`), if the briefing has it. */
export function familyToken(name: string, table: TokenTable): number | undefined {
  const family = words(familyName(name) ?? '').at(-1);
  const stem = family ? term(family) : null;
  return stem ? table.ofStem(stem) : undefined;
}
