import { describe, expect, it } from 'vitest';
import { createBriefing } from '../../src/answer/briefing.ts';
import { parseArticle } from '../../src/corpus/index.ts';

/** An interview printed as questions and answers (invented text): the answer is what was said. */
const briefing = createBriefing('memory', [
  parseArticle(
    [
      'Mayor talks tourism',
      'The Herald spoke to the mayor of Brindle, Teodor Ashgrove, about the summer season.',
      'Herald: Would you ban cruise ships from the old harbour?',
      'Ashgrove: No. I would charge them a landing fee instead.',
      'Herald: What is your biggest regret?',
      'Ashgrove: The ferry. We should have kept it running.',
    ].join('\n\n'),
    'mayor',
    'mayor.txt',
  ),
]);

describe('an interview', () => {
  it("GIVEN a question the interviewer asked THEN the answer after it ranks first, as the mayor's words", () => {
    // The words "cruise ships" are in the question line only; the answer below it is what he said.
    const answer = briefing.ask('What did Ashgrove say about cruise ships?');
    expect(answer.related).toBe(false);
    expect(answer.results[0]).toMatchObject({ paragraph: 4, speaker: 'Teodor Ashgrove' });
  });

  it('GIVEN a question matching an interview question THEN its answer ranks above it', () => {
    const answer = briefing.ask("What is the mayor's biggest regret?");
    expect(answer.results.map((r) => r.paragraph).slice(0, 2)).toEqual([6, 5]);
  });
});
