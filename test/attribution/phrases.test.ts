import { describe, expect, it } from 'vitest';
import { described } from '../../src/attribution/phrases.ts';
import { tokenize } from '../../src/attribution/tokens.ts';
import { quotesBy } from './support.ts';

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

describe('a place named as "City, State," before the verb', () => {
  it('GIVEN "The flood in Lund, Norland, says a lot about “…”" THEN the state is no speaker', () => {
    const said = quotesBy('The flood in Lund, Norland, says a lot about “the state of our dams today.”');
    expect(said.map(([speaker]) => speaker)).not.toContain('Norland');
  });

  it('GIVEN "After the vote in Lund, Norland, Jane Roe said “…”" THEN the subject after the place speaks', () => {
    expect(
      quotesBy('After the vote in Lund, Norland, Jane Roe said the dam “was never inspected at all.”'),
    ).toEqual([['Jane Roe', 'was never inspected at all.']]);
  });
});
