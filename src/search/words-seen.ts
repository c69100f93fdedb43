/**
 * The briefing's words as an index build reads them, each form as written worked out once (see
 * `WordsSeen`): what makes the vocabulary, the token table and the passages' terms.
 */
import type { PostingsBuilder } from './postings.ts';
import { casedWords, term } from './text.ts';
import { grown } from './token-lists.ts';
import { TokenTable } from './tokens.ts';
import { Vocabulary } from './vocabulary.ts';

/** What a build has worked out about a word as written (`WordsSeen`). */
interface Written {
  /** Its token (`TokenTable`). */
  token: number;
  /** Its lower-case form, numbered: a field's length counts distinct lower-case words. */
  lower: number;
  /** Its index term in the postings, -1 for a stop word, undefined until first indexed. */
  term?: number;
}

/**
 * The briefing's words as a build reads them: each form as written (“Senate”, “senate”) worked out
 * once, at its first occurrence: lowered, learnt by the vocabulary with its case, given its token
 * and its term. A briefing repeats its words (924 real articles: 680,000 words, 32,000 forms),
 * and each of those steps looked a new string up again at every occurrence.
 */
export class WordsSeen {
  readonly vocabulary = new Vocabulary();
  readonly table = new TokenTable();
  /** Token ids by lower-case word. */
  readonly tokenOf = new Map<string, number>();
  private readonly written = new Map<string, Written>();
  private readonly lowers = new Map<string, number>();
  /** The last text read: its words' tokens and terms, `count` of them. */
  tokens = new Int32Array(256);
  terms = new Int32Array(256);
  count = 0;
  /** Per lower-case word: the last `read` it was counted in. */
  private seenIn = new Int32Array(1 << 12);
  private reads = 0;

  /**
   * Reads a text's words: learnt, and, with `tokens`, given tokens (`this.tokens`); with `postings`,
   * given terms too (`this.terms`). Returns the number of distinct lower-case words.
   */
  read(text: string, tokens = true, postings?: PostingsBuilder<string>): number {
    const list = casedWords(text);
    this.tokens = grown(this.tokens, 0, list.length);
    this.terms = grown(this.terms, 0, list.length);
    this.count = list.length;
    const read = ++this.reads;
    let distinct = 0;
    for (let i = 0; i < list.length; i++) {
      const raw = list[i] as string;
      let seen = this.written.get(raw);
      if (!seen) {
        seen = this.learn(raw, tokens);
        if (tokens) this.written.set(raw, seen);
      }
      if (postings && seen.term === undefined) {
        const t = term(this.lowerOf(seen));
        seen.term = t ? postings.termId(t) : -1;
      }
      this.tokens[i] = seen.token;
      this.terms[i] = seen.term ?? -1;
      if (this.seenIn[seen.lower] !== read) {
        this.seenIn[seen.lower] = read;
        distinct++;
      }
    }
    return distinct;
  }

  private readonly lowerList: string[] = [];

  private lowerOf(seen: Written): string {
    return this.lowerList[seen.lower] as string;
  }

  /** A form first met: what `read` keeps of it (its token only when `tokens`). */
  private learn(raw: string, tokens: boolean): Written {
    const w = raw.toLowerCase();
    this.vocabulary.add(w);
    this.vocabulary.noteCase(raw);
    // "mid-February" and "Son-hui" also answer to "February" and "hui".
    if (w.includes('-')) for (const part of w.split('-')) if (part) this.vocabulary.add(part);
    let lower = this.lowers.get(w);
    if (lower === undefined) {
      lower = this.lowerList.length;
      this.lowers.set(w, lower);
      this.lowerList.push(w);
      this.seenIn = grown(this.seenIn, lower, lower + 1);
    }
    if (!tokens) return { token: -1, lower };
    let token = this.tokenOf.get(w);
    if (token === undefined) {
      token = this.table.add(w);
      this.tokenOf.set(w, token);
    }
    return { token, lower };
  }
}
