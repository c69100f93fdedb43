import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/corpus/steps.ts';
import { PassageCuts } from '../../src/search/passage-cuts.ts';
import type { PassageLayout } from '../../src/search/passages.ts';
import { ListsBuilder } from '../../src/search/token-lists.ts';
import { WordsSeen } from '../../src/search/words-seen.ts';

/** Pieces of invented news text, with the places where splitting depends on what stands around. */
const PIECES = [
  'The ',
  'mayor',
  ' said',
  '. ',
  ', ',
  '“',
  '”',
  "'",
  '’s',
  '-',
  '.',
  '_',
  'U.S.',
  'A',
  'B',
  '7',
  ' ',
  '\n',
  'İzmir',
  'Σ',
  '😀',
  'é',
];

/** One paragraph's passage (`from` … `to`), its words read, ready to cut from. */
function cutsOf(text: string, from: number, to: number): { cuts: PassageCuts; seen: WordsSeen } {
  const seen = new WordsSeen();
  seen.read(text, true, undefined, from, to);
  const tokens = new ListsBuilder();
  tokens.push(seen.tokens.subarray(0, seen.count));
  const starts = seen.cuttable ? seen.starts.slice(0, seen.count) : new Int32Array(seen.count).fill(-1);
  const one = (n: number) => Int32Array.of(n);
  const layout: PassageLayout = {
    article: one(0),
    paragraph: one(1),
    start: one(from),
    end: one(to),
    sentenceOffsets: Int32Array.of(0, 0),
    sentenceSpans: new Int32Array(0),
  };
  return {
    cuts: new PassageCuts(
      layout,
      runSteps(tokens.doneSteps()),
      starts,
      Uint8Array.of(seen.cuttable ? 1 : 0),
      1,
    ),
    seen,
  };
}

/** The tokens of a stretch as a list of their own. */
function listed(add: (lists: ListsBuilder) => void): number[] {
  const lists = new ListsBuilder();
  add(lists);
  return Array.from(runSteps(lists.doneSteps()).ids);
}

describe('passage cuts', () => {
  it('GIVEN any stretch of a passage THEN a cut, when made, holds the tokens splitting the stretch gives', () => {
    let made = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (parts, a, b, c, d) => {
          const text = parts.join('');
          const [from, x, y, to] = [a, b, c, d]
            .map((n) => n % (text.length + 1))
            .sort((p, q) => p - q) as number[];
          const { cuts, seen } = cutsOf(text, from as number, to as number);
          const within = cuts.wordsWithin(0, text, x as number, y as number);
          if (!within) return;
          made++;
          expect(listed((lists) => cuts.add(lists, 0, within))).toEqual(
            listed((lists) => seen.addTokens(lists, text, x, y)),
          );
        },
      ),
      { numRuns: 5_000, seed: 5 },
    );
    expect(made).toBeGreaterThan(1_000);
  });

  it('GIVEN a sentence, a stretch cutting a word, and a passage with “İ” THEN only the sentence is cut', () => {
    const text = 'The mayor said. “We open in May,” she said of the U.S. port.';
    const { cuts } = cutsOf(text, 0, text.length);
    const quote = text.indexOf('We');
    expect(cuts.wordsWithin(0, text, 0, text.indexOf('.') + 1)).toEqual([0, 3]);
    expect(cuts.wordsWithin(0, text, quote, text.indexOf(',”'))).toEqual([3, 7]);
    // "U" alone is not the word "US" the passage holds.
    expect(cuts.wordsWithin(0, text, text.indexOf('the U'), text.indexOf('.S'))).toBeNull();
    expect(cuts.wordsWithin(0, text, 1, 9)).toBeNull();
    const turkish = 'Talks in İzmir. The mayor said.';
    expect(cutsOf(turkish, 0, turkish.length).cuts.wordsWithin(0, turkish, 16, 31)).toBeNull();
  });

  it('GIVEN passages of three articles THEN a statement’s stretch is found in the passage of its paragraph', () => {
    const layout: PassageLayout = {
      article: Int32Array.of(0, 0, 2),
      paragraph: Int32Array.of(1, 2, 1),
      start: Int32Array.of(0, 0, 10),
      end: Int32Array.of(50, 40, 90),
      sentenceOffsets: Int32Array.of(0, 0, 0, 0),
      sentenceSpans: new Int32Array(0),
    };
    const none = { offsets: new Int32Array(4), ids: new Int32Array(0) };
    const cuts = new PassageCuts(layout, none, new Int32Array(0), new Uint8Array(3), 3);
    expect(cuts.passageHolding(0, 2, 5, 30)).toBe(1);
    expect(cuts.passageHolding(2, 1, 10, 90)).toBe(2);
    expect(cuts.passageHolding(2, 1, 5, 30)).toBe(-1);
    expect(cuts.passageHolding(1, 1, 0, 1)).toBe(-1);
  });
});
