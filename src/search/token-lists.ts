/**
 * Lists of token ids as a build collects them: appended into one growing typed array instead of a
 * small typed array or set per list, kept to the end of the build. Built for 924 real articles,
 * those small objects (a typed array per passage, sentence and statement, a set per token) held
 * about 20 MB more of live heap at the build's fullest, and young-generation collections copied them.
 */

/** Lists of token ids one after another: list i is `ids[offsets[i] .. offsets[i + 1]]`. */
export interface TokenLists {
  offsets: Int32Array;
  ids: Int32Array;
}

/** Pairs placed or sorted between two steps of `ArticlesOfTokens.lists`. */
const PAIRS_PER_STEP = 50_000;

/** A typed array of at least `size` numbers holding `array`'s first `used`, doubled as needed. */
function grown(array: Int32Array<ArrayBuffer>, used: number, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const next = new Int32Array(Math.max(size, 2 * array.length));
  next.set(array.subarray(0, used));
  return next;
}

/** Lists appended one at a time, in order. */
export class ListsBuilder {
  private ids = new Int32Array(1 << 12);
  private size = 0;
  private offsets = new Int32Array(1 << 10);
  private lists = 0;

  push(list: ArrayLike<number>): void {
    this.ids = grown(this.ids, this.size, this.size + list.length);
    this.ids.set(list, this.size);
    this.size += list.length;
    this.end();
  }

  /**
   * Appends one id to the list being made (`end` closes it): a list made a word at a time needs no
   * array of its own (a build made one per passage, sentence and statement, some 64,000).
   */
  add(id: number): void {
    this.ids = grown(this.ids, this.size, this.size + 1);
    this.ids[this.size++] = id;
  }

  /** Closes the list the ids added since the last one make. */
  end(): void {
    this.offsets = grown(this.offsets, this.lists + 1, this.lists + 2);
    this.offsets[++this.lists] = this.size;
  }

  /** The lists, in arrays of their exact length. */
  done(): TokenLists {
    return { offsets: this.offsets.slice(0, this.lists + 1), ids: this.ids.slice(0, this.size) };
  }
}

/**
 * Which articles hold each token: noted as (token, article) pairs in any order, listed per token in
 * ascending article order, each article once.
 */
export class ArticlesOfTokens {
  private tokens = new Int32Array(1 << 12);
  private articles = new Int32Array(1 << 12);
  private size = 0;
  /**
   * Per token, 1 + the article it was last noted in: a token repeated in an article (a passage's
   * words, noted one by one) is kept once, not once per passage and word (for 924 real articles,
   * 300,000 pairs instead of 540,000).
   */
  private last = new Int32Array(1 << 12);

  note(token: number, article: number): void {
    this.last = grown(this.last, this.last.length, token + 1);
    if (this.last[token] === article + 1) return;
    this.last[token] = article + 1;
    this.tokens = grown(this.tokens, this.size, this.size + 1);
    this.articles = grown(this.articles, this.size, this.size + 1);
    this.tokens[this.size] = token;
    this.articles[this.size++] = article;
  }

  /** The lists of tokens 0 … `count` - 1, some tens of thousands of pairs per step. */
  *lists(count: number): Generator<void, TokenLists> {
    const starts = new Int32Array(count + 1);
    for (let i = 0; i < this.size; i++) (starts[(this.tokens[i] as number) + 1] as number)++;
    for (let t = 0; t < count; t++) starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number);
    yield;
    // Each token's articles placed after the ones before it (a counting sort by token).
    const at = starts.slice(0, count);
    const ids = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) {
      ids[(at[this.tokens[i] as number] as number)++] = this.articles[i] as number;
      if (i % PAIRS_PER_STEP === PAIRS_PER_STEP - 1) yield;
    }
    // Then each token's sorted and its repeats dropped, moved down over the room they took.
    const offsets = new Int32Array(count + 1);
    let out = 0;
    // Counted in pairs, not tokens: the first tokens are the commonest, their lists the longest.
    let stepEnd = PAIRS_PER_STEP;
    for (let t = 0; t < count; t++) {
      const own = ids.subarray(starts[t] as number, starts[t + 1] as number).sort();
      const first = out;
      for (let k = 0; k < own.length; k++) {
        const article = own[k] as number;
        if (out === first || ids[out - 1] !== article) ids[out++] = article;
      }
      offsets[t + 1] = out;
      if ((starts[t + 1] as number) >= stepEnd) {
        stepEnd = (starts[t + 1] as number) + PAIRS_PER_STEP;
        yield;
      }
    }
    yield;
    return { offsets, ids: ids.slice(0, out) };
  }
}
