/**
 * A ranked passage made into a hit: the excerpt shown (the sentences that answer), the statement it
 * is cited for, and its place. Worked out only when read: a question ranks many passages and shows
 * three.
 */
import type { Statement } from '../../attribution/types.ts';
import { matchesOf } from '../../matches.ts';
import { keepShape } from '../../shapes.ts';
import type { Passage, Span } from '../passages.ts';
import { term, termsOf, words } from '../text.ts';
import type { TokenTable } from '../tokens.ts';
import { runShare } from '../tokens.ts';
import { ASKS, EXCERPT, PHRASE, SENTENCE, SPEAKER, SPEECH } from '../weights.ts';
import { BITS, bitsHeld, type QueryContext } from './context.ts';
import { chooseExcerpt, type Excerpt } from './excerpt.ts';
import { hasCause, hasDate, hasNumber, introduces, newPlace, openingPlace } from './features.ts';
import { citedStatement } from './quotes.ts';

export interface Hit {
  passage: Passage;
  score: number;
  /** The excerpt shown, as offsets in the paragraph. */
  readonly excerpt: Excerpt;
  /** The statement the excerpt is cited for (its speaker is the result's speaker). */
  readonly statement: Statement | null;
  /** Where the statement was made, or, for a "where" question, the place the excerpt names. */
  readonly place: string | null;
}

interface Resolved {
  excerpt: Excerpt;
  statement: Statement | null;
  /** The place, worked out on first read (a "who said" check reads every hit's statement, no place). */
  place: () => string | null;
}

/** What a hit reads of the index: token ids worked out at build, so that no text is split per question. */
export interface HitData {
  table: TokenTable;
  /** Token ids of a passage's i-th sentence, or null when one of its words has none. */
  sentenceTokens(passage: number, i: number): Int32Array | null;
  /** Token ids of a statement's text. */
  statementTokens(s: Statement): Int32Array;
}

/** A hit whose excerpt, statement and place are worked out on first read. */
export function lazyHit(
  passage: Passage,
  score: number,
  paragraph: string,
  ctx: QueryContext,
  data: HitData,
): Hit {
  return new LazyHit(passage, score, paragraph, ctx, data);
}

/**
 * A class, not an object literal with getters: a question makes up to fifty hits, and a literal's
 * getters and closures are made anew for each.
 */
class LazyHit implements Hit {
  private resolved: Resolved | undefined;
  private placeRead: string | null | undefined;

  constructor(
    readonly passage: Passage,
    readonly score: number,
    private readonly paragraph: string,
    private readonly ctx: QueryContext,
    private readonly data: HitData,
  ) {}

  private get parts(): Resolved {
    this.resolved ??= resolve(this.passage, this.paragraph, this.ctx, this.data);
    return this.resolved;
  }

  get excerpt(): Excerpt {
    return this.parts.excerpt;
  }

  get statement(): Statement | null {
    return this.parts.statement;
  }

  get place(): string | null {
    if (this.placeRead === undefined) this.placeRead = this.parts.place();
    return this.placeRead;
  }
}

// Hits die with their answer: one kept keeps their class and the code reading them (`shapes.ts`).
keepShape(new LazyHit(null as never, 0.5, '', null as never, null as never));

function resolve(passage: Passage, paragraph: string, ctx: QueryContext, data: HitData): Resolved {
  // "Roe ran for the council. She won by a wide margin.": a sentence opening with a pronoun goes on
  // about the one before, and carries part of its words.
  // The statements each sentence holds (a part of), read by its score and by the excerpt's choice.
  const said = passage.sentences.map((s) =>
    passage.statements.filter((st) => st.start < s.end && st.end > s.start),
  );
  const scores: number[] = [];
  let previous = 0;
  passage.sentences.forEach((s, i) => {
    const text = paragraph.slice(s.start, s.end);
    const held = wordsHeld(text, ctx, data.table, data.sentenceTokens(passage.id, i));
    const carried = PRONOUN_START.test(text) ? previous * SENTENCE.carry : 0;
    scores.push(sentenceScore(said[i] ?? [], text, ctx, held.tokens, held.score + carried));
    previous = held.score;
  });
  // "What did Roe say about the port?": where the passage holds Roe's statement, the excerpt is not
  // centred on another speaker's sentence, however many of the topic's words it holds.
  const byNamed = said.map((list) => list.some((st) => ctx.speakerNames.has(st.speaker)));
  const anyNamed = byNamed.includes(true);
  const excerpt = chooseExcerpt(
    paragraph,
    passage.sentences,
    scores,
    (s) => focus(paragraph, s, ctx),
    (i) => !anyNamed || byNamed[i] === true || (said[i] ?? []).length === 0,
  );
  const inside = passage.statements.filter((s) => s.start < excerpt.end && s.end > excerpt.start);
  const statement = citedStatement(inside, ctx, data.statementTokens, (st) => {
    const i = said.findIndex((list) => list.includes(st));
    return i < 0 ? 0 : (scores[i] ?? 0);
  });
  // Where a statement was made, as its sentence says; for "where" a deed happened, the place the
  // excerpt names; else a place the excerpt's answering sentence opens with ("Two days earlier in Tokyo, …").
  const place = () => {
    const shown = paragraph.slice(excerpt.start, excerpt.end);
    let best = -1;
    passage.sentences.forEach((s, i) => {
      const within = s.start >= excerpt.start && s.end <= excerpt.end;
      if (within && (best < 0 || (scores[i] ?? 0) > (scores[best] ?? 0))) best = i;
    });
    const core =
      best >= 0
        ? paragraph.slice((passage.sentences[best] as Span).start, (passage.sentences[best] as Span).end)
        : shown;
    const asksWhere = ctx.question.asks === 'where' && !ctx.question.aboutSpeech;
    return (asksWhere ? newPlace(shown, ctx.asked) : null) ?? statement?.place ?? openingPlace(core);
  };
  return { excerpt, statement, place };
}

/**
 * The weight of the question's words a sentence holds, and its tokens. The speaker's name counts
 * only `SENTENCE.speakerWord` of its weight: it says who, and an introduction holds it too.
 */
function wordsHeld(
  text: string,
  ctx: QueryContext,
  table: TokenTable,
  tokens: Int32Array | null,
): { score: number; tokens: Int32Array } {
  let score = 0;
  if (tokens && ctx.all.length <= BITS) {
    // The sentence's tokens, worked out at build: which of the question's words it holds, as bits.
    const bits = bitsHeld(tokens, ctx);
    ctx.all.forEach((t, i) => {
      if (bits & (1 << i)) score += t.query.speaker ? t.weight * SENTENCE.speakerWord : t.weight;
    });
    return { score, tokens };
  }
  const list = words(text);
  const stems = new Set(termsOf(list));
  for (const t of ctx.all) {
    if (t.stems.some((x) => stems.has(x)))
      score += t.query.speaker ? t.weight * SENTENCE.speakerWord : t.weight;
  }
  return { score, tokens: table.ofWords(list) };
}

/** A sentence opening with a personal pronoun: it goes on about someone or something just named. */
const PRONOUN_START = /^\W*(?:he|she|they|it|his|her|their|its)\b/iu;

/**
 * How much a sentence answers: the weight of the question's words it holds (`held`), the statements
 * it holds (`said`), and what is asked.
 */
function sentenceScore(
  said: readonly Statement[],
  text: string,
  ctx: QueryContext,
  own: Int32Array,
  held: number,
): number {
  let score = held;
  if (said.some((st) => ctx.speakerNames.has(st.speaker))) {
    score = (score + SENTENCE.statement) * SPEAKER.statement;
    if (said.some((st) => ctx.speakerNames.has(st.speaker) && st.kind === 'direct')) score *= SENTENCE.quote;
  } else if (ctx.question.aboutSpeech && said.length > 0) score *= SPEECH;
  if (ctx.phrase.length > 0) score *= 1 + PHRASE.quoted * runShare(ctx.phrase, own) ** 2;
  const q = ctx.question;
  if (q.asks === 'where' && newPlace(text, ctx.asked)) score *= ASKS.where;
  if (q.asks === 'when' && hasDate(text)) score *= ASKS.when;
  if (q.asks === 'how-many' && hasNumber(text)) score *= ASKS.howMany;
  if (q.asks === 'why' && hasCause(text)) score *= ASKS.why;
  if (q.asks === 'who-is' && q.subject && introduces(text, words(q.subject).at(-1) ?? ''))
    score *= ASKS.whoIs;
  return score;
}

/** A word of a text, with its offset: what `focus` reads of a sentence too long to show whole. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Where to centre the cut of a sentence too long to show whole: the first word of the stretch (as
 * long as the part of an excerpt after its lead) holding the most weight of the question's words,
 * each word counted once, so the cut shows where the sentence answers, not only its rarest word.
 */
function focus(paragraph: string, s: Span, ctx: QueryContext): number {
  const weightOf = new Map<string, { term: number; weight: number }>();
  ctx.all.forEach((t, i) => {
    const weight = t.query.speaker ? t.weight * SENTENCE.speakerWord : t.weight;
    for (const stem of t.stems) weightOf.set(stem, { term: i, weight });
  });
  const found: { at: number; term: number; weight: number }[] = [];
  for (const m of matchesOf(WORD, paragraph.slice(s.start, s.end).toLowerCase())) {
    const stem = term(m[0].replace(/['’]s$/u, ''));
    const w = stem === null ? undefined : weightOf.get(stem);
    if (w) found.push({ at: s.start + (m.index ?? 0), ...w });
  }
  const reach = EXCERPT.maxChars - EXCERPT.maxChars / EXCERPT.leadShare;
  let best = s.start;
  let bestWeight = 0;
  for (let i = 0; i < found.length; i++) {
    const from = (found[i] as (typeof found)[number]).at;
    const terms = new Set<number>();
    let weight = 0;
    for (let j = i; j < found.length && (found[j] as (typeof found)[number]).at < from + reach; j++) {
      const f = found[j] as (typeof found)[number];
      if (terms.has(f.term)) continue;
      terms.add(f.term);
      weight += f.weight;
    }
    if (weight > bestWeight) {
      best = from;
      bestWeight = weight;
    }
  }
  return best;
}

/** A hit on a byline or credit block (who wrote, who someone is). */
export function creditHit(article: string, c: { paragraph: number; text: string }, score = 1): Hit {
  const passage: Passage = {
    id: -1,
    article,
    paragraph: c.paragraph,
    start: 0,
    end: c.text.length,
    text: c.text,
    sentences: [{ start: 0, end: c.text.length }],
    statements: [],
  };
  const excerpt = chooseExcerpt(c.text, passage.sentences, [1], () => 0);
  return { passage, score, excerpt, statement: null, place: null };
}
