import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/index.ts';
import { findQuotes } from '../../src/attribution/quotes.ts';
import { MAX_SENTENCE, splitSentences } from '../../src/attribution/sentences.ts';
import { groupUnits, MAX_UNIT } from '../../src/attribution/units.ts';
import { parseArticle } from '../../src/corpus/index.ts';

/**
 * One huge paragraph must cost work in proportion to its length. Every step of attribution reads
 * sentences and units, so it is enough that no sentence or unit grows past a fixed size, whatever
 * the text: then the number of pieces grows with the text and the work per piece is bounded.
 */
const HOSTILE: [string, string][] = [
  ['"Mr. " × 50,000 (no sentence ever ends)', 'Mr. '.repeat(50_000)],
  ['"“a” " × 50,000 (50,000 quote marks)', '“a” '.repeat(50_000)],
  ['"“a. " × 50,000 (every quote crosses a sentence end)', '“a. '.repeat(50_000)],
  ['200 KB without white space', 'x'.repeat(200_000)],
  ['"Roe, " × 40,000 then "said."', `${'Roe, '.repeat(40_000)}said.`],
];

describe('attribution of hostile paragraphs', () => {
  it.each(HOSTILE)('GIVEN %s THEN sentences are bounded and cover the text in order', (_, text) => {
    const spans = splitSentences(text);
    let at = 0;
    const bad = spans.filter((s) => {
      const ok = s.end - s.start <= MAX_SENTENCE && s.start >= at && text.slice(s.start, s.end) === s.text;
      at = s.end;
      return !ok;
    });
    expect(bad).toEqual([]);
    // Nothing but white space is left out.
    expect(spans.reduce((n, s) => n + s.text.replace(/\s/gu, '').length, 0)).toBe(
      text.replace(/\s/gu, '').length,
    );
  });

  it.each(HOSTILE)('GIVEN %s THEN units (sentences joined across quotes) are bounded', (_, text) => {
    const units = groupUnits(text, findQuotes(text));
    expect(Math.max(...units.map((u) => u.end - u.start))).toBeLessThanOrEqual(MAX_UNIT + MAX_SENTENCE);
    expect(units.length).toBeGreaterThanOrEqual(Math.floor(text.trim().length / (MAX_UNIT + MAX_SENTENCE)));
  });

  it.each(HOSTILE)(
    'GIVEN an article made of %s THEN attribution finishes with well-formed statements',
    (_, text) => {
      const article = parseArticle(`A hostile file\n\n${text}`, 'hostile', 'hostile.txt');
      const { statements } = attribute([article]);
      for (const s of statements) {
        const paragraph = article.paragraphs.find((p) => p.n === s.paragraph);
        expect(paragraph?.text.slice(s.textStart, s.textEnd)).toBe(s.text);
      }
    },
  );
});
