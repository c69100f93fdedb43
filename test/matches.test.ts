import { describe, expect, it } from 'vitest';
import { matchesOf } from '../src/matches.ts';

describe('matchesOf', () => {
  it('finds every match with its index, as matchAll does', () => {
    const re = /\d+/g;
    const text = 'a1 b22 c333';
    expect(matchesOf(re, text).map((m) => [m[0], m.index])).toEqual(
      [...text.matchAll(re)].map((m) => [m[0], m.index]),
    );
  });

  it('leaves a shared expression at lastIndex 0, however it was found', () => {
    const re = /o/g;
    re.lastIndex = 3;
    expect(matchesOf(re, 'foo boo').length).toBe(4);
    expect(re.lastIndex).toBe(0);
  });

  it('may be called again on the same expression while going through its matches', () => {
    const re = /\w+/g;
    const pairs: string[] = [];
    for (const outer of matchesOf(re, 'ab cd'))
      for (const inner of matchesOf(re, outer[0].toUpperCase())) pairs.push(`${outer[0]}:${inner[0]}`);
    expect(pairs).toEqual(['ab:AB', 'cd:CD']);
  });

  it('steps over an empty match, by a whole code point when the expression is Unicode', () => {
    expect(matchesOf(/x*/g, 'ab').map((m) => m.index)).toEqual([0, 1, 2]);
    // "😀" is two UTF-16 units: a Unicode expression never stops between them.
    expect(matchesOf(/x*/gu, 'a😀b').map((m) => m.index)).toEqual([0, 1, 3, 4]);
    expect(matchesOf(/x*/gu, 'a😀b').length).toBe([...'a😀b'.matchAll(/x*/gu)].length);
  });

  it('refuses an expression without the global flag rather than looping for ever', () => {
    expect(() => matchesOf(/a/, 'aaa')).toThrow(TypeError);
  });
});
