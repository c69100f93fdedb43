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
import { type PassageLayout, type PassageSet, passageLayoutSteps, passagesOf } from './passages.ts';
import { PostingsBuilder, type PostingsData } from './postings.ts';
import { type EntryData, entrySteps } from './question/speakers.ts';
import { casedWords, term, words } from './text.ts';
import { ArticlesOfTokens, ListsBuilder, type TokenLists } from './token-lists.ts';
import { TokenTable } from './tokens.ts';
import { Vocabulary, type VocabularyData } from './vocabulary.ts';
import { BM25 } from './weights.ts';

export type { TokenLists } from './token-lists.ts';

export interface IndexData {
  layout: PassageLayout;
  vocabulary: VocabularyData;
  /** What the speaker matcher knows of each speaker (in the briefing's speaker order). */
  speakers: EntryData[];
  /** The token table's keys, in id order (`TokenTable.fromKeys`). */
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

/** Statements whose tokens are worked out between two steps of the build. */
const STATEMENTS_PER_STEP = 100;

/**
 * The index data of a briefing, worked out a passage or an article per step, so that a build
 * beside a briefing that answers can give the event loop back between steps.
 *
 * @example const data = runSteps(buildIndexData(articles, statements, speakers));
 */
export function* buildIndexData(
  articles: readonly Article[],
  statements: readonly Statement[],
  speakers: readonly Speaker[],
): Generator<void, IndexData> {
  return (yield* buildIndexParts(articles, statements, speakers)).data;
}

/**
 * `buildIndexData`, and the passages it laid out: the index built opens with them rather than
 * making the same 18,000 passages again (about 0.1 s of a reload, and as much garbage).
 */
export function* buildIndexParts(
  articles: readonly Article[],
  statements: readonly Statement[],
  speakers: readonly Speaker[],
): Generator<void, { data: IndexData; set: PassageSet }> {
  const entries = yield* entrySteps(speakers);
  const layout = yield* passageLayoutSteps(articles);
  const set = yield* passagesOf(articles, statements, layout);
  const { passages, credits } = set;
  const vocabulary = new Vocabulary();
  const table = new TokenTable();
  /** Adds a text's words to the vocabulary (with how each is written); returns them, lower case. */
  const learn = (text: string): string[] => {
    const list: string[] = [];
    for (const raw of casedWords(text)) {
      const w = raw.toLowerCase();
      list.push(w);
      vocabulary.add(w);
      vocabulary.noteCase(raw);
      // "mid-February" and "Son-hui" also answer to "February" and "hui".
      if (w.includes('-')) for (const part of w.split('-')) if (part) vocabulary.add(part);
    }
    return list;
  };
  /**
   * Token ids by lower-case word, for this build: a briefing repeats its words, and the table stems a
   * word again at each `add` and `ofWords` (about a third of a second for 924 real articles).
   */
  const tokenOf = new Map<string, number>();
  const tokenAdd = (w: string): number => {
    let id = tokenOf.get(w);
    if (id === undefined) {
      id = table.add(w);
      tokenOf.set(w, id);
    }
    return id;
  };
  /** Adds the tokens of a list of words, once every word of the briefing is known, as a list of `lists`. */
  const addTokens = (lists: ListsBuilder, list: readonly string[]): void => {
    for (const w of list) lists.add(tokenOf.get(w) ?? (table.ofWords([w])[0] as number));
    lists.end();
  };
  const articlesOf = new ArticlesOfTokens();
  const note = (a: number, token: number) => articlesOf.note(token, a);
  for (const [i, a] of articles.entries()) {
    for (const w of learn(a.title)) note(i, tokenAdd(w));
    // Who wrote it is in the briefing too: "Who is Jane Doe?" of a byline is not a refusal.
    for (const c of credits.get(a.id) ?? []) learn(c.text);
    yield;
  }
  const aliases = new Map(speakers.map((s) => [s.name, [s.name, ...s.aliases, ...s.roles].join(' ')]));
  const postings = new PostingsBuilder<Field>(FIELDS);
  const passageTokens = new ListsBuilder();
  for (const p of passages) {
    const list = learn(p.text);
    const a = layout.article[p.id] as number;
    for (const w of list) {
      const t = tokenAdd(w);
      passageTokens.add(t);
      note(a, t);
    }
    passageTokens.end();
    const names = new Set(p.statements.map((s) => s.speaker));
    // What minisearch would index: the passage's words, and its speakers' names, aliases and roles.
    postings.add([list, words([...names].map((n) => aliases.get(n) ?? n).join(' '))], term);
    yield;
  }
  // With every word of the briefing known, each sentence's and statement's tokens, once.
  const sentenceTokens = new ListsBuilder();
  for (const p of passages) {
    const paragraph = articles[layout.article[p.id] as number]?.paragraphs[p.paragraph - 1]?.text ?? '';
    for (const s of p.sentences) addTokens(sentenceTokens, words(paragraph.slice(s.start, s.end)));
    yield;
  }
  const statementTokens = new ListsBuilder();
  for (const [i, s] of statements.entries()) {
    addTokens(statementTokens, words(s.text));
    if (i % STATEMENTS_PER_STEP === 0) yield;
  }
  const tokenArticles = yield* articlesOf.lists(table.size);
  const vocabularyData = vocabulary.data();
  yield;
  const data: IndexData = {
    layout,
    vocabulary: vocabularyData,
    speakers: entries,
    tokens: table.keys(),
    passageTokens: passageTokens.done(),
    sentenceTokens: sentenceTokens.done(),
    statementTokens: statementTokens.done(),
    tokenArticles,
    postings: yield* postings.dataSteps(BM25),
  };
  return { data, set };
}
