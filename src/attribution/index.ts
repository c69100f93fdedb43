/** The attribution layer: statements (who said what, where) and the briefing's speakers. */

import { runSteps } from '../corpus/index.ts';
import type { Article } from '../corpus/types.ts';
import { extractStatements, type RawStatement } from './extract.ts';

export { sentenceUnits } from './extract.ts';

import { nameKey } from './mentions.ts';
import { namedPersons, unifySteps } from './speakers.ts';
import type { Speaker, Statement } from './types.ts';

export { findPlaceMentions, type PlaceMention } from './places.ts';
export { findQuotes } from './quotes.ts';
export { splitSentences } from './sentences.ts';
export type { Speaker, Statement, StatementKind } from './types.ts';

/**
 * Every statement of the briefing with unified speakers.
 *
 * @example attribute(articles).speakers[0].name // 'Antony Blinken'
 */
export function attribute(articles: readonly Article[]): { statements: Statement[]; speakers: Speaker[] } {
  return runSteps(attributeSteps(articles));
}

/** `attribute` one article at a time, for callers that must not hold the event loop (live reloads). */
export function* attributeSteps(
  articles: readonly Article[],
): Generator<void, { statements: Statement[]; speakers: Speaker[] }> {
  // Words of every titled or honoured name, so that "Blinken" alone is known to be a person.
  const known = new Set<string>();
  const named: ReturnType<typeof namedPersons> = [];
  for (const article of articles) {
    const persons = namedPersons([article]);
    named.push(...persons);
    for (const { mention } of persons) {
      const key = nameKey(mention.name);
      known.add(key);
      for (const w of key.split(' ')) known.add(w);
    }
    yield;
  }
  const raw: RawStatement[] = [];
  for (const article of articles) {
    raw.push(...extractStatements(article, known));
    yield;
  }
  return yield* unifySteps(raw, named);
}
