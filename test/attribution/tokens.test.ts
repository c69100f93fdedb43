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
