import { describe, expect, it } from 'vitest';
import { indirect, quotesBy, statementsOf } from './support.ts';

/** Speaker of each indirect statement, as [speaker, text]. */
const reportsBy = (...paragraphs: string[]) =>
  indirect(statementsOf(...paragraphs)).map((s) => [s.speaker, s.text] as const);

describe('verbs of speech whose object says they report nothing', () => {
  it('GIVEN “added” before an amount THEN nothing was said; the report after it keeps its source', () => {
    expect(
      reportsBy(
        'In Velmar, organizers added 160 guards along the parade route, up from 90 last year, the Harbour Times reported.',
      ),
    ).toEqual([
      [
        'Harbour Times',
        'In Velmar, organizers added 160 guards along the parade route, up from 90 last year',
      ],
    ]);
  });

  it('GIVEN “added” before an amount that is a clause’s subject (“added 15 people were hurt”) THEN it reports', () => {
    expect(reportsBy('Ada Lind spoke at the pier. She added 15 people were hurt in the storm.')).toEqual([
      ['Ada Lind', '15 people were hurt in the storm.'],
    ]);
  });

  it('GIVEN “added that” or “added” after a quote THEN it still reports', () => {
    expect(reportsBy('Ada Lind added that the harbour tax would pass in the spring.')).toEqual([
      ['Ada Lind', 'the harbour tax would pass in the spring.'],
    ]);
  });

  it('GIVEN “charged NAME with” THEN an accusation in law, no statement; “charged that” still reports', () => {
    expect(statementsOf('Prosecutors charged the harbour master with fraud on Tuesday.')).toEqual([]);
    expect(reportsBy('Tomas Berg charged that the harbour master had lied to the council.')).toEqual([
      ['Tomas Berg', 'the harbour master had lied to the council.'],
    ]);
  });
});

describe('a verb of speech closing an object relative clause', () => {
  it('GIVEN “records that NAME questioned are stored …” THEN the name said nothing', () => {
    expect(
      reportsBy(
        'Some paper records that Tomas Berg questioned are already stored in a vault in the harbour office.',
      ),
    ).toEqual([]);
  });

  it('GIVEN “the money that NAME said was stolen” THEN the name still said it', () => {
    expect(
      reportsBy('The money that Ada Lind said was stolen from the harbour fund has been found.').map(
        ([who]) => who,
      ),
    ).toEqual(['Ada Lind']);
  });
});

describe('the one made to speak', () => {
  it('GIVEN “X led NAME to announce …” THEN the name speaks, not X; “urged NAME to say” is no speech of the name', () => {
    expect(
      reportsBy('The leak of the letters led council chair Ada Lind to announce that she would resign.'),
    ).toEqual([['Ada Lind', 'she would resign.']]);
    expect(
      reportsBy('The council encouraged Ada Lind to testify that the harbour was safe.').map(([who]) => who),
    ).not.toContain('Ada Lind');
  });

  it('GIVEN “NAME stood up to say …” THEN the subject still speaks', () => {
    expect(reportsBy('Tomas Berg stood up to say that the port would close.')).toEqual([
      ['Tomas Berg', 'the port would close.'],
    ]);
  });
});

describe('a participle after clauses joined by “and”', () => {
  it('GIVEN “X did A and NAME did B, acknowledging …” THEN the second clause’s subject speaks', () => {
    expect(
      reportsBy(
        'Last week, prosecutors indicted the officer and Mayor Ada Lind fired her police chief, acknowledging that the town has lost trust in its force.',
      ),
    ).toEqual([['Ada Lind', 'the town has lost trust in its force.']]);
  });

  it('GIVEN “NAME and NAME did B, saying …” THEN the first subject speaks: one clause, two subjects', () => {
    expect(reportsBy('Ada Lind and Tomas Berg signed the deal, saying that the port would close.')).toEqual([
      ['Ada Lind', 'the port would close.'],
    ]);
  });
});

describe('a name inside what modifies the subject', () => {
  it('GIVEN “GROUP trying to … of NAME say” or “GROUP who live outside NAME say” THEN the group speaks', () => {
    expect(
      reportsBy(
        'Democrats trying to regain control of the Harbour Council say they have a new weapon.',
        'Voters who live outside Velmar say the port should close.',
      ).map(([who]) => who),
    ).toEqual(['Democrats', 'Voters']);
  });

  it('GIVEN “GROUP interviewed by NAME said” or “GROUP polled by NAME said” THEN the group speaks, not the agent', () => {
    expect(
      reportsBy(
        'Residents interviewed by the Velmar Herald said the clean-up could take months.',
        'Economists polled by Harbour Wire said the bank would raise rates.',
        'Scientists involved in the Velmar Survey said the findings were robust.',
      ).map(([who]) => who),
    ).toEqual(['Residents', 'Economists', 'Scientists']);
  });

  it('GIVEN “GROUP received calls saying …” THEN the calls said it, not the group; GIVEN “sent a letter saying” THEN the sender', () => {
    expect(
      statementsOf('Police received several anonymous calls saying shots had been fired at the quay.'),
    ).toEqual([]);
    expect(reportsBy('Ada Lind sent a letter saying the bridge was unsafe.').map(([who]) => who)).toEqual([
      'Ada Lind',
    ]);
  });

  it('GIVEN “ROLE of ORG said” or “a poll showed that … of voters said” THEN as before', () => {
    expect(
      reportsBy(
        'Members of the Harbour Council said the vote was rigged.',
        'A Velmar poll showed that 72 percent of voters said the tax bothered them.',
      ).map(([who]) => who),
    ).toEqual(['Harbour Council', 'voters']);
  });
});

describe('a verb of speech that names an event', () => {
  it('GIVEN “After the PLACE attacks, NAME released an ad calling …” THEN the name speaks, not the place', () => {
    expect(
      statementsOf(
        'After the Harwick attacks, Berg released a new radio ad calling it “dangerous” that Oslo “has no strategy to defeat the gangs.”',
      ).map((s) => s.speaker),
    ).not.toContain('Harwick');
  });

  it('GIVEN “a report on the PLACE attacks that cited …” THEN the place says nothing; “NAME attacks the plan” still speaks', () => {
    expect(
      statementsOf(
        'House members issued a report on the Velmar attacks that cited the mayor for security lapses.',
      ),
    ).toEqual([]);
    expect(quotesBy('Tom Berg attacks the plan as “a disaster for the harbour.”')).toEqual([
      ['Tom Berg', 'a disaster for the harbour.'],
    ]);
  });
});

describe('a description with an adjective before a name in apposition', () => {
  it('GIVEN “…, while her main rival, NAME, has soared by saying that …” THEN the name speaks', () => {
    expect(
      reportsBy(
        'Voters are angry at the council, while her main rival, Tomas Berg, has soared in the polls by saying that the harbour is rigged.',
      ),
    ).toEqual([['Tomas Berg', 'the harbour is rigged.']]);
  });
});

describe('an inverted speaker with a role, then a clause of its own', () => {
  it('GIVEN “…,” said ROLE NAME when asked about OTHER THEN the first name speaks, not the one asked about', () => {
    expect(
      quotesBy(
        '“Anyone who breaks the harbour rules puts us at risk,” said Lind constituent Dana Holt when asked about Tomas Berg.',
      ),
    ).toEqual([['Dana Holt', 'Anyone who breaks the harbour rules puts us at risk']]);
  });
});

describe('a publication, a beat and a role before a name', () => {
  it('GIVEN “The PUBLICATION technology columnist NAME went so far as to say: “…”” THEN the name speaks, not the publication', () => {
    expect(
      quotesBy(
        'The Harbour Times technology columnist Ana Lind went so far as to say: “The port as we know it is over.”',
      ),
    ).toEqual([['Ana Lind', 'The port as we know it is over.']]);
  });
});

describe('an apposition that opens with a name and a role word, without an article', () => {
  it('GIVEN “NAME, founder of ORG, ACRONYM member in the 1960s, endorsed X, saying …” THEN the name speaks', () => {
    expect(
      reportsBy(
        'Tomas Berg, founder of the Harbour Institute, HYL member in the 1960s, endorsed Lind last week, saying that she has shown a deep commitment to the port.',
      ).map(([who]) => who),
    ).toEqual(['Tomas Berg']);
  });
});

describe('a description with a relative clause, then a name in apposition', () => {
  it('GIVEN “One of X’s supporters who still backs Y, former Rep. NAME, lives … and wrote that …” THEN the name speaks', () => {
    expect(
      quotesBy(
        'One of Lind’s former supporters who still backs Randolph, former Velmar Rep. Ana Berg, lives in his district and wrote in an email that the campaign was “tragic in a year of change.”',
      ),
    ).toEqual([['Ana Berg', 'tragic in a year of change.']]);
  });
});

describe('a statement noun owned by a name, with words between', () => {
  it('GIVEN “because of NAME’s patronizing suggestion at a debate that she was “…”” THEN the owner said it', () => {
    expect(
      quotesBy(
        'Ada Lind won here in 2008 partly because of Tom Berg’s patronizing suggestion at a similarly timed debate that she was “likable enough.”',
      ),
    ).toEqual([['Tom Berg', 'likable enough.']]);
  });

  it('GIVEN “NAME’s claim Monday that …” THEN the owner said it', () => {
    expect(
      reportsBy('Voters doubted Tom Berg’s claim Monday that the harbour would reopen in May.').map(
        ([who]) => who,
      ),
    ).toEqual(['Tom Berg']);
  });

  it('GIVEN a relative “that” after the statement noun (“NAME’s statement … that was posted”) THEN nothing was said', () => {
    expect(reportsBy('Jane Roe’s statement on the harbour that was posted online drew criticism.')).toEqual(
      [],
    );
    expect(reportsBy('Tom Berg’s comments in the interview that angered voters were replayed.')).toEqual([]);
  });
});

describe('a clause after a dash with its own subject', () => {
  it('GIVEN “NAME proposed X - but the OTHER campaign rejected the idea as “…”” THEN the campaign, not the first name', () => {
    expect(
      quotesBy(
        'Ada Lind proposed a town debate on April 4 - but the Berg campaign rejected the idea as “ludicrous” because the arena was booked.',
      ),
    ).toEqual([['the Berg campaign', 'ludicrous']]);
  });
});

describe('a quote in a clause joined by “and” with its own subject', () => {
  it('GIVEN “As X went on and NAME stood by his comment that “…”, OTHER tried …” THEN the name said it', () => {
    expect(
      quotesBy(
        'As the debate progressed and Tom Berg stood by his comment Monday that “rivers hate us,” Ana Lind again tried to rebuke him.',
      ),
    ).toEqual([['Tom Berg', 'rivers hate us']]);
  });

  it('GIVEN “NAME, NAME and NAME were …” before a quote THEN “and” joins names: no clause of the last', () => {
    expect(
      quotesBy(
        'The harbour board would tighten credit while Velmar, Westmark and Tomas Berg were all easing it, creating a global “divergence” that drives prices up.',
      ).map(([who]) => who),
    ).not.toContain('Tomas Berg');
  });
});

describe('what a verb of saying takes when it reports no clause', () => {
  it.each([
    ['an object', 'Ada Lind welcomed the pause in the harbour talks on Monday.'],
    ['a particle and an object', 'The harbour minister has again ruled out a state rescue of the yard.'],
    ['an accusation', 'Ada Lind accused him of breaking a promise to the dockers.'],
  ])('GIVEN %s and no clause THEN the statement is the whole sentence', (_, sentence) => {
    expect(indirect(statementsOf(sentence)).map((s) => s.text)).toEqual([sentence]);
  });

  it('GIVEN an object, then a clause of its own (“called the talks a ploy”, “said the yard closed”) THEN the words after the verb', () => {
    expect(reportsBy('Ada Lind said the harbour board closed the yard on Friday.')).toEqual([
      ['Ada Lind', 'the harbour board closed the yard on Friday.'],
    ]);
  });

  it.each([
    'Ada Lind said nothing about the future of the yard.',
    'Ada Lind, who said something I have not been able to forget, left the port.',
  ])('GIVEN “said nothing”, “said something” THEN no words are reported: %s', (sentence) => {
    expect(indirect(statementsOf(sentence))).toEqual([]);
  });

  it('GIVEN told, the one told as a noun phrase, then a clause THEN the clause alone', () => {
    expect(reportsBy('Ada Lind told the crowd the real figure was closer to 900.')).toEqual([
      ['Ada Lind', 'the real figure was closer to 900.'],
    ]);
    expect(reportsBy('Ada Lind told the harbour committee she would resign in May.')).toEqual([
      ['Ada Lind', 'she would resign in May.'],
    ]);
  });
});

describe('counts and corrections', () => {
  it('GIVEN “added a second from the penalty spot” THEN a goal added, no statement; after a quote “added” still attributes', () => {
    expect(
      statementsOf('Ada Lind equalised on 51 minutes and added a second from the penalty spot.'),
    ).toEqual([]);
    expect(statementsOf('“It is ours to lose,” added a Harbour Democrat.').map((s) => s.speaker)).toEqual([
      'Harbour Democrat',
    ]);
  });

  it('GIVEN “adds a 14-mile detour” (an amount after the article) THEN something put in, no statement', () => {
    expect(statementsOf('The closure of the Velm bridge adds a 14-mile detour for drivers.')).toEqual([]);
    expect(statementsOf('The council added a £2 million fund for repairs.')).toEqual([]);
  });

  it('GIVEN “An earlier version of this article said …” THEN the article’s own error is no statement', () => {
    expect(
      statementsOf(
        'Correction: An earlier version of this article said the inquest was held in Orsk. It was held in Lund.',
      ),
    ).toEqual([]);
  });
});

describe('the one a verb of quoting names as speaking', () => {
  it.each([
    ['The Velmar Herald quoted Ada Lind as saying the ferry would stop.', 'Ada Lind'],
    ['Harbour Wire quoted the mayor as saying the ferry would stop.', 'the mayor'],
    [
      'The Herald, citing an unnamed official as saying the ferry would stop, ran the story.',
      'an unnamed official',
    ],
  ])('GIVEN %j THEN %s speaks, not who quotes them', (sentence, who) => {
    expect(reportsBy(sentence).map(([speaker]) => speaker)).toEqual([who]);
  });
});
