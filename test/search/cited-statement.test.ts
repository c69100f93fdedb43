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

describe('the excerpt of a passage holding the named speaker’s statement', () => {
  it('GIVEN another speaker’s sentence holding more of the topic THEN the excerpt is still centred on the named speaker’s', () => {
    const roe =
      'Jane Roe, the harbour master, said on Monday that the fishing boats would be back before the summer season, once divers had checked the wall below the waterline and the last of the storm damage had been cleared away by the crews working through the night.';
    const berg =
      'Tom Berg, an engineer at the port authority, said the quay plan was a gamble for the quay, since every quay in the bay had failed an inspection of its quay wall in the past decade, and a quay closed twice in one year would lose its fleet to the quays of the next town along the coast.';
    const article = parseArticle(
      [
        'Quay to reopen',
        `${roe} ${berg}`,
        'Fishing crews said they would wait and see.',
        // Other news of the town: the question's words are rare in the briefing, so they weigh.
        'The ferry to the island ran late on Tuesday because of fog.',
        'A new bakery opened on the main street, selling bread from a wood oven.',
        'The school choir won a regional prize in the spring festival.',
        'Road works on the bridge will close one lane until August.',
        'The library extended its opening hours for students before exams.',
      ].join('\n\n'),
      'quay',
      'quay.txt',
    );
    const briefing = createBriefing('memory', [article]);
    const found = briefing
      .ask('What did Jane Roe say about the quay inspection?')
      .results.find((r) => r.paragraph === 2);
    expect(found?.excerpt).toContain('Jane Roe, the harbour master, said');
    expect(found?.speaker).toBe('Jane Roe');
  });
});
