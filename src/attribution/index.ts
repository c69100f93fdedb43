/** The attribution layer: statements (who said what, where) and the briefing's speakers. */

import type { Article } from '../corpus/types.ts';
import { extractStatements, type RawStatement } from './extract.ts';
import { unifySteps } from './speakers.ts';
import type { Speaker, Statement } from './types.ts';

export { findPlaceMentions, isWhere, type PlaceMention } from './places.ts';
export { findQuotes } from './quotes.ts';
export { splitSentences } from './sentences.ts';
export type { PlaceSource, Speaker, SpeakerKind, Statement, StatementKind } from './types.ts';
export { sentenceUnits } from './units.ts';

/**
 * Every statement of the briefing with unified speakers.
 *
 * @example attribute(articles).speakers[0].name // 'Jane Roe'
 */
export function attribute(articles: readonly Article[]): { statements: Statement[]; speakers: Speaker[] } {
  const steps = attributeSteps(articles);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** `attribute` one article at a time, for callers that must not hold the event loop (live reloads). */
export function* attributeSteps(
  articles: readonly Article[],
): Generator<void, { statements: Statement[]; speakers: Speaker[] }> {
  const raw: RawStatement[] = [];
  for (const article of articles) {
    raw.push(...extractStatements(article));
    yield;
  }
  return yield* unifySteps(raw);
}
