import { describe, expect, it } from 'vitest';
import { parseMention } from '../../src/attribution/mentions.ts';
import { tokenize } from '../../src/attribution/tokens.ts';
import { indirect, quotesBy, statementsOf } from './support.ts';

/** Speaker and kind of each indirect statement. */
const reportedBy = (...paragraphs: string[]) =>
  indirect(statementsOf(...paragraphs)).map((s) => [s.speaker, s.speakerKind] as const);

describe('groups described by an adjective and a plural role noun', () => {
  it('GIVEN "Federal investigators said" or "State inspectors said" THEN an unnamed group speaks, not a name "Federal"', () => {
    expect(reportedBy('Federal investigators said the dam was safe.')).toEqual([
      ['Federal investigators', 'unnamed'],
    ]);
    expect(reportedBy('State inspectors told reporters the ruling would stand.')).toEqual([
      ['State inspectors', 'unnamed'],
    ]);
  });

  it('GIVEN a role word that is a verb too after a name ("Jane Roe heads the agency") THEN it is the verb, and she speaks', () => {
    expect(quotesBy('Jane Roe heads the harbour agency. “The dam is safe,” she said.')).toEqual([
      ['Jane Roe', 'The dam is safe'],
    ]);
    expect(reportedBy('Jane Roe coaches the harbour team and said the dam was safe.')).toEqual([
      ['Jane Roe', 'person'],
    ]);
  });

  it('GIVEN a lower-case group after the quote ("…,” federal investigators said) THEN the group is the speaker', () => {
    expect(quotesBy('“The dam is safe,” federal investigators said.')).toEqual([
      ['federal investigators', 'The dam is safe'],
    ]);
  });
});

describe('people in the plural opening a sentence', () => {
  it.each(['Critics', 'Friends', 'Neighbours', 'Sources'])(
    'GIVEN “%s say …” THEN they are described, unnamed, and speak',
    (plural) => {
      const [s] = indirect(
        statementsOf(
          'The harbour plan was published on Monday.',
          `${plural} say the harbour plan will fail.`,
        ),
      );
      expect([s?.speaker, s?.speakerKind, s?.text]).toEqual([
        plural,
        'unnamed',
        'the harbour plan will fail.',
      ]);
    },
  );

  it('GIVEN “Congress said …” THEN a body named, not a plural', () => {
    expect(parseMention(tokenize('Congress'), 'Congress')?.kind).not.toBe('unnamed');
  });
});

describe('a gerund opening a sentence', () => {
  it('GIVEN "Entrusting Tomas Berg with …" or "Celebrating Tomas Berg, …" THEN the -ing word is in no speaker’s name', () => {
    const statements = statementsOf(
      'The board met. Entrusting Tomas Berg with the harbour budget is a risky proposition, he said.',
      'Celebrating Tomas Berg, the mayor said “the harbour is in good hands now.”',
    );
    expect(statements).toHaveLength(2);
    // Which of the two speaks in the second is another matter ("the mayor" in apposition): not the gerund.
    for (const s of statements) expect(s.speaker).not.toMatch(/Entrusting|Celebrating/u);
    expect(statements[0]?.speaker).toBe('Tomas Berg');
  });

  it('GIVEN a place in -ing naming a body ("Kettering Health said") THEN the body keeps its whole name', () => {
    expect(reportedBy('Kettering Health said the clinic was safe.')).toEqual([
      ['Kettering Health', 'organization'],
    ]);
  });

  it('GIVEN a given name in -ing with a short stem opening a sentence ("Sterling Berg said") THEN it stays a name', () => {
    expect(reportedBy('Sterling Berg said the dam was safe.')).toEqual([['Sterling Berg', 'person']]);
  });
});

describe('a preposition opening a sentence', () => {
  it('GIVEN "Outside the Berg campaign, …" or "Across Norland, …" THEN the preposition names no speaker', () => {
    const speakers = statementsOf(
      'Outside the Berg campaign, there is mounting anxiety that the “March firewall” she counted on would fail.',
      'Across Norland, harbour masters have been startled by the “isolationist” fee plan.',
    ).map((s) => s.speaker);
    expect(speakers.filter((s) => /^(?:Outside|Across)\b/u.test(s))).toEqual([]);
  });
});

describe('a family name in -ing opening a sentence', () => {
  it('GIVEN "Manning said …" or "Fleming told reporters …" THEN that person speaks; a participle phrase still does not', () => {
    // A lone word says nothing of its kind ("Smith said" is read alike): who speaks is what is checked.
    const speakers = (text: string) => reportedBy(text).map(([speaker]) => speaker);
    expect(speakers('Manning said the dam was safe.')).toEqual(['Manning']);
    expect(speakers('Fleming told reporters the dam was safe.')).toEqual(['Fleming']);
    expect(speakers('Smiling broadly, Jane Roe said the dam was safe.')).toEqual(['Jane Roe']);
  });
});

describe('a title for something, then a name', () => {
  it.each([
    ['Minister for Harbours Ada Lind', 'Ada Lind', 'Minister for Harbours'],
    ['Chief of Staff Tomas J. Berg', 'Tomas J. Berg', 'Chief of Staff'],
  ])('GIVEN %s THEN the name is the last words, the role what the office is for', (text, name, role) => {
    expect(parseMention(tokenize(text), text)).toMatchObject({ name, role });
  });

  it('GIVEN a title of a body with a building’s word (“president of Velmar Plaza Hotel”) THEN no person cut from it', () => {
    const text = 'president of Velmar Plaza Hotel';
    expect(parseMention(tokenize(text), text)?.name).not.toBe('Plaza Hotel');
  });
});

describe('a place or a body and a party, then a name', () => {
  it.each([
    ['Westmark Republican Tomas Berg', 'Tomas Berg', 'Westmark Republican'],
    ['House Harbours Democrat Ada J. Lind', 'Ada J. Lind', 'House Harbours Democrat'],
    ['North Velmar Liberal Ivo Holm', 'Ivo Holm', 'North Velmar Liberal'],
  ])('GIVEN %s THEN a person, named by the words after the party, the rest the role', (text, name, role) => {
    expect(parseMention(tokenize(text), text)).toMatchObject({ name, role, kind: 'person' });
  });

  it.each(['Ivo Marsh Footwear', 'Ada Lind Foods', 'Tomas Berg Properties', 'Holm Brothers Shipping'])(
    'GIVEN a business named after its founder (%s) THEN a body, never a person',
    (text) => {
      expect(parseMention(tokenize(text), text)).toMatchObject({ name: text, kind: 'organization' });
    },
  );

  it('GIVEN “(Ivo Marsh Footwear makes her shoes.) … she released a statement” THEN “she” is the woman named before, not the firm', () => {
    const s = statementsOf(
      'Ada Lind has a new line of shoes.',
      '(Ivo Marsh Footwear produces her shoe line.) At the time, she released a statement saying, “We are proud of the work.”',
    );
    expect(s.map((x) => x.speaker)).toEqual(['Ada Lind']);
  });

  it.each([
    'Food and Drug Administration',
    'Science and Technology Directorate',
    'Fish and Wildlife Service',
  ])('GIVEN a body whose name joins two words by “and” (%s) THEN one body, whole', (text) => {
    expect(parseMention(tokenize(text), text)).toMatchObject({ name: text, kind: 'organization' });
  });

  it('GIVEN a body named after a party ("Westmark Democratic Party") THEN still a body', () => {
    const text = 'Westmark Democratic Party';
    expect(parseMention(tokenize(text), text)).toMatchObject({ name: text, kind: 'organization' });
  });

  it('GIVEN “…,” he said after “House Harbours Republican Ivo Holm (R-Wm.), who …, agreed” THEN Holm said it', () => {
    expect(
      quotesBy(
        'The leak grew worse on Monday. House Harbours Republican Ivo Holm (R-Wm.), who has seen the messages, agreed with that point. “This is about more than articles,” he said.',
      ),
    ).toEqual([['Ivo Holm', 'This is about more than articles']]);
  });
});
