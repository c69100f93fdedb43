import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsPossessive, holdsWord } from '../../src/search/text.ts';

/** The patterns these tests stand in for, built per word as they once were. */
const escapeRegex = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const wordPattern = (w: string) => new RegExp(`(?:^|[^\\p{L}])${escapeRegex(w)}(?:$|[^\\p{L}])`, 'u');
const possessivePattern = (w: string) => new RegExp(String.raw`\b${escapeRegex(w)}(?:'s|s')\s`, 'iu');

/** Texts built of the pieces that matter: letters of both cases and scripts, apostrophes, spaces. */
const piece = fc.constantFrom('roe', 'Roe', 'ROE', "'s", "s'", ' ', '-', 'é', 'x', '1', '_', '𝒜', '.', 'ßa');
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('holdsWord', () => {
  it('GIVEN any text THEN it says what the per-word pattern said', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('roe', 'Roe', 'x', 'é', '𝒜', 'ßa'), (t, w) => {
        expect(holdsWord(t, w)).toBe(wordPattern(w).test(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('GIVEN a word inside a longer one THEN it is not held; beside punctuation or at the ends it is', () => {
    expect(holdsWord('the harbour board', 'harbour')).toBe(true);
    expect(holdsWord('harbourmaster', 'harbour')).toBe(false);
    expect(holdsWord('the harbour-board', 'harbour')).toBe(true);
    expect(holdsWord('harbour', 'harbour')).toBe(true);
    expect(holdsWord('éharbour', 'harbour')).toBe(false);
  });
});

describe('holdsPossessive', () => {
  it('GIVEN any text THEN it says what the per-name pattern said', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('roe', 'Roe', 'x', 'é'), (t, w) => {
        expect(holdsPossessive(t, w)).toBe(possessivePattern(w).test(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('GIVEN "Roe\'s aide" or "the Roes\' house" THEN Roe is possessive; "Roesch\'s" and "Roe is" are not', () => {
    expect(holdsPossessive("What did Roe's aide say? ", 'roe')).toBe(true);
    expect(holdsPossessive("the Roes' house ", 'Roe')).toBe(true);
    expect(holdsPossessive("Roesch's aide", 'roe')).toBe(false);
    expect(holdsPossessive('Roe is here', 'roe')).toBe(false);
  });
});
