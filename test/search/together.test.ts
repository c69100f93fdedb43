import { describe, expect, it } from 'vitest';
import { type TogetherSource, together } from '../../src/search/rank/together.ts';
import { terms } from '../../src/search/text.ts';

/** Invented passages, two articles: the passage after an article's last is not its neighbour. */
const articles = [
  ['The harbour pilot retired in May.', 'Her sister runs the ferry.', 'The ferry sails at dawn.'],
  ['The mayor praised the harbour.', 'Nobody mentioned a pilot.'],
];
const passages = articles.flatMap((a, article) => a.map((text, at) => ({ text, article, at })));

function source(): TogetherSource {
  const ids = new Map<string, number>();
  const tokens = passages.map(
    (p) =>
      new Int32Array(
        terms(p.text).map((t) => {
          if (!ids.has(t)) ids.set(t, ids.size);
          return ids.get(t) as number;
        }),
      ),
  );
  return {
    holding: (stem) => {
      const id = ids.get(stem);
      return Int32Array.from(
        passages.flatMap((_, i) => (id !== undefined && tokens[i]?.includes(id) ? [i] : [])),
      );
    },
    tokens,
    tokenOf: (stem) => ids.get(stem),
    neighbour: (id, step) => {
      const p = passages[id];
      const n = passages[id + step];
      return p && n && n.article === p.article ? id + step : undefined;
    },
  };
}

const lists = (...words: string[]) => words.map((w) => terms(w));

describe('words held together', () => {
  // Each case is asked both ways: reading the rarest word's passages, and marking every posting
  // (a read limit of 0 forces the marks), and both must agree.
  it.each([
    [['pilot', 'retired'], true, 'one passage holds both'],
    [['pilot', 'sister'], true, 'the next passage holds the second word'],
    [['pilot', 'dawn'], false, 'two passages away is not beside'],
    [['mayor', 'ferry'], false, 'the ferry is in another article'],
    [['mayor', 'pilot'], true, 'the next passage of the same article names a pilot'],
    [['pilot', 'submarine'], false, 'a word the briefing lacks is held nowhere'],
  ])('%j → %s (%s)', (words, expected) => {
    for (const readUpTo of [1_000, 0]) expect(together(lists(...words), source(), readUpTo)).toBe(expected);
  });

  it('holds nothing together for no words', () => {
    expect(together([], source())).toBe(false);
  });
});
