import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/attribution/quotes.ts';
import { quotesBy, statementsOf } from './support.ts';

describe('a quote nested in a quote with the same curly marks', () => {
  it('GIVEN “… the number of “cash only” buyers …” THEN one quote holds the nested one', () => {
    const text = 'Ivo Lund: “The fees fell because of the number of “cash only” buyers, not the rates.”';
    expect(findQuotes(text).map((q) => q.text)).toEqual([
      'The fees fell because of the number of “cash only” buyers, not the rates.',
    ]);
  });

  it('GIVEN the nested quote THEN the whole quote keeps the speaker after it', () => {
    expect(
      quotesBy(
        '“I would rather live in what he calls “hell” than live in a town where he is mayor.” ― Ana Roe',
      ),
    ).toEqual([
      ['Ana Roe', 'I would rather live in what he calls “hell” than live in a town where he is mayor.'],
    ]);
  });

  it('GIVEN an opening mark written where a closing one belongs (“fees“ and “rates,”) THEN two quotes, as before', () => {
    const text = 'He called the “fees“ and the “rates,” a burden.';
    expect(findQuotes(text).map((q) => q.text)).toEqual(['fees', 'rates']);
  });
});

describe('British single quotes', () => {
  it('GIVEN a plural’s possessive mark inside ‘…’ (“nurses’ cars”) THEN the quote runs on to its closing mark', () => {
    const [q] = findQuotes('‘We will not tax nurses’ cars again,’ she said.');
    expect(q?.text).toBe('We will not tax nurses’ cars again');
  });

  it('GIVEN a plural’s possessive mark with no later mark THEN that mark closes the quote', () => {
    expect(findQuotes('They call the plan ‘the Smiths’ and laugh.').map((q) => q.text)).toEqual([
      'the Smiths',
    ]);
  });

  it('GIVEN ‘… “…” …,’ (double marks nested in single ones) THEN one quote, the outer, with its speaker', () => {
    const text = '‘The minister told voters, “No new levies”, and here we are,’ she said.';
    expect(findQuotes(text).map((q) => q.text)).toEqual([
      'The minister told voters, “No new levies”, and here we are',
    ]);
    expect(
      statementsOf(`Ada Lind spoke at the dock. ${text}`).map((s) => [s.speaker, s.text.slice(0, 12)]),
    ).toEqual([['Ada Lind', 'The minister']]);
  });

  it('GIVEN a stray single mark before a double quote, closing with no punctuation THEN the double quote stands', () => {
    expect(findQuotes('In the ‘90s “we built ships” here ’n there.').map((q) => q.text)).toContain(
      'we built ships',
    );
  });
});
