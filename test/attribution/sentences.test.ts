import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/attribution/quotes.ts';
import { splitSentences } from '../../src/attribution/sentences.ts';
import { quotesBy } from './support.ts';

const sentences = (text: string) => splitSentences(text).map((s) => s.text);

describe('sentence boundaries', () => {
  it.each([
    ['plural titles before names', 'Sens. Ada Lind and Tomas Berg voted no. Reps. Lind and Berg agreed.', 2],
    ['a case name', 'The ruling in Lind v. Berg stood. Appeals failed.', 2],
    ['a number after No.', 'He is the No. 2 official. She is No. 3.', 2],
    ['initials in a name', 'Ada J. Lind spoke first. Then Tomas Berg did.', 2],
    ['an acronym before a name', 'The U.S. Navy left. Ships followed.', 2],
    ['an acronym ending a sentence', 'She lives in the U.S. The rest live abroad.', 2],
    [
      'titles in lower case',
      'The vote of mr. Lind and mrs. Berg surprised dr. Ovar and ms. Tamm. It passed.',
      2,
    ],
  ])('GIVEN %s THEN the periods of abbreviations do not end sentences', (_, text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });

  it('GIVEN a quote closed after its “!” with the next sentence glued to it THEN two sentences', () => {
    expect(sentences('“I love the harbour!”Former mayor Ann Roe was not amused. She left.')).toEqual([
      '“I love the harbour!”',
      'Former mayor Ann Roe was not amused.',
      'She left.',
    ]);
  });

  it('GIVEN "me." and "no." in lower case THEN they end sentences like any word', () => {
    expect(sentences('He told me. Berg agreed. The answer was no. Lind left.')).toEqual([
      'He told me.',
      'Berg agreed.',
      'The answer was no.',
      'Lind left.',
    ]);
  });

  it('GIVEN a quote ending with "?" and a lower-case attribution THEN one sentence', () => {
    expect(sentences('“Who pays?” she asked. Nobody answered.')).toEqual([
      '“Who pays?” she asked.',
      'Nobody answered.',
    ]);
  });

  it('GIVEN single line breaks THEN a line ending like a sentence ends one, a hard-wrapped line does not', () => {
    expect(
      sentences(
        'The port of Velmar reopened on Monday after a week of repairs to the outer\nwall and the pier.\nShips queued',
      ),
    ).toEqual([
      'The port of Velmar reopened on Monday after a week of repairs to the outer\nwall and the pier.',
      'Ships queued',
    ]);
  });

  it('GIVEN a quote, a dash and a name THEN they are one sentence', () => {
    expect(sentences('“The ferry is late.” ― Ada Lind')).toHaveLength(1);
  });
});

describe('quote marks', () => {
  it('GIVEN doubled apostrophes and backticks THEN they are quotation marks', () => {
    expect(findQuotes("''We are ready,'' Lind said. ``Go now,'' Berg said.").map((q) => q.text)).toEqual([
      'We are ready',
      'Go now',
    ]);
  });

  it('GIVEN doubled apostrophes THEN the quote is attributed like any other', () => {
    expect(quotesBy("''The harbour will reopen,'' said Ada Lind, the port director.")).toEqual([
      ['Ada Lind', 'The harbour will reopen'],
    ]);
  });

  it('GIVEN a quote inside a quote THEN only the outer one is a statement', () => {
    expect(quotesBy('“She told me, ‘we are closing,’ and left,” Ada Lind said.')).toEqual([
      ['Ada Lind', 'She told me, ‘we are closing,’ and left'],
    ]);
  });

  it('GIVEN a quote left open at the end of a paragraph THEN it says so', () => {
    expect(findQuotes('Lind said: “The port will close. It').at(-1)?.open).toBe(true);
  });
});

describe('heights inside quotes', () => {
  it('GIVEN a height in feet and inches (6’2”) inside a quote THEN its inch mark does not close the quote', () => {
    expect(quotesBy('“I admit, he’s taller than me; he’s like 6’2”, and it shows,” Ada Lind said.')).toEqual([
      ['Ada Lind', 'I admit, he’s taller than me; he’s like 6’2”, and it shows'],
    ]);
  });
});
