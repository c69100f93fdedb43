/**
 * The excerpt a passage is shown by: whole sentences around the one that answers, within the length
 * limit; a single sentence too long for it is cut at word boundaries around its best part, and the
 * cut is reported so the reader sees an ellipsis.
 */
import type { Span } from '../passages.ts';
import { EXCERPT } from '../weights.ts';

export interface Excerpt extends Span {
  /** The excerpt starts (or ends) inside a sentence. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * Chooses the excerpt among `sentences` (offsets in `paragraph`), given each sentence's score.
 * The best sentence is the core; neighbours join while they add to the score or the excerpt is still
 * short, and while the whole stays within `EXCERPT.maxChars`.
 *
 * @param focus  offset in the paragraph of the word to centre on when a sentence must be cut
 * @param mayLead  whether a sentence may be the core (neighbours join by score whatever it says)
 */
export function chooseExcerpt(
  paragraph: string,
  sentences: readonly Span[],
  scores: readonly number[],
  focus: (sentence: Span) => number,
  mayLead: (i: number) => boolean = () => true,
): Excerpt {
  if (sentences.length === 0) return clip(paragraph, { start: 0, end: paragraph.length }, 0);
  let best = -1;
  for (let i = 0; i < sentences.length; i++) {
    if (mayLead(i) && (best < 0 || (scores[i] ?? 0) > (scores[best] ?? 0))) best = i;
  }
  if (best < 0) best = 0;
  const core = sentences[best] as Span;
  if (core.end - core.start > EXCERPT.maxChars) return clip(paragraph, core, focus(core));
  let from = best;
  let to = best;
  const length = () => (sentences[to] as Span).end - (sentences[from] as Span).start;
  for (;;) {
    const left = from > 0 ? (sentences[from - 1] as Span) : null;
    const right = to < sentences.length - 1 ? (sentences[to + 1] as Span) : null;
    const fitsLeft = left !== null && (sentences[to] as Span).end - left.start <= EXCERPT.maxChars;
    const fitsRight = right !== null && right.end - (sentences[from] as Span).start <= EXCERPT.maxChars;
    const gainLeft = fitsLeft ? (scores[from - 1] ?? 0) : -1;
    const gainRight = fitsRight ? (scores[to + 1] ?? 0) : -1;
    const short = length() < EXCERPT.growBelow;
    // A neighbour joins when it carries the question's words too, or the excerpt is too short to read.
    if (gainRight > 0 && gainRight >= gainLeft) to++;
    else if (gainLeft > 0) from--;
    else if (short && fitsRight) to++;
    else if (short && fitsLeft) from--;
    else break;
  }
  return {
    start: (sentences[from] as Span).start,
    end: (sentences[to] as Span).end,
    clippedStart: false,
    clippedEnd: false,
  };
}

/** A window of at most `EXCERPT.maxChars` of `span`, at word boundaries, around `focus`. */
export function clip(text: string, span: Span, focus: number): Excerpt {
  if (span.end - span.start <= EXCERPT.maxChars) return { ...span, clippedStart: false, clippedEnd: false };
  const lead = Math.floor(EXCERPT.maxChars / EXCERPT.leadShare);
  let start = Math.max(span.start, Math.min(focus - lead, span.end - EXCERPT.maxChars));
  let end = Math.min(span.end, start + EXCERPT.maxChars);
  if (start > span.start) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < end) start = space + 1;
  }
  if (end < span.end) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  while (end > start && /[\s,;:–—-]/u.test(text[end - 1] as string)) end--;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  return { start, end, clippedStart: start > span.start, clippedEnd: end < span.end };
}
