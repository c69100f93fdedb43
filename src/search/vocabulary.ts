/**
 * The briefing's words and stems, arranged so that a query never scans them all: typo candidates
 * come from buckets of same first letter and near length, prefix relatives from a sorted array.
 */
import { editDistance, maxTypos, term } from './text.ts';

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

/** Words read back between two steps of `Vocabulary.fromDataSteps`. */
const WORDS_PER_STEP = 2_000;

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
    for (const w of data.capitalised) vocabulary.capitalised.add(w);
    for (const w of data.lowercase) vocabulary.lowercase.add(w);
    yield;
    vocabulary.seal();
    return vocabulary;
  }

  /** `fromDataSteps`, at once. */
  static fromData(data: VocabularyData): Vocabulary {
    const steps = Vocabulary.fromDataSteps(data);
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
    }
  }

  /** What `fromData` reads back. */
  data(): VocabularyData {
    const words = [...this.words];
    return {
      words,
      stems: words.map((w) => term(w)),
      capitalised: [...this.capitalised],
      lowercase: [...this.lowercase],
    };
  }

  readonly words = new Set<string>();
  readonly terms = new Set<string>();
  private sortedTerms: string[] = [];
  private readonly buckets = new Map<string, string[]>();

  /** Adds a word; `stem` is its term when already known (a restored index), worked out otherwise. */
  add(word: string, stem?: string | null): void {
    if (this.words.has(word)) return;
    this.words.add(word);
    const t = stem === undefined ? term(word) : stem;
    if (t) this.terms.add(t);
    const key = bucketKey(word, word.length);
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(word);
    else this.buckets.set(key, [word]);
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

  /** Call once all words are added. */
  seal(): void {
    this.sortedTerms = [...this.terms].sort();
  }

  /** Known words within `maxTypos` edits that start with the same two letters (typos rarely hit both). */
  near(word: string, typos = maxTypos(word)): string[] {
    if (typos === 0) return [];
    const cached = this.nearCache.get(word);
    if (cached) return cached;
    const out: string[] = [];
    for (let len = word.length - typos; len <= word.length + typos; len++) {
      for (const known of this.buckets.get(bucketKey(word, len)) ?? []) {
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
      let lo = 0;
      let hi = this.sortedTerms.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((this.sortedTerms[mid] as string) < t) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < this.sortedTerms.length && out.size < 20; i++) {
        const v = this.sortedTerms[i] as string;
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
