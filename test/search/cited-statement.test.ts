import { describe, expect, it } from 'vitest';
import { createBriefing } from '../../src/answer/briefing.ts';
import { parseArticle } from '../../src/corpus/index.ts';

/** The statement an excerpt is cited for, on invented text. */
describe('the statement a result is cited for', () => {
  it('GIVEN two statements alike in what they say of the question THEN the one in the sentence that answers it', () => {
    const article = parseArticle(
      [
        'Council funds the quay',
        'The council voted on Monday to rebuild the old quay, which has been closed since the winter storms.',
        'Opponents said the cost was too high. Councillor Ivar Lund, who voted against the plan, argued that the town should wait for state money.',
      ].join('\n\n'),
      'quay',
      'quay.txt',
    );
    const briefing = createBriefing('memory', [article]);
    const found = briefing.ask('Who voted against the quay plan?').results.find((r) => r.paragraph === 3);
    // "the cost was too high" and "the town should wait" hold none of the question's words; the
    // sentence naming who voted against it is Lund's.
    expect(found?.speaker).toBe('Ivar Lund');
  });
});
