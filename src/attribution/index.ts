/** The attribution layer: statements (who said what, where) and the briefing's speakers. */
import type { Article } from '../corpus/types.ts';
import { extractStatements } from './extract.ts';

export { sentenceUnits } from './extract.ts';

import { nameKey } from './mentions.ts';
import { namedPersons, unifySpeakers } from './speakers.ts';
import type { Speaker, Statement } from './types.ts';

export { findPlaceMentions } from './places.ts';
export { findQuotes } from './quotes.ts';
export { splitSentences } from './sentences.ts';
export type { Speaker, Statement, StatementKind } from './types.ts';

/**
 * Every statement of the briefing with unified speakers.
 *
 * @example attribute(articles).speakers[0].name // 'Antony Blinken'
 */
export function attribute(articles: readonly Article[]): { statements: Statement[]; speakers: Speaker[] } {
  // Words of every titled or honoured name, so that "Blinken" alone is known to be a person.
  const known = new Set<string>();
  for (const { mention } of namedPersons(articles)) {
    const key = nameKey(mention.name);
    known.add(key);
    for (const w of key.split(' ')) known.add(w);
  }
  return unifySpeakers(
    articles,
    articles.flatMap((a) => extractStatements(a, known)),
  );
}
