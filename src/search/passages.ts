/**
 * What the index ranks: passages. A passage is a body paragraph (the unit a reader cites and the one
 * that carries the context a sentence lacks), or a run of whole sentences of a paragraph too long to
 * rank as one. Bylines and credits are kept apart, for "who wrote …".
 */
import { sentenceUnits } from '../attribution/index.ts';
import type { Statement } from '../attribution/types.ts';
import { datelineLength } from '../corpus/dateline.ts';
import type { Article } from '../corpus/types.ts';
import { PASSAGE_MAX_CHARS, PASSAGE_TARGET_CHARS } from './weights.ts';

/** Offsets of a stretch of a paragraph's text. */
export interface Span {
  start: number;
  end: number;
}

export interface Passage {
  /** Position in the briefing's passage list: the index's document id. */
  id: number;
  article: string;
  /** The paragraph's number, as cited ("¶n"). */
  paragraph: number;
  /** Offsets of the passage in its paragraph's text. */
  start: number;
  end: number;
  text: string;
  /** Its sentences (quotes running across sentences kept whole), as offsets in the paragraph. */
  sentences: readonly Span[];
  /** Statements made in it, in text order. */
  statements: readonly Statement[];
}

/** The passages of a briefing, and its bylines and credits by article. */
export interface PassageSet {
  passages: Passage[];
  /** Byline and credit blocks of each article: who wrote or reported it. */
  credits: Map<string, { paragraph: number; text: string }[]>;
}

/**
 * Where the passages are, in typed arrays: each passage's article (by index), paragraph number and
 * offsets, and its sentences' offsets (passage p's sentences are `sentenceOffsets[p]` to
 * `sentenceOffsets[p + 1]`, each a start and an end in `sentenceSpans`). Cutting paragraphs into
 * sentences is the costly part of making passages; a persisted index stores this instead.
 */
export interface PassageLayout {
  article: Int32Array;
  paragraph: Int32Array;
  start: Int32Array;
  end: Int32Array;
  sentenceOffsets: Int32Array;
  sentenceSpans: Int32Array;
}

/** Paragraph characters cut into sentences between two steps within an article (a few milliseconds). */
const LAYOUT_CHARS_PER_STEP = 10_000;

/** Where the articles' passages are, an article (or `LAYOUT_CHARS_PER_STEP` of a long one) at a time. */
export function* passageLayoutSteps(articles: readonly Article[]): Generator<void, PassageLayout> {
  const article: number[] = [];
  const paragraph: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const sentenceOffsets = [0];
  const sentenceSpans: number[] = [];
  for (const [a, art] of articles.entries()) {
    yield;
    let chars = 0;
    for (const p of art.paragraphs) {
      if (p.kind !== 'body') continue;
      chars += p.text.length;
      if (chars > LAYOUT_CHARS_PER_STEP) {
        chars = p.text.length;
        yield;
      }
      // "ORLANDO, Fla. (Reuters) –" opening the first paragraph is the article's dateline (the citation
      // shows it as such), not words of that paragraph: a question naming the city would otherwise
      // find the lead for it, whatever the lead says.
      const from = art.dateline ? datelineLength(p.text) : 0;
      for (const span of passageSpans(p.text)) {
        if (span.end <= from) continue;
        article.push(a);
        paragraph.push(p.n);
        start.push(Math.max(span.start, from));
        end.push(span.end);
        for (const s of span.sentences) if (s.end > from) sentenceSpans.push(Math.max(s.start, from), s.end);
        sentenceOffsets.push(sentenceSpans.length / 2);
      }
    }
  }
  return {
    article: Int32Array.from(article),
    paragraph: Int32Array.from(paragraph),
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    sentenceOffsets: Int32Array.from(sentenceOffsets),
    sentenceSpans: Int32Array.from(sentenceSpans),
  };
}

/** Passages made between two steps of `passagesOf` (500 held a reload's event loop for about 5 ms). */
const PASSAGES_PER_STEP = 200;
/** Articles whose credits are read between two steps of `passagesOf`. */
const ARTICLES_PER_STEP = 100;

/**
 * The passages a layout places, each handed its statements, and the articles' bylines and credits.
 * Throws when the layout does not fit the articles (a damaged persisted index).
 *
 * @example runSteps(passagesOf(articles, statements, layout)).passages[0] // { article: '000_…', paragraph: 1, … }
 */
export function* passagesOf(
  articles: readonly Article[],
  statements: readonly Statement[],
  layout: PassageLayout,
): Generator<void, PassageSet> {
  // By article, then paragraph number: no key string made per statement and passage (34,000 at
  // an open of 924 real articles).
  const byParagraph = new Map<string, Statement[][]>();
  for (const [i, s] of statements.entries()) {
    if (i % 1000 === 999) yield;
    let paragraphs = byParagraph.get(s.article);
    if (!paragraphs) {
      paragraphs = [];
      byParagraph.set(s.article, paragraphs);
    }
    const list = paragraphs[s.paragraph];
    if (list) list.push(s);
    else paragraphs[s.paragraph] = [s];
  }
  const credits = new Map<string, { paragraph: number; text: string }[]>();
  for (const [i, article] of articles.entries()) {
    const own = creditsOf(article);
    if (own.length > 0) credits.set(article.id, own);
    if (i % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
  }
  const { sentenceOffsets: offsets, sentenceSpans: spans } = layout;
  const count = layout.article.length;
  const fits = (...lists: Int32Array[]) => lists.every((l) => l.length === count);
  if (!fits(layout.paragraph, layout.start, layout.end) || offsets.length !== count + 1 || offsets[0] !== 0)
    throw new Error('holds passages of unequal lists');
  const passages: Passage[] = [];
  for (let id = 0; id < count; id++) {
    if (id % PASSAGES_PER_STEP === PASSAGES_PER_STEP - 1) yield;
    const article = articles[layout.article[id] as number];
    const n = layout.paragraph[id] as number;
    const p = article?.paragraphs[n - 1];
    const start = layout.start[id] as number;
    const end = layout.end[id] as number;
    const from = offsets[id] as number;
    const to = offsets[id + 1] as number;
    if (!article || p?.kind !== 'body' || !(start >= 0 && start <= end && end <= p.text.length))
      throw new Error('holds a passage outside its article');
    if (!(from <= to && 2 * to <= spans.length)) throw new Error('holds impossible sentence lists');
    for (let k = from; k < to; k++) {
      const first = spans[2 * k] as number;
      const last = spans[2 * k + 1] as number;
      if (!(first >= 0 && first <= last && last <= p.text.length))
        throw new Error('holds a sentence outside its paragraph');
    }
    const own = byParagraph.get(article.id)?.[n];
    const statements = own ? own.filter((s) => s.start < end && s.end > start) : NO_STATEMENTS;
    passages.push(
      new LaidOutPassage(
        id,
        article.id,
        n,
        start,
        end,
        p.text.slice(start, end),
        statements,
        spans,
        from,
        to,
      ),
    );
  }
  return { passages, credits };
}

const NO_STATEMENTS: readonly Statement[] = Object.freeze([]);

/**
 * A passage placed by a layout: its sentences are made from the layout's offsets when first read
 * (by a hit's excerpt, for a few passages a question), not for each of the 34,000 at an open.
 */
class LaidOutPassage implements Passage {
  private made: readonly Span[] | undefined;

  constructor(
    readonly id: number,
    readonly article: string,
    readonly paragraph: number,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly statements: readonly Statement[],
    private readonly spans: Int32Array,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get sentences(): readonly Span[] {
    if (this.made === undefined) {
      const out: Span[] = [];
      for (let k = this.from; k < this.to; k++)
        out.push({ start: this.spans[2 * k] as number, end: this.spans[2 * k + 1] as number });
      this.made = out;
    }
    return this.made;
  }
}

/**
 * An article's byline and credit blocks, in order: who wrote or reported it. An author given only
 * in the front matter is its credit line, cited as paragraph 0 (the front matter, before ¶1).
 */
export function creditsOf(article: Article): { paragraph: number; text: string }[] {
  const out: { paragraph: number; text: string }[] = [];
  for (const p of article.paragraphs)
    if (p.kind === 'byline' || p.kind === 'credit') out.push({ paragraph: p.n, text: p.text });
  if (out.length === 0 && article.author) out.push({ paragraph: 0, text: `author: ${article.author}` });
  return out;
}

/**
 * A paragraph as one passage, or, when longer than `PASSAGE_MAX_CHARS`, as runs of whole sentences
 * of about `PASSAGE_TARGET_CHARS`: an overlong block (a wall of pasted text) would otherwise win on
 * every word it happens to hold.
 */
export function passageSpans(text: string): (Span & { sentences: Span[] })[] {
  const sentences = stampJoined(text, sentenceUnits(text));
  if (text.length <= PASSAGE_MAX_CHARS || sentences.length <= 1) {
    return [{ start: 0, end: text.length, sentences }];
  }
  const out: (Span & { sentences: Span[] })[] = [];
  let run: Span[] = [];
  for (const s of sentences) {
    const first = run[0];
    if (first && s.end - first.start > PASSAGE_TARGET_CHARS) {
      out.push({ start: first.start, end: (run[run.length - 1] as Span).end, sentences: run });
      run = [];
    }
    run.push(s);
  }
  const first = run[0];
  if (first) out.push({ start: first.start, end: (run[run.length - 1] as Span).end, sentences: run });
  return out;
}

/**
 * The time a live blog's entry opens with, on a line of its own ("16.20 GMT", "4:05pm", "09:30 BST"):
 * no sentence of its own, but the time of the one after it, which a "when" question's excerpt needs.
 */
const ENTRY_TIME = /^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*$/iu;

/** The sentences with an entry's opening time joined to the sentence after it. */
function stampJoined(text: string, sentences: Span[]): Span[] {
  const [first, second] = sentences;
  if (!first || !second || !text.slice(first.start, second.start).includes('\n')) return sentences;
  if (!ENTRY_TIME.test(text.slice(first.start, first.end))) return sentences;
  return [{ start: first.start, end: second.end }, ...sentences.slice(2)];
}
