/**
 * A candidate passage's score for a question, as pure functions over what the index keeps: its text
 * score (BM25), times what it holds of the question (its share of the question's weight, with its
 * neighbours' and its article's), times what the question asks for (the named speaker's statement,
 * a phrase, a place, a date …). Every multiplier is a named weight in `weights.ts`.
 */

import type { Statement } from '../../attribution/types.ts';
import type { Passage } from '../passages.ts';
import { words } from '../text.ts';
import { runShare } from '../tokens.ts';
import { ASKS, CONTEXT, COVERAGE, PHRASE, SLOT, SPEAKER, SPEECH } from '../weights.ts';
import { BITS, type Held, held, type QueryContext, topicWeightOf } from './context.ts';
import { causesIn, hasCause, hasDate, hasNumber, introduces, newPlacesIn, slotNear } from './features.ts';
import { wholeQuote } from './quotes.ts';

/** What scoring reads of the index. */
export interface ScoringData {
  readonly passages: readonly Passage[];
  /** Each passage's token ids, in text order. */
  readonly tokens: readonly Int32Array[];
  isStop(token: number): boolean;
  /** The passage before or after in the same article, or null. */
  neighbour(id: number, step: -1 | 1): Passage | null;
  /** Whether the passage's article holds the token anywhere (title included). */
  articleHas(id: number, token: number): boolean;
  /** The passage's article, as an index. */
  articleOf(id: number): number;
  /** Whether the passage is the first of its article to hold the token. */
  firstWith(id: number, token: number): boolean;
  /** Whether the passage names the speaker in full ("Jane Roe", not "Roe"): it introduces them. */
  namesInFull(id: number, speaker: string): boolean;
  /** A statement's text as token ids, one per word (worked out at build). */
  tokensOfStatement(s: Statement): Int32Array;
  /** The passages whose text holds a stem, ascending. */
  holding(stem: string): Int32Array;
}

/**
 * What scoring works out once per question and passage (or article), and reads again for its
 * neighbours: typed arrays over the briefing's passages, reused from question to question (a
 * question stamps what it wrote with its number), so no question allocates per passage. Which of
 * the question's words each passage holds comes from one walk over those words' postings, not from
 * reading every candidate's and neighbour's tokens: a posting costs a write, a token a lookup.
 */
export class ScoreCache {
  private question = 0;
  private readonly stamp: Int32Array;
  private readonly bits: Int32Array;
  /** Bits of the question's words each article holds, by article index, stamped as passages are. */
  private readonly articleStamp: Int32Array;
  private readonly articleBitsOf: Int32Array;

  constructor(passages: number, articles: number) {
    this.stamp = new Int32Array(passages);
    this.bits = new Int32Array(passages);
    this.articleStamp = new Int32Array(articles);
    this.articleBitsOf = new Int32Array(articles);
  }

  /** Bits of this question's words the article holds, when worked out already. */
  articleBits(article: number): number | undefined {
    return this.articleStamp[article] === this.question ? this.articleBitsOf[article] : undefined;
  }

  setArticleBits(article: number, bits: number): void {
    this.articleStamp[article] = this.question;
    this.articleBitsOf[article] = bits;
  }

  /** Forgets the last question's entries and marks the passages holding each of this one's words. */
  next(ctx: QueryContext, data: Pick<ScoringData, 'holding'>): this {
    const question = ++this.question;
    const { stamp, bits } = this;
    ctx.all.slice(0, BITS).forEach((t, i) => {
      const bit = 1 << i;
      for (const s of t.stems) {
        const docs = data.holding(s);
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k] as number;
          if (stamp[doc] !== question) {
            stamp[doc] = question;
            bits[doc] = bit;
          } else bits[doc] = (bits[doc] as number) | bit;
        }
      }
    });
    return this;
  }

  /** Bits (over `ctx.all`) of the question's words the passage's text holds. */
  bitsOf(id: number): number {
    return this.stamp[id] === this.question ? (this.bits[id] as number) : 0;
  }
}

export interface Scored {
  id: number;
  score: number;
  /** Share of the question's weight the passage holds (neighbours' words at `CONTEXT.neighbour`). */
  support: number;
}

/**
 * The first stage: what every candidate is scored by (its words, its neighbours', its article's,
 * the named speaker). Cheap: one pass over token ids.
 */
export function scoreCandidate(
  id: number,
  textScore: number,
  ctx: QueryContext,
  data: ScoringData,
  cache: ScoreCache,
): Scored & { pairs: number } {
  const passage = data.passages[id] as Passage;
  // What the passage holds of the question: its own bits, unless a pair of the question's
  // neighbouring words may stand in it, when its tokens are read (a plain pair of numbers, not an
  // object per candidate: 2 MB over 564 questions).
  const own = cache.bitsOf(id);
  const found = pairsHeld(id, own, ctx, data);
  const mineBits = found ? found.bits : own;
  const minePairs = found ? found.pairs : 0;
  let around = 0;
  const before = data.neighbour(id, -1);
  if (before) around |= cache.bitsOf(before.id);
  const after = data.neighbour(id, 1);
  if (after) around |= cache.bitsOf(after.id);
  // A phrase of common words only: the share of it the passage holds is its support.
  if (ctx.all.length === 0)
    return { id, score: textScore, support: runShare(ctx.phrase, data.tokens[id] as Int32Array), pairs: 0 };
  const total = ctx.topicWeight || 1;
  const q = ctx.question;
  const theirs = q.speakers.length > 0 && passage.statements.some((s) => ctx.speakerNames.has(s.speaker));
  // "What did the mayor say?": a passage where the mayor speaks holds what named them, whether it
  // writes "Mayor Roe" or "Mr. Roe told reporters".
  const inText = topicWeightOf(ctx, theirs ? mineBits | ctx.speakerMask : mineBits);
  const nearby = topicWeightOf(ctx, around & ~mineBits);
  const article = data.articleOf(id);
  let articleBits = cache.articleBits(article);
  if (articleBits === undefined) {
    articleBits = 0;
    const { tokenList, bitsList } = ctx.tokenBits;
    for (let i = 0; i < tokenList.length; i++)
      if (data.articleHas(id, tokenList[i] as number)) articleBits |= bitsList[i] as number;
    cache.setArticleBits(article, articleBits);
  }
  const inArticle = topicWeightOf(ctx, articleBits);
  const support = (inText + CONTEXT.neighbour * nearby) / total;
  let score = textScore;
  // A passage holding more of what is asked beats one holding some of it many times over.
  score *= COVERAGE.floor + support;
  score *= 1 + CONTEXT.article * (inArticle / total);
  score *= 1 + CONTEXT.neighbour * (nearby / total);
  score *= 1 + PHRASE.pair * Math.min(minePairs, PHRASE.maxPairs);
  let supportFactor = 1;
  if (q.speakers.length > 0) {
    let quoted = false;
    // By index: a `for … of` over the shared empty list of a passage with no statement allocated an
    // iterator's results for each candidate (3 MB over 564 questions).
    const { statements } = passage;
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i] as Statement;
      if (ctx.speakerNames.has(s.speaker) && wholeQuote(s, data)) quoted = true;
    }
    if (theirs) {
      score *= SPEAKER.statement;
      // Their own words answer "what did X say" better than a report of them.
      if (q.aboutSpeech && quoted) score *= SPEAKER.quote;
    } else if (holdsAny(data.tokens[id] as Int32Array, ctx.speakerTokens)) score *= SPEAKER.mention;
    else if (!articleNames(id, ctx, data)) {
      score *= SPEAKER.elsewhere;
      supportFactor = 0.5;
    }
  }
  if (q.aboutSpeech && passage.statements.length > 0) score *= SPEECH;
  return { id, score, support: support * supportFactor, pairs: minePairs };
}

/**
 * What a passage holds of the question, read from its tokens, when two neighbouring words of the
 * question are both among its words (`bits`); else null: it holds no pair.
 */
function pairsHeld(id: number, bits: number, ctx: QueryContext, data: ScoringData): Held | null {
  const { pairs } = ctx;
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k] as number;
    if ((bits & p) === p) return held(data.tokens[id] as Int32Array, ctx, data.isStop);
  }
  return null;
}

function holdsAny(tokens: Int32Array, wanted: ReadonlySet<number>): boolean {
  for (let i = 0; i < tokens.length; i++) if (wanted.has(tokens[i] as number)) return true;
  return false;
}

/** Whether the passage's article names one of the question's speakers (by family name). */
function articleNames(id: number, ctx: QueryContext, data: ScoringData): boolean {
  for (const t of ctx.speakerTokens) if (data.articleHas(id, t)) return true;
  return false;
}

/** What a question may ask beside a quoted phrase, the phrase then only naming the remark (`PHRASE.quoted`). */
const ASKS_BESIDE_PHRASE: ReadonlySet<string> = new Set(['where', 'when', 'why', 'how-many']);

/**
 * The second stage, for the best candidates only: what needs the passage's text read (a phrase, a
 * place, a date, a cause, an introduction).
 */
export function refine(s: Scored, ctx: QueryContext, data: ScoringData): Scored {
  const passage = data.passages[s.id] as Passage;
  let score = s.score;
  if (ctx.phrase.length > 0 && !ASKS_BESIDE_PHRASE.has(ctx.question.asks)) {
    const share = runShare(ctx.phrase, data.tokens[s.id] as Int32Array);
    score *= 1 + PHRASE.quoted * share * share;
  }
  const q = ctx.question;
  switch (q.asks) {
    case 'who-said':
      if (passage.statements.length > 0) score *= ASKS.whoSaid;
      break;
    case 'where': {
      const places = newPlacesIn(passage.text, ctx.asked);
      if (places.length > 0) score *= ASKS.where;
      if (slotNear(passage.text, places, ctx.topicStems, SLOT.reach)) score *= SLOT.where;
      break;
    }
    case 'when':
      if (hasDate(passage.text)) score *= ASKS.when;
      break;
    case 'how-many':
      if (hasNumber(passage.text)) score *= ASKS.howMany;
      break;
    case 'why':
      if (hasCause(passage.text)) score *= ASKS.why;
      if (slotNear(passage.text, causesIn(passage.text), ctx.topicStems, SLOT.reach)) score *= SLOT.why;
      break;
    case 'who-is': {
      const surname = q.subject ? (words(q.subject).at(-1) ?? '') : '';
      if (introduces(passage.text, surname)) score *= ASKS.whoIs;
      // News introduces a person where it first names them.
      const token = surnameToken(surname, ctx);
      if (token !== undefined && data.firstWith(s.id, token)) score *= ASKS.firstMention;
      break;
    }
    default:
      break;
  }
  return { ...s, score };
}

function surnameToken(surname: string, ctx: QueryContext): number | undefined {
  const { tokenList, bitsList } = ctx.tokenBits;
  for (let k = 0; k < tokenList.length; k++) {
    const bits = bitsList[k] as number;
    const i = Math.log2(bits & -bits);
    if (ctx.all[i]?.query.word === surname) return tokenList[k];
  }
  return undefined;
}
