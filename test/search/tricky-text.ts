import fc from 'fast-check';

/**
 * Pieces of text where splitting words is delicate: joiners, initialisms, possessives, letters
 * outside ASCII, lone surrogates, spaces of other kinds. Shared by the tests that check a splitter
 * against another.
 */
export const PIECES = [
  'a',
  'Z',
  '7',
  '_',
  "'",
  '’',
  '‘',
  '`',
  '´',
  '-',
  '–',
  '.',
  ' ',
  '\n',
  'U.S.',
  'A.B',
  'É.',
  '.É',
  "Kim's",
  'Kim’S',
  'Jae-in',
  'é',
  'e\u0301',
  'İ',
  'Σ',
  'ß',
  'Ⅻ',
  '٣',
  '中文',
  '𝐀',
  '😀',
  '\ud800',
  '\u00a0',
  '’s',
  's',
  '\u200b',
];

/** Texts of up to 30 such pieces and random short strings. */
export const trickyText = fc.array(
  fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })),
  {
    maxLength: 30,
  },
);
