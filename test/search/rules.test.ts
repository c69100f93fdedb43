import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../src/attribution/types.ts';
import { analyzeQuestion } from '../../src/search/question/analyze.ts';
import { describedSpeaker } from '../../src/search/question/described.ts';
import { SpeakerMatcher, sameRoot } from '../../src/search/question/speakers.ts';
import { chooseExcerpt, clip } from '../../src/search/rank/excerpt.ts';
import {
  causesIn,
  hasCause,
  hasDate,
  hasNumber,
  holdsTime,
  introduces,
  newPlace,
  newPlacesIn,
  openingPlace,
  slotNear,
} from '../../src/search/rank/features.ts';
import { describesNoOne, refuseBefore } from '../../src/search/rank/refusal.ts';
import { words } from '../../src/search/text.ts';
import { familyToken, runShare, TokenTable } from '../../src/search/tokens.ts';
import { Vocabulary } from '../../src/search/vocabulary.ts';
import { EXCERPT } from '../../src/search/weights.ts';

/** The ranking's rules, each on invented text: patterns of English news, not of any article. */
const speaker = (name: string, roles: string[] = [], aliases: string[] = []): Speaker => ({
  name,
  kind: /Authority/u.test(name) ? 'organization' : 'person',
  aliases,
  roles,
  statements: 1,
});

describe('an honorific in the question', () => {
  it('GIVEN "Ms." or "Mr." before a surname two speakers share THEN the one whose given name is of the other sex is not meant', () => {
    const matcher = new SpeakerMatcher([speaker('Colin Varn'), speaker('Jessica Varn')]);
    const names = (text: string) => matcher.match(text).map((m) => m.speaker.name);
    expect(names('What did Ms. Varn say?')).toEqual(['Jessica Varn']);
    expect(names('What did Mr. Varn say?')).toEqual(['Colin Varn']);
    expect(names('What did Varn say?').sort()).toEqual(['Colin Varn', 'Jessica Varn']);
  });
});

describe('a surname typed a little wrong after its given name', () => {
  it('GIVEN the given name right and the surname two letters off or cut short THEN that person is meant; the surname alone is not enough', () => {
    const matcher = new SpeakerMatcher([
      speaker('Tamsin Korrel'),
      speaker('Dolores Tate'),
      speaker('Bethan Rowe'),
      speaker('Anna Quist'),
    ]);
    const names = (text: string) => matcher.match(text).map((m) => m.speaker.name);
    expect(names('What did Tamsin Korell say?')).toEqual(['Tamsin Korrel']);
    expect(names('What did Dolores Tait say?')).toEqual(['Dolores Tate']);
    expect(names('What did Bethan Row say?')).toEqual(['Bethan Rowe']);
    expect(names('What did Korell say?')).toEqual([]);
    // A name typed right is that person's, not another's misspelling.
    const two = new SpeakerMatcher([speaker('Jane Roe'), speaker('Jane Ross')]);
    expect(two.match('What did Jane Ross say?').map((m) => m.speaker.name)).toEqual(['Jane Ross']);
    expect(names('What did Petra Quist say?')).toEqual([]);
  });
});

describe('one matcher for typed names and roles', () => {
  const matcher = new SpeakerMatcher([
    speaker('Maria Lindqvist', ['Swedish trade minister']),
    speaker('Peter Lindqvist'),
    speaker('Tomas Berg', ['spokesman for the port authority']),
    speaker('Harbour Authority', [], ['the Harbour Authority']),
  ]);
  const names = (text: string, prefix = false) => matcher.match(text, { prefix }).map((m) => m.speaker.name);

  it('finds everyone of a family name, and one person by first and family name', () => {
    expect(names('What did Lindqvist say?').sort()).toEqual(['Maria Lindqvist', 'Peter Lindqvist']);
    expect(names('What did Maria Lindqvist say?')).toEqual(['Maria Lindqvist']);
  });

  it('GIVEN a name typed on its own THEN every word must fit the person: another person sharing one name word is no match', () => {
    const typed = new SpeakerMatcher([
      speaker('Maria Lindqvist', ['Swedish trade minister']),
      speaker('William Berg'),
      speaker('Mike Dahl'),
      speaker('Ana Choe-Lund'),
    ]);
    const found = (text: string) => typed.typedName(text).map((m) => m.speaker.name);
    // One shared word (a given name, a family name) does not make another person of the same name.
    expect(found('Mike Lindqvist')).toEqual([]);
    expect(found('Maria Berg')).toEqual([]);
    // Other forms of a given name, titles, words of the role, parts of a hyphenated name all fit.
    expect(found('Bill Berg')).toEqual(['William Berg']);
    expect(found('Minister Lindqvist')).toEqual(['Maria Lindqvist']);
    expect(found('trade minister Lindqvist')).toEqual(['Maria Lindqvist']);
    expect(found('Ana Choe Lund')).toEqual(['Ana Choe-Lund']);
    // Abbreviated titles, a party tag, a name typed without its accents or with a hyphen, a role word.
    const more = new SpeakerMatcher([
      speaker('Åsa Lindén', ['state senator']),
      speaker('Kim Jong Ho'),
      speaker('Ola Brun', ['Republican strategist']),
    ]);
    const also = (text: string) => more.typedName(text).map((m) => m.speaker.name);
    expect(also('Sen. Lindén (D-Mass.)')).toEqual(['Åsa Lindén']);
    expect(also('Lt. Gov. Asa Lindén')).toEqual(['Åsa Lindén']);
    expect(also('Kim Jong-ho')).toEqual(['Kim Jong Ho']);
    expect(also('GOP strategist Brun')).toEqual(['Ola Brun']);
    // Read as a question (`match`), the first word is a sentence's, and the family name decides.
    expect(typed.match('Mike Lindqvist').map((m) => m.speaker.name)).toEqual(['Maria Lindqvist']);
  });

  it('finds a name typed with a typo in a long word', () => {
    expect(names('what did lindkvist say')).toContain('Maria Lindqvist');
  });

  it('finds a person by most of the words of a role, a country for its nationality word', () => {
    // "Sweden's" and "Swedish" share their root; "trade minister" holds the rest.
    expect(names("What did Sweden's trade minister say?")).toEqual(['Maria Lindqvist']);
  });

  it('among hundreds sharing one role word, finds the one whose role holds two of the question', () => {
    const many = new SpeakerMatcher([
      ...Array.from({ length: 400 }, (_, i) => speaker(`Senator Number${i} Aalto`, ['state senator'])),
      speaker('Jane Roe', ['senate majority leader']),
      speaker('John Doe', ['majority whip', 'former senate aide']),
    ]);
    const found = (text: string) => many.match(text).map((m) => m.speaker.name);
    expect(found('What did the Senate majority leader say?')).toEqual(['Jane Roe']);
    // "senator" and "senate" share a root: the state senators hold one word of this, Roe three.
    expect(found('What did the majority leader of the senate say about taxes?')).toEqual(['Jane Roe']);
    expect(found('What did the state senator say?')).toHaveLength(400);
  });

  it('needs two words of a role anywhere in a question: one word names nobody', () => {
    expect(names('What did the minister say?')).toEqual([]);
  });

  it('takes a subject that is one office word for the one speaker holding it, and for no one when several do', () => {
    const town = new SpeakerMatcher([
      speaker('Ruth Calloway', ['Mayor']),
      speaker('Harold Finch', ["association's treasurer"]),
      speaker('Ann Pell', ['state senator']),
      speaker('Bo Lind', ['senator']),
    ]);
    // "What did the mayor say?": words 2–3 ("the mayor") are the subject of "say".
    const subject = (text: string, within: [number, number]) =>
      town.match(text, { within }).map((m) => m.speaker.name);
    expect(subject('What did the mayor say?', [2, 4])).toEqual(['Ruth Calloway']);
    expect(subject('What did the treasurer say?', [2, 4])).toEqual(['Harold Finch']);
    expect(subject('What did the senator say?', [2, 4])).toEqual([]);
    // More than an office word: two-word roles are matched as such, or not at all.
    expect(subject('What did the county mayor say?', [2, 5])).toEqual([]);
    expect(town.roleHolders(['senator'])).toBe(2);
    expect(town.roleHolders(['state', 'senator'])).toBe(1);
    expect(town.roleHolders(['prime', 'minister'])).toBe(0);
  });

  it('does not take a word of a longer capitalised name for a person ("the Berg Foundation")', () => {
    expect(names('What did the Berg Foundation say?')).toEqual([]);
    expect(names('What did Berg say?')).toEqual(['Tomas Berg']);
    // Titles and honorifics belong to any name.
    expect(names('What did Mr. Berg say?')).toEqual(['Tomas Berg']);
  });

  it('does not take a role for a person whose role lacks the names beside it in the question', () => {
    // Berg speaks for "the port authority", not for the Dunmore one.
    expect(names('What did the Dunmore port authority spokesman say?')).toEqual([]);
    expect(names('What did the port authority spokesman say?')).toEqual(['Tomas Berg']);
  });

  it('does not take an organisation named inside a longer capitalised name ("the Kelso Harbour Authority")', () => {
    expect(names('What did the Kelso Harbour Authority say?')).toEqual([]);
  });

  it('reads a typo of a name only in a word that is not everyday English', () => {
    const m = new SpeakerMatcher([speaker('Ana Polity')]);
    // "polite" is a word typed right, not "Polity" misspelt; "polityy" is a misspelling.
    expect(m.match('Was the reply polite?').map((x) => x.speaker.name)).toEqual([]);
    expect(m.match('what did polityy say').map((x) => x.speaker.name)).toEqual(['Ana Polity']);
  });

  it('does not take "the Berg spokesman" or "Lindqvist supporters" for Berg or Lindqvist', () => {
    expect(names('What did the Berg spokesman say?')).toEqual([]);
    expect(names('What did Lindqvist supporters say?')).toEqual([]);
    expect(names('What did the Harbour Authority spokesman say?')).not.toContain('Harbour Authority');
  });

  it('reads the first word of a question as capitalised like any sentence, not as a rival name', () => {
    expect(names("Explain Lindqvist's view of the plan").sort()).toEqual([
      'Maria Lindqvist',
      'Peter Lindqvist',
    ]);
  });

  it('reads names in a question typed in capitals or Title Case, where capitals say nothing', () => {
    expect(names('WHAT DID MARIA LINDQVIST SAY')).toEqual(['Maria Lindqvist']);
    expect(names('What Did Maria Lindqvist Say About The Plan?')).toEqual(['Maria Lindqvist']);
  });

  it('reads "Lindqvist, adviser to …" as Lindqvist: a comma parts the name from the role word', () => {
    expect(names('What did Peter Lindqvist, adviser to the mayor, say?')).toEqual(['Peter Lindqvist']);
    expect(names('What did the Peter Lindqvist adviser say?')).toEqual([]);
  });

  it('tells a country from another of the same first letters ("Slovakia\'s" is not "Slovenian")', () => {
    const m = new SpeakerMatcher([speaker('Ana Novak', ['Slovenian trade minister'])]);
    expect(m.match("What did Slovakia's trade minister say?")).toEqual([]);
    expect(m.match("What did Slovenia's trade minister say?").map((x) => x.speaker.name)).toEqual([
      'Ana Novak',
    ]);
  });

  it('finds a body by its first word when that word is no everyday English ("the Halvard")', () => {
    const body = (name: string): Speaker => ({
      name,
      kind: 'organization',
      aliases: [],
      roles: [],
      statements: 1,
    });
    const m = new SpeakerMatcher([body('Halvard Institution'), body('National Gallery')]);
    expect(m.match('What did the Halvard say about the loan?').map((x) => x.speaker.name)).toEqual([
      'Halvard Institution',
    ]);
    expect(m.match('What did the National say about the loan?')).toEqual([]);
  });

  it('does not call a body named after a person by that name alone ("Lindqvist supporters" are not "Lindqvist")', () => {
    const group = (name: string): Speaker => ({
      name,
      kind: 'unnamed',
      aliases: [],
      roles: [],
      statements: 1,
    });
    const m = new SpeakerMatcher([
      speaker('Maria Lindqvist', []),
      group('Lindqvist supporters'),
      group('the Lindqvist campaign'),
      group('Halvard Institution'),
    ]);
    expect(m.match('What did Lindqvist say about the loan?').map((x) => x.speaker.name)).toEqual([
      'Maria Lindqvist',
    ]);
    expect(m.match('What did Lindqvist supporters say?').map((x) => x.speaker.name)).toContain(
      'Lindqvist supporters',
    );
    expect(m.match('What did the Halvard say?').map((x) => x.speaker.name)).toEqual(['Halvard Institution']);
  });

  it('finds an organisation by its whole name only', () => {
    expect(names('What did the Harbour Authority say?')).toEqual(['Harbour Authority']);
    expect(names('How is the harbour?')).toEqual([]);
  });

  it('completes a name being typed (autocomplete)', () => {
    expect(names('Lindq', true).length).toBe(2);
    expect(names('tomas b', true)).toEqual(['Tomas Berg']);
  });

  it('tells nationality words from their country but not unrelated words', () => {
    expect(sameRoot('mexico', 'mexican')).toBe(true);
    expect(sameRoot('china', 'chines')).toBe(true);
    expect(sameRoot('france', 'french')).toBe(false);
  });
});

describe('refusal before ranking', () => {
  const vocabulary = new Vocabulary();
  const text = 'Maria Lindqvist said the port would reopen in May after the storm damaged the harbour wall.';
  for (const w of words(text)) vocabulary.add(w);
  for (const w of text.split(/\s+/u)) vocabulary.noteCase(w.replace(/[.,]/gu, ''));
  vocabulary.seal();
  const lexicon = { vocabulary, speakers: new SpeakerMatcher([speaker('Maria Lindqvist')]) };
  const refusal = (q: string) => refuseBefore(analyzeQuestion(q, lexicon));

  it('refuses a capitalised name the briefing never uses', () => {
    expect(refusal('What did Lindqvist say about Oslo?')).toMatch(/Oslo/u);
  });

  it('refuses a word outside everyday English that the briefing lacks, typed in lower case', () => {
    expect(refusal('zorblatt letter')).toMatch(/zorblatt/u);
  });

  it('refuses a subject the briefing never mentions, asked of a speaker it quotes', () => {
    expect(refusal('What did Lindqvist say about football?')).toMatch(/football/u);
  });

  it('refuses a question mostly in everyday words the briefing lacks', () => {
    expect(refusal('What is a good recipe for banana bread?')).toBeTruthy();
  });

  it('does not refuse a paraphrase with a few everyday words the text puts otherwise', () => {
    // "fix" and "wrecked" are the reader's words for "reopen" and "damaged".
    expect(refusal('When will they fix the wrecked harbour wall?')).toBeNull();
  });

  it('does not refuse over a year or a typo', () => {
    expect(refusal('what did lindkvist say in 2021 about the harbour')).toBeNull();
  });

  it('refuses a person described by a name and words no passage holds together', () => {
    const q = analyzeQuestion("What did Maria Lindqvist's mother say?", lexicon);
    q.speakers = [];
    q.speakerAsked = "Maria Lindqvist's mother";
    expect(describesNoOne(q, () => false)).toMatch(/mother/u);
    expect(describesNoOne(q, () => true)).toBeNull();
  });
});

describe('excerpts', () => {
  const sentences = [
    'The storm hit the coast at night and tore away the roofs of the sheds along the old quay.',
    'Maria Lindqvist said the port would reopen in May, once the harbour wall had been rebuilt.',
    'Engineers from three towns began work at once, with cranes brought in by sea from the north.',
    'Nobody was hurt.',
  ];
  const paragraph = sentences.join(' ');
  let at = 0;
  const spans = sentences.map((s) => {
    const span = { start: at, end: at + s.length };
    at += s.length + 1;
    return span;
  });

  it('are whole sentences around the best one, joined while they add to it', () => {
    const e = chooseExcerpt(paragraph, spans, [0, 5, 1, 0], () => 0);
    expect(paragraph.slice(e.start, e.end)).toBe(`${sentences[1]} ${sentences[2]}`);
    expect(e.clippedStart || e.clippedEnd).toBe(false);
  });

  it('grow a short excerpt by a neighbour so it reads on its own', () => {
    const e = chooseExcerpt(paragraph, spans, [0, 0, 0, 1], () => 0);
    const last = spans[3] as { start: number; end: number };
    expect(e.end - e.start).toBeGreaterThan(last.end - last.start);
  });

  it('cut a sentence longer than the limit at word boundaries around the focus, and say so', () => {
    const long = `${'word '.repeat(150)}target ${'more '.repeat(100)}`.trim();
    const e = clip(long, { start: 0, end: long.length }, long.indexOf('target'));
    const shown = long.slice(e.start, e.end);
    expect(shown.length).toBeLessThanOrEqual(EXCERPT.maxChars);
    expect(shown).toContain('target');
    expect(e.clippedStart && e.clippedEnd).toBe(true);
    expect(shown.startsWith(' ') || shown.endsWith(' ')).toBe(false);
  });
});

describe('what a passage holds that a question asks for', () => {
  it('reads dates, numbers and causes', () => {
    expect(hasDate('The port closed last week.')).toBe(true);
    expect(hasDate('The port closed.')).toBe(false);
    expect(hasNumber('Twelve ships waited.')).toBe(true);
    expect(hasCause('It closed because of the storm.')).toBe(true);
  });

  it('reads "how soon" and "how long" as asking for a span of time, which a day alone does not give', () => {
    const question = 'How soon after the storm did the port close?';
    expect(holdsTime('On Monday the storm hit the port.', question)).toBe(false);
    expect(holdsTime('Two hours after the storm, the port closed.', question)).toBe(true);
    expect(holdsTime('On Monday the storm hit the port.', 'When did the storm hit?')).toBe(true);
  });

  it('finds a place the question does not already give, the last one named', () => {
    const asked = new Set(['where', 'did', 'she', 'go', 'after', 'oslo']);
    expect(newPlace('She left Oslo for talks in Bergen.', asked)).toBe('Bergen');
    expect(openingPlace('Two days earlier in Tromso, the ministers met.')).toBe('Tromso');
    // A quotation's opening words are the speaker's talk, not where anything happened.
    expect(openingPlace('"He never missed a game at Moor Park," he told the radio station.')).toBeNull();
  });

  it('takes no place from inside a quotation: the speaker talks of it, nothing happened there', () => {
    const asked = new Set(['where', 'was', 'the', 'mayor', 'standing']);
    const text = '“Every family in Norway deserves a pier like this,” the mayor said, standing in Tromso.';
    expect(newPlace(text, asked)).toBe('Tromso');
    expect(newPlace('“Every family in Norway deserves a pier,” the mayor said.', asked)).toBeNull();
    expect(newPlacesIn('“Nobody in Oslo listens,” she said.', asked)).toEqual([]);
  });

  it('tells an introduction of a person ("Lindqvist, a lawyer"; "Lindqvist (D-Vt.)")', () => {
    expect(introduces('Maria Lindqvist, a lawyer from Malmo, led the talks.', 'lindqvist')).toBe(true);
    expect(introduces('Sen. Maria Lindqvist (D-Vt.) led the talks.', 'lindqvist')).toBe(true);
    expect(introduces('Lindqvist left early.', 'lindqvist')).toBe(false);
    // A role word before the name and its given names: "trade adviser Maria K. Lindqvist".
    expect(
      introduces('The ministry’s senior trade adviser Maria K. Lindqvist led the talks.', 'lindqvist'),
    ).toBe(true);
    expect(introduces('Critics of Maria Lindqvist left early.', 'lindqvist')).toBe(false);
    // A surname typed with a straight apostrophe is found in text written with a curly one.
    expect(introduces('Sean O’Leary, a harbour pilot, led the talks.', "o'leary")).toBe(true);
  });

  it('reads a family name before a generational suffix ("Tomas R. Berg Jr." is named by "Berg")', () => {
    const table = new TokenTable();
    for (const w of words('Tomas R. Berg Jr. and Ivo Lund III spoke.')) table.add(w);
    expect(familyToken('Tomas R. Berg Jr.', table)).toBe(table.ofWords(['berg'])[0]);
    expect(familyToken('Ivo Lund III', table)).toBe(table.ofWords(['lund'])[0]);
  });

  it('measures a phrase found as one run of words, word forms folded by stem', () => {
    const table = new TokenTable();
    const text = table.ofWords(words('They called it a ploy to buy time.'));
    for (const w of words('They called it a ploy to buy time. Time to buy a ploy.')) table.add(w);
    const tokens = (s: string) => table.ofWords(words(s));
    expect(runShare(tokens('a ploy to buy time'), tokens('They called it a ploy to buy time.'))).toBe(1);
    expect(runShare(tokens('a ploy to buy time'), tokens('Time to buy a ploy.'))).toBeLessThan(0.5);
    expect(runShare(tokens('calls it a ploy'), tokens('They called it a ploy'))).toBe(1);
    expect(text.every((t) => t === -1)).toBe(true);
  });
});

describe('a speaker described as the text introduces them', () => {
  const roe = speaker('Jane Roe');
  const doe = speaker('John Doe');
  const ask = (q: string) =>
    analyzeQuestion(q, { vocabulary: describedVocabulary, speakers: new SpeakerMatcher([]) });
  const describedVocabulary = new Vocabulary();
  for (const w of words('pilot harbour retired said rates Norland')) describedVocabulary.add(w);
  describedVocabulary.noteCase('Norland');
  describedVocabulary.seal();
  const lookup = (people: Speaker[][]) => ({
    passagesHolding: () => people.map((_, i) => i),
    articleHolds: () => true,
    introduced: (id: number) => people[id] ?? [],
  });

  it('is the one person introduced by the description', () => {
    expect(
      describedSpeaker(ask('What did the retired harbour pilot say about rates?'), lookup([[roe]]))?.speaker,
    ).toBe(roe);
  });

  it('is no one when a name the description holds is not in the article introducing the person', () => {
    const elsewhere = { ...lookup([[roe]]), articleHolds: () => false };
    expect(describedSpeaker(ask("What did Norland's retired harbour pilot say?"), elsewhere)).toBeNull();
    expect(
      describedSpeaker(ask("What did Norland's retired harbour pilot say?"), lookup([[roe]]))?.speaker,
    ).toBe(roe);
  });

  it('is no one when two people are introduced alike, or the description is one word', () => {
    expect(
      describedSpeaker(ask('What did the retired harbour pilot say about rates?'), lookup([[roe], [doe]])),
    ).toBeNull();
    expect(describedSpeaker(ask('What did the pilot say about rates?'), lookup([[roe]]))).toBeNull();
  });
});

describe('a middle initial in a typed name', () => {
  it('belongs to the name ("Maria K. Lindqvist")', () => {
    const matcher = new SpeakerMatcher([speaker('Maria Lindqvist'), speaker('Peter Lindqvist')]);
    expect(matcher.match('What did Maria K. Lindqvist say?').map((m) => m.speaker.name)).toEqual([
      'Maria Lindqvist',
    ]);
  });
});

describe('what is asked for, beside what it answers', () => {
  const stems = (...w: string[]) => new Set(w);

  it('finds a cause beside a word of the question ("closed because of")', () => {
    const text = 'The ferry closed because of the storm, the operator said.';
    expect(slotNear(text, causesIn(text), stems('close'), 60)).toBe(true);
  });

  it('finds a place beside a word of the question, not one the question names', () => {
    const text = 'Mr. Osei settled in Tromsø after the war, far from Accra.';
    expect(slotNear(text, newPlacesIn(text, new Set(['accra'])), stems('settl'), 60)).toBe(true);
    expect(newPlacesIn(text, new Set(['tromsø']))).toHaveLength(1);
  });

  it('does not take a cause far from every word of the question', () => {
    const text =
      'The ferry closed on Monday, and over the following weeks the harbour board met twice, argued over the budget, hired a new engineer and, because the old one had retired, delayed the survey.';
    expect(slotNear(text, causesIn(text), stems('close'), 60)).toBe(false);
  });
});
