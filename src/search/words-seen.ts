/**
 * The briefing's words as an index build reads them, each form as written worked out once (see
 * `WordsSeen`): what makes the vocabulary, the token table and the passages' terms.
 */
import { FormTable } from './form-table.ts';
import type { PostingsBuilder } from './postings.ts';
import { casedWords, words as lowerWords, term } from './text.ts';
import { grown, type ListsBuilder } from './token-lists.ts';
import { TokenTable } from './tokens.ts';
import { Vocabulary } from './vocabulary.ts';
import { formHash, formOf, WordSpans } from './word-spans.ts';

/** A form's term not worked out yet (-1 is a stop word's). */
const NO_TERM_YET = -2;

/**
 * The briefing's words as a build reads them: each form as written (“Senate”, “senate”) worked out
 * once, at its first occurrence: lowered, learnt by the vocabulary with its case, given its token
 * and its term. A briefing repeats its words (924 real articles: 680,000 words, 32,000 forms),
 * and each of those steps looked a new string up again at every occurrence. Words are found by
 * their place in the text (`WordSpans`, `FormTable`): no string is made for a form already met.
 */
export class WordsSeen {
  readonly vocabulary = new Vocabulary();
  readonly table = new TokenTable();
  /** Token ids by lower-case word. */
  readonly tokenOf = new Map<string, number>();
  /** The forms met in reads with tokens, and per form its token, lower-case word and term. */
  private readonly forms = new FormTable();
  private formToken = new Int32Array(1024);
  private formLower = new Int32Array(1024);
  private formTerm = new Int32Array(1024);
  /** Lower-case words, numbered: a field's length counts distinct lower-case words. */
  private readonly lowers = new Map<string, number>();
  private readonly lowerList: string[] = [];
  private readonly spans = new WordSpans();
  /** The last text read: its words' tokens and terms, `count` of them. */
  tokens = new Int32Array(256);
  terms = new Int32Array(256);
  count = 0;
  /** Per lower-case word: the last `read` it was counted in. */
  private seenIn = new Int32Array(1 << 12);
  private reads = 0;

  /**
   * Whether the last text read was split as a stretch of it splits alone, its words where
   * `starts` says (see `PassageCuts`): split by the scan, and lowered word by word as a whole.
   */
  cuttable = false;

  /** Where each word of the last text read starts (when `cuttable`). */
  get starts(): Int32Array {
    return this.spans.starts;
  }

  /**
   * Reads a text's words (`from` … `to` of it): learnt, and, with `tokens`, given tokens
   * (`this.tokens`); with `postings` too, given terms (`this.terms`). Returns the number of distinct
   * lower-case words.
   */
  read(text: string, tokens = true, postings?: PostingsBuilder<string>, from = 0, to = text.length): number {
    // The rare text the scan leaves (an emoji in it) is read word by word: each word is its own span.
    const scanned = this.spans.scan(text, from, to);
    const list = scanned ? null : casedWords(text.slice(from, to));
    this.cuttable = scanned && !this.spans.lowersApart;
    const { starts, ends, hashes, plain } = this.spans;
    const count = list ? list.length : this.spans.count;
    this.tokens = grown(this.tokens, 0, count);
    this.terms = grown(this.terms, 0, count);
    this.count = count;
    const read = ++this.reads;
    let distinct = 0;
    for (let i = 0; i < count; i++) {
      const source = list ? (list[i] as string) : text;
      const start = list ? 0 : (starts[i] as number);
      const end = list ? source.length : (ends[i] as number);
      let id = list
        ? this.forms.find(source, 0, end, formHash(source), true)
        : this.forms.find(text, start, end, hashes[i] as number, plain[i] === 1);
      let lower: number;
      if (id < 0) {
        const form = formOf(source, start, end);
        lower = this.learn(form);
        if (tokens) id = this.keep(form, lower);
      } else lower = this.formLower[id] as number;
      if (id >= 0 && postings && this.formTerm[id] === NO_TERM_YET) {
        const t = term(this.lowerList[lower] as string);
        this.formTerm[id] = t ? postings.termId(t) : -1;
      }
      this.tokens[i] = id >= 0 ? (this.formToken[id] as number) : -1;
      this.terms[i] = id >= 0 ? (this.formTerm[id] as number) : -1;
      if (this.seenIn[lower] !== read) {
        this.seenIn[lower] = read;
        distinct++;
      }
    }
    return distinct;
  }

  /**
   * Adds to `lists` the tokens of `text` (of `from` … `to` of it) as a list, word for word as
   * `words` splits it, once every word of the briefing is known: a sentence's tokens where they
   * cannot be cut from its passage's (`PassageCuts`). A word no passage holds has the token of its
   * term if the briefing has it, or -1.
   */
  addTokens(lists: ListsBuilder, text: string, from = 0, to = text.length): void {
    const spans = this.spans;
    if (!spans.scan(text, from, to) || spans.lowersApart) {
      for (const w of lowerWords(text.slice(from, to))) lists.add(this.tokenOfLower(w));
    } else {
      for (let k = 0; k < spans.count; k++) {
        const start = spans.starts[k] as number;
        const end = spans.ends[k] as number;
        const id = this.forms.find(text, start, end, spans.hashes[k] as number, spans.plain[k] === 1);
        lists.add(
          id >= 0
            ? (this.formToken[id] as number)
            : this.tokenOfLower(formOf(text, start, end).toLowerCase()),
        );
      }
    }
    lists.end();
  }

  private tokenOfLower(word: string): number {
    return this.tokenOf.get(word) ?? (this.table.ofWords([word])[0] as number);
  }

  /** A form first met, learnt by the vocabulary: the number of its lower-case word. */
  private learn(form: string): number {
    const w = form.toLowerCase();
    this.vocabulary.add(w);
    this.vocabulary.noteCase(form);
    // "mid-February" and "Son-hui" also answer to "February" and "hui".
    if (w.includes('-')) for (const part of w.split('-')) if (part) this.vocabulary.add(part);
    let lower = this.lowers.get(w);
    if (lower === undefined) {
      lower = this.lowerList.length;
      this.lowers.set(w, lower);
      this.lowerList.push(w);
      this.seenIn = grown(this.seenIn, lower, lower + 1);
    }
    return lower;
  }

  /** Numbers a form first met in a read with tokens (`FormTable.add`), given its token. */
  private keep(form: string, lower: number): number {
    const w = this.lowerList[lower] as string;
    let token = this.tokenOf.get(w);
    if (token === undefined) {
      token = this.table.add(w);
      this.tokenOf.set(w, token);
    }
    const id = this.forms.add(form);
    this.formToken = grown(this.formToken, id, id + 1);
    this.formLower = grown(this.formLower, id, id + 1);
    this.formTerm = grown(this.formTerm, id, id + 1);
    this.formToken[id] = token;
    this.formLower[id] = lower;
    this.formTerm[id] = NO_TERM_YET;
    return id;
  }
}
