/**
 * Units: the sentences of a paragraph, joined where a quote runs across a sentence boundary, so that a
 * quote of several sentences and its attribution are read together. A unit never grows past
 * `MAX_UNIT` characters (a longer one starts anew even inside a quote), so every step that reads a
 * unit works on a bounded piece and a paragraph is read in linear time.
 */
import { findQuotes, type QuoteSpan } from './quotes.ts';
import { splitSentences } from './sentences.ts';
import { MASK } from './tokens.ts';

export interface Unit {
  start: number;
  end: number;
  /** 1-based number of the unit in its paragraph. */
  sentence: number;
  /** The quotes that open inside the unit. */
  quotes: QuoteSpan[];
}

/** The longest unit: a quote running on past this is cut into several units. */
export const MAX_UNIT = 3_000;

/** Sentences, joined where a quote runs across a sentence boundary. */
export function groupUnits(text: string, quotes: readonly QuoteSpan[]): Unit[] {
  const units: Unit[] = [];
  // Quotes are in order: the one that may cross a boundary is found by walking forward, not searching.
  let qi = 0;
  for (const s of splitSentences(text)) {
    const prev = units[units.length - 1];
    while (prev && qi < quotes.length && (quotes[qi] as QuoteSpan).end <= prev.end) qi++;
    const q = quotes[qi];
    const crossing = prev !== undefined && q !== undefined && q.start < prev.end && q.end > prev.end;
    // A lowercase start continues the sentence before it ("“Why?” she asked").
    const dangling = prev !== undefined && /^[\p{Ll}]/u.test(s.text);
    if (prev && (crossing || dangling) && s.end - prev.start <= MAX_UNIT) {
      prev.end = s.end;
    } else {
      units.push({ start: s.start, end: s.end, sentence: units.length + 1, quotes: [] });
    }
  }
  let k = 0;
  for (const u of units) {
    while (k < quotes.length && (quotes[k] as QuoteSpan).start < u.start) k++;
    const from = k;
    while (k < quotes.length && (quotes[k] as QuoteSpan).start < u.end) k++;
    u.quotes = quotes.slice(from, k);
  }
  return units;
}

/** The paragraph with every quoted span (marks included) replaced by `MASK`, offsets unchanged. */
export function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  if (quotes.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    if (q.start < at) continue;
    parts.push(text.slice(at, q.start), MASK.repeat(q.end - q.start));
    at = q.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Sentences of a paragraph, joined where a quote runs across them: the passages search indexes.
 *
 * @example sentenceUnits('“Go. Now,” he said. Fine.') // [{ start: 0, end: 19 }, { start: 20, end: 25 }]
 */
export function sentenceUnits(text: string): { start: number; end: number }[] {
  const cached = unitsCache.get(text);
  if (cached) return cached;
  const units = groupUnits(text, findQuotes(text)).map(({ start, end }) => ({ start, end }));
  remember(text, units);
  return units;
}

/**
 * Units of recent paragraphs: the index asks for the very paragraphs attribution has just split.
 * Bounded, so memory stays flat.
 */
const unitsCache = new Map<string, { start: number; end: number }[]>();
const UNITS_CACHE_SIZE = 100_000;

/** Keeps the units attribution worked out, for `sentenceUnits` to hand out again. */
export function remember(text: string, units: readonly { start: number; end: number }[]): void {
  if (unitsCache.size >= UNITS_CACHE_SIZE) unitsCache.clear();
  unitsCache.set(
    text,
    units.map(({ start, end }) => ({ start, end })),
  );
}
