/**
 * Turns a ranked passage into a chat-sized excerpt: verbatim text of the paragraph, grown to whole
 * neighbouring sentences when short, cut at word boundaries around the answer when long.
 */

import { sentenceUnits } from '../attribution/index.ts';
import type { Passage } from '../search/index.ts';

/** Longest excerpt, in characters; a Discord message holds three with their citations. */
export const MAX_EXCERPT = 400;
const GROW_BELOW = 160;

/**
 * Offsets of the excerpt within the paragraph text.
 *
 * @example excerptSpan(paragraph, passage) // { start: 0, end: 212 }
 */
export function excerptSpan(
  paragraph: string,
  passage: Passage,
  focus: readonly string[] = [],
): { start: number; end: number } {
  let { start, end } = passage;
  if (end - start < GROW_BELOW) {
    // A short passage grows the same way whatever the question: worked out once per passage.
    const grown = grownSpans.get(passage);
    if (grown && grown.paragraph === paragraph) return { start: grown.start, end: grown.end };
    const units = sentenceUnits(paragraph);
    const i = units.findIndex((u) => u.start === start);
    const next = units[i + 1];
    const prev = units[i - 1];
    if (next && next.end - start <= MAX_EXCERPT && continues(paragraph.slice(next.start, next.end)))
      end = next.end;
    else if (prev && end - prev.start <= MAX_EXCERPT && continues(paragraph.slice(start, end)))
      start = prev.start;
    // Grown or not, at most MAX_EXCERPT long: no window to cut.
    grownSpans.set(passage, { paragraph, start, end });
    return { start, end };
  }
  if (end - start <= MAX_EXCERPT) return { start, end };
  return window(paragraph, start, end, focus);
}

/** Short passages grown to their neighbour (or not), by passage: the index keeps its passages. */
const grownSpans = new WeakMap<Passage, { paragraph: string; start: number; end: number }>();

/** A sentence that only makes sense with the one before it (a quote's continuation, a bare "he said"). */
function continues(sentence: string): boolean {
  return (
    /^[“"‘]/u.test(sentence) ||
    sentence.split(/\s+/u).length <= 4 ||
    /^(?:He|She|They|It|But|And)\b/u.test(sentence)
  );
}

/** A ≤ MAX_EXCERPT window of [start, end) around the first focus word, on word boundaries. */
function window(
  text: string,
  start: number,
  end: number,
  focus: readonly string[],
): { start: number; end: number } {
  const lower = text.slice(start, end).toLowerCase();
  const hits = focus.map((f) => lower.indexOf(f.toLowerCase())).filter((i) => i >= 0);
  const anchor = hits.length > 0 ? start + Math.min(...hits) : start;
  let a = Math.max(start, Math.min(anchor - 80, end - MAX_EXCERPT));
  let b = Math.min(end, a + MAX_EXCERPT);
  if (a > start) {
    const space = text.indexOf(' ', a);
    a = space >= 0 && space < b ? space + 1 : a;
  }
  if (b < end) {
    const space = text.lastIndexOf(' ', b);
    b = space > a ? space : b;
  }
  while (b > a && /[\s,;:]/u.test(text[b - 1] as string)) b--;
  return { start: a, end: b };
}
