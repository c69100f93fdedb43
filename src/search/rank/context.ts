/**
 * What ranking needs of a question, worked out once rather than per passage: each content word with
 * its weight (idf over passages, less for a typo) and its token ids, the pairs of adjacent words, the
 * phrase's tokens, the named speakers' name tokens.
 */

import { keepShape } from '../../shapes.ts';
import type { QueryTerm, Question } from '../question/analyze.ts';
import { words } from '../text.ts';
import { familyToken, type TokenTable } from '../tokens.ts';
import { MISSING_WORD_WEIGHT, TYPO_WEIGHT } from '../weights.ts';

export interface WeightedTerm {
  query: QueryTerm;
  /** The briefing's stems that count as this word. */
  stems: readonly string[];
  /** Inverse passage frequency of the word (of its commonest stem when it has several). */
  idf: number;
  /** What finding it is worth: idf, less for a near spelling. */
  weight: number;
}

export interface QueryContext {
  question: Question;
  /** Every content word the briefing has, speaker names included. */
  all: WeightedTerm[];
  /** The words the answer should be about: `all` without the named speakers' names and roles. */
  topic: WeightedTerm[];
  /** The topic's stems, for reading a passage's text for them. */
  topicStems: ReadonlySet<string>;
  /** Sum of the topic's weights (and of the everyday words the briefing lacks). */
  topicWeight: number;
  /** For each token id standing for a word of `all`: bit i set for `all[i]` (the first 31 words). */
  tokenBits: TokenBits;
  /** Bits of `all` that are topic words. */
  topicMask: number;
  /** Bits of `all` that name or describe a speaker the question names ("Roe", "the mayor"). */
  speakerMask: number;
  /** Adjacent content words of the question, as bit pairs over `all`. */
  pairs: readonly number[];
  /** Tokens of the quoted or "who said" phrase (-1 for a word the briefing lacks). */
  phrase: Int32Array;
  /** Lower-case words of the question, for telling what it already names. */
  asked: ReadonlySet<string>;
  /** Canonical names of the speakers the question names. */
  speakerNames: ReadonlySet<string>;
  /** Tokens of those speakers' family names: a passage holding one names them. */
  speakerTokens: ReadonlySet<number>;
}

/** Words beyond this many are weighed but not given a bit (a question is rarely so long). */
export const BITS = 31;

/**
 * @param df  passages holding a stem
 * @param passages  how many passages the briefing has
 */
export function queryContext(
  question: Question,
  df: (stem: string) => number,
  passages: number,
  table: TokenTable,
): QueryContext {
  const idf = (stem: string) => {
    const n = df(stem);
    return Math.log(1 + (passages - n + 0.5) / (n + 0.5));
  };
  const all: WeightedTerm[] = [];
  for (const q of question.terms) {
    if (q.stems.length === 0) continue;
    const weightOf = Math.min(...q.stems.map(idf));
    const stems = q.also ? [...q.stems, ...q.also] : q.stems;
    all.push({ query: q, stems, idf: weightOf, weight: weightOf * (q.typo ? TYPO_WEIGHT : 1) });
  }
  // A year or a number narrows, it is not what is asked about ("What did she say in 2021?").
  const isTopic = (t: WeightedTerm) => !t.query.speaker && !/^\d+$/u.test(t.query.word);
  const topicOnly = all.filter(isTopic);
  // A question that is only a name ("Blinken?") is about whatever the named person said.
  const topic = topicOnly.length > 0 ? topicOnly : all;
  const tokenBits = new Map<number, number>();
  let topicMask = 0;
  let speakerMask = 0;
  all.slice(0, BITS).forEach((t, i) => {
    if (topic.includes(t)) topicMask |= 1 << i;
    if (t.query.speaker) speakerMask |= 1 << i;
    for (const s of t.stems) {
      const id = table.ofStem(s);
      if (id !== undefined) tokenBits.set(id, (tokenBits.get(id) ?? 0) | (1 << i));
    }
  });
  const pairs: number[] = [];
  for (let i = 1; i < Math.min(all.length, BITS); i++) pairs.push((1 << (i - 1)) | (1 << i));
  // Everyday words the briefing lacks still count against a passage's share of the question: what a
  // passage does not hold of the question is missing from the answer, whatever the reason.
  const missing = question.terms.filter(
    (q) => q.stems.length === 0 && !q.speaker && !/^\d+$/u.test(q.word),
  ).length;
  const speakerTokens = new Set<number>();
  for (const m of question.speakers) {
    const id = familyToken(m.speaker.name, table);
    if (id !== undefined) speakerTokens.add(id);
  }
  return {
    question,
    all,
    tokenBits: new TokenBits(tokenBits),
    topic,
    topicStems: new Set(topic.flatMap((t) => t.stems)),
    topicWeight: topic.reduce((sum, t) => sum + t.weight, 0) + missing * MISSING_WORD_WEIGHT,
    topicMask,
    speakerMask,
    pairs,
    phrase: question.phrase ? table.ofWords(words(question.phrase)) : new Int32Array(0),
    asked: new Set(words(question.text)),
    speakerNames: new Set(question.speakers.map((m) => m.speaker.name)),
    speakerTokens,
  };
}

/**
 * Token id → bits, read once per token of every candidate passage and its neighbours: a small
 * open-addressing table of typed arrays answers that without a Map's hashing or a large allocation
 * (a question has a few dozen tokens; the table has at least four slots per token).
 */
export class TokenBits implements ReadonlyMap<number, number> {
  private readonly keys_: Int32Array;
  private readonly values_: Int32Array;
  private readonly mask: number;
  /** The tokens and their bits as lists, index for index: read in loops that allocate nothing. */
  readonly tokenList: Int32Array;
  readonly bitsList: Int32Array;

  constructor(private readonly entries_: ReadonlyMap<number, number>) {
    this.tokenList = Int32Array.from(entries_.keys());
    this.bitsList = Int32Array.from(entries_.values());
    let capacity = 64;
    while (capacity < entries_.size * 4) capacity *= 2;
    this.mask = capacity - 1;
    this.keys_ = new Int32Array(capacity).fill(-1);
    this.values_ = new Int32Array(capacity);
    for (const [t, bits] of entries_) {
      let i = Math.imul(t, 0x9e3779b1) >>> 0;
      for (;;) {
        i &= this.mask;
        if (this.keys_[i] === -1) break;
        i++;
      }
      this.keys_[i] = t;
      this.values_[i] = bits;
    }
  }

  get(token: number): number | undefined {
    let i = Math.imul(token, 0x9e3779b1) >>> 0;
    for (;;) {
      i &= this.mask;
      const k = this.keys_[i] as number;
      if (k === -1) return undefined;
      if (k === token) return this.values_[i];
      i++;
    }
  }

  has(token: number): boolean {
    return this.get(token) !== undefined;
  }

  get size(): number {
    return this.entries_.size;
  }

  forEach(fn: (value: number, key: number, map: ReadonlyMap<number, number>) => void): void {
    for (let i = 0; i < this.tokenList.length; i++)
      fn(this.bitsList[i] as number, this.tokenList[i] as number, this);
  }

  entries(): MapIterator<[number, number]> {
    return this.entries_.entries();
  }

  keys(): MapIterator<number> {
    return this.entries_.keys();
  }

  values(): MapIterator<number> {
    return this.entries_.values();
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries_.entries();
  }
}

// A question's bits die with it: one kept keeps their class and `held`'s optimised loop (`shapes.ts`).
keepShape(new TokenBits(new Map([[0, 1]])));

/** The weight of the topic words whose bits are set. */
export function topicWeightOf(ctx: QueryContext, bits: number): number {
  let sum = 0;
  const held = bits & ctx.topicMask;
  for (let i = 0; held >> i; i++) if (held & (1 << i)) sum += (ctx.all[i] as WeightedTerm).weight;
  return sum;
}

/** Which of the question's words (bits over `ctx.all`) a run of tokens holds. */
export function bitsHeld(tokens: Int32Array, ctx: QueryContext): number {
  let bits = 0;
  for (let i = 0; i < tokens.length; i++) bits |= ctx.tokenBits.get(tokens[i] as number) ?? 0;
  return bits;
}

/** What a passage holds of the question. */
export interface Held {
  bits: number;
  pairs: number;
}

/** Which of the question's words (bits over `ctx.all`) a passage holds, and which stand side by side. */
export function held(tokens: Int32Array, ctx: QueryContext, isStop: (t: number) => boolean): Held {
  let bits = 0;
  // Bit k: the question's k-th pair of neighbouring words stands side by side here (stop words between allowed).
  let found = 0;
  let previous = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as number;
    const b = ctx.tokenBits.get(t);
    if (b === undefined) {
      if (!isStop(t)) previous = 0;
      continue;
    }
    bits |= b;
    if (previous !== 0) {
      const pairs = ctx.pairs;
      for (let k = 0; k < pairs.length; k++) {
        const p = pairs[k] as number;
        if (p & previous && p & b && (p & (previous | b)) === p) found |= 1 << k;
      }
    }
    previous = b;
  }
  let pairs = 0;
  for (let f = found; f; f &= f - 1) pairs++;
  return { bits, pairs };
}
