import { describe, expect, it } from 'vitest';
import { createBriefing } from '../../src/answer/briefing.ts';
import { parseArticle } from '../../src/corpus/index.ts';
import { passageSpans } from '../../src/search/passages.ts';

/** A live blog (invented text): each entry opens with its time on a line of its own. */
const entry =
  '14.05 GMT\nThe mayor of Dunholt, Ada Quarry, has closed the sea front. Speaking at the town hall, she told drivers to stay away from the coast road.';

describe('a live blog’s entries', () => {
  it('GIVEN an entry opening with its time THEN the time is read with the sentence after it, not alone', () => {
    const [span] = passageSpans(entry);
    expect(span?.sentences[0]).toEqual({ start: 0, end: entry.indexOf(' Speaking') });
    // A line that is no time stays a sentence of its own.
    const titled = entry.replace('14.05 GMT', 'Sea front shut');
    expect(passageSpans(titled)[0]?.sentences[0]?.end).toBe('Sea front shut'.length);
  });

  it('GIVEN a "when" question about an entry THEN its excerpt shows the entry’s time', () => {
    const briefing = createBriefing('memory', [
      parseArticle(
        `Storm live\n\n${entry}\n\n13.40 GMT\nFerries to the islands are cancelled.`,
        'live',
        'live.txt',
      ),
    ]);
    const answer = briefing.ask('When did Ada Quarry close the sea front?');
    expect(answer.results[0]?.excerpt.startsWith('14.05 GMT')).toBe(true);
  });
});
