/**
 * An article as a persisted briefing stores it: its facts, and where each paragraph lies in the text
 * of its file, not the paragraphs' text. Read back beside the file (whose bytes the folder's key has
 * just hashed), every paragraph is cut from the file itself, so a stored article cannot put words in
 * a paragraph that its file does not hold; its facts (title, author …) must be made of the file's
 * words. Parsing a large briefing again costs far more than this check.
 */

import { splitFrontMatter } from './front-matter.ts';
import type { FileRecord } from './load-articles.ts';
import { plainInline } from './markdown.ts';
import { normaliseText } from './parse-article.ts';
import type { Article, ParagraphKind } from './types.ts';

/** An article's facts as parsed; its paragraphs as places in its file. */
export interface StoredArticle extends Omit<Article, 'paragraphs'> {
  /** Each paragraph's start and end in the file's normalised text, one pair after another. */
  spans: Int32Array;
  kinds: ParagraphKind[];
  /**
   * Whether the file's text was already normal (`normaliseText` gave it back unchanged), as most
   * are: read back, it is not normalised again (about 35 ms of each load of 924 real articles).
   * The file's bytes are those hashed then, and the code that normalises them the same.
   */
  asRead: boolean;
}

const KINDS: ReadonlySet<string> = new Set<ParagraphKind>([
  'title',
  'heading',
  'byline',
  'credit',
  'source',
  'body',
  'caption',
]);
/** The facts of an article that are strings read from its file (or, for a title, its name). */
const FACTS = ['title', 'date', 'source', 'author', 'url', 'dateline'] as const;
/** Runs of letters and digits: the words a fact must share with its file. */
const WORD = /[\p{L}\p{N}]+/gu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * The stored form of an article parsed from `text` (the file's text as read).
 *
 * @throws Error when a paragraph is not found in the text (a parser that rewrote it).
 */
export function storeArticle(article: Article, text: string): StoredArticle {
  const normalised = normaliseText(text);
  const spans = new Int32Array(2 * article.paragraphs.length);
  // Paragraphs follow one another from the body's start (the front matter's fence and lines are none).
  let at = normalised.length - splitFrontMatter(normalised).body.length;
  article.paragraphs.forEach((p, i) => {
    const span = spanOf(normalised, p.text, at);
    if (span === null) throw new Error(`paragraph ${p.n} of ${article.id} is not in its file`);
    const [start, end, asWritten] = span;
    spans[2 * i] = start;
    // A paragraph that is its file's text as written (most are; and a piece of a block cut for
    // length, kept with its marks): its end stored negated, so that it is read back as it stands,
    // without reading it for marks again (19,000 paragraphs at each start of 924 real articles).
    spans[2 * i + 1] = asWritten ? -end : end;
    at = end;
  });
  const { paragraphs: _, ...facts } = article;
  return { ...facts, spans, kinds: article.paragraphs.map((p) => p.kind), asRead: normalised === text };
}

/**
 * Where a paragraph stands in its file's text, from the first character after `from` that is not
 * blank (where the paragraph before ended): its text itself, or, for one whose Markdown marks were
 * read (`plainInline`), the block as written from there to the end of its line or of its block,
 * which `plainInline` gives back. `asWritten`: the text itself stands there, so it is read back as
 * it is (it may even hold marks the parser left unread: a piece of a block cut for length).
 */
function spanOf(text: string, shown: string, from: number): [number, number, asWritten: boolean] | null {
  const blank = /\S/gu;
  blank.lastIndex = from;
  const first = blank.exec(text)?.index;
  if (first === undefined) return null;
  if (text.startsWith(shown, first)) return [first, first + shown.length, true];
  const line = text.indexOf('\n', first);
  const block = text.slice(first).search(/\n[^\S\n]*\n/u);
  for (const end of [line < 0 ? text.length : line, block < 0 ? text.length : first + block]) {
    const written = text.slice(first, end).trim();
    if (plainInline(written) === shown) return [first, first + written.length, false];
  }
  return null;
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
  const normalised = stored.asRead ? record.text : normaliseText(record.text);
  const paragraphs: Article['paragraphs'] = [];
  let at = 0;
  for (let i = 0; i < kinds.length; i++) {
    const start = spans[2 * i] as number;
    const endMark = spans[2 * i + 1] as number;
    const end = Math.abs(endMark);
    const kind = kinds[i] as ParagraphKind;
    if (!(start >= at && start < end && end <= normalised.length) || !KINDS.has(kind))
      throw new Error('holds a paragraph its file does not have');
    const written = normalised.slice(start, end);
    paragraphs.push({ n: i + 1, text: endMark < 0 ? written : plainInline(written), kind });
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
    // A date is stored as YYYY-MM-DD whatever way the file writes it ("Tue March 3, 2026"): its year
    // is the file's.
    if (fact === 'date' && ISO_DATE.test(value) && normalised.includes(value.slice(0, 4))) continue;
    known ??= `${normalised}\n${record.id}`.toLowerCase();
    const text = known;
    if (!(value.toLowerCase().match(WORD) ?? []).every((w) => text.includes(w)))
      throw new Error(`holds an article ${fact} its file does not give`);
  }
  const { spans: _, kinds: __, asRead: ___, ...facts } = stored;
  return { ...facts, paragraphs };
}

/**
 * The articles of a briefing as its persisted attribution stores them: columns instead of an object,
 * a typed array and a list of kinds per article (decoding 924 such objects took 40 ms in a fresh
 * process, these columns under 2 ms). An article's name and hash are its file's.
 */
export interface StoredArticles {
  /** Each article's file, as its index in the folder's records, ascending. */
  records: Int32Array;
  /** Each article's facts, in `FACTS` order, one article after another. */
  facts: (string | null)[];
  /** Article a's paragraphs are `offsets[a]` to `offsets[a + 1]` of the columns below. */
  offsets: Int32Array;
  /** Each paragraph's start and end in its file's normalised text, one pair after another. */
  spans: Int32Array;
  /** Each paragraph's kind, as its index in `KIND_LIST`. */
  kinds: Uint8Array;
  /** Each article's `asRead`: 1 for a file whose text was already normal. */
  asRead: Uint8Array;
}

const KIND_LIST: readonly ParagraphKind[] = [...(KINDS as ReadonlySet<ParagraphKind>)];

/**
 * The stored form of the articles parsed from `records` (the folder's, in its order), ten
 * articles per step (924 at once: about 13 ms of a reload).
 *
 * @throws Error when an article is not one of the records, or a paragraph is not in its file.
 */
export function* storeArticles(
  articles: readonly Article[],
  records: readonly FileRecord[],
): Generator<void, StoredArticles> {
  const index = new Map(records.map((r, i) => [r.id, i]));
  const stored: { i: number; stored: StoredArticle }[] = [];
  for (const [k, a] of articles.entries()) {
    if (k % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
    const i = index.get(a.id);
    const record = i === undefined ? undefined : records[i];
    if (i === undefined || record?.text == null || record.file !== a.file || record.hash !== a.hash)
      throw new Error(`${a.id} is not a file of the folder`);
    stored.push({ i, stored: storeArticle(a, record.text) });
  }
  yield;
  const offsets = new Int32Array(articles.length + 1);
  stored.forEach(({ stored: s }, k) => {
    offsets[k + 1] = (offsets[k] as number) + s.kinds.length;
  });
  const paragraphs = offsets[articles.length] as number;
  const spans = new Int32Array(2 * paragraphs);
  const kinds = new Uint8Array(paragraphs);
  stored.forEach(({ stored: s }, k) => {
    const at = offsets[k] as number;
    spans.set(s.spans, 2 * at);
    s.kinds.forEach((kind, j) => {
      kinds[at + j] = KIND_LIST.indexOf(kind);
    });
  });
  return {
    records: Int32Array.from(stored, (s) => s.i),
    facts: stored.flatMap(({ stored: s }) => FACTS.map((f) => s[f])),
    offsets,
    spans,
    kinds,
    asRead: Uint8Array.from(stored, (s) => (s.stored.asRead ? 1 : 0)),
  };
}

/**
 * Articles stored or restored between two steps of `storeArticles` and `restoreArticles`: 25 held a
 * reload's event loop for about 5 ms (each article's text normalised again to be stored).
 */
const ARTICLES_PER_STEP = 10;

/**
 * The articles a stored form describes, each cut from its file's text (see `restoreArticle`), a
 * ten per step.
 *
 * @throws Error when the form is malformed, or does not fit the files.
 */
export function* restoreArticles(value: unknown, records: readonly FileRecord[]): Generator<void, Article[]> {
  const stored = value as Partial<StoredArticles> | null;
  const { records: which, facts, offsets, spans, kinds, asRead } = stored ?? {};
  if (
    !(which instanceof Int32Array) ||
    !(asRead instanceof Uint8Array) ||
    !Array.isArray(facts) ||
    !(offsets instanceof Int32Array) ||
    !(spans instanceof Int32Array) ||
    !(kinds instanceof Uint8Array)
  )
    throw new Error('holds no articles');
  const count = which.length;
  if (
    facts.length !== FACTS.length * count ||
    asRead.length !== count ||
    offsets.length !== count + 1 ||
    offsets[0] !== 0
  )
    throw new Error('holds articles of unequal lists');
  if (offsets[count] !== kinds.length || spans.length !== 2 * kinds.length)
    throw new Error('holds articles without paragraphs');
  const articles: Article[] = [];
  let last = -1;
  for (let k = 0; k < count; k++) {
    if (k % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
    const i = which[k] as number;
    const record = records[i];
    if (!record || i <= last || record.hash === null)
      throw new Error('holds an article that is not its file');
    last = i;
    const from = offsets[k] as number;
    const to = offsets[k + 1] as number;
    if (!(from <= to)) throw new Error('holds articles of unequal lists');
    const article: StoredArticle = {
      id: record.id,
      file: record.file,
      title: facts[FACTS.length * k] as string,
      date: facts[FACTS.length * k + 1] as string | null,
      source: facts[FACTS.length * k + 2] as string | null,
      author: facts[FACTS.length * k + 3] as string | null,
      url: facts[FACTS.length * k + 4] as string | null,
      dateline: facts[FACTS.length * k + 5] as string | null,
      hash: record.hash,
      spans: spans.subarray(2 * from, 2 * to),
      kinds: Array.from(kinds.subarray(from, to), (c) => KIND_LIST[c] as ParagraphKind),
      asRead: asRead[k] === 1,
    };
    const { paragraphs, ...rest } = restoreArticle(article, record);
    // The keys in the order parsing gives them.
    articles.push({
      id: rest.id,
      file: rest.file,
      title: rest.title,
      date: rest.date,
      source: rest.source,
      author: rest.author,
      url: rest.url,
      dateline: rest.dateline,
      paragraphs,
      hash: rest.hash,
    });
  }
  return articles;
}
