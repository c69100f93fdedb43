import { describe, expect, it } from 'vitest';
import { isEverydayWord, prepareEverydayWords } from '../../src/search/question/common-words.ts';

describe('everyday English words', () => {
  it('GIVEN the list prepared after a briefing opens THEN the event loop turns meanwhile, and words read as before', async () => {
    // Stemming 50,000 words in one go would hold the bot for its first question; in slices, a
    // timer set before preparing fires while it runs.
    let turns = 0;
    const tick = setInterval(() => {
      turns++;
    }, 0);
    await prepareEverydayWords();
    clearInterval(tick);
    expect(turns).toBeGreaterThan(0);
    // Everyday by itself, by the stem of an everyday word, by each part of a hyphenated word.
    expect(isEverydayWord('want')).toBe(true);
    expect(isEverydayWord('stallings')).toBe(true);
    expect(isEverydayWord('sit-down')).toBe(true);
    // Not everyday: a name typed in lower case, a word of no language.
    expect(isEverydayWord('blinken')).toBe(false);
    expect(isEverydayWord('zqxvw')).toBe(false);
  });
});
