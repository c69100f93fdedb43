import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../../src/search/text.ts';
import { trickyText } from './tricky-text.ts';

/** `words` as first written, with a regex; its one-pass scanner must split exactly as this does. */
function wordsByRegex(text: string): string[] {
  let t = /[’‘`´]/u.test(text) ? text.replace(/[’‘`´]/gu, "'") : text;
  if (hasCapitalDot(t)) {
    t = t.replace(/\b(\p{Lu})\.(?=\p{Lu}\b)/gu, '$1').replace(/\b(\p{Lu}{2,})\.(?=\s+\p{Ll})/gu, '$1');
  }
  return (t.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((w) =>
    w.endsWith("'s") ? w.slice(0, -2) : w,
  );
}

function hasCapitalDot(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    const c = i > 0 ? text.charCodeAt(i - 1) : 0;
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

describe('words', () => {
  it('GIVEN any text THEN it splits exactly as the Unicode regex does', () => {
    fc.assert(
      fc.property(trickyText, (parts) => {
        const t = parts.join('');
        expect(words(t)).toEqual(wordsByRegex(t));
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });

  it('GIVEN news text THEN joined words, initialisms and possessives come out whole', () => {
    expect(words('Mr. Moon Jae-in’s U.S. trip, “rock-solid” ties — 2021’s')).toEqual([
      'mr',
      'moon',
      'jae-in',
      'us',
      'trip',
      'rock-solid',
      'ties',
      '2021',
    ]);
  });
});
