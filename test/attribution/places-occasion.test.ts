import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '../../src/attribution/index.ts';
import { occasionPlace } from '../../src/attribution/places.ts';
import { tokenize } from '../../src/attribution/tokens.ts';
import { statementsOf } from './support.ts';

/** [speaker, place] of each statement of a small invented article. */
const placesOf = (...paragraphs: string[]) => statementsOf(...paragraphs).map((s) => [s.speaker, s.place]);
/** The place of the first statement. */
const placeOf = (...paragraphs: string[]) => statementsOf(...paragraphs)[0]?.place ?? null;

describe('an occasion after the reporting verb, however long, ends in where it was said', () => {
  it.each([
    [
      'the one told, then a place of several words with a word of position',
      '“We stay out,” Ada Lind told reporters outside the dockers’ hall in nearby Orsk.',
      'Orsk',
    ],
    [
      'an inverted source with a title, then a venue owned by someone',
      '“Waste is a resource,” said co-founder Ada Lind at the firm’s opening event in Velmar Point.',
      'Velmar Point',
    ],
    [
      'a bare day, then a room named with a possessive',
      'Ada Lind said Tuesday in the library’s reading room in Orsk that the port would close.',
      'Orsk',
    ],
    ['steps of a building', 'Ada Lind said on the courthouse steps in Orsk that she would appeal.', 'Orsk'],
    [
      'a lecture',
      '“We lack twenty years of data,” Ada Lind said during a lecture in Orsk last autumn.',
      'Orsk',
    ],
    [
      'a noun of place and its name',
      'Ada Lind said at a rally in the town of Orsk that the port would close.',
      'Orsk',
    ],
    [
      'a participle of speaking after the source’s apposition',
      '“We wait no longer,” said Ada Lind, head of the dockers’ union, speaking to reporters outside the hall in Orsk.',
      'Orsk',
    ],
    [
      '"while" and a participle',
      '“We will win,” Ada Lind said while campaigning in Orsk on Tuesday.',
      'Orsk',
    ],
    ['an adverb of manner', '“We will rebuild,” Ada Lind said quietly at a vigil in Orsk.', 'Orsk'],
    [
      'a venue, then the town it is in: the town',
      '“It is over,” Ada Lind said at Harbour Hall in Orsk on Friday.',
      'Orsk',
    ],
    [
      'a chamber named after "the"',
      '“It is over,” Ada Lind told members in the Velmar Assembly on Friday.',
      'the Velmar Assembly',
    ],
    [
      'a crowd and what it is made of',
      'Ada Lind told a crowd of supporters in Orsk that the port would stay open.',
      'Orsk',
    ],
    [
      '"to" the ones spoken to',
      '“We will rebuild,” Ada Lind said to a packed hall of residents in Orsk.',
      'Orsk',
    ],
    [
      'a noun phrase modified by a participle and its agent',
      '“We will rebuild,” Ada Lind said at a forum hosted by the chamber in Orsk.',
      'Orsk',
    ],
  ])('GIVEN %s THEN that place', (_, sentence, place) => {
    expect(placeOf(sentence)).toBe(place);
  });

  it.each([
    [
      'a name after "said" opens the reported clause',
      'Ada Lind said Tomas Berg had lived in Orsk for years.',
    ],
    [
      'a second noun phrase after the form of a statement',
      'Ada Lind said in a statement officials in Orsk had known for months.',
    ],
    ['"on" after a verb of comment says what of', 'Ada Lind commented on the floods in Orsk at length.'],
    ['"of" after a verb of talking says what of', 'Ada Lind spoke of the malaise in Orsk and the lost jobs.'],
    [
      'a plural after "said" is the reported clause’s subject',
      'Ada Lind said voters in Orsk were angry about it.',
    ],
    [
      '"to" what is added to, not someone spoken to',
      'Ada Lind won the vote in Velmar, adding to her wins in Orsk and Dunmere.',
    ],
    ['"by" and a gerund say how', 'Ada Lind countered by pointing to rising rents in Orsk.'],
    ['a title of a publication', 'Ada Lind wrote in The Velmar Times that the port would close.'],
    [
      'a name before a word for a publication',
      'Ada Lind wrote in Velmar magazine that the port would close.',
    ],
    ['a language', 'Ada Lind said in Italian that the port would close.'],
    ['"at least" opening what was said', 'Ada Lind said at least 40 people in Orsk had died.'],
    ['"on average" opening what was said', 'Ada Lind said on average rents in Orsk had doubled.'],
    ['"at one point" opening what was said', 'Ada Lind said at one point in Orsk the water rose a metre.'],
  ])('GIVEN %s THEN no place', (_, sentence) => {
    expect(placeOf(sentence)).toBeNull();
  });

  it('GIVEN a parenthetical attribution THEN what follows it is what was said, not where', () => {
    expect(
      placeOf(
        'The cuts were no different, Ada Lind said, from the ones made by Tomas Berg in Orsk last year.',
      ),
    ).toBeNull();
  });

  it.each([
    ['a verb of moving', 'Ada Lind campaigned in Orsk on Monday, saying the port would stay open.', 'Orsk'],
    [
      'the ones it was with',
      'Ada Lind celebrated in Orsk with supporters, declaring it a great night.',
      'Orsk',
    ],
    [
      'an object named after the verb, then "in"',
      'Ada Lind rebuked Tomas Berg in Orsk, saying he had lied.',
      null,
    ],
    ['what was spoken of', 'Ada Lind spoke of the floods in Orsk, saying the town would rebuild.', null],
  ])(
    'GIVEN a participle after a main clause of %s THEN the main clause’s occasion: %s',
    (_, sentence, place) => {
      expect(placeOf(sentence)).toBe(place);
    },
  );

  it('GIVEN an inverted source followed by a comma THEN an occasion after the source still counts', () => {
    expect(placeOf('“It is a countdown,” said its organiser, Ada Lind, at a rally in Orsk.')).toBe('Orsk');
  });
});

describe('venues and statements put out somewhere', () => {
  it('GIVEN “told a meeting at the TOWN community hall that …” THEN the town, and the clause after “that”', () => {
    const [s] = statementsOf(
      'Ines Marlow told a packed meeting at the Orsk community hall that the ferry would stop.',
    );
    expect([s?.place, s?.text]).toEqual(['Orsk', 'the ferry would stop.']);
    // A name modifying another noun is still no place.
    expect(placeOf('Ines Marlow said at the Harbour Club bar that the ferry would stop.')).toBeNull();
  });

  it.each([
    [
      '“We gave them every chance,” said Ada Lind, speaking to reporters outside the Orsk container terminal.',
    ],
    ['“We gave them every chance,” Ada Lind said at the Orsk airport.'],
    ['Speaking outside the Orsk car plant, Ada Lind said the strike would go on.'],
  ])('GIVEN a workplace or a building named after its town (%s) THEN the town', (sentence) => {
    expect(placeOf(sentence)).toBe('Orsk');
  });

  it('GIVEN “In a statement issued in PLACE, he …” or “said in a statement issued in PLACE” THEN that place', () => {
    expect(
      placeOf('Tomas Berg is the envoy. In a statement issued in Lund, he called on both sides to talk.'),
    ).toBe('Lund');
    expect(placeOf('Tomas Berg said in a statement issued in Lund that both sides should talk.')).toBe(
      'Lund',
    );
  });
});

describe('an introduction that is only an occasion says where the sentence’s speaker spoke', () => {
  it.each([
    [
      'a participle, an event, a venue named after its town and a time, over eight words',
      'Speaking at a public meeting in Orsk village hall on Monday night, council leader Ada Lind said money had been set aside.',
      'Orsk',
    ],
    [
      'a place named in apposition to a noun of place',
      'Speaking by phone from the capital, Velmar, Transport Minister Ada Lind said the state would not step in.',
      'Velmar',
    ],
    [
      'a conjunction and a time before the occasion',
      'But Thursday night at the Harbour Workers Convention in Orsk, Ada Lind said she backed the plan.',
      'Orsk',
    ],
    [
      'a place and its region between commas',
      'At a campaign event in Orsk, Velmar, on Sunday, Ada Lind said the port would stay open.',
      'Orsk',
    ],
    [
      'a phrase of no place left unfinished after a comma',
      'Tuesday at Harbour College in Orsk, after winning the county in the primary, Ada Lind said the port would stay open.',
      'Orsk',
    ],
    [
      'a participle with the ones spoken to, and a clause of the speaker’s own before the cue',
      'Speaking to the Harbour Guild in Orsk, Ada Lind hesitated, saying she needed time.',
      'Orsk',
    ],
  ])('GIVEN %s THEN that place', (_, sentence, place) => {
    expect(placeOf(sentence)).toBe(place);
  });

  it('GIVEN an introduction with a subject and a verb THEN no place, and a person is never a place', () => {
    expect(
      placesOf('The lone dissent came from Tomas Berg, who said the town could not afford the repairs.'),
    ).toEqual([['Tomas Berg', null]]);
  });

  it('GIVEN a clause after the introduction and a source after it THEN the introduction is part of what was said', () => {
    expect(
      placeOf('In nearby Orsk, the old mill is struggling, said the firm’s chief executive, Ada Lind.'),
    ).toBeNull();
  });

  it('GIVEN an introduction of a place but a main clause of another person THEN the place stays with that clause', () => {
    expect(placeOf('In Orsk, residents were angry, Ada Lind said.')).toBeNull();
  });
});

describe('asides that say where the speaker spoke', () => {
  it('GIVEN a participle of speaking followed by what was spoken of THEN no place', () => {
    expect(placeOf('Ada Lind, speaking about the floods in Orsk, said the port would close.')).toBeNull();
  });

  it('GIVEN a participle of speaking and the ones spoken to THEN that place', () => {
    expect(
      placeOf('Ada Lind, speaking to reporters outside the hall in Orsk, said the port would close.'),
    ).toBe('Orsk');
  });
});

describe('what is never a place', () => {
  it.each([
    ['a common given name and a surname', 'The vote came from Harold Quennell on Monday.', []],
    [
      'a given name opening a place kind word',
      'She grew up in Virginia Beach and in Orsk.',
      ['Virginia Beach', 'Orsk'],
    ],
    ['a publication’s title', 'It ran in The Velmar Times last week.', []],
    ['a people’s adjective', 'It is rare in Velmarian politics and in Mexican society.', []],
  ])('GIVEN %s THEN the mentions are %j', (_, text, places) => {
    expect(findPlaceMentions(text).map((m) => m.place)).toEqual(places);
  });
});

describe('occasionPlace reads a chain of occasion phrases', () => {
  const read = (text: string, told: 'any' | 'audience' | 'none' = 'audience') =>
    occasionPlace(tokenize(text), 0, told);

  it('GIVEN a chain ending at a comma THEN it says so (an introduction’s end)', () => {
    expect(read('in Orsk on Monday, Ada Lind said', 'none')).toMatchObject({ place: 'Orsk', comma: true });
  });

  it('GIVEN a month THEN it is a date, not a place', () => {
    expect(read('in May in Orsk').place).toBe('Orsk');
  });

  it('GIVEN a name after "the" that ends the phrase THEN that is the place, "the" kept', () => {
    expect(read('at the Harbour Club').place).toBe('the Harbour Club');
    expect(read('in the Commons on Tuesday').place).toBe('the Commons');
    expect(read('at the Harbour Club in Orsk').place).toBe('Orsk');
  });

  it('GIVEN a name after "the" that modifies a noun THEN no place (an event, a programme)', () => {
    expect(read('at the Harbour Club dinner').place).toBeNull();
    expect(read('in the Velmar Radio interview').place).toBeNull();
  });

  it('GIVEN "from the" or a form of statement before it THEN a source or a publication, no place', () => {
    expect(read('from the Dockers Association').place).toBeNull();
    expect(read('in a column this month in the Orsk Courant').place).toBeNull();
    expect(read('in favour of staying in the Customs Union').place).toBeNull();
  });

  it('GIVEN "told" THEN any noun phrase may be the one told; after another verb not', () => {
    expect(read('the harbour board in Orsk', 'any').place).toBe('Orsk');
    expect(read('the harbour board in Orsk', 'audience').place).toBeNull();
  });
});

describe('where the speaker is based', () => {
  it.each([
    ['an apposition after the verb', '“Ports matter,” said Ada Lind, an economist based in Orsk.', 'Orsk'],
    [
      'an apposition before the verb',
      'Velmar Cells, a battery start-up based in Orsk, said it had raised money.',
      'Orsk',
    ],
    [
      'a body named inside a relative clause',
      'Ada Lind, who helped found Tidewatch, a group based in Orsk, said the port would close.',
      null,
    ],
  ])('GIVEN "based in PLACE" in %s THEN %s', (_, sentence, place) => {
    expect(placeOf(sentence)).toBe(place);
  });
});

describe('a visit says where the visitor spoke', () => {
  it.each([
    ['On a visit to Velm, Ann Lowe said the mill would close.', 'Velm'],
    ['During a visit to Velm on Monday, Ann Lowe said the mill would close.', 'Velm'],
    ['Visiting Velm on Monday, Ann Lowe said the mill would close.', 'Velm'],
    ['Ann Lowe told reporters on a trip to Orsk that the mill would close.', 'Orsk'],
    ['Tom Hale, who was visiting Velm from Orsk, told me that the mill would close.', 'Velm'],
  ])('GIVEN %j THEN the place is %j', (sentence, place) => {
    expect(placeOf(sentence)).toBe(place);
  });

  it('GIVEN “a statement from Velm Council” THEN the body is the statement’s source, no place; “from Velm” is one', () => {
    expect(placeOf('Ann Lowe said in a statement from Velm Council that the mill would close.')).toBeNull();
    expect(placeOf('Ann Lowe said in a statement from Velm that the mill would close.')).toBe('Velm');
  });

  it('GIVEN a visit inside what was said THEN it is no place of the statement', () => {
    expect(placeOf('Ann Lowe said she would pay a visit to Velm next week.')).toBeNull();
  });
});
