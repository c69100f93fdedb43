import { describe, expect, it } from 'vitest';
import { described } from '../../src/attribution/phrases.ts';
import { tokenize } from '../../src/attribution/tokens.ts';

/** The description `described` reads from a run of words, or null. */
const description = (words: string) => described(tokenize(words), words)?.name ?? null;

describe('descriptions of a source', () => {
  it('GIVEN a determiner and a noun THEN a description', () => {
    expect(description('the harbour master')).toBe('the harbour master');
  });

  it('GIVEN words that end with no noun THEN no description', () => {
    expect(description('the rest of the')).toBeNull();
    expect(description('the hall filled with')).toBeNull();
    expect(description('the vast majority of them')).toBeNull();
  });

  it('GIVEN a finite verb or a pronoun contraction THEN a clause, no description', () => {
    expect(description('the ferry company has yet to reply')).toBeNull();
    expect(description('that he’s considering what')).toBeNull();
  });
});
