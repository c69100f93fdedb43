/**
 * What the index ranks: passages. A passage is a body paragraph (the unit a reader cites and the one
 * that carries the context a sentence lacks), or a run of whole sentences of a paragraph too long to
 * rank as one. Bylines and credits are kept apart, for "who wrote …".
 */
import { sentenceUnits } from '../attribution/index.ts';
import type { Statement } from '../attribution/types.ts';
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
 * Cuts the articles into passages and hands each its statements.
 *
 * @example buildPassages(articles, statements).passages[0] // { article: '000_…', paragraph: 1, … }
 */
export function buildPassages(articles: readonly Article[], statements: readonly Statement[]): PassageSet {
  const steps = passageSteps(articles, statements);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** `buildPassages`, an article at a time. */
export function* passageSteps(
  articles: readonly Article[],
  statements: readonly Statement[],
): Generator<void, PassageSet> {
  const byParagraph = new Map<string, Statement[]>();
  for (const [i, s] of statements.entries()) {
    if (i % 1000 === 999) yield;
    const key = `${s.article}\u0000${s.paragraph}`;
    const list = byParagraph.get(key);
    if (list) list.push(s);
    else byParagraph.set(key, [s]);
  }
  const passages: Passage[] = [];
  const credits = new Map<string, { paragraph: number; text: string }[]>();
  for (const article of articles) {
    yield;
    for (const p of article.paragraphs) {
      if (p.kind === 'byline' || p.kind === 'credit') {
        const list = credits.get(article.id) ?? [];
        list.push({ paragraph: p.n, text: p.text });
        credits.set(article.id, list);
        continue;
      }
      if (p.kind !== 'body') continue;
      const own = byParagraph.get(`${article.id}\u0000${p.n}`) ?? [];
      for (const span of passageSpans(p.text)) {
        passages.push({
          id: passages.length,
          article: article.id,
          paragraph: p.n,
          start: span.start,
          end: span.end,
          text: p.text.slice(span.start, span.end),
          sentences: span.sentences,
          statements: own.filter((s) => s.start < span.end && s.end > span.start),
        });
      }
    }
  }
  return { passages, credits };
}

/**
 * A paragraph as one passage, or, when longer than `PASSAGE_MAX_CHARS`, as runs of whole sentences
 * of about `PASSAGE_TARGET_CHARS`: an overlong block (a wall of pasted text) would otherwise win on
 * every word it happens to hold.
 */
export function passageSpans(text: string): (Span & { sentences: Span[] })[] {
  const sentences = sentenceUnits(text);
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
