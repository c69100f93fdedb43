import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/attribution/quotes.ts';
import { quotesBy } from './support.ts';

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
