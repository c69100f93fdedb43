import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '../../src/attribution/index.ts';
import { statementsOf } from './support.ts';

const placesOf = (...paragraphs: string[]) => statementsOf(...paragraphs).map((s) => [s.speaker, s.place]);

describe('where a statement was made, from the text only', () => {
  it.each([
    ['told reporters in PLACE', 'Ada Lind told reporters in Velmar that the port would close.', 'Velmar'],
    ['said at a rally in PLACE', 'Ada Lind said at a rally in Velmar that the port would close.', 'Velmar'],
    ['In PLACE, NAME said', 'In Velmar, Ada Lind said the port would close.', 'Velmar'],
    ['a PLACE-based speaker', '“The port will close,” said Ada Lind, a Velmar-based economist.', 'Velmar'],
    ['NAME in PLACE said', 'The port will close within a year, Ada Lind in Velmar said.', 'Velmar'],
  ])('GIVEN %s THEN that place', (_, sentence, place) => {
    expect(placesOf(sentence)[0]).toEqual(['Ada Lind', place]);
  });

  it('GIVEN a dateline and no place in the sentence THEN no place', () => {
    expect(placesOf('VELMAR – Ada Lind said the port would close.')).toEqual([['Ada Lind', null]]);
  });

  it('GIVEN a place inside what was said THEN it is not where it was said', () => {
    expect(placesOf('Ada Lind said the port in Velmar would close next year.')).toEqual([['Ada Lind', null]]);
  });

  it('GIVEN an initial in a role ("at M.I.T.") THEN no one-letter place', () => {
    const [s] = statementsOf('“Ports matter,” said Ada Lind, a professor at M.I.T., who studies trade.');
    expect(s?.place ?? null).toBeNull();
  });

  it('GIVEN “from PLACE” or “in PLACE” inside an apposition before the verb THEN it is where the speaker is from, not where they spoke', () => {
    expect(
      placesOf(
        'Ada Lind, a nurse from Porto, Velmar, said the clinic would close in the spring.',
        'Tomas Berg, a retired teacher in Ostrava, said the school had been empty for years.',
      ),
    ).toEqual([
      ['Ada Lind', null],
      ['Tomas Berg', null],
    ]);
  });
});

describe('place mentions end where the sentence ends', () => {
  it.each([
    [
      'a function word starts the next sentence',
      'She flew to Velmar. While still in Orsk, she wrote.',
      ['Velmar', 'Orsk'],
    ],
    ['a name starts the next sentence', 'He landed in Velmar. Ada Lind met him there.', ['Velmar']],
    [
      'a run cut at four words',
      'They met at Port Velmar Harbour Hall. Ada Lind spoke.',
      ['Port Velmar Harbour Hall'],
    ],
    ['an abbreviation before a name', 'They met at St. Orsk Hall on Friday.', ['St. Orsk Hall']],
  ])('GIVEN %s THEN no place keeps the period', (_, text, places) => {
    expect(findPlaceMentions(text).map((m) => m.place)).toEqual(places);
  });
});

describe('the prepositions a place follows', () => {
  it('GIVEN “into PLACE” THEN a place, as after “to”: the crowd went into the hall', () => {
    expect(
      findPlaceMentions('Hundreds crowded into Velmar’s Seamen’s Hall for the vigil.').map((m) => m.place),
    ).toEqual(['Velmar’s Seamen’s Hall']);
  });
});
