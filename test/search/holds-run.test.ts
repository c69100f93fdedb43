import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsRun, runShare } from '../../src/search/tokens.ts';

describe('holdsRun', () => {
  it('GIVEN any phrase and text of token ids THEN it says what runShare(phrase, text) === 1 says', () => {
    const tokens = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }),
        tokens,
        (p, t) => {
          const phrase = Int32Array.from(p);
          const text = Int32Array.from(t);
          expect(holdsRun(phrase, text)).toBe(runShare(phrase, text) === 1);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
