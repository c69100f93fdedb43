/**
 * The shape of index data read back from a persisted index, checked before any of it is used: every
 * list of the type it should be, every offset in order and in bounds, every id naming a passage, a
 * token or an article that exists. A checksum already catches damage; this stops a crafted file with
 * a valid checksum from making an index that throws, loops or reads out of bounds on a question.
 * What passages quote is checked against the articles when they are made (`passagesOf`).
 */

import { FIELDS, type IndexData, type TokenLists } from './index-data.ts';
import type { PassageLayout } from './passages.ts';
import type { FieldData, PostingsData } from './postings.ts';
import type { EntryData } from './question/speakers.ts';
import type { VocabularyData } from './vocabulary.ts';

/** How many of each thing the data must fit. */
export interface IndexCounts {
  articles: number;
  statements: number;
  speakers: number;
}

function fail(what: string): never {
  throw new Error(`holds an index whose ${what}`);
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) fail(`${what} is missing`);
  return value as Record<string, unknown>;
}

function ints(value: unknown, what: string): Int32Array {
  if (!(value instanceof Int32Array)) fail(`${what} is not a list of integers`);
  return value;
}

function strings(value: unknown, what: string, nullable = false): string[] {
  if (!Array.isArray(value)) fail(`${what} is not a list of words`);
  // A plain loop: a persisted index lists about 100,000 words, read at every start.
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v !== 'string' && !(nullable && v === null)) fail(`${what} is not a list of words`);
  }
  return value as string[];
}

/** Every value within [min, max). */
function within(list: Int32Array, min: number, max: number, what: string): void {
  for (let i = 0; i < list.length; i++) {
    const v = list[i] as number;
    if (v < min || v >= max) fail(`${what} names something that does not exist`);
  }
}

/** Offsets from 0, never decreasing, ending at `total`, one more than `lists`. */
function offsetsOf(value: unknown, lists: number, total: number, what: string): Int32Array {
  const offsets = ints(value, what);
  if (offsets.length !== lists + 1 || offsets[0] !== 0 || offsets[lists] !== total)
    fail(`${what} do not fit their lists`);
  for (let i = 0; i < lists; i++)
    if ((offsets[i] as number) > (offsets[i + 1] as number)) fail(`${what} run backwards`);
  return offsets;
}

function tokenLists(value: unknown, lists: number, min: number, max: number, what: string): TokenLists {
  const r = record(value, what);
  const ids = ints(r.ids, what);
  within(ids, min, max, what);
  return { offsets: offsetsOf(r.offsets, lists, ids.length, `${what} offsets`), ids };
}

function layoutOf(value: unknown, articles: number): PassageLayout {
  const r = record(value, 'passage layout');
  const article = ints(r.article, 'passage articles');
  within(article, 0, articles, 'passage articles');
  const sentenceSpans = ints(r.sentenceSpans, 'sentence spans');
  if (sentenceSpans.length % 2 !== 0) fail('sentence spans are uneven');
  return {
    article,
    paragraph: ints(r.paragraph, 'passage paragraphs'),
    start: ints(r.start, 'passage starts'),
    end: ints(r.end, 'passage ends'),
    sentenceOffsets: offsetsOf(r.sentenceOffsets, article.length, sentenceSpans.length / 2, 'sentences'),
    sentenceSpans,
  };
}

function vocabularyOf(value: unknown): VocabularyData {
  const r = record(value, 'vocabulary');
  const words = strings(r.words, 'vocabulary');
  const stems = strings(r.stems, 'vocabulary stems', true);
  if (stems.length !== words.length) fail('vocabulary stems do not fit its words');
  return {
    words,
    stems,
    capitalised: strings(r.capitalised, 'capitalised words'),
    lowercase: strings(r.lowercase, 'lower-case words'),
  };
}

/** Whether a value is a list of lists of words. */
function wordLists(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) strings(value[i], 'speaker names');
  return true;
}

function speakersOf(value: unknown, count: number): EntryData[] {
  if (!Array.isArray(value) || value.length !== count) fail('speakers do not fit the briefing');
  // Checked where they stand, not copied: 3,500 objects more to make and collect at each open of
  // 924 real articles.
  for (let i = 0; i < value.length; i++) {
    const e = record(value[i], 'speaker');
    if (
      typeof e.surname !== 'string' ||
      typeof e.person !== 'boolean' ||
      (e.shortName !== null && typeof e.shortName !== 'string') ||
      !wordLists(e.wholeNames) ||
      !wordLists(e.roles)
    )
      fail('speakers are malformed');
    strings(e.nameWords, 'speaker names');
  }
  return value as EntryData[];
}

function postingsOf(value: unknown, documents: number): PostingsData {
  const r = record(value, 'postings');
  // Each term once: checked as the postings open (`Postings.ofSteps`), which maps them anyway.
  const terms = strings(r.terms, 'postings terms');
  if (r.documents !== documents) fail('postings do not fit the passages');
  if (!Array.isArray(r.fields) || r.fields.length !== FIELDS.length) fail('postings fields are missing');
  const fields = r.fields.map((f: unknown, i): FieldData => {
    const field = record(f, `postings field ${i}`);
    const docs = ints(field.docs, 'postings passages');
    within(docs, 0, documents, 'postings passages');
    const scores = field.scores;
    if (!(scores instanceof Float64Array) || scores.length !== docs.length)
      fail('postings scores do not fit their passages');
    return { offsets: offsetsOf(field.offsets, terms.length, docs.length, 'postings'), docs, scores };
  });
  return { terms, documents, fields };
}

/**
 * The index data of a persisted index, once its shape fits the briefing's articles and statements.
 *
 * @throws Error saying what does not fit.
 */
export function checkIndexData(value: unknown, counts: IndexCounts): IndexData {
  const r = record(value, 'data');
  const layout = layoutOf(r.layout, counts.articles);
  const passages = layout.article.length;
  const sentences = layout.sentenceSpans.length / 2;
  const tokens = strings(r.tokens, 'tokens');
  const size = tokens.length;
  return {
    layout,
    vocabulary: vocabularyOf(r.vocabulary),
    speakers: speakersOf(r.speakers, counts.speakers),
    tokens,
    passageTokens: tokenLists(r.passageTokens, passages, 0, size, 'passage tokens'),
    sentenceTokens: tokenLists(r.sentenceTokens, sentences, -1, size, 'sentence tokens'),
    statementTokens: tokenLists(r.statementTokens, counts.statements, -1, size, 'statement tokens'),
    tokenArticles: tokenLists(r.tokenArticles, size, 0, counts.articles, 'token articles'),
    postings: postingsOf(r.postings, passages),
  };
}
