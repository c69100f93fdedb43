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

/**
 * Pairs counted, placed or sorted between two steps of `ArticlesOfTokens.lists`: a reload runs this
 * JIT cold (the process opened from the persisted index), where 50,000 held its loop 10–20 ms.
 */
const PAIRS_PER_STEP = 10_000;

/** A typed array of at least `size` numbers holding `array`'s first `used`, doubled as needed. */
export function grown(array: Int32Array<ArrayBuffer>, used: number, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const next = new Int32Array(Math.max(size, 2 * array.length));
  next.set(array.subarray(0, used));
  return next;
}

/** Numbers per block of `IntBlocks` (256 KB). */
const BLOCK_BITS = 16;
const BLOCK = 1 << BLOCK_BITS;
const IN_BLOCK = BLOCK - 1;

/**
 * Numbers appended in blocks of one size, for what a build collects (postings, token lists, pairs):
 * a typed array doubled as it grows left each outgrown copy behind until collected, as much again
 * as it held (for 924 real articles, some 25 MB more at a reload's peak), and up to twice the room.
 */
export class IntBlocks {
  private readonly blocks: Int32Array[] = [];
  size = 0;

  push(value: number): void {
    const b = this.size >>> BLOCK_BITS;
    if (b === this.blocks.length) this.blocks.push(new Int32Array(BLOCK));
    (this.blocks[b] as Int32Array)[this.size & IN_BLOCK] = value;
    this.size++;
  }

  at(i: number): number {
    return (this.blocks[i >>> BLOCK_BITS] as Int32Array)[i & IN_BLOCK] as number;
  }

  /**
   * The numbers in one array of their exact length, a few blocks per step: the array's memory is
   * new, and the system maps it in as it is first written, page by page. On this 2-core machine one
   * copy of 1 million ids took 12–14 ms the first time and 3 million 35–65 ms; a reload of 924 real
   * articles copies three lists of 680,000 ids, each once a step of its own.
   */
  *toArraySteps(): Generator<void, Int32Array> {
    const out = new Int32Array(this.size);
    for (let b = 0; b < this.blocks.length; b++) {
      const from = b * BLOCK;
      out.set((this.blocks[b] as Int32Array).subarray(0, Math.min(BLOCK, this.size - from)), from);
      if (b % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    }
    return out;
  }
}

/** Blocks copied between two steps of `toArraySteps` (1 MB: about 2.5 ms when its pages are new). */
const BLOCKS_PER_STEP = 4;

/** Lists appended one at a time, in order. */
export class ListsBuilder {
  private readonly ids = new IntBlocks();
  private readonly offsets = new IntBlocks();

  constructor() {
    this.offsets.push(0);
  }

  push(list: ArrayLike<number>): void {
    for (let i = 0; i < list.length; i++) this.ids.push(list[i] as number);
    this.end();
  }

  /**
   * Appends one id to the list being made (`end` closes it): a list made a word at a time needs no
   * array of its own (a build made one per passage, sentence and statement, some 64,000).
   */
  add(id: number): void {
    this.ids.push(id);
  }

  /** Closes the list the ids added since the last one make. */
  end(): void {
    this.offsets.push(this.ids.size);
  }

  /** The lists, in arrays of their exact length, a few blocks per step (`toArraySteps`). */
  *doneSteps(): Generator<void, TokenLists> {
    const offsets = yield* this.offsets.toArraySteps();
    return { offsets, ids: yield* this.ids.toArraySteps() };
  }
}

/**
 * Which articles hold each token: noted as (token, article) pairs in any order, listed per token in
 * ascending article order, each article once.
 */
export class ArticlesOfTokens {
  private readonly tokens = new IntBlocks();
  private readonly articles = new IntBlocks();
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
    this.tokens.push(token);
    this.articles.push(article);
  }

  /** The lists of tokens 0 … `count` - 1, some tens of thousands of pairs per step. */
  *lists(count: number): Generator<void, TokenLists> {
    const size = this.tokens.size;
    const starts = new Int32Array(count + 1);
    for (let i = 0; i < size; i++) {
      (starts[this.tokens.at(i) + 1] as number)++;
      if (i % PAIRS_PER_STEP === PAIRS_PER_STEP - 1) yield;
    }
    for (let t = 0; t < count; t++) starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number);
    yield;
    // Each token's articles placed after the ones before it (a counting sort by token).
    const at = starts.slice(0, count);
    const ids = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      ids[(at[this.tokens.at(i)] as number)++] = this.articles.at(i);
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
