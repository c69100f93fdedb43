/**
 * The briefing's words and stems, arranged so that a query never scans them all: typo candidates
 * come from buckets of same first letter and near length, prefix relatives from a sorted array.
 */
import { sortedSteps } from '../corpus/index.ts';
import { Later } from './later.ts';
import { editDistance, maxTypos, term } from './text.ts';

/** What a vocabulary's questions look words up in, made once its words are all known. */
interface Lookup {
  buckets: Map<string, string[]>;
  sortedTerms: string[];
}

/** Words are bucketed by their first two letters and length: typo candidates come from a few buckets. */
function bucketKey(word: string, length: number): string {
  return `${word.slice(0, 2)}:${length}`;
}

/** English prefixes that make a word from another ("de-", "re-", "un-", "dis-", "non-", "anti-"). */
const DERIVATIONAL = /^(?:de|re|un|dis|non|anti)/u;

/** A vocabulary as lists, in the order it learnt them: what a persisted index stores. */
export interface VocabularyData {
  words: string[];
  /** Each word's index term, null for a stop word. */
  stems: (string | null)[];
  capitalised: string[];
  lowercase: string[];
}

/**
 * Words read back, bucketed or listed between two steps (`fromDataSteps`, `lookupSteps`,
 * `dataSteps`): 2,000 held a reload's event loop for 10–15 ms, its code run JIT cold.
 */
const WORDS_PER_STEP = 500;

export class Vocabulary {
  /**
   * The vocabulary `data()` listed, sealed, a few thousand words per step (30,000 words at once held
   * a reload's event loop for about 60 ms): words in the same order, so typos are found alike.
   */
  static *fromDataSteps(data: VocabularyData): Generator<void, Vocabulary> {
    const vocabulary = new Vocabulary();
    for (let i = 0; i < data.words.length; i++) {
      vocabulary.add(data.words[i] as string, data.stems[i] ?? null);
      if (i % WORDS_PER_STEP === WORDS_PER_STEP - 1) yield;
    }
    // The words seen capitalised and in lower case (10,000 and 21,000 for 924 real articles) took
    // 8–14 ms in one step: a few hundred per step too.
    const sets: [string[], Set<string>][] = [
      [data.capitalised, vocabulary.capitalised],
      [data.lowercase, vocabulary.lowercase],
    ];
    for (const [list, into] of sets) {
      for (let i = 0; i < list.length; i++) {
        into.add(list[i] as string);
        if (i % WORDS_PER_STEP === WORDS_PER_STEP - 1) yield;
      }
      yield;
    }
    vocabulary.seal();
    return vocabulary;
  }

  /**
   * What the vocabulary works out after an open (see `Later`): the typo buckets, in the order the
   * words were learnt (so typos are found alike), and the sorted stems. Read by a question with a
   * word the briefing lacks or a long stem; about a fifth of opening the vocabulary.
   */
  private *lookupSteps(): Generator<void, Lookup> {
    const buckets = new Map<string, string[]>();
    let i = 0;
    for (const word of this.words) {
      const key = bucketKey(word, word.length);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(word);
      else buckets.set(key, [word]);
      if (++i % WORDS_PER_STEP === 0) yield;
    }
    yield;
    return { buckets, sortedTerms: yield* sortedSteps(this.terms, WORDS_PER_STEP) };
  }

  /** What `fromDataSteps` reads back, a few hundred words per step (each one's stem looked up). */
  *dataSteps(): Generator<void, VocabularyData> {
    const words = [...this.words];
    yield;
    const stems: (string | null)[] = [];
    for (let i = 0; i < words.length; i++) {
      stems.push(term(words[i] as string));
      if (i % WORDS_PER_STEP === WORDS_PER_STEP - 1) yield;
    }
    const capitalised = [...this.capitalised];
    yield;
    return { words, stems, capitalised, lowercase: [...this.lowercase] };
  }

  readonly words = new Set<string>();
  readonly terms = new Set<string>();
  /** The typo buckets and sorted stems, made once every word is added (`seal`). */
  private lookup: Later<Lookup> | null = null;

  /** Adds a word; `stem` is its term when already known (a restored index), worked out otherwise. */
  add(word: string, stem?: string | null): void {
    // Each word looked up once: the set's size tells whether it was new (28,000 words at every start).
    const size = this.words.size;
    this.words.add(word);
    if (this.words.size === size) return;
    // A word learnt after `seal`: the lookup is made again, with it.
    this.lookup = null;
    const t = stem === undefined ? term(word) : stem;
    if (t) this.terms.add(t);
  }

  /** Words seen capitalised, and words seen in lower case: a name is the first and not the second. */
  private readonly capitalised = new Set<string>();
  private readonly lowercase = new Set<string>();

  /** Notes how a word was written (`raw`, before lowercasing), so that names can be told apart. */
  noteCase(raw: string): void {
    const code = raw.charCodeAt(0);
    const lower = raw.toLowerCase();
    if (raw === lower) this.lowercase.add(lower);
    else if (code < 128 ? code >= 65 && code <= 90 : raw[0] !== raw[0]?.toLowerCase())
      this.capitalised.add(lower);
  }

  /** A word the briefing only ever writes capitalised: a name. */
  isName(word: string): boolean {
    return this.capitalised.has(word) && !this.lowercase.has(word);
  }

  /** Call once all words are added: what is worked out of them is made later, or when first read. */
  seal(): void {
    this.lookup ??= new Later(this.lookupSteps());
  }

  /** The work `seal` left for later (see `settle`). */
  later(): Later<unknown>[] {
    return this.lookup ? [this.lookup] : [];
  }

  private get buckets(): Map<string, string[]> {
    this.seal();
    return (this.lookup as Later<Lookup>).value.buckets;
  }

  private get sortedTerms(): string[] {
    this.seal();
    return (this.lookup as Later<Lookup>).value.sortedTerms;
  }

  /** Known words within `maxTypos` edits that start with the same two letters (typos rarely hit both). */
  near(word: string, typos = maxTypos(word)): string[] {
    if (typos === 0) return [];
    const cached = this.nearCache.get(word);
    if (cached) return cached;
    const out: string[] = [];
    const buckets = this.buckets;
    for (let len = word.length - typos; len <= word.length + typos; len++) {
      for (const known of buckets.get(bucketKey(word, len)) ?? []) {
        if (editDistance(word, known, typos) <= typos) out.push(known);
      }
    }
    if (this.nearCache.size >= 5_000) this.nearCache.clear();
    this.nearCache.set(word, out);
    return out;
  }

  /** Near spellings already looked up: a question asks for the same word's twice or more. */
  private readonly nearCache = new Map<string, string[]>();

  /** A word the briefing uses, by exact form, stem, or (for longer words) a near spelling. */
  isKnownWord(word: string): boolean {
    if (this.words.has(word)) return true;
    const t = term(word);
    if (t && this.terms.has(t)) return true;
    return this.near(word).length > 0;
  }

  /**
   * The briefing's stems that stand for a query stem: itself, stems it begins ("resum" → "resumpt"),
   * stems that begin it, and — for a stem the briefing lacks — near spellings.
   */
  expand(t: string): Set<string> {
    const out = new Set<string>();
    if (this.terms.has(t)) out.add(t);
    if (t.length >= 5) {
      const sortedTerms = this.sortedTerms;
      let lo = 0;
      let hi = sortedTerms.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sortedTerms[mid] as string) < t) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < sortedTerms.length && out.size < 20; i++) {
        const v = sortedTerms[i] as string;
        if (!v.startsWith(t)) break;
        out.add(v);
      }
      for (let k = 5; k < t.length; k++) if (this.terms.has(t.slice(0, k))) out.add(t.slice(0, k));
    }
    if (!this.terms.has(t) && t.length >= 5) {
      for (const w of this.near(t)) {
        const s = term(w);
        if (s) out.add(s);
      }
    }
    // "denuclearisation" → "nuclear": a derivational prefix off, the rest expanded the same way.
    const prefix = DERIVATIONAL.exec(t);
    if (prefix && t.length - (prefix[0] as string).length >= 6) {
      for (const v of this.expand(t.slice((prefix[0] as string).length))) out.add(v);
    }
    return out;
  }
}
