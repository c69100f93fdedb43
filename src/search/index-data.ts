/**
 * What the briefing's index is made of, as typed arrays and lists of strings: where the passages
 * are, the token table, every passage's, sentence's and statement's token ids, which articles hold
 * each token, the vocabulary and the postings. Everything costly about an index is working this out
 * (cutting sentences, splitting and stemming words); turning it into a `BriefingIndex` is cheap. So a
 * build makes `IndexData`, a persisted index stores it, and both are opened by the same code: an
 * index read back answers exactly as the one built.
 */
import type { Speaker, Statement } from '../attribution/types.ts';
import type { Article } from '../corpus/types.ts';
import { PassageCuts } from './passage-cuts.ts';
import {
  creditsOf,
  type PassageLayout,
  type PassageSet,
  passageLayoutSteps,
  passagesOf,
} from './passages.ts';
import { PostingsBuilder, type PostingsData } from './postings.ts';
import { type EntryData, entrySteps } from './question/speakers.ts';
import { SpeakerField } from './speaker-field.ts';
import { words as lowerWords } from './text.ts';
import { ArticlesOfTokens, IntBlocks, ListsBuilder, type TokenLists } from './token-lists.ts';
import type { TokenTable } from './tokens.ts';
import type { VocabularyData } from './vocabulary.ts';
import { BM25 } from './weights.ts';
import { WordsSeen } from './words-seen.ts';

export type { TokenLists } from './token-lists.ts';

export interface IndexData {
  layout: PassageLayout;
  vocabulary: VocabularyData;
  /** What the speaker matcher knows of each speaker (in the briefing's speaker order). */
  speakers: EntryData[];
  /** The token table's keys, in id order (`TokenTable.fromKeysSteps`). */
  tokens: string[];
  /** Each passage's token ids, in text order. */
  passageTokens: TokenLists;
  /** Each sentence's (in `layout.sentenceSpans` order), -1 for a word without a token. */
  sentenceTokens: TokenLists;
  /** Each statement's text (in the briefing's statement order), -1 as above. */
  statementTokens: TokenLists;
  /** The articles (by index, ascending) holding each token, title included. */
  tokenArticles: TokenLists;
  /**
   * Fields `text` and `speakers`: the passages' words, and their speakers' names, aliases, roles;
   * scored with `BM25`.
   */
  postings: PostingsData;
}

/** The fields of the postings, in the order `IndexData.postings` stores them. */
export const FIELDS = ['text', 'speakers'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * Statements whose tokens are worked out between two steps of the build. A reload runs the build JIT
 * cold (the process opened from the persisted index): 100 at once held its event loop 20–30 ms.
 */
const STATEMENTS_PER_STEP = 20;
/** Passages whose speakers are indexed between two steps of the build (a few words each). */
const SPEAKER_PASSAGES_PER_STEP = 50;

/**
 * What the index data holds that the articles alone decide: where the passages are, the briefing's
 * words and tokens, and the passages' words in the postings. Most of a build's work, and none of
 * it waits for attribution: a build makes it while attribution runs in its workers.
 */
export interface ArticleParts {
  /** The articles these parts are made of: `buildIndexParts` refuses parts of other articles. */
  articles: readonly Article[];
  layout: PassageLayout;
  vocabulary: VocabularyData;
  table: TokenTable;
  /** Token ids by lower-case word, and the passages' tokens to cut from, for what is added after (statements' words). */
  tokenOf: Map<string, number>;
  cuts: PassageCuts;
  /** The postings with their `text` field added, each passage's words; `speakers` to add. */
  postings: PostingsBuilder<Field>;
  passageTokens: TokenLists;
  sentenceTokens: TokenLists;
  tokenArticles: TokenLists;
}

/**
 * The parts of the index data that need the articles only, a passage or an article per step.
 *
 * @example const parts = runSteps(articleParts(articles)); // then buildIndexParts(…, parts)
 */
export function* articleParts(articles: readonly Article[]): Generator<void, ArticleParts> {
  const layout = yield* passageLayoutSteps(articles);
  const words = new WordsSeen();
  const articlesOf = new ArticlesOfTokens();
  for (const [i, a] of articles.entries()) {
    words.read(a.title);
    for (let k = 0; k < words.count; k++) articlesOf.note(words.tokens[k] as number, i);
    // Where it was filed is in the briefing too ("PENWICK, N.Y. —"), though no passage repeats it.
    if (a.dateline) {
      words.read(a.dateline);
      for (let k = 0; k < words.count; k++) articlesOf.note(words.tokens[k] as number, i);
    }
    // Who wrote it is in the briefing too: "Who is Jane Doe?" of a byline is not a refusal.
    for (const c of creditsOf(a)) words.read(c.text, false);
    yield;
  }
  const postings = new PostingsBuilder<Field>(FIELDS);
  const passageTokens = new ListsBuilder();
  // Where each passage word starts, and whether a passage's words can be cut (`PassageCuts`).
  const starts = new IntBlocks();
  const count = layout.article.length;
  const whole = new Uint8Array(count);
  const paragraphOf = (id: number): string => paragraphText(articles, layout, id);
  for (let id = 0; id < count; id++) {
    const length = words.read(paragraphOf(id), true, postings, layout.start[id], layout.end[id]);
    const a = layout.article[id] as number;
    whole[id] = words.cuttable ? 1 : 0;
    for (let k = 0; k < words.count; k++) {
      const t = words.tokens[k] as number;
      passageTokens.add(t);
      starts.push(words.cuttable ? (words.starts[k] as number) : -1);
      articlesOf.note(t, a);
    }
    passageTokens.end();
    // What minisearch would index of the passage's text (its speakers come with the statements).
    postings.addTermIds(TEXT, id, words.terms.subarray(0, words.count), length);
    yield;
  }
  // Each list collected is copied into one array: some megabytes, in steps.
  const passageLists = yield* passageTokens.doneSteps();
  const cuts = new PassageCuts(layout, passageLists, yield* starts.toArraySteps(), whole, articles.length);
  yield;
  // With every word of the briefing known, each sentence's tokens, once: cut from its passage's.
  const sentenceTokens = new ListsBuilder();
  const { sentenceOffsets, sentenceSpans } = layout;
  for (let id = 0; id < count; id++) {
    const paragraph = paragraphOf(id);
    for (let k = sentenceOffsets[id] as number; k < (sentenceOffsets[id + 1] as number); k++) {
      const from = sentenceSpans[2 * k] as number;
      const to = sentenceSpans[2 * k + 1] as number;
      const within = cuts.wordsWithin(id, paragraph, from, to);
      if (within) cuts.add(sentenceTokens, id, within);
      else words.addTokens(sentenceTokens, paragraph, from, to);
    }
    yield;
  }
  const sentenceLists = sharedIds(yield* sentenceTokens.doneSteps(), passageLists);
  const tokenArticles = yield* articlesOf.lists(words.table.size);
  const vocabularyData = yield* words.vocabulary.dataSteps();
  return {
    articles,
    layout,
    vocabulary: vocabularyData,
    table: words.table,
    tokenOf: words.tokenOf,
    cuts,
    postings,
    passageTokens: passageLists,
    sentenceTokens: sentenceLists,
    tokenArticles,
  };
}

/**
 * `lists` with the ids of `other` when both hold the same tokens in the same order: a briefing's
 * sentences most often cut its passages without leaving a word out, and the one array (2.7 MB for 924
 * real articles) is then held, persisted and read back once.
 */
function sharedIds(lists: TokenLists, other: TokenLists): TokenLists {
  const bytes = (a: Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return bytes(lists.ids).equals(bytes(other.ids)) ? { offsets: lists.offsets, ids: other.ids } : lists;
}

/** Adds the tokens of a list of words, once every word of the briefing is known, as a list of `lists`. */
function addTokens(
  lists: ListsBuilder,
  list: readonly string[],
  tokenOf: ReadonlyMap<string, number>,
  table: TokenTable,
): void {
  for (const w of list) lists.add(tokenOf.get(w) ?? (table.ofWords([w])[0] as number));
  lists.end();
}

/** The text of passage `id`'s paragraph. */
function paragraphText(articles: readonly Article[], layout: PassageLayout, id: number): string {
  return articles[layout.article[id] as number]?.paragraphs[(layout.paragraph[id] as number) - 1]?.text ?? '';
}

/** The postings' fields by position. */
const TEXT = FIELDS.indexOf('text');
const SPEAKERS = FIELDS.indexOf('speakers');

/**
 * The index data of a briefing, worked out a passage or an article per step (a build beside a
 * briefing that answers gives the event loop back between steps), and the passages it laid out: the
 * index built opens with them rather than making the same 18,000 passages again (about 0.1 s of a
 * reload, and as much garbage). `made`: the articles' parts, made beforehand (while attribution
 * ran); made here otherwise. Those parts are used up: a second build needs its own.
 *
 * @example const { data } = runSteps(buildIndexParts(articles, statements, speakers));
 */
export function* buildIndexParts(
  articles: readonly Article[],
  statements: readonly Statement[],
  speakers: readonly Speaker[],
  made?: ArticleParts,
): Generator<void, { data: IndexData; set: PassageSet }> {
  const parts = made ?? (yield* articleParts(articles));
  if (parts.articles !== articles) throw new Error('The index parts were made of other articles');
  const { layout, table, tokenOf, cuts, postings } = parts;
  const entries = yield* entrySteps(speakers);
  const set = yield* passagesOf(articles, statements, layout);
  // What minisearch would index of each passage's speakers: their names, aliases and roles.
  const speakerField = new SpeakerField(speakers, postings, SPEAKERS);
  for (const p of set.passages) {
    speakerField.add(p.id, p.statements);
    if (p.id % SPEAKER_PASSAGES_PER_STEP === SPEAKER_PASSAGES_PER_STEP - 1) yield;
  }
  const statementTokens = new ListsBuilder();
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  for (const [i, s] of statements.entries()) {
    // A statement's text is a stretch of its paragraph: cut from the passage holding it, if one does.
    const a = articleIndex.get(s.article) ?? -1;
    const id = a < 0 ? -1 : cuts.passageHolding(a, s.paragraph, s.textStart, s.textEnd);
    const paragraph = id < 0 ? '' : paragraphText(articles, layout, id);
    const placed = s.textEnd - s.textStart === s.text.length && paragraph.startsWith(s.text, s.textStart);
    const within = placed ? cuts.wordsWithin(id, paragraph, s.textStart, s.textEnd) : null;
    if (within) cuts.add(statementTokens, id, within);
    else addTokens(statementTokens, lowerWords(s.text), tokenOf, table);
    if (i % STATEMENTS_PER_STEP === STATEMENTS_PER_STEP - 1) yield;
  }
  const statementLists = yield* statementTokens.doneSteps();
  const data: IndexData = {
    layout,
    vocabulary: parts.vocabulary,
    speakers: entries,
    tokens: table.keys(),
    passageTokens: parts.passageTokens,
    sentenceTokens: parts.sentenceTokens,
    statementTokens: statementLists,
    tokenArticles: parts.tokenArticles,
    postings: yield* postings.dataSteps(BM25),
  };
  return { data, set };
}
