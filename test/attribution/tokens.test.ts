import { describe, expect, it } from 'vitest';
import { quotesBy } from './support.ts';

describe('given names that are also function words', () => {
  it('GIVEN "said Per Lund" or "said Do Kim" after a quote THEN the statement is theirs', () => {
    expect(quotesBy('“The dam is safe,” said Per Lund, the harbour master.')).toEqual([
      ['Per Lund', 'The dam is safe'],
    ]);
    expect(quotesBy('“The fees will fall,” said Do Kim.')).toEqual([['Do Kim', 'The fees will fall']]);
  });
});

describe('a quote stuck to the words around it', () => {
  it('GIVEN "HEADING - Source: “…”[Outlet.]" (a link right after the closing mark) THEN the quote is the source’s', () => {
    expect(
      quotesBy(
        'Brokers share blame - Harbourwatch: “Fees are the only thing that give us an idea.”[Harbour News.]',
      ),
    ).toEqual([['Harbourwatch', 'Fees are the only thing that give us an idea.']]);
  });

  it('GIVEN "Rep. Jane Roe (D-Nor.):“…”" with no space after the colon THEN the quote is Roe’s', () => {
    expect(quotesBy('Rep. Jane Roe (D-Nor.):“I have not heard anyone else ever cite that figure.”')).toEqual([
      ['Jane Roe', 'I have not heard anyone else ever cite that figure.'],
    ]);
  });

  it('GIVEN an invisible direction mark before the opening mark THEN the quote and its speaker are found', () => {
    expect(quotesBy('\u202a“The harbour has to be saved, and soon,” wrote Ivo Lund.')).toEqual([
      ['Ivo Lund', 'The harbour has to be saved, and soon'],
    ]);
  });
});
