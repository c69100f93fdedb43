/**
 * The postings' `speakers` field: each passage holds the names, aliases and roles of the speakers
 * of its statements. A speaker's words are split, stemmed and numbered at the first passage quoting
 * them, not at each: 3,500 speakers of 924 real articles quoted in 18,000 passages, a list of
 * strings, a set and a stem looked up per word and passage otherwise.
 */
import type { Speaker, Statement } from '../attribution/types.ts';
import type { PostingsBuilder } from './postings.ts';
import { words as lowerWords, term } from './text.ts';
import { grown } from './token-lists.ts';

/** A speaker's words as the field holds them: each one's term id (-1: none) and number. */
interface Spoken {
  terms: Int32Array;
  words: Int32Array;
}

export class SpeakerField {
  private readonly byName: Map<string, Speaker>;
  private readonly spoken = new Map<string, Spoken>();
  /** Lower-case words numbered: a field's length is its number of distinct words. */
  private readonly wordIds = new Map<string, number>();
  /** Per word number, the last passage it was counted in (+1). */
  private counted = new Int32Array(256);
  /** The passage's term ids, and the names of its speakers, written over per passage. */
  private terms = new Int32Array(64);
  private readonly names: string[] = [];

  constructor(
    speakers: readonly Speaker[],
    private readonly postings: PostingsBuilder<string>,
    private readonly field: number,
  ) {
    this.byName = new Map(speakers.map((s) => [s.name, s]));
  }

  /**
   * Adds passage `id`'s field: the words of its statements' speakers, each speaker once, in the
   * order first quoted (what minisearch would index of a field holding them joined).
   */
  add(id: number, statements: readonly Statement[]): void {
    const { names } = this;
    names.length = 0;
    for (const s of statements) if (!names.includes(s.speaker)) names.push(s.speaker);
    let count = 0;
    let distinct = 0;
    for (const name of names) {
      const { terms, words } = this.spokenOf(name);
      this.terms = grown(this.terms, count, count + terms.length);
      for (let k = 0; k < terms.length; k++) {
        this.terms[count++] = terms[k] as number;
        const word = words[k] as number;
        if (this.counted[word] !== id + 1) {
          this.counted[word] = id + 1;
          distinct++;
        }
      }
    }
    this.postings.addTermIds(this.field, id, this.terms.subarray(0, count), distinct);
  }

  /** A speaker's words, split at the first passage quoting them (the words of each form, one after another). */
  private spokenOf(name: string): Spoken {
    let known = this.spoken.get(name);
    if (known) return known;
    const s = this.byName.get(name);
    const list = lowerWords(s ? [s.name, ...s.aliases, ...s.roles].join(' ') : name);
    known = { terms: new Int32Array(list.length), words: new Int32Array(list.length) };
    for (const [k, w] of list.entries()) {
      const t = term(w);
      known.terms[k] = t ? this.postings.termId(t) : -1;
      let word = this.wordIds.get(w);
      if (word === undefined) {
        word = this.wordIds.size;
        this.wordIds.set(w, word);
        this.counted = grown(this.counted, word, word + 1);
      }
      known.words[k] = word;
    }
    this.spoken.set(name, known);
    return known;
  }
}
