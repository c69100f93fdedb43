import { describe, expect, it } from 'vitest';
import { cueWith, findCues } from '../../src/attribution/cues.ts';
import { FUNCTION_WORDS, wordTest } from '../../src/attribution/lexicon.ts';
import {
  cutToken,
  MAX_PARTICLE,
  MONTHS,
  NAME_PARTICLES,
  tokenize,
  tokenizeRange,
  uncased,
} from '../../src/attribution/tokens.ts';

describe('tokens of a range of a text', () => {
  it('GIVEN a paragraph and a sentence’s range THEN the tokens are those of the sentence cut out, offsets alike', () => {
    const text = 'Harbour fees rose. “Not again,” said Ivo van der Berg (D-Nor.), the pier’s keeper — sadly.';
    const from = text.indexOf('“');
    expect(tokenizeRange(text, from, text.length)).toEqual(tokenize(text.slice(from), from));
    expect(tokenizeRange(text, 0, 18)).toEqual(tokenize(text.slice(0, 18)));
  });
});

describe('a token cut to its first letters', () => {
  it('GIVEN "Lind’s," cut to "Lind" THEN it is the word "Lind" at the same start, with no punctuation after it', () => {
    const [lind] = tokenize('“Lind’s, not mine.', 10);
    const cut = cutToken(lind as NonNullable<typeof lind>, 'Lind');
    expect(cut).toEqual({ ...tokenize('Lind', 11)[0], leading: '“' });
    expect(cut.trailing).toBe('');
  });
});

describe('the word lists the tokenizer skips by their first letter or length', () => {
  it('GIVEN the months and the capitalised function words THEN each starts with a capital A to Z', () => {
    for (const w of [...MONTHS, ...FUNCTION_WORDS]) expect(w, w).toMatch(/^[A-Z]/u);
  });

  it('GIVEN the name particles THEN none is longer than MAX_PARTICLE', () => {
    for (const w of NAME_PARTICLES) expect(w.length, w).toBeLessThanOrEqual(MAX_PARTICLE);
  });
});

describe('a copy of a cue', () => {
  it('GIVEN a cue and changes THEN the copy has the cue’s fields with the changes, the cue unchanged', () => {
    const text = 'Ada Lind said the pier would close.';
    const [c] = findCues(tokenize(text), text, true);
    const cue = c as NonNullable<typeof c>;
    const copy = cueWith(cue, { from: 0, pronoun: 'female' });
    expect(copy).toEqual({ ...cue, from: 0, pronoun: 'female' });
    expect(Object.keys(copy)).toEqual(Object.keys(cue));
    expect(cue.pronoun).toBeNull();
  });
});

describe('a whole-word test by set lookup', () => {
  it('GIVEN the words "he she he’s" THEN it holds each whole word only, as an anchored regex of them would', () => {
    const test = wordTest('he she he’s');
    const regex = /^(?:he|she|he’s)$/u;
    for (const w of ['he', 'she', 'he’s', 'He', 'the', 'hes', 'she ', '', 'shed'])
      expect(test.test(w), w).toBe(regex.test(w));
  });
});

describe('a word without a cased letter', () => {
  it('GIVEN numbers, symbols, words and accented words THEN it answers as comparing its lower and upper case would', () => {
    for (const w of ['2024', '%', '#', 'Roe', 'roe', 'ROE', '3D', 'é', '№5', 'straße', '東京']) {
      const [t] = tokenize(w);
      const token = t as NonNullable<typeof t>;
      expect(uncased(token), w).toBe(token.lower === token.core.toUpperCase());
    }
  });
});
