/**
 * An article as a persisted briefing stores it: its facts, and where each paragraph lies in the text
 * of its file, not the paragraphs' text. Read back beside the file (whose bytes the folder's key has
 * just hashed), every paragraph is cut from the file itself, so a stored article cannot put words in
 * a paragraph that its file does not hold; its facts (title, author …) must be made of the file's
 * words. Parsing a large briefing again costs far more than this check.
 */

import type { FileRecord } from './load-articles.ts';
import { normaliseText } from './parse-article.ts';
import type { Article, ParagraphKind } from './types.ts';

/** An article's facts as parsed; its paragraphs as places in its file. */
export interface StoredArticle extends Omit<Article, 'paragraphs'> {
  /** Each paragraph's start and end in the file's normalised text, one pair after another. */
  spans: Int32Array;
  kinds: ParagraphKind[];
}

const KINDS: ReadonlySet<string> = new Set<ParagraphKind>([
  'title',
  'heading',
  'byline',
  'credit',
  'source',
  'body',
]);
/** The facts of an article that are strings read from its file (or, for a title, its name). */
const FACTS = ['title', 'date', 'source', 'author', 'url', 'dateline'] as const;
/** Runs of letters and digits: the words a fact must share with its file. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The stored form of an article parsed from `text` (the file's text as read).
 *
 * @throws Error when a paragraph is not found in the text (a parser that rewrote it).
 */
export function storeArticle(article: Article, text: string): StoredArticle {
  const normalised = normaliseText(text);
  const spans = new Int32Array(2 * article.paragraphs.length);
  let at = 0;
  article.paragraphs.forEach((p, i) => {
    const start = normalised.indexOf(p.text, at);
    if (start < 0) throw new Error(`paragraph ${p.n} of ${article.id} is not in its file`);
    at = start + p.text.length;
    spans[2 * i] = start;
    spans[2 * i + 1] = at;
  });
  const { paragraphs: _, ...facts } = article;
  return { ...facts, spans, kinds: article.paragraphs.map((p) => p.kind) };
}

/**
 * The article a stored one describes, its paragraphs cut from the file's text.
 *
 * @throws Error when it does not fit the file: another name or hash, paragraphs out of order or
 * bounds, a fact with a word the file lacks.
 */
export function restoreArticle(stored: StoredArticle, record: FileRecord): Article {
  const { spans, kinds } = stored;
  if (
    record.text === null ||
    stored.id !== record.id ||
    stored.file !== record.file ||
    stored.hash !== record.hash
  )
    throw new Error('holds an article that is not its file');
  if (!(spans instanceof Int32Array) || !Array.isArray(kinds) || spans.length !== 2 * kinds.length)
    throw new Error('holds an article without paragraphs');
  const normalised = normaliseText(record.text);
  const paragraphs: Article['paragraphs'] = [];
  let at = 0;
  for (let i = 0; i < kinds.length; i++) {
    const start = spans[2 * i] as number;
    const end = spans[2 * i + 1] as number;
    const kind = kinds[i] as ParagraphKind;
    if (!(start >= at && start < end && end <= normalised.length) || !KINDS.has(kind))
      throw new Error('holds a paragraph its file does not have');
    paragraphs.push({ n: i + 1, text: normalised.slice(start, end), kind });
    at = end;
  }
  let known: string | null = null;
  for (const fact of FACTS) {
    const value = stored[fact];
    if (value === null && fact !== 'title') continue;
    if (typeof value !== 'string') throw new Error(`holds an article ${fact} its file does not give`);
    // Most facts are the file's own words as written; the others (a dateline in capitals, a title
    // from the file's name) are its words in another case or order.
    if (normalised.includes(value)) continue;
    known ??= `${normalised}\n${record.id}`.toLowerCase();
    const text = known;
    if (!(value.toLowerCase().match(WORD) ?? []).every((w) => text.includes(w)))
      throw new Error(`holds an article ${fact} its file does not give`);
  }
  const { spans: _, kinds: __, ...facts } = stored;
  return { ...facts, paragraphs };
}
