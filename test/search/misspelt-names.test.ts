import { describe, expect, it } from 'vitest';
import { createBriefing } from '../../src/answer/briefing.ts';
import { parseArticle } from '../../src/corpus/index.ts';

const briefing = createBriefing('memory', [
  parseArticle(
    ['Library saved', '"This library raised me," said board member Dolores Tate, who led the campaign.'].join(
      '\n\n',
    ),
    'library',
    'library.txt',
  ),
]);

describe('a speaker asked about with the surname misspelt', () => {
  it('GIVEN the given name right and the surname two letters off THEN it is answered, not refused as unknown', () => {
    const answer = briefing.ask('What did Dolores Tait say?');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.speaker).toBe('Dolores Tate');
  });

  it('GIVEN a surname further off THEN the briefing still says it does not mention it', () => {
    const answer = briefing.ask('What did Dolores Bait say?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/does not mention Bait/u);
  });
});

describe('a speaker asked about with the given name misspelt', () => {
  it('GIVEN the surname right and the given name two letters off, its first letter kept THEN it is answered', () => {
    const answer = briefing.ask('What did Dolors Tate say?');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.speaker).toBe('Dolores Tate');
  });

  it('GIVEN another first letter THEN a name the briefing does not mention', () => {
    const answer = briefing.ask('What did Xolores Tate say?');
    expect(answer.reason).toMatch(/does not mention|Xolores/iu);
  });
});
