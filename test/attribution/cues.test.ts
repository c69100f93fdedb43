import { describe, expect, it } from 'vitest';
import { direct, indirect, quotesBy, statementsOf } from './support.ts';

describe('the speaker after the quote', () => {
  it('GIVEN “…,” said OUTLET host NAME THEN the name speaks and the outlet and job are the role', () => {
    const [s] = direct(statementsOf('“The debate was dull,” said Radio Norte host Lina Vasquez.'));
    expect(s).toMatchObject({ speaker: 'Lina Vasquez', role: 'Radio Norte host', speakerKind: 'person' });
  });

  it('GIVEN “…,” said DESCRIPTION, NAME of the law firm FIRM THEN the name speaks, the description is the role', () => {
    const [s] = direct(
      statementsOf(
        '“It will pass,” said another leading court advocate, Andrew Morrow of the law firm Hale Brown.',
      ),
    );
    expect(s).toMatchObject({ speaker: 'Andrew Morrow', role: 'another leading court advocate' });
  });

  it('GIVEN “…,” said ROLE-WORDS NO PHRASE READS NAME, who … THEN the name speaks and the words before it are the role', () => {
    const s = direct(
      statementsOf(
        '“The biggest concern for me is the next judge,” said Westmark supplement-maker executive Ivo Holm, who had backed Lind.',
        '“It was a sizable purchase of data,” said L2 president Ada Lind, who declined to give a price.',
      ),
    );
    expect(s.map((x) => [x.speaker, x.role])).toEqual([
      ['Ivo Holm', 'Westmark supplement-maker executive'],
      ['Ada Lind', 'L2 president'],
    ]);
  });

  it('GIVEN “…,” VERBed NAME with a verb no list knows (“beamed”, “remembered”) THEN the name after it speaks', () => {
    expect(
      quotesBy(
        '“This is fantastic!” beamed Tomas Berg of Porto, Westmark, who snuck onto the floor.',
        '“It was a mess,” remembered Ada Lind, the port’s former spokeswoman. “Nobody knew.”',
      ),
    ).toEqual([
      ['Tomas Berg', 'This is fantastic!'],
      ['Ada Lind', 'It was a mess'],
      ['Ada Lind', 'Nobody knew.'],
    ]);
  });

  it.each([
    ['a preposition of the occasion', '“We won,” said Ada Lind outside the court in Orsk.'],
    ['how it was said', '“We won,” said Ada Lind by phone from Orsk.'],
    ['an adverb of manner', '“We won,” said Ada Lind quietly.'],
  ])('GIVEN “…,” said NAME then %s THEN the name speaks', (_, sentence) => {
    expect(statementsOf(sentence).map((s) => s.speaker)).toEqual(['Ada Lind']);
  });

  it.each([
    [
      'a demonym, then common nouns',
      'According to the Norvik fisheries ministry, about 900 boats rely on the bay.',
      'the Norvik fisheries ministry',
    ],
    [
      'a known demonym',
      'According to the Swedish fisheries ministry, about 900 boats rely on the bay.',
      'the Swedish fisheries ministry',
    ],
    [
      'a place name, then nouns no lexicon lists',
      'According to the Velm harbour authority, about 900 boats rely on the bay.',
      'the Velm harbour authority',
    ],
  ])(
    'GIVEN an opening “According to the …, CLAUSE” with %s THEN the whole description speaks the clause',
    (_, sentence, source) => {
      expect(indirect(statementsOf(sentence)).map((s) => [s.speaker, s.text])).toEqual([
        [source, 'about 900 boats rely on the bay.'],
      ]);
    },
  );

  it('GIVEN “According to the report, seen by OUTLET, CLAUSE” THEN who saw it is no part of what it says', () => {
    const [s] = indirect(
      statementsOf(
        'According to the survey report, seen by the Velm Herald, one pier has lost a fifth of its strength.',
      ),
    );
    expect(s?.text).toBe('one pier has lost a fifth of its strength.');
  });

  it('GIVEN a closing “according to NAME, a ROLE.” THEN the apposition is still the role', () => {
    const [s] = indirect(
      statementsOf('The port will close in May, according to Ada Lind, an analyst at Velm Bank.'),
    );
    expect([s?.speaker, s?.text]).toEqual(['Ada Lind', 'The port will close in May']);
  });

  it('GIVEN “according to documents from NAME” THEN the name after “from” is the source', () => {
    expect(
      statementsOf('According to harbour-era documents from Ada Lind, the board had “lost the plot.”').map(
        (s) => s.speaker,
      ),
    ).toEqual(['Ada Lind']);
  });

  it('GIVEN “…,” wrote NAME for OUTLET THEN the writer speaks, not the outlet', () => {
    const [s] = direct(statementsOf('“The vote is lost,” wrote Ilse Marek for the Valley Herald.'));
    expect(s?.speaker).toBe('Ilse Marek');
  });

  it('GIVEN said TITLE NAME of PLACE, who … THEN the name, though its surname is a title word', () => {
    const [s] = direct(
      statementsOf('“It will not be easy,” said Representative Mara T. King of Ohio, who backs the bill.'),
    );
    expect(s?.speaker).toBe('Mara King');
  });

  it('GIVEN said DESCRIPTION, NAME of the firm X THEN the name in apposition speaks', () => {
    const [s] = direct(
      statementsOf('“The odds are long,” said another port lawyer, Ada Lind of the firm Lind Marine.'),
    );
    expect(s?.speaker).toBe('Ada Lind');
  });

  it('GIVEN NAME shot back, “…” THEN the answer is NAME’s', () => {
    expect(quotesBy('After Tomas Berg criticised her, Ada Lind shot back, “I chose to work.”')).toEqual([
      ['Ada Lind', 'I chose to work.'],
    ]);
  });

  it('GIVEN “…” suggests that X … after the quote THEN “that X” is no inverted source', () => {
    expect(
      quotesBy(
        'City lawyer Ivo Holm said in the letter that the advertisement “unmistakably and wrongfully” suggests that the port supports the campaign.',
      ),
    ).toEqual([['Ivo Holm', 'unmistakably and wrongfully']]);
  });

  it('GIVEN NAME, who’s …, added that … (a curly apostrophe) THEN the aside is read and the name speaks', () => {
    const s = indirect(
      statementsOf(
        'Holm met the board.',
        'But Holm, who’s running to be an alternate, added that he is on a mission to draft Lind.',
      ),
    );
    expect(s.map((x) => [x.speaker, x.text])).toEqual([['Holm', 'he is on a mission to draft Lind.']]);
  });

  it('GIVEN “What NAME has said … is …, according to OTHER” THEN the embedded question is no attribution', () => {
    const s = indirect(
      statementsOf(
        'What Lind has said privately about Holm it is a different story, according to former Sen. Ivo Berg, R-Mass., in an interview with a radio station.',
      ),
    );
    expect(s.map((x) => x.speaker)).toEqual(['Ivo Berg']);
  });

  it('GIVEN “continued to” before a verb THEN “continue” reports nothing, and the verb of saying after it has the subject before', () => {
    expect(statementsOf('The harbour board is continuing to fund the ferry across the bay.')).toEqual([]);
    expect(
      statementsOf(
        'In a long interview with the Harbour Post - held last week at his home in Velmar - Tomas Berg continued to insist that he never saw the letter.',
      ).map((s) => [s.speaker, s.text]),
    ).toEqual([['Tomas Berg', 'he never saw the letter.']]);
  });

  it('GIVEN words before a verb that end with no noun (“the hall filled with chants”) THEN they describe no source', () => {
    expect(
      statementsOf(
        'Repeatedly, the hall filled with chants for the mayor, with signs of “Welcome home!” shooting into view.',
      ),
    ).toEqual([]);
  });

  it('GIVEN “…, NAME said, … fond of OTHER -- “…”” THEN the name a preposition governs before the dash does not speak; “came from NAME -- “…”” still does', () => {
    expect(
      quotesBy(
        'Tomas Berg set himself apart from Pavel Orin, who works for the port and, Berg said, has lately seemed fond of Ada Lind -- “a completely different Orin to me.”',
        'The best summary came from Ada Lind -- “We are not done yet.”',
      ),
    ).toEqual([
      ['Tomas Berg', 'a completely different Orin to me.'],
      ['Ada Lind', 'We are not done yet.'],
    ]);
  });

  it('GIVEN “NAME’s email to her supporters notes”, “a letter from NAME to the board says” THEN the writer speaks, not the ones written to', () => {
    expect(
      statementsOf(
        'The port reopened, said Ada Lind. Lind’s fundraising email to her supporters notes that the port “has never been busier.”',
        'A letter from Tomas Berg to the council says the ferry will run all winter.',
      ).map((s) => s.speaker),
    ).toEqual(['Ada Lind', 'Tomas Berg']);
  });

  it('GIVEN “of NAME claims” THEN the claims are a noun and the name no speaker', () => {
    expect(
      quotesBy(
        'The fact-checkers at Coastcheck rated a third of Velmar claims as “false” and 11% of Norland claims as “true.” Velmar disputes it.',
      ),
    ).toEqual([
      ['Coastcheck', 'false'],
      ['Coastcheck', 'true.'],
    ]);
    // "in many Norland states": a quantifier before the noun phrase; "states that …" is a verb again.
    expect(
      quotesBy(
        'The port has stirred mixed feelings in many Norland states, and it has used “velvet gloves” with them, said Ada Lind, an expert.',
      ),
    ).toEqual([['Ada Lind', 'velvet gloves']]);
    expect(
      indirect(
        statementsOf('A leaflet on the Velmar port’s website states that ferries will run only in summer.'),
      ),
    ).toHaveLength(1);
  });

  it('GIVEN “The Committee for a Balanced Budget reported” THEN the body is named whole, its article included', () => {
    const [s] = statementsOf(
      'The Committee for a Balanced Harbour Budget reported that the port lost money for years.',
    );
    expect(s).toMatchObject({
      speaker: 'Committee for a Balanced Harbour Budget',
      speakerKind: 'organization',
    });
  });

  it('GIVEN PLACE’s Ambassador to OTHER PLACE confirmed THEN the office speaks, unnamed, not the place it is held towards', () => {
    const [s] = statementsOf(
      'The cadet was returning home to Velmar, Norland’s Ambassador to Lusia confirmed.',
    );
    expect(s).toMatchObject({ speaker: 'Norland’s Ambassador to Lusia', speakerKind: 'unnamed' });
  });

  it('GIVEN the so-called “…” THEN “called” is no reporting verb', () => {
    expect(quotesBy('The so called “Harbour Initiative” was called by the party to force the vote.')).toEqual(
      [],
    );
  });

  it('GIVEN an inverted verb followed by a reported clause THEN the noun after the verb is no speaker', () => {
    expect(quotesBy('Pavel Orin, citing “the numbers we have,” said the budget could not pass.')).toEqual([
      ['Pavel Orin', 'the numbers we have'],
    ]);
  });

  it('GIVEN “…,” the DESCRIPTION told OUTLET THEN the description is an unnamed speaker', () => {
    const [s] = direct(
      statementsOf('“It was a pleasant evening,” the shipping magnate told the Valley Herald.'),
    );
    expect(s).toMatchObject({ speaker: 'the shipping magnate', speakerKind: 'unnamed' });
  });

  it('GIVEN “…,” said one DESCRIPTION holding a name. THEN the whole description is the unnamed speaker', () => {
    const [s] = direct(statementsOf('“The harbour will never reopen,” said one Lind confidant.'));
    expect(s).toMatchObject({ speaker: 'one Lind confidant', speakerKind: 'unnamed' });
  });

  it('GIVEN a described subject and a quote without a reporting verb THEN the description, unnamed', () => {
    const [s] = direct(statementsOf('The email goes on to warn of “a harbour without ships.”'));
    expect(s).toMatchObject({ speaker: 'the email', speakerKind: 'unnamed' });
  });

  it('GIVEN “…,” said one DESCRIPTION. THEN the description is an unnamed speaker', () => {
    const [s] = direct(statementsOf('“Nobody wants this fight,” said one district party leader.'));
    expect(s).toMatchObject({ speaker: 'one district party leader', speakerKind: 'unnamed' });
  });

  it('GIVEN “…?” NAME told reporters … as the next sentence THEN that name asked it', () => {
    expect(quotesBy('“Who pays for the bridge?” Ilse Marek told reporters on Monday.')).toEqual([
      ['Ilse Marek', 'Who pays for the bridge?'],
    ]);
  });
});

describe('between the subject and its verb', () => {
  it.each([
    [
      'a place',
      'In Carrick Sound, the harbour master, Ada Lind, told reporters that two boats were missing.',
    ],
    [
      'a noun of place and its name',
      'In the capital, Orsk, the storm minister, Ada Lind, said the damage was “well over £300 million”.',
    ],
  ])('GIVEN an opening phrase of %s, then DESCRIPTION, NAME, said THEN the name speaks', (_, sentence) => {
    expect(statementsOf(sentence).map((s) => s.speaker)).toEqual(['Ada Lind']);
  });

  it('GIVEN an apposition holding an abbreviation (“the No. 2 Democrat”, “a Velmar Co. director”) THEN the name before it speaks', () => {
    expect(
      indirect(
        statementsOf(
          'Senator Ada Lind of Velmar, the No. 2 Democrat in the chamber, said the vote will come next week.',
          'Tomas Berg, a Velmar Co. director since 2009, said the plant would close in the spring.',
        ),
      ).map((s) => s.speaker),
    ).toEqual(['Ada Lind', 'Tomas Berg']);
  });

  it.each([
    ['a party and state tag', 'Sen. Jane Okafor (D-Mo.) said the bill would pass.'],
    ['a party tag between commas', 'Jane Okafor, D-Mo., said the bill would pass.'],
    ['a time', 'Jane Okafor on Tuesday said the bill would pass.'],
    [
      '"this past week" after an apposition',
      'Jane Okafor, the chair, this past week said the bill would pass.',
    ],
    ['an adverb', 'Jane Okafor now says the bill would pass.'],
    ['an aside between commas', 'Jane Okafor, meanwhile, says that the bill would pass.'],
    ['"in a statement"', 'Jane Okafor in a statement said the bill would pass.'],
    [
      'an apposition and a relative clause',
      'Jane Okafor, the chair of the transport committee, who has led it since 2010, said the bill would pass.',
    ],
    ['a dash aside', 'Jane Okafor — who has led the committee since 2010 — said the bill would pass.'],
    ['a circumstance between commas', 'Jane Okafor, after a long pause, said the bill would pass.'],
    [
      "a role held for someone (Jones' adviser)",
      "Jane Okafor, Jones' senior media adviser, said the bill would pass.",
    ],
    ['a role held for someone (Lind’s aide)', 'Jane Okafor, Lind’s longtime aide, said the bill would pass.'],
  ])('GIVEN %s THEN the subject still speaks', (_, sentence) => {
    const [s] = indirect(statementsOf(sentence));
    expect(s).toMatchObject({ speaker: 'Jane Okafor', text: 'the bill would pass.' });
  });

  it('GIVEN a party tag THEN it is not part of the name', () => {
    const [s] = direct(statementsOf('“We will win,” said Ben Doran (R-Neb.).'));
    expect(s?.speaker).toBe('Ben Doran');
  });
});

describe('a name, then its description right before the verb', () => {
  it('GIVEN “NAME, a ROLE for TITLE OTHER has written …” THEN the name speaks; the other is whom the role serves', () => {
    const [s] = direct(
      statementsOf(
        'Gary Holm, a former Secret Service agent for President Tomas Berg has written a book in which he exposes the “eruptive” behavior of Ada Berg.',
      ),
    );
    expect(s).toMatchObject({
      speaker: 'Gary Holm',
      role: 'former Secret Service agent for President Tomas Berg',
    });
  });

  it('GIVEN “A DESCRIPTION, NAME of BODY in PLACE, said he …” THEN the name speaks, not the person the description names', () => {
    const s = indirect(
      statementsOf(
        'Mr. Okafor toured the county on Monday.',
        'One pastor supporting Mr. Okafor, Dana Kovac of Harbour Baptist Church in Lorne, said he had made more than 150 phone calls to other pastors.',
      ),
    );
    expect(s.map((x) => x.speaker)).toEqual(['Dana Kovac']);
  });

  it('GIVEN NAME, a DESCRIPTION said (no comma to close the apposition) THEN the name speaks', () => {
    const [s] = indirect(
      statementsOf('Mara Lind, a veteran organiser from Westmark said the turnout would fall.'),
    );
    expect(s).toMatchObject({ speaker: 'Mara Lind', role: 'veteran organiser', speakerKind: 'person' });
  });

  it('GIVEN NAME, ROLE and ROLE of ORG stated, “…” THEN the name speaks', () => {
    expect(
      quotesBy('Ivo Holm, president and chief executive of Westmark Ferries stated, “The boats will run.”'),
    ).toEqual([['Ivo Holm', 'The boats will run.']]);
  });

  it('GIVEN PLACE Secretary of State NAME announced THEN the name speaks and the office is the role', () => {
    const [s] = indirect(
      statementsOf(
        'Westmark Secretary of State Ada Lind announced Wednesday that the turnout was the highest in years.',
      ),
    );
    expect(s).toMatchObject({ speaker: 'Ada Lind', role: 'Westmark Secretary of State' });
  });

  it('GIVEN NAME, author of “TITLE,” said … THEN the name speaks and the title in the apposition is no statement', () => {
    expect(
      statementsOf('Tomas Berg, author of “The Long Coast,” said the port would close within a year.').map(
        (s) => [s.speaker, s.kind, s.text],
      ),
    ).toEqual([['Tomas Berg', 'indirect', 'the port would close within a year.']]);
    expect(
      quotesBy(
        'As Ada Lind, professor of law at Velmar and host of “Coast Talk,” put it, “The port will not survive another winter.”',
      ),
    ).toEqual([['Ada Lind', 'The port will not survive another winter.']]);
    // The title ends an apposition the noun phrase read whole; the subject's verb follows it.
    expect(
      quotesBy(
        'Tomas Berg spoke first.',
        'Tomas Berg, the Velmar front-runner and former host of the reality show “The Harbour,” listed a radio show as his guilty pleasure: “Coast Talk” — and his most recent appearance.',
      ),
    ).toEqual([['Tomas Berg', 'Coast Talk']]);
  });

  it('GIVEN NAME (PARTY), OTHER’s opponent in …, did X, saying “…” THEN the name speaks, not the relation', () => {
    expect(
      quotesBy(
        'Attorney General Ada Lind (D), Berg’s opponent in the coming election, called Friday for new rules, saying that openness “builds trust.”',
      ),
    ).toEqual([['Ada Lind', 'builds trust.']]);
    // A possessive name that opens a clause ("Berg’s advice earned him …") is no apposition.
    const speakers = statementsOf(
      'Tomas Berg hosts a radio show.',
      'COUNCIL HAS QUESTIONED HIM — Berg’s dubious harbour advice earned him the attention of the Council, where he appeared at a 2014 hearing for his role in promoting cheap nets on his show and for saying that green kelp extract was a “magic cure for every boat.”',
    ).map((s) => s.speaker);
    expect(speakers).not.toContain('COUNCIL HAS QUESTIONED HIM');
  });

  it('GIVEN … with NAME, now the ROLE, who said … THEN the relative pronoun stands for the name, not its description', () => {
    expect(
      statementsOf(
        'Ada Lind has long feuded with Tomas Berg, now the Harbour Board chairman, who in 2010 said the port was “a sinking ship.”',
        'Lind also clashed with Pavel Orin, the council leader, who said last year that the port was failing.',
      ).map((s) => [s.speaker, s.kind]),
    ).toEqual([
      ['Tomas Berg', 'direct'],
      ['Tomas Berg', 'indirect'],
      ['Pavel Orin', 'indirect'],
    ]);
  });

  it('GIVEN … NAME, a ROLE for the BODY, who said … THEN the relative pronoun stands for the name, not the body', () => {
    const [s] = indirect(
      statementsOf(
        'He met Ada Lind, a spokeswoman for the Harbour Board, who said the fees would rise next year.',
      ),
    );
    expect(s).toMatchObject({ speaker: 'Ada Lind', role: 'spokeswoman for the Harbour Board' });
  });

  it('GIVEN NAME of PLACE said THEN the place is still no part of the name', () => {
    const [s] = indirect(statementsOf('Ivo Holm of Westmark said the harbour would stay open.'));
    expect(s?.speaker).toBe('Ivo Holm');
  });
});

describe('verbs that share a subject', () => {
  it('GIVEN “the pact, which NAME called a “…” and promised to “…”” THEN both quotes are the name’s, not the pact’s', () => {
    expect(
      quotesBy('And the North Harbour Pact, which Berg had called a "disaster" and promised to "rip up"?'),
    ).toEqual([
      ['Berg', 'disaster'],
      ['Berg', 'rip up'],
    ]);
  });

  it('GIVEN “NAME said …, and OTHER added …” (a comma between) THEN the second verb keeps its own subject', () => {
    expect(
      indirect(
        statementsOf(
          'Ada Lind said the harbour would close, and Ivo Holm added that the ferries would stop.',
        ),
      ).map((s) => s.speaker),
    ).toEqual(['Ada Lind', 'Ivo Holm']);
  });

  it('GIVEN “At a rally in TOWN, STATE, on DAY, NAME endorsed X, saying …” THEN the state is no subject', () => {
    expect(
      quotesBy(
        'At a rally in Porto, Westmark, on Tuesday, Senator Ada Lind of Norland endorsed Mr. Berg, saying that her former rival would “make an outstanding president.”',
      ),
    ).toEqual([['Ada Lind', 'make an outstanding president.']]);
  });

  it('GIVEN “At an event in TOWN, STATE, 62-year-old NAME did X, and explained …” THEN the state is no subject and the age no part of the name', () => {
    expect(
      statementsOf(
        'At a campaign event in Porto, Westmark, 62-year-old Ada Lind also railed against the port, and explained how much it upset her to see the ships leave.',
      ).map((s) => s.speaker),
    ).toEqual(['Ada Lind', 'Ada Lind']);
  });

  it('GIVEN “… on Facebook writing, “…”” THEN the platform a preposition governs does not speak the participle', () => {
    expect(
      quotesBy(
        'Ada Lind answered a question on Facebook writing, “Yes, I will. That was a poor choice of words.”',
      ),
    ).toEqual([['Ada Lind', 'Yes, I will. That was a poor choice of words.']]);
  });

  it('GIVEN “wrote a letter to NAME asking … “…”” THEN the writer speaks, not the one written to', () => {
    expect(
      quotesBy(
        'Mayor Ivo Holm wrote a letter to Attorney General Ada Lind asking the board to investigate the “fiasco.”',
      ),
    ).toEqual([['Ivo Holm', 'fiasco.']]);
  });

  it('GIVEN “with NAME tweeting … and asking, “…”” THEN the second participle shares the first one’s speaker', () => {
    expect(
      quotesBy(
        'Officials were quick to respond, with Ada Lind tweeting that it was a mess and asking, “How can the board be trusted?”',
      ),
    ).toEqual([['Ada Lind', 'How can the board be trusted?']]);
  });

  it('GIVEN “DESCRIPTION, NAME, did X, saying …” THEN the name in apposition speaks the participle and the description is the role', () => {
    const s = direct(
      statementsOf(
        'Tomas Berg’s son, Grant, defended his father on Monday, saying: “He has made great strides.”',
        'The Norland minister of fisheries and energy, Ada Lind, spoke to reporters at the harbour, saying the deal might be “signed by the time anybody is elected.”',
      ),
    );
    expect(s.map((x) => [x.speaker, x.role])).toEqual([
      ['Grant', 'Tomas Berg’s son'],
      ['Ada Lind', 'Norland minister'],
    ]);
  });

  it('GIVEN “… after NAME, asked about X, had said, “…”” THEN the subject after the subordinator speaks', () => {
    expect(
      quotesBy(
        'The issue came up after Mr. Berg, asked about the harbour, had said, “I think the port does plenty of harm.”',
      ),
    ).toEqual([['Berg', 'I think the port does plenty of harm.']]);
  });

  it('GIVEN “…, NAME said, adding, “…”” THEN the participle hangs on the attribution, not on the sentence subject', () => {
    expect(
      quotesBy('Tomas Berg will meet the board next week, Lind said, adding, “They need to talk.”'),
    ).toEqual([['Lind', 'They need to talk.']]);
  });

  it('GIVEN “…, said NAME, noting that “…”” THEN the inverted source speaks the participle too', () => {
    expect(quotesBy('Ivo Holm did not stay long, said Ada Lind, noting that “he was tired.”')).toEqual([
      ['Ada Lind', 'he was tired.'],
    ]);
  });

  it('GIVEN NAME did A and said B THEN NAME said B', () => {
    const [s] = indirect(statementsOf('Tomas Berg left the meeting early and said the talks had failed.'));
    expect(s).toMatchObject({ speaker: 'Tomas Berg', text: 'the talks had failed.' });
  });

  it('GIVEN NAME did A, saying “…” THEN the participle’s quote is NAME’s', () => {
    expect(quotesBy('Tomas Berg walked out of the hall, saying “enough is enough.”')).toEqual([
      ['Tomas Berg', 'enough is enough.'],
    ]);
  });

  it('GIVEN footage of NAME saying “…” THEN the name right before the participle speaks', () => {
    expect(
      quotesBy('The advert ends with footage of Tomas Berg saying “we will build it,” to cheers.'),
    ).toEqual([['Tomas Berg', 'we will build it']]);
  });

  it('GIVEN NAME stood up to say … THEN NAME said it', () => {
    const [s] = indirect(statementsOf('Tomas Berg stood up at the hearing to say the plan was unfair.'));
    expect(s?.speaker).toBe('Tomas Berg');
  });

  it('GIVEN X was asked by host NAME “…” THEN the one asking speaks', () => {
    expect(quotesBy('Tomas Berg was asked by host Lina Vasquez, “Will you run again?”')).toEqual([
      ['Lina Vasquez', 'Will you run again?'],
    ]);
  });

  it('GIVEN …, while NAME, ROLE, has done X by saying … THEN the participle belongs to its own clause’s subject', () => {
    const s = indirect(
      statementsOf(
        'Voters are watching Ada Lind argue for caution, while her rival, Tomas Berg, has risen in the polls by saying that the port is rigged.',
      ),
    );
    expect(s.find((x) => x.text === 'the port is rigged.')?.speaker).toBe('Tomas Berg');
  });

  it('GIVEN "…, and NAME said" THEN a new clause, not a list of speakers', () => {
    const [s] = indirect(
      statementsOf('The two met in Velmar in 1996, and Tomas Berg said it was his best day at sea.'),
    );
    expect(s?.speaker).toBe('Tomas Berg');
  });

  it('GIVEN NAME and NAME said … THEN the first named speaks', () => {
    const [s] = indirect(statementsOf('Ada Lind and Tomas Berg said the harbour would reopen.'));
    expect(s?.speaker).toBe('Ada Lind');
  });

  it('GIVEN NAME (STATE.) and ROLE NAME said … THEN the first named speaks: the state tag ends no list', () => {
    const [s] = indirect(
      statementsOf('Sen. Ada Lind (Vt.) and former governor Tomas Berg said the harbour would reopen.'),
    );
    expect(s?.speaker).toBe('Ada Lind');
  });

  it('GIVEN an office named with “and” (“Health and Harbour Services Secretary NAME said”) THEN the name speaks', () => {
    const [s] = indirect(
      statementsOf('Health and Harbour Services Secretary Tomas Berg said the harbour would reopen.'),
    );
    expect(s?.speaker).toBe('Tomas Berg');
  });

  it('GIVEN a body before “and” a title with a modifier (“Police and Deputy Mayor NAME said”) THEN the body, named first, speaks', () => {
    const [s] = indirect(statementsOf('Police and Deputy Mayor Tomas Berg said the harbour would reopen.'));
    expect(s?.speaker).toBe('Police');
  });

  it('GIVEN a plural body before “and TITLE NAME said” THEN the body, named first, speaks', () => {
    const [s] = indirect(
      statementsOf('Republicans and Senate Majority Leader Tomas Berg said the harbour would reopen.'),
    );
    expect(s?.speaker).toBe('Republicans');
  });

  it('GIVEN a company abbreviated with a period before “and NAME said” THEN the name speaks, not the company', () => {
    const [s] = indirect(
      statementsOf('Officials at Harbour Corp. and Tomas Berg said the harbour would reopen.'),
    );
    expect(s?.speaker).toBe('Tomas Berg');
  });
});

describe('reported statements', () => {
  it('GIVEN “NAME delivered a blunt message to OTHER: “…”” THEN the one addressed before the colon is not the source', () => {
    const quotes = quotesBy(
      'Senate leader Ada Lind delivered a blunt message to Oskar Vandel: "It is time to stop attacking people."',
    );
    expect(quotes.map(([speaker]) => speaker)).toEqual(['Ada Lind']);
  });

  it('GIVEN “Then, later that month on NTV: “…”” THEN the channel the words were said on is not their source', () => {
    const quotes = quotesBy(
      'Tom Hale has changed his story. In March he told a rally: “We made a mistake.” Then, later that month on NTV: “I have never said we made a mistake.”',
    );
    expect(quotes.map(([speaker]) => speaker)).not.toContain('NTV');
  });

  it('GIVEN “as NAME went on about “…,” and “…” and “…,” OTHER said yes” THEN the chained quotes are NAME’s, not the one who said yes', () => {
    const quotes = quotesBy(
      'Jon Ekdal and Hanna Lind sat in the back row. As Oskar Vandel went on about “how the system is rigged,” and “wounded families” and “our own struggling citizens,” Hanna said yes, yes, yes, over and over again.',
    );
    expect(quotes.map(([speaker]) => speaker)).toEqual(['Oskar Vandel', 'Oskar Vandel', 'Oskar Vandel']);
  });

  it('GIVEN “NAME talked about “…”” or “NAME spoke of “…”” THEN NAME is the source of the quote', () => {
    const quotes = quotesBy(
      'Hanna Lind sat in the back row while Oskar Vandel talked about “a rigged system that has failed us.”',
      'Hanna Lind nodded as Jon Ekdal spoke of “the quiet strength of this town.”',
    );
    expect(quotes.map(([speaker]) => speaker)).toEqual(['Oskar Vandel', 'Jon Ekdal']);
  });

  it('GIVEN “NAME spoke of / talked about” a thing in a few words THEN the whole sentence is NAME’s indirect statement', () => {
    const s = statementsOf(
      'Mayor Ada Lind spoke of the harbour’s slow decline, which she blamed on the port authority.',
      'Tomas Berg talked about the floods that closed the coast road in March.',
    );
    expect(s.map((x) => [x.speaker, x.kind, x.text])).toEqual([
      [
        'Ada Lind',
        'indirect',
        'Mayor Ada Lind spoke of the harbour’s slow decline, which she blamed on the port authority.',
      ],
      ['Tomas Berg', 'indirect', 'Tomas Berg talked about the floods that closed the coast road in March.'],
    ]);
  });

  it('GIVEN “NAME spoke out against / in favor of” a thing THEN the whole sentence is NAME’s indirect statement; “spoke out for an hour” is none', () => {
    const s = statementsOf(
      'Tomas Berg spoke out against the new coast road last week.',
      'At the party meeting, Ada Lind spoke out in favor of the harbour plan.',
      'Jon Ekdal spoke out for three long hours on end.',
    );
    expect(s.map((x) => [x.speaker, x.kind, x.text])).toEqual([
      ['Tomas Berg', 'indirect', 'Tomas Berg spoke out against the new coast road last week.'],
      ['Ada Lind', 'indirect', 'At the party meeting, Ada Lind spoke out in favor of the harbour plan.'],
    ]);
  });

  it('GIVEN talking denied, yet to come, too short, or in a clause that reports something else THEN no statement', () => {
    const s = statementsOf(
      'Mayor Ada Lind has not talked about the harbour’s decline in years.',
      'Tomas Berg will come on the show to talk about the coast road.',
      'Jon Ekdal talked about it.',
      'As Hanna Moss spoke of the floods, the crowd fell silent and the rain began again.',
      'The rally was led by Ivo Holm, who spoke of the harbour’s long decline at length.',
      'Mayor Ada Lind rarely spoke of her years at the harbour board.',
      'Mayor Ada Lind no longer talks about the harbour board at all.',
      'Tomas Berg spoke out of turn at the council meeting last night.',
      'Tomas Berg spoke about two hours before the vote on the harbour.',
    );
    expect(s).toEqual([]);
  });

  it('GIVEN “…!” DESCRIPTION, NAME, shouted to the crowd. THEN the description is part of the attribution and NAME said the quote', () => {
    const s = statementsOf('"This is a big year for us!" Berg\'s niece, Marcia Lind, shouted to the crowd.');
    expect(s.map((x) => [x.speaker, x.kind])).toEqual([['Marcia Lind', 'direct']]);
  });

  it('GIVEN verbs as often said of things as of people (“the visit hinted at …”, “the vote underscored …”) THEN no statement', () => {
    const s = statementsOf(
      'For Mr. Roe, the visit hinted at the role he sees for himself as the vote nears in the fall.',
      'The vote underscored the deep divide between the two parties in the state.',
    );
    expect(s).toEqual([]);
  });

  it('GIVEN manner-of-speaking verbs (riffed, gushed, muttered, rebutted, averred) THEN they report a clause like said', () => {
    const s = indirect(
      statementsOf(
        'Ada Lind riffed that the food at the hall was the best in town.',
        'Tomas Berg gushed that the town had never looked better.',
        'Jon Ekdal muttered that the count would go on all night.',
        'Hanna Moss rebutted that the figures had been checked twice.',
        'Ivo Holm averred that the vote had been fair from the start.',
      ),
    );
    expect(s.map((x) => x.speaker)).toEqual([
      'Ada Lind',
      'Tomas Berg',
      'Jon Ekdal',
      'Hanna Moss',
      'Ivo Holm',
    ]);
  });

  it('GIVEN “After the Velmar attacks, NAME said …” THEN the noun “attacks” closed by its comma does not hide the verb after it', () => {
    const s = indirect(
      statementsOf('After the Velmar attacks, Groberg said it is hard to blame any one person for that.'),
    );
    expect(s.map((x) => [x.speaker, x.text])).toEqual([
      ['Groberg', 'it is hard to blame any one person for that.'],
    ]);
  });

  it('GIVEN “Asked about … with NAME, OTHER said …” THEN the one asked speaks, not the name inside the opening participle', () => {
    const s = statementsOf(
      'Asked about the feud with Hanna Lind, Jon Ekdal said the fight was over.',
      'Asked by Hanna Lind whether the feud was over, Jon Ekdal said yes and left early for home.',
    );
    expect(s.map((x) => x.speaker)).toEqual(['Jon Ekdal', 'Jon Ekdal']);
  });

  it('GIVEN two clauses with their own speakers THEN each clause is a statement of its speaker', () => {
    const s = indirect(
      statementsOf(
        'Ada Lind accuses Tomas Berg of hiding the costs, while Berg argues that the plan pays for itself.',
      ),
    );
    expect(s.map((x) => [x.speaker, x.text])).toEqual([
      ['Ada Lind', 'Ada Lind accuses Tomas Berg of hiding the costs'],
      ['Tomas Berg', 'the plan pays for itself.'],
    ]);
  });

  it('GIVEN NAME noted that experts say … THEN NAME is the speaker, the experts are reported', () => {
    const [s] = indirect(
      statementsOf('Ada Lind noted that experts say the reservoir will not fill this year.'),
    );
    expect(s?.speaker).toBe('Ada Lind');
  });

  it('GIVEN …, NAME said, a move that … THEN the reported clause is the one before the attribution', () => {
    const [s] = indirect(
      statementsOf(
        'Ferries will stop at noon on Sundays, Ada Lind said, a change that angered the islanders.',
      ),
    );
    expect(s).toMatchObject({ speaker: 'Ada Lind', text: 'Ferries will stop at noon on Sundays' });
  });

  it('GIVEN a cue between commas with a clause on each side THEN the whole sentence is the statement', () => {
    const [s] = indirect(
      statementsOf(
        'In the early years of the port, Ada Lind said, the ferries ran twice a day to every island.',
      ),
    );
    expect(s).toMatchObject({
      speaker: 'Ada Lind',
      text: 'In the early years of the port, Ada Lind said, the ferries ran twice a day to every island.',
    });
  });

  it('GIVEN NAME said that while … THEN "while" opens no new clause of its own', () => {
    const [s] = indirect(
      statementsOf('Ada Lind said that while the port had lost money, it would stay open until spring.'),
    );
    expect(s?.text).toBe('while the port had lost money, it would stay open until spring.');
  });

  it('GIVEN a short sentence “As NAME put it, “…”” THEN it is no title-case headline and the quote is NAME’s', () => {
    expect(quotesBy('As Ivo Holm put it, “the port does a better job than most.”')).toEqual([
      ['Ivo Holm', 'the port does a better job than most.'],
    ]);
  });

  it('GIVEN “NAME pointed out …” THEN “point out” reports like a verb of saying, with or without a quote', () => {
    expect(
      quotesBy(
        'As Westmark Post’s Ada Lind pointed out in December, “In the week before the vote, the delegates will have many chances.”',
      ),
    ).toEqual([['Ada Lind', 'In the week before the vote, the delegates will have many chances.']]);
    const [s] = indirect(statementsOf('Ivo Holm pointed out that the ferries were late again.'));
    expect(s).toMatchObject({ speaker: 'Ivo Holm', text: 'the ferries were late again.' });
  });

  it('GIVEN “…?” NAME remarked, alluding to “…” THEN the question ends its sentence but the attribution after it still names its speaker', () => {
    expect(
      quotesBy(
        'Ada Lind spoke.',
        '"I am not sure the mayor is available, but we will see, right?" Lind remarked, alluding to the film "The Harbour."',
      ).map(([speaker]) => speaker),
    ).toEqual(['Ada Lind', 'Ada Lind']);
  });

  it('GIVEN as NAME put it, “…” THEN the quote is NAME’s', () => {
    expect(quotesBy('As Ada Lind, a historian of the port, put it, “the harbour made this town.”')).toEqual([
      ['Ada Lind', 'the harbour made this town.'],
    ]);
  });

  it('GIVEN according to OUTLET adjective ROLE NAME THEN the person speaks and the outlet is part of the role', () => {
    const s = indirect(
      statementsOf(
        'The rule even covers statements not made under oath, according to Radio Norte legal analyst Lina Vasquez.',
        'Harbour rates have moved in opposite directions seven times, according to Valley Herald contributor and monetary historian Ivo Holm.',
      ),
    );
    expect(s.map((x) => [x.speaker, x.role])).toEqual([
      ['Lina Vasquez', 'Radio Norte legal analyst'],
      ['Ivo Holm', 'Valley Herald contributor and monetary historian'],
    ]);
  });

  it('GIVEN according to an account she gave to OUTLET THEN the outlet is not a person named after a role', () => {
    const s = indirect(
      statementsOf(
        'Ada Lind met the mayor in May.',
        'The mayor told her that it was not that simple, according to an account she gave to The Harbour Beacon.',
      ),
    );
    expect(s.map((x) => x.speakerKind)).not.toContain('person');
  });

  it('GIVEN according to him THEN the pronoun is the person named before', () => {
    const s = indirect(
      statementsOf('Tomas Berg left the party in 1999.', 'According to him, the party had lost its way.'),
    );
    expect(s.at(-1)?.speaker).toBe('Tomas Berg');
  });
});

describe('sentences without a reporting verb next to the quote', () => {
  it('GIVEN “Preceded by NAME, the DESCRIPTION, OTHER launched into … “…”” THEN OTHER, the subject after the apposition, speaks', () => {
    expect(
      quotesBy(
        'Preceded at the lectern by Dana Kovac, the Nevada sheriff and anti-tax hard-liner, Pereira launched into a lament for the “forgotten families” of the valley.',
      ),
    ).toEqual([['Pereira', 'forgotten families']]);
  });

  it('GIVEN in NAME’s view THEN the possessor speaks', () => {
    expect(
      quotesBy('“This is an across-the-board failure” of the port authority, in Ada Lind’s view.'),
    ).toEqual([['Ada Lind', 'This is an across-the-board failure']]);
  });

  it('GIVEN He VERB that … “…” with no reporting verb THEN the pronoun subject is resolved', () => {
    expect(
      quotesBy(
        'Tomas Berg spoke last.',
        'He expected that the new council would be “a lot more careful with money.”',
      ),
    ).toEqual([['Tomas Berg', 'a lot more careful with money.']]);
  });

  it('GIVEN an opening phrase no list knows ("Hours later,") THEN the subject after it speaks', () => {
    expect(
      quotesBy('Hours later, Tomas Berg returned the favour, telling the Herald, “She is a fine mayor.”'),
    ).toEqual([['Tomas Berg', 'She is a fine mayor.']]);
  });

  it('GIVEN a sentence opening with a participle and no subject THEN the speaker before goes on', () => {
    expect(quotesBy('“The port is safe,” Ada Lind said. Adding, “It will stay open all winter.”')).toEqual([
      ['Ada Lind', 'The port is safe'],
      ['Ada Lind', 'It will stay open all winter.'],
    ]);
  });

  it('GIVEN a one-word name after a quote ending in a comma THEN it is a name though no sentence shows it elsewhere', () => {
    expect(quotesBy('“The tide is turning,” Okafor stated.')).toEqual([['Okafor', 'The tide is turning']]);
  });

  it('GIVEN a quoted name or title in a sentence without a verb of saying THEN no statement', () => {
    expect(
      quotesBy(
        'Ada Lind stars in “Harbour Lights,” a drama about the port.',
        'Tomas Berg, known as “Bull,” runs the docks. Berg branded the plan “a slow disaster.”',
      ),
    ).toEqual([['Tomas Berg', 'a slow disaster.']]);
    // The sentence naming the title still gives its subject to a lone quote after it.
    expect(
      quotesBy(
        'On “Coast Talk,” Tomas Berg named young voters as the reason to hope. “The younger people are sick and tired of waiting.”',
      ),
    ).toEqual([['Tomas Berg', 'The younger people are sick and tired of waiting.']]);
  });

  it('GIVEN a verb that doubles its last consonant ("admitted") THEN it reports', () => {
    const [s] = indirect(statementsOf('Ada Lind admitted that the port had lost money for years.'));
    expect(s?.speaker).toBe('Ada Lind');
  });
});

describe('quotes introduced by a colon or a dash', () => {
  it('GIVEN “HEADING IN CAPITALS - NAME and NAME: “…”” THEN no headline, and the first named speaks', () => {
    expect(
      quotesBy(
        'POLLS NOT WRONG, JUST TOO EARLY - Ada Lind and Tomas Berg: “Although the polls failed to predict the win, it isn’t because they were wrong.”',
        'More from Ada Lind and Tomas Berg: “Data collected by our firm helps confirm both issues.”',
      ),
    ).toEqual([
      ['Ada Lind', 'Although the polls failed to predict the win, it isn’t because they were wrong.'],
      ['Ada Lind', 'Data collected by our firm helps confirm both issues.'],
    ]);
  });

  it('GIVEN “X seized on NAME’s claim that … “…”” THEN the one who made the claim speaks, not the sentence subject', () => {
    expect(
      quotesBy(
        'The fact-checkers seized on Lind’s claim that there have been “thousands of delays” at the port this year.',
      ),
    ).toEqual([['Lind', 'thousands of delays']]);
  });

  it.each([
    [
      'The campaign was battered by Director Ivo Marsh’s conclusion that her actions were “extremely careless.”',
      'Ivo Marsh',
      'extremely careless.',
    ],
    [
      'Ann Roe responded to Tom Hale’s interjection that not paying taxes made him “smart.”',
      'Tom Hale',
      'smart.',
    ],
    [
      'The council was unmoved by Tom Hale’s admission that the plan had been “a costly mistake.”',
      'Tom Hale',
      'a costly mistake.',
    ],
  ])(
    'GIVEN “%s” THEN the owner of the conclusion, interjection or admission said the quote',
    (text, speaker, quote) => {
      expect(quotesBy(text)).toEqual([[speaker, quote]]);
    },
  );

  it.each([
    ['Tom Hale said Ann Roe’s claim that the port is closing is “simply not true.”', 'Tom Hale'],
    ['Tom Hale said Ann Roe’s claim that the port, which is old, is “a ruin” was fair.', 'Ann Roe'],
  ])(
    'GIVEN “%s” THEN the quote after the claim’s clause is the reporter’s, one inside it the claimant’s',
    (text, speaker) => {
      expect(quotesBy(text).map(([s]) => s)).toEqual([speaker]);
    },
  );

  it('GIVEN NAME claims that … (the verb, not the noun) THEN a reported statement of NAME', () => {
    const [s] = indirect(statementsOf('Ivo Holm claims that he should be the exception to the rule.'));
    expect(s).toMatchObject({ speaker: 'Ivo Holm', text: 'he should be the exception to the rule.' });
  });

  it('GIVEN “… like NAME - “…,” OTHER said - …” THEN the quote closed by a comma is the one said after it', () => {
    expect(
      quotesBy(
        'Mr. Roe said Mr. Berg admired hard men like Ivo Holm - “He would have loved the old regime,” Mr. Roe said twice - and left.',
      ),
    ).toEqual([['Roe', 'He would have loved the old regime']]);
  });

  it('GIVEN NAME: “…” THEN the quote is NAME’s', () => {
    expect(quotesBy('Fishing quotas - Ada Lind: “The quotas will ruin the small boats.”')).toEqual([
      ['Ada Lind', 'The quotas will ruin the small boats.'],
    ]);
  });

  it('GIVEN “HEADING WITH A VERB - NAME: “…”” THEN the name labels the quote, not the heading’s subject', () => {
    expect(
      quotesBy(
        'Brokers agree - Ada Lind: “One of the biggest lessons was simple: keep calling the owners late.”',
        'But fees did predict the fall - Harbour Watch: “While the port surprised many, most brokers fared better.”',
      ),
    ).toEqual([
      ['Ada Lind', 'One of the biggest lessons was simple: keep calling the owners late.'],
      ['Harbour Watch', 'While the port surprised many, most brokers fared better.'],
    ]);
  });

  it('GIVEN NAME told NAME: “…” (no dash) THEN the one told does not speak', () => {
    expect(quotesBy('Ada Lind told Ivo Holm: “The council has lost control of the budget.”')).toEqual([
      ['Ada Lind', 'The council has lost control of the budget.'],
    ]);
  });

  it('GIVEN NAME did X: “…” THEN the clause’s subject said it', () => {
    expect(quotesBy('Ada Lind delivered a blunt message to the council: “Fix the roads first.”')).toEqual([
      ['Ada Lind', 'Fix the roads first.'],
    ]);
  });

  it('GIVEN “…” ― NAME THEN the name after the dash said it, one line after another', () => {
    expect(
      quotesBy('“The ferry is always late.” ― Ada Lind\n“The fares went up again.” ― Tomas Berg'),
    ).toEqual([
      ['Ada Lind', 'The ferry is always late.'],
      ['Tomas Berg', 'The fares went up again.'],
    ]);
  });

  it('GIVEN NAME -- “…” -- and … THEN the name before the dash said it', () => {
    expect(
      quotesBy('Several mayors agreed, among them Ada Lind -- “the roads come first” -- and others.'),
    ).toEqual([['Ada Lind', 'the roads come first']]);
  });

  it('GIVEN a transcript line NAME: … THEN quotes in it are the label’s', () => {
    expect(quotesBy('LIND: As the “Valley Herald” wrote, the roads are a disgrace.')).toEqual([
      ['Lind', 'Valley Herald'],
    ]);
  });
});

describe('organisations', () => {
  it('GIVEN an organisation that rates a claim “…” THEN it is the speaker, kind organization', () => {
    const [s] = direct(statementsOf('On Monday, Factcheck rated the mayor’s claim “mostly false.”'));
    expect(s).toMatchObject({ speaker: 'Factcheck', speakerKind: 'organization' });
  });

  it('GIVEN the board said after the Harbour Board of Norland was named THEN the board is that organisation', () => {
    const s = indirect(
      statementsOf(
        'The Harbour Board of Norland met on Monday.',
        'The vote was close, the board said on Tuesday.',
      ),
    );
    expect(s.at(-1)?.speaker).toBe('Harbour Board of Norland');
  });

  it('GIVEN the CHAMBER of X or the FEDERATION of X said THEN the body is named whole, “of” and all', () => {
    const s = indirect(
      statementsOf(
        'The Westmark Chamber of Commerce said the harbour fees would rise.',
        'The Nordic Federation of Ferry Workers said the strike would go on.',
      ),
    );
    expect(s.map((x) => [x.speaker, x.speakerKind])).toEqual([
      ['Westmark Chamber of Commerce', 'organization'],
      ['Nordic Federation of Ferry Workers', 'organization'],
    ]);
  });

  it('GIVEN the ORGANISATION for A B and C said THEN the body is named whole, not cut at “and”', () => {
    const s = indirect(
      statementsOf(
        'The Organization for Regional Cooperation and Development says the valley had the highest wages.',
        'The Institute for Harbour Studies and Coastal Policy wrote that the quay could stand another century.',
      ),
    );
    expect(s.map((x) => [x.speaker, x.speakerKind])).toEqual([
      ['Organization for Regional Cooperation and Development', 'organization'],
      ['Institute for Harbour Studies and Coastal Policy', 'organization'],
    ]);
  });

  it('GIVEN NAME and NAME said THEN the first person speaks, the “and” joins no body', () => {
    const [s] = indirect(statementsOf('Ada Lind and Ivo Holm said the port would close for the winter.'));
    expect(s?.speaker).toBe('Ada Lind');
  });

  it('GIVEN “U.S. officials said” THEN the description speaks, never the country alone', () => {
    const [s] = indirect(statementsOf('U.S. officials said the talks would resume in March.'));
    expect(s).toMatchObject({ speaker: 'U.S. officials', speakerKind: 'unnamed' });
  });
});

describe('verbs of speech that are also verbs of action', () => {
  it('GIVEN “respond to X” with no quote or colon THEN it is a reaction, no statement', () => {
    expect(
      statementsOf(
        'The vote turned on how the Velmar council responds to the rising floods of the spring.',
        'The harbour office did not reply to several requests for comment on the new dredging plan.',
      ),
    ).toEqual([]);
  });

  it('GIVEN a quote beside “replied to” or a colon after it THEN it is still speech', () => {
    expect(
      quotesBy(
        '“We will rebuild the whole quay,” Ada Lind replied to the board.',
        'Tomas Berg responded to the critics: “The plan stands as written.”',
      ),
    ).toEqual([
      ['Ada Lind', 'We will rebuild the whole quay'],
      ['Tomas Berg', 'The plan stands as written.'],
    ]);
  });
});

describe('plural nouns that look like verbs of saying', () => {
  it('GIVEN “his … remarks were” THEN no statement; GIVEN “which she says is” THEN still one', () => {
    expect(
      statementsOf('His opening remarks were so quiet that the hall fell silent within minutes.'),
    ).toEqual([]);
    expect(
      indirect(
        statementsOf('Ada Lind backs a harbour tax, which she favors but says would never pass the council.'),
      ).map((s) => s.speaker),
    ).toEqual(['Ada Lind']);
  });

  it('GIVEN a form in -s after “to” THEN it is a noun, no statement', () => {
    expect(
      statementsOf('Ada Lind responded to questions about the harbour tax at a news conference on Monday.'),
    ).toEqual([]);
  });

  it('GIVEN a verb in -s after its subject THEN it still reports', () => {
    expect(
      indirect(statementsOf('Ada Lind questions whether the harbour tax can ever pay for itself.')).length,
    ).toBe(1);
  });

  it.each([
    'The council’s existing rules empower the mayor to name a harbour master.',
    'The candidates’ respective estimates of the cost of the dam range from $2 million to $9 million.',
    "The rivals' latest claims about the dam were false, the audit found.",
  ])(
    'GIVEN a possessive, one lower-case word and a noun of saying in -s (%s) THEN that noun is no verb',
    (p) => {
      expect(statementsOf(p).filter((s) => /existing|respective|latest/u.test(s.speaker))).toEqual([]);
    },
  );

  it.each([
    'The Velmar Bank held interest rates at 4.5% on Thursday but said it expected to cut them.',
    'The council raised tax rates on Monday but said it would cut fees.',
    'Appearing at the fair, the investor took several questions from the crowd.',
  ])(
    'GIVEN a verb in the past, a word and a form in -s (%s) THEN that form is its object, no verb of saying',
    (p) => {
      expect(statementsOf(p).filter((s) => /held|raised|took/u.test(s.speaker))).toEqual([]);
    },
  );

  it.each(['The newly elected mayor says the quay is safe.', 'A retired teacher says the quay is safe.'])(
    'GIVEN a past form used as an adjective (%s) THEN the verb in -s after it still reports',
    (p) => {
      expect(indirect(statementsOf(p)).map((s) => s.text)).toEqual(['the quay is safe.']);
    },
  );

  it('GIVEN a possessive, a role and a verb in -s THEN the role still reports', () => {
    expect(indirect(statementsOf('Lind’s lawyer claims the charges against her are false.'))).toMatchObject([
      { speaker: 'Lind’s lawyer', text: 'the charges against her are false.' },
    ]);
  });
});

describe('a plural owner in a description that speaks', () => {
  it.each(['’', "'"])('GIVEN “the pilots%s association said …” THEN the association speaks, whole', (m) => {
    expect(
      quotesBy(
        `The pilots${m} association said in a statement that the offer “would ground half the fleet.”`,
      ),
    ).toEqual([[`the pilots${m} association`, 'would ground half the fleet.']]);
    expect(quotesBy(`“The offer is an insult,” the growers${m} cooperative said.`)).toEqual([
      [`the growers${m} cooperative`, 'The offer is an insult'],
    ]);
  });
});

describe('participle clauses', () => {
  it('GIVEN “with NAME telling reporters …” THEN the name speaks, whatever the clause before', () => {
    const [s] = direct(
      statementsOf(
        'The storm reopened the dispute over how the Velmar council reacts to flooding, with Senator Ada Lind telling reporters on Monday she saw the mayor as “plainly at fault” for the damage.',
      ),
    );
    expect(s?.speaker).toBe('Ada Lind');
  });
});

describe('participle clauses with their own speaker', () => {
  it('GIVEN “the ad concludes with footage of NAME saying during X, “…”” THEN the name speaks, not the ad', () => {
    expect(
      quotesBy(
        'The spot concludes with footage of Tomas Berg saying during the debate last week, “That makes me smart,” when Ada Lind blasted him for not paying tax.',
      ),
    ).toEqual([['Tomas Berg', 'That makes me smart']]);
  });
});

describe('participle clauses with an adverb before the participle', () => {
  it('GIVEN “…, with NAME reportedly yelling: “…”” after a place THEN the name speaks, not the place', () => {
    const [s] = direct(
      statementsOf(
        'At a rally in Porto, Westmark, on Saturday, some of his supporters pushed a protester, with Tomas Berg reportedly yelling: “Get him out of here now!”',
      ),
    );
    expect(s?.speaker).toBe('Tomas Berg');
  });

  it('GIVEN “a PLACE rally blasting …” THEN the place does not speak: “rally” is no adverb', () => {
    const s = statementsOf(
      'On Tuesday, the Velmar senator opened a Westmark rally blasting the mayor for selling the harbour to a fund.',
    );
    expect(s.map((x) => x.speaker)).not.toContain('Westmark');
  });
});

describe('a relative clause after a description of a named person', () => {
  it('GIVEN “NAME, the ROLE on/of BODY, who said …” THEN the person speaks, not the body or place', () => {
    const s = indirect(
      statementsOf(
        'The plan was backed Friday by Sen. Ada Lind of Westmark, the ranking member on the Harbour Committee, who said none of the fees came from the port.',
        'It was derided by Ivo Holm, the leader of the opposition in North Westmark, who suggested that the mayor keep quiet.',
      ),
    );
    expect(s.map((x) => x.speaker)).toEqual(['Ada Lind', 'Ivo Holm']);
    expect(s[1]?.role).toBe('leader of the opposition in North Westmark');
  });

  it('GIVEN “…,” NAME, who is chairman of BODY said (the closing comma missing) THEN the person speaks', () => {
    expect(
      quotesBy('“Fees will rise,” Ada Lind, who is chairman of Our Harbour Fund said in a statement.'),
    ).toEqual([['Ada Lind', 'Fees will rise']]);
  });

  it('GIVEN “in what NAME, the ROLE of BODY, called “…”” THEN the named person of the free relative speaks', () => {
    expect(
      quotesBy(
        'Okafor guarded the ballots, in what Dana Kovac, the treasurer of the rival campaign, called “hand-to-hand combat.”',
      ),
    ).toEqual([['Dana Kovac', 'hand-to-hand combat.']]);
  });

  it('GIVEN “NAME, who OTHER said was …” THEN the verb of the relative clause is OTHER’s', () => {
    const [s] = indirect(statementsOf('Ada Lind, who Ivo Holm said was lying, left the port.'));
    expect(s?.speaker).toBe('Ivo Holm');
  });

  it('GIVEN “the BODY of PLACE, which said …” THEN the body still speaks', () => {
    const [s] = indirect(
      statementsOf(
        'The fees were raised by the Harbour Board of Westmark, which said the port needed the money.',
      ),
    );
    expect(s?.speaker).toBe('Harbour Board of Westmark');
  });
});

describe('statement nouns with a possessor', () => {
  it('GIVEN “NAME’s claim that … “…,” saying …” THEN the possessor said the quote, not the subject of “saying”', () => {
    const said = quotesBy(
      'Mayor Ana Pires blamed the press for making an issue out of Tomas Berg’s claim that the council “sold the harbour,” saying reporters missed the point.',
    );
    expect(said).toEqual([['Tomas Berg', 'sold the harbour']]);
  });

  it('GIVEN “NAME’s call for a “…”” THEN the possessor’s words, not the subject’s', () => {
    const [s] = direct(
      statementsOf('The candidate blasted Tomas Berg’s call for a “harbour force” on Wednesday.'),
    );
    expect(s?.speaker).toBe('Tomas Berg');
  });

  it('GIVEN “NAME’s call for a recount” with no quote THEN no statement of the possessor', () => {
    const said = statementsOf(
      'Ana Pires rejected Tomas Berg’s call for a recount of the Velmar ballots on Friday.',
    );
    expect(said.filter((s) => s.speaker === 'Tomas Berg')).toEqual([]);
  });
});

describe('a quote in a clause with no reporting verb', () => {
  it('GIVEN “the study -- which notes that …, “…,” if … -- calls for …” THEN the subject of the quote’s clause said it', () => {
    const s = direct(
      statementsOf(
        'Instead, the study -- which notes that the ports would owe $2 billion in fees, “equal to the entire budget of the province,” if the law passed -- calls for a review.',
      ),
    );
    expect(s.map((x) => [x.speaker, x.text])).toEqual([
      ['the study', 'equal to the entire budget of the province'],
    ]);
  });
});

describe('what follows a verb after a quote', () => {
  it('GIVEN “THING, which warns “…,” recommends a delay” THEN the delay is the object, not a source', () => {
    const s = direct(
      statementsOf(
        'The report, which warns that repairs could cost “twice what the town spends in a year,” recommends a delay.',
      ),
    );
    expect(s.map((x) => x.speaker)).not.toContain('a delay');
    const other = direct(
      statementsOf('The audit, which finds the pier “unsafe for any vessel,” recommends another delay.'),
    );
    expect(other.map((x) => x.speaker)).not.toContain('another delay');
  });

  it('GIVEN “…,” said DESCRIPTION THEN any description speaks after “said” (“a local”, “the couple”)', () => {
    for (const [sentence, speaker] of [
      ['“The vote was close,” said a local.', 'a local'],
      ['“The vote was close,” said the couple.', 'the couple'],
    ] as const)
      expect(direct(statementsOf(sentence)).map((x) => x.speaker)).toEqual([speaker]);
  });

  it('GIVEN “…,” said DESCRIPTION of a person, a body or a document THEN the description speaks', () => {
    for (const [sentence, speaker] of [
      ['“The vote was close,” said one harbour pilot.', 'one harbour pilot'],
      ['“The vote was close,” said a person close to the mayor.', 'a person close to the mayor'],
      ['“The law cannot stand as written,” said the ruling.', 'the ruling'],
    ] as const)
      expect(direct(statementsOf(sentence)).map((x) => x.speaker)).toEqual([speaker]);
  });
});

describe('a quote inside a reported clause', () => {
  it('GIVEN “NAME said that OTHER begged … and “…”” THEN the one reporting said the quote', () => {
    const said = quotesBy(
      'At the Lorne rally, Tomas Berg said that Pedro Lind begged him for an endorsement in 2012 and “would have dropped to his knees” if asked.',
    );
    expect(said).toEqual([['Tomas Berg', 'would have dropped to his knees']]);
  });

  it('GIVEN “NAME said she expected that voters will say “no”” THEN a hypothetical “will say” is not the speaker', () => {
    const said = quotesBy('Mayor Ana Pires said she expected that voters will say “no” to the harbour tax.');
    expect(said).toEqual([['Ana Pires', 'no']]);
  });

  it('GIVEN “NAME said OTHERS were calling “…”” THEN the one reporting said the quote', () => {
    const said = quotesBy(
      'At one point, Tomas Berg said harbour executives were calling “every 15 minutes.”',
    );
    expect(said).toEqual([['Tomas Berg', 'every 15 minutes.']]);
  });

  it('GIVEN “NAME called OTHER’s assertion of a “…”” THEN the possessor still owns the quoted words', () => {
    const [s] = direct(
      statementsOf(
        'In a statement, Ana Pires called Tomas Berg’s assertion of a “right to the land” troubling.',
      ),
    );
    expect(s?.speaker).toBe('Tomas Berg');
  });
});

describe('a subordinate clause with a speaker of its own', () => {
  it('GIVEN “After NAME said that … at “…,” OTHER said: “…”” THEN the quote in the opening clause is NAME’s, however far from the verb', () => {
    expect(
      quotesBy(
        'After Okafor said that students who failed the test might do better at “smaller campuses,” Kovac said: “I do not like what he said.”',
      ),
    ).toEqual([
      ['Okafor', 'smaller campuses'],
      ['Kovac', 'I do not like what he said.'],
    ]);
  });

  it('GIVEN “When NAME said Mr. OTHER “…” …, … (“…,” declared PAPER)” THEN a title’s period between verb and quote ends no sentence', () => {
    const [first] = quotesBy(
      'When Okafor said Mr. Kovac “is not a farmer” on Monday, the mayor served up red meat for headline writers (“Okafor Disowns Kovac,” declared the Westmark Star).',
    );
    expect(first).toEqual(['Okafor', 'is not a farmer']);
  });

  it('GIVEN ““…,” NAME said in August after ORG announced it was …” THEN the announcement is the body’s statement', () => {
    const said = indirect(
      statementsOf(
        '“I love these biscuits. I will never eat them again,” Tomas Berg said in August after Harbour Foods announced it was laying off 600 bakery workers in Lorne.',
      ),
    ).map((s) => [s.speaker, s.text]);
    expect(said).toEqual([['Harbour Foods', 'it was laying off 600 bakery workers in Lorne.']]);
  });

  it('GIVEN “NAME accuses OTHER of an “…” … while OTHER suggests …” THEN the second clause is the other’s statement', () => {
    const said = indirect(
      statementsOf(
        'Ana Pires accuses Tomas Berg of running an “artful smear” about her bank links while Berg suggests the former minister is a captive of the harbour lobby.',
      ),
    ).map((s) => [s.speaker, s.text]);
    expect(said).toContainEqual(['Tomas Berg', 'the former minister is a captive of the harbour lobby.']);
  });
});

describe('a verb of naming right before the quote', () => {
  it('GIVEN “in a clip that NAME called “…,” OTHER expressed …” THEN the one naming said the quote', () => {
    const said = quotesBy(
      'And, in a clip that Judge Ana Pires called “distasteful,” Tomas Berg expressed a desire to “close the port for good.”',
    );
    expect(said).toEqual([
      ['Ana Pires', 'distasteful'],
      ['Tomas Berg', 'close the port for good.'],
    ]);
  });
});

describe('an attribution given twice', () => {
  it('GIVEN “Asked about OTHER, NAME said “…,” she said” THEN the name before the quote, not whoever “she” would reach', () => {
    const said = quotesBy(
      'Mrs. Ana Pires spoke to the council on Monday, and she left early.',
      'Asked on Tuesday about Berg, Ost said “I don’t know anything about Tomas Berg and the letters,” she said.',
    );
    expect(said).toEqual([['Ost', 'I don’t know anything about Tomas Berg and the letters']]);
  });
});

describe('a reported clause too short to be one', () => {
  it('GIVEN a cue whose object is a few words ("mentioned Velmar by name", "describe as a ploy") THEN the statement is its whole sentence', () => {
    const said = indirect(
      statementsOf(
        'Two days earlier in Lisbon, the visiting ministers had explicitly mentioned Velmar by name.',
        'The port pursues a policy that analysts in Lisbon describe as quiet hedging.',
      ),
    ).map((s) => s.text);
    expect(said).toEqual([
      'Two days earlier in Lisbon, the visiting ministers had explicitly mentioned Velmar by name.',
      'The port pursues a policy that analysts in Lisbon describe as quiet hedging.',
    ]);
  });
});

describe('what follows a cue that says only where or when', () => {
  it('GIVEN “CLAUSE, NAME told reporters at PLACE.” THEN the clause before the cue is what was said', () => {
    const said = indirect(
      statementsOf(
        'The ferry will stop running in the winter, harbour master Ola Brenne told reporters at the pier.',
        'Fares will rise by a tenth, Ines Marlow told the council at a meeting on Monday.',
        'The vote is lost, Tor Haug said on Tuesday in an interview, adding that he would not resign.',
      ),
    ).map((s) => [s.speaker, s.text]);
    expect(said).toEqual([
      ['Ola Brenne', 'The ferry will stop running in the winter'],
      ['Ines Marlow', 'Fares will rise by a tenth'],
      ['Tor Haug', 'The vote is lost'],
    ]);
  });

  it('GIVEN “CIRCUMSTANCE, he called on X to …” THEN what he called for is what was said, not the opening phrase', () => {
    const [s] = indirect(
      statementsOf(
        'Ola Brenne spoke to the council on Monday. While still in Velmar, he called on the harbour board to use its reserves to rebuild the outer wall before the storms.',
      ),
    );
    expect(s?.speaker).toBe('Ola Brenne');
    expect(s?.text).toMatch(/^the harbour board to use its reserves/u);
  });

  it('GIVEN a short “CIRCUMSTANCE, he called on X to …” THEN too', () => {
    const [s] = indirect(
      statementsOf('Ola Brenne spoke on Monday. While still in Velmar, he called on the board to resign.'),
    );
    expect(s?.text).toBe('the board to resign.');
  });

  it('GIVEN “CLAUSE, NAME said at A at B in C on D after E.” (a long circumstance) THEN the clause before the cue is what was said', () => {
    const [s] = indirect(
      statementsOf(
        'The port will stay shut for a month, Jane Roe said at a news conference at the town hall in Velmar on Monday evening after the vote.',
      ),
    );
    expect(s?.text).toBe('The port will stay shut for a month');
  });

  it('GIVEN “CLAUSE, NAME said on DAY, after EVENT.” THEN the clause before the cue is what was said, not why', () => {
    const [s] = indirect(
      statementsOf(
        'The ferry will not sail until May, the harbour board said on Friday, after divers found a crack in the hull.',
      ),
    );
    expect(s?.text).toBe('The ferry will not sail until May');
    // A that-clause after the circumstance is still what was said.
    const [t] = indirect(
      statementsOf('Ola Brenne told reporters on Monday, after the vote, that the ferry would stop.'),
    );
    expect(t?.text).toMatch(/the ferry would stop\.$/u);
  });

  it('GIVEN “CLAUSE, DESCRIPTION NAME said.” THEN the source’s description is no part of what was said', () => {
    const said = indirect(
      statementsOf(
        'Sailings to Velm have been cancelled for a second day, operator Harbo Lines said.',
        'Turnout was the highest in a decade, election officials said.',
      ),
    ).map((s) => s.text);
    expect(said).toEqual([
      'Sailings to Velm have been cancelled for a second day',
      'Turnout was the highest in a decade',
    ]);
  });

  it('GIVEN a clause holding a quote of a few words (“had “switched off” after the goal”) THEN the clause is a statement too', () => {
    const said = statementsOf('Karl Nyberg said his side had “switched off” after the first goal.').map(
      (s) => [s.kind, s.text],
    );
    expect(said).toEqual([
      ['direct', 'switched off'],
      ['indirect', 'his side had “switched off” after the first goal.'],
    ]);
  });

  it('GIVEN “NAME said CLAUSE and that CLAUSE” THEN both halves are what was said', () => {
    const [s] = indirect(
      statementsOf('Ola Brenne said the ferry would stop in May and that the crew had been told.'),
    );
    expect(s?.text).toBe('the ferry would stop in May and that the crew had been told.');
  });

  it('GIVEN “NAME told X, speaking from PLACE, that …” THEN the that-clause after the aside is what was said', () => {
    const said = indirect(
      statementsOf(
        'Ola Brenne told the Velm Herald, speaking from a trawler off Skarra, that the catch had halved.',
        'Ines Marlow said, in a statement on Monday, that the ferry would stop.',
      ),
    ).map((s) => s.text);
    expect(said).toEqual(['the catch had halved.', 'the ferry would stop.']);
  });

  it('GIVEN “NAME said CLAUSE but urged caution” THEN the speaker’s next short act is no part of what was said', () => {
    const said = indirect(
      statementsOf(
        'Ola Brenne said the new hull was sound but urged caution.',
        'Ines Marlow said the crews who came and argued were tired.',
      ),
    ).map((s) => s.text);
    // A relative clause joins its own verbs: they stay.
    expect(said).toEqual(['the new hull was sound', 'the crews who came and argued were tired.']);
  });

  it('GIVEN “NAME told reporters at PLACE that …” THEN the that-clause is still what was said', () => {
    const [s] = indirect(statementsOf('Ola Brenne told reporters at the pier that the ferry would stop.'));
    expect(s?.text).toBe('the ferry would stop.');
  });
});

describe('verbs that report no words', () => {
  it('GIVEN an -ing noun after a determiner ("its red wind warning") THEN it is no participle of speech', () => {
    expect(
      statementsOf('The Velm weather office has extended its red wind warning for the coast until 6am.'),
    ).toEqual([]);
    expect(statementsOf('The judge set out the reasons in her ruling on Monday.')).toEqual([]);
    // A score or a grade is a noun as well ("a 100% rating on the scorecard", "its approval rating").
    expect(
      statementsOf('Tom Hale earned a 100% rating on the Harbour Fund scorecard in the Senate.'),
    ).toEqual([]);
    expect(statementsOf('Her approval rating among dockworkers fell to 40 percent.')).toEqual([]);
    // With a that-clause, the noun reports what it says; after a speaker, the -ing form is a participle.
    expect(
      indirect(statementsOf('The Velm weather office issued a warning that the river would rise.')).map(
        (s) => s.text,
      ),
    ).toEqual(['the river would rise.']);
    expect(
      indirect(statementsOf('Ola Lind left early, warning that the river would rise.')).map((s) => s.speaker),
    ).toEqual(['Ola Lind']);
  });

  it('GIVEN “ask for” a thing in a sentence quoting nothing THEN nobody is reported saying anything', () => {
    expect(statementsOf('When farmers ask for help, their calls go unanswered for days.')).toEqual([]);
    expect(quotesBy('Ada Lind asked for “a full and fair count.”')).toEqual([
      ['Ada Lind', 'a full and fair count.'],
    ]);
  });
});

describe('a verb of saying joined to a relative clause', () => {
  const reported = (...paragraphs: string[]) =>
    indirect(statementsOf(...paragraphs)).map((s) => [s.speaker, s.text] as const);

  it('GIVEN "Lund thanked Jane Roe, who chairs the board and said …" THEN Roe said it, not Lund', () => {
    expect(reported('Ivo Lund thanked Jane Roe, who chairs the board and said the fees would fall.')).toEqual(
      [['Jane Roe', 'the fees would fall.']],
    );
  });

  it('GIVEN a passive relative clause ("who was nominated by … and confirmed by …") THEN no statement', () => {
    expect(
      statementsOf(
        'The board feared for Ivo Lund, who was nominated by the mayor and confirmed by the council in May.',
      ),
    ).toEqual([]);
  });

  it('GIVEN "“…,” Lund told Jane Roe, who answered the door and said …" THEN the quote is Lund’s and the report Roe’s', () => {
    const statements = statementsOf(
      '“The fair is back,” Ivo Lund told Jane Roe, who answered her door on Sunday and said she would vote for Berg.',
    );
    expect(statements.map((s) => [s.kind, s.speaker, s.text])).toEqual([
      ['direct', 'Ivo Lund', 'The fair is back'],
      ['indirect', 'Jane Roe', 'she would vote for Berg.'],
    ]);
  });
});

describe('a lone surname with an aside only a person takes', () => {
  it.each([
    ['a described title', 'Lind, the union’s general secretary, said the board had lied to the dockers.'],
    ['an age', 'Lind, 54, said the board had lied to the dockers.'],
  ])('GIVEN NAME, %s, said … THEN the name speaks, and a later “she” stands for it', (_, sentence) => {
    expect(
      statementsOf(`${sentence} She told the crowd that the real figure was closer to 900.`).map(
        (s) => s.speaker,
      ),
    ).toEqual(['Lind', 'Lind']);
  });

  it('GIVEN a word before a clause that ends with a title (“Repeatedly, the hall filled … for the mayor,”) THEN no person', () => {
    expect(
      statementsOf('Repeatedly, the hall filled with chants for the mayor, as “Welcome home!” rang out.'),
    ).toEqual([]);
  });
});

describe('letters that stand for an office', () => {
  it('GIVEN “the opposition MP said” THEN an unnamed speaker described as the opposition MP, no body called “MP”', () => {
    expect(
      statementsOf('The opposition MP said the harbour must stay open for the town.').map((s) => [
        s.speaker,
        s.speakerKind,
      ]),
    ).toEqual([['the opposition MP', 'unnamed']]);
  });

  it('GIVEN a name, then the letters THEN still the person (“Ms Ada Lind MP said”)', () => {
    expect(
      statementsOf('Ms Ada Lind MP said the harbour must stay open for the town.').map((s) => s.speaker),
    ).toEqual(['Ada Lind']);
  });
});

describe('a lone quote after a sentence about someone', () => {
  it('GIVEN NAME did something. “…” (no verb of saying) THEN the quote is that person’s', () => {
    expect(
      quotesBy(
        'Cllr Ada Lind, cabinet member for transport, opened the debate. “Doing nothing is not an option.”',
      ),
    ).toEqual([['Ada Lind', 'Doing nothing is not an option.']]);
  });

  it('GIVEN the family name alone of a person named in full before, then a lone quote THEN the quote is theirs', () => {
    expect(
      quotesBy('Matteo Varro has rowed the ferry since 1985.', 'Varro shrugs. “Maybe the mayor is right.”'),
    ).toEqual([['Matteo Varro', 'Maybe the mayor is right.']]);
    // A capitalised word naming no one the article knows is no speaker.
    expect(quotesBy('Orra is a village.', 'Orra shrugs. “Maybe the mayor is right.”')).toEqual([]);
  });

  it.each([
    ['remembers', ['Mara Quint remembers the winter the river froze.']],
    ['still remembers, after an aside', ['Mara Quint, 84, still remembers the winter the river froze.']],
    [
      'remembers, then a sentence naming no one',
      ['Mara Quint remembers the winter the river froze. The town was cut off for weeks.'],
    ],
  ])(
    'GIVEN a paragraph where NAME %s, then a paragraph that is only a quote THEN the quote is hers',
    (_, before) => {
      expect(quotesBy(...before, '“We walked to school across the ice.”')).toEqual([
        ['Mara Quint', 'We walked to school across the ice.'],
      ]);
    },
  );

  it('GIVEN NAME remembers …, then another person named, then a lone quote paragraph THEN not hers', () => {
    expect(
      quotesBy(
        'Mara Quint remembers the winter the river froze. Her brother, Tomas Quint, was nine.',
        '“We walked to school across the ice.”',
      ).map(([speaker]) => speaker),
    ).not.toContain('Mara Quint');
  });

  it('GIVEN NAME remembers …, then a quote paragraph with its own cue THEN the cue’s speaker', () => {
    expect(
      quotesBy(
        'Mara Quint remembers the winter the river froze.',
        '“We walked to school across the ice,” said her brother, Tomas Quint.',
      ),
    ).toEqual([['Tomas Quint', 'We walked to school across the ice']]);
  });

  it('GIVEN NAME remembers …, then a paragraph with a quote and more THEN the quote is not hers', () => {
    expect(
      quotesBy(
        'Mara Quint remembers the winter the river froze.',
        '“We walked to school across the ice.” The ferry stopped running that January.',
      ).map(([speaker]) => speaker),
    ).not.toContain('Mara Quint');
  });

  it('GIVEN NAME was something done to. “…” THEN no speaker from the subject', () => {
    expect(quotesBy('Ada Lind was pushed aside by the harbour board. “It was a disgrace.”')).toEqual([]);
  });

  it('GIVEN “Cllr” or “Cr” before a name THEN a councillor’s title, and the surname alone is the same person', () => {
    expect(
      statementsOf(
        'Cllr Ada Lind said the lane would cost £1.8 million. Cllr Lind said traders had been consulted.',
      ).map((s) => [s.speaker, s.role]),
    ).toEqual([
      ['Ada Lind', 'Councillor'],
      ['Ada Lind', 'Councillor'],
    ]);
  });
});

describe('a description holding a phrase', () => {
  it.each([
    ['a spokeswoman for the city', 'A spokeswoman for the city said the harbour would reopen in May.'],
    [
      'the head of the ambulance service',
      'The head of the ambulance service said the harbour would reopen in May.',
    ],
    [
      'Officials at the port authority',
      'Officials at the port authority said the harbour would reopen in May.',
    ],
  ])('GIVEN %s said … THEN that description speaks', (speaker, sentence) => {
    expect(statementsOf(sentence).map((s) => s.speaker)).toEqual([speaker]);
  });

  it.each([
    'One of the many reasons the harbour closed may be that it lost money.',
    'Officials expect it to raise the harbour fees in May.',
  ])(
    'GIVEN a head no person’s (“one of the many”), or a verb after the plural (“Officials expect”) THEN no such speaker: %s',
    (sentence) => {
      expect(statementsOf(sentence).map((s) => s.speaker)).not.toContain('One of the many');
      expect(statementsOf(sentence).map((s) => s.speaker)).not.toContain('Officials expect it to raise');
    },
  );

  it('GIVEN “Having said that, NAME noted …” THEN the name speaks, not “Having”', () => {
    expect(
      statementsOf('Having said that, Ada Lind noted the port would stay open for years.').map(
        (s) => s.speaker,
      ),
    ).toEqual(['Ada Lind']);
  });
});

describe('a pronoun after a speaker brought in by a description', () => {
  it('GIVEN “A spokesman for X said …. “…,” he said.” after a man named earlier THEN the spokesman, not that man', () => {
    expect(
      quotesBy(
        'Mr Tomas Berg was 71. His widow, Ada, said outside court: “We waited and waited.”',
        'A spokesman for the ambulance service said the trust accepted the findings in full. “We are deeply sorry,” he said.',
      ).at(-1),
    ).toEqual(['a spokesman for the ambulance service', 'We are deeply sorry']);
  });

  it.each([
    ['The harbour master said the quay was safe. Speaking to Velmar Radio, he added: “We checked it twice.”'],
    ['The mayor said the quay was safe. “We checked it twice,” she said.'],
  ])(
    'GIVEN a definite description that spoke and no person named (%s) THEN the pronoun stands for it',
    (p) => {
      expect(quotesBy(p).at(-1)?.[1]).toMatch(/^We checked it twice\.?$/u);
      expect(quotesBy(p).at(-1)?.[0]).toMatch(/^the (?:harbour master|mayor)$/u);
    },
  );

  it('GIVEN a definite description whose words give the other sex THEN the pronoun does not stand for it', () => {
    expect(quotesBy('The chairwoman said the quay was safe. “We checked it twice,” he said.')).toEqual([]);
  });

  it('GIVEN a definite description (“the businessman”) THEN the pronoun still finds the one named', () => {
    expect(
      quotesBy(
        'Tomas Berg visited the port on Monday.',
        'The businessman said the harbour tax was too high. “It is absurd,” he said.',
      ).at(-1),
    ).toEqual(['Tomas Berg', 'It is absurd']);
  });
});

describe('an office the lexicon does not know, and a quote reported once', () => {
  it('GIVEN “The OFFICE, FULL NAME, has rejected …, telling X that “…”” THEN the name speaks, the quote once', () => {
    const found = statementsOf(
      'The Reeve, Ada Lind, has rejected calls for an inquiry, telling the council that “an inquiry would build not one home.”',
    ).map((s) => [s.speaker, s.kind]);
    expect(found).toEqual([['Ada Lind', 'direct']]);
  });
});

describe('a speaker called by age', () => {
  it('GIVEN NAME did something. “…,” said the 24-year-old. THEN the one named', () => {
    expect(
      quotesBy(
        'Ada Lind scored twice for Rovers.',
        '“It is the best I have felt all season,” said the 24-year-old.',
      ),
    ).toEqual([['Ada Lind', 'It is the best I have felt all season']]);
  });

  it('GIVEN a sentence about NAME, another man named in it, then “said the 19-year-old” THEN the one the sentence is about', () => {
    expect(
      quotesBy(
        'Substitute Tom Berg came on for Rovers, and Ivo Lund scored after Omar Sahli fouled.',
        'Then, deep into stoppage time, Berg rose to meet Lund’s cross.',
        '“I just closed my eyes,” said the 19-year-old.',
      ),
    ).toEqual([['Tom Berg', 'I just closed my eyes']]);
  });

  it('GIVEN a man and a woman named before THEN the age stays a description (a pronoun of either sex would differ)', () => {
    expect(
      quotesBy(
        'John Berg and Mary Lind scored for Rovers.',
        '“It is the best I have felt all season,” said the 24-year-old.',
      ),
    ).toEqual([['the 24-year-old', 'It is the best I have felt all season']]);
  });
});

describe('a speaker called by nationality', () => {
  it.each([
    ['“It hits his chest,” the Swede told reporters.', 'the Swede'],
    ['“I was tired,” said the Australian.', 'the Australian'],
  ])('GIVEN NAME did something. %j THEN the one named (%s is an epithet)', (quote) => {
    const said = quotesBy('Rovers boss Karl Nyberg was furious about the penalty.', quote);
    expect(said.map(([speaker]) => speaker)).toEqual(['Karl Nyberg']);
  });

  it('GIVEN “the Chinese” (a people) THEN it stands for no one named', () => {
    expect(
      quotesBy('Karl Nyberg met the envoys.', '“We will not be moved,” the Chinese said in a statement.').map(
        ([speaker]) => speaker,
      ),
    ).not.toEqual(['Karl Nyberg']);
  });

  it('GIVEN “Rovers boss NAME” THEN the name speaks and “Rovers boss” is the role', () => {
    const [s] = indirect(statementsOf('Rovers boss Karl Nyberg said the penalty was wrong.'));
    expect([s?.speaker, s?.role]).toEqual(['Karl Nyberg', 'Rovers boss']);
  });
});

describe('a pronoun after a body’s spokesman', () => {
  it('GIVEN “A spokesman for the Harbour Trust said …. “…,” he said.” after a man named earlier THEN the body speaks it', () => {
    expect(
      quotesBy(
        'Mr Tomas Berg was 71. His widow, Ada, said outside court: “We waited and waited.”',
        'A spokesman for the Harbour Trust said the trust accepted the findings in full. “We are deeply sorry,” he said.',
      ).at(-1),
    ).toEqual(['Harbour Trust', 'We are deeply sorry']);
  });
});

describe('a lone quote credited by a dash line after it', () => {
  const quote = '“I went to the docks before the storm. I was the one warning everyone.”';
  const words = 'I went to the docks before the storm. I was the one warning everyone.';

  it.each([
    ['- Mara Quint.', 'Mara Quint', null],
    ['-Mayor Tom Hale, posting after the speech.', 'Tom Hale', 'Mayor'],
    ['— Ines Marl, Lyon.', 'Ines Marl', null],
    ['–Ada Lind, harbour master', 'Ada Lind', null],
  ])(
    'GIVEN a paragraph that is one quote, then %j THEN the one the dash names said it',
    (credit, speaker, role) => {
      const s = statementsOf('Reaction came fast.', quote, credit);
      expect(s.map((x) => [x.kind, x.speaker, x.role ?? null, x.text])).toEqual([
        ['direct', speaker, role, words],
      ]);
    },
  );

  it('GIVEN straight quote marks around the lone quote THEN the dash line credits it too', () => {
    expect(quotesBy('Reaction came fast.', `"${words}"`, '- Mara Quint.')).toEqual([['Mara Quint', words]]);
  });

  it('GIVEN a speaker carried from the paragraph before THEN the dash line’s name outranks it', () => {
    expect(
      quotesBy('“The pier is gone,” said Tom Hale, the harbour master.', quote, '— Mara Quint.').at(-1),
    ).toEqual(['Mara Quint', words]);
  });

  it.each([['– Old hands –.'], ['– Country less safe –.'], ['— Harbour fees rise']])(
    'GIVEN a subhead between dashes or naming no person (%j) after a lone quote THEN it credits nothing',
    (line) => {
      expect(quotesBy('Reaction came fast.', quote, line)).toEqual([]);
    },
  );

  it('GIVEN a dash line after a paragraph that is not a lone quote THEN it credits nothing', () => {
    expect(statementsOf('The harbour reopened on Monday after a week of repairs.', '- Mara Quint.')).toEqual(
      [],
    );
    expect(
      quotesBy(`Reaction came fast: ${quote} The pier closed.`, '- Mara Quint.').map(([speaker]) => speaker),
    ).not.toContain('Mara Quint');
  });

  it('GIVEN a quote paragraph with its own cue THEN its speaker keeps it', () => {
    expect(
      quotesBy(
        'Reaction came fast.',
        '“I went to the docks before the storm,” said Tom Hale.',
        '- Mara Quint.',
      ),
    ).toEqual([['Tom Hale', 'I went to the docks before the storm']]);
  });

  it('GIVEN a dash line whose name goes on as a sentence THEN it is no credit line', () => {
    expect(
      quotesBy('Reaction came fast.', quote, '- Mara Quint said the pier was gone.').map(
        ([speaker]) => speaker,
      ),
    ).not.toContain('Mara Quint');
  });
});

describe('a paragraph ending in a verb of issuing and a statement noun, then a quote', () => {
  const quote = '“Our prayers are with all those affected by the storm. This cannot continue.”';
  const words = 'Our prayers are with all those affected by the storm. This cannot continue.';

  it.each([
    ['In response, the harbour master Ada Lind issued the following statement:', 'Ada Lind'],
    ['Mayor Tom Hale released a statement:', 'Tom Hale'],
    ['Ada Lind made the following comment:', 'Ada Lind'],
    ['The Harbour Trust gave a short response:', 'Harbour Trust'],
  ])('GIVEN %j, then a paragraph that is a quote THEN the quote is the subject’s', (intro, speaker) => {
    expect(quotesBy(intro, quote)).toEqual([[speaker, words]]);
  });

  it.each([
    ['Mayor Tom Hale released a statement:'],
    ['In response to the flood, Ada Lind issued the following statement:'],
  ])('GIVEN %j THEN neither the statement noun nor the opening phrase is a reported statement', (intro) => {
    expect(indirect(statementsOf(intro, quote))).toEqual([]);
  });

  it.each([
    ['a pronoun and a verb of saying', 'In a 1963 speech, he declared:'],
    ['a pronoun, the one told and an aside', 'He told his audience, to rowdy applause:'],
  ])(
    'GIVEN a person named before, then a paragraph ending in %s THEN the quote after is theirs',
    (_, intro) => {
      expect(quotesBy('Tom Hale was the mayor for ten years.', intro, quote).at(-1)).toEqual([
        'Tom Hale',
        words,
      ]);
    },
  );

  it.each([
    ['a verb of issuing with another object', 'The court issued a ruling on the appeal:'],
    ['a statement noun not closing the sentence', 'Ada Lind released the statement to the press on Monday.'],
    [
      'a statement by another, as object',
      'Here is how the website rated this statement by Tom Hale on June 11:',
    ],
  ])('GIVEN %s, then a paragraph that is a quote THEN nobody is credited with it', (_, intro) => {
    expect(quotesBy(intro, quote)).toEqual([]);
  });

  it('GIVEN a body describing itself “in the following way:” THEN the quote stays the body’s, as any verb of saying gives it', () => {
    expect(
      quotesBy(
        'The agency describes itself in the following way:',
        '“We serve the harbour towns with pride.”',
      ),
    ).toEqual([['the agency', 'We serve the harbour towns with pride.']]);
  });
});

describe('a quote brought in by “by saying”', () => {
  it.each([
    [
      'by saying, “…”',
      'Tom Hale spoke to the court. Hale continued by saying, “We will appeal.”',
      'We will appeal.',
    ],
    [
      'by saying “…” (no comma)',
      'Tom Hale read the names. Hale closed his list by saying “Too many.”',
      'Too many.',
    ],
    [
      'a pronoun, “by saying”',
      'Ada Lind spoke first. She followed that by saying, “I am not a natural politician.”',
      'I am not a natural politician.',
    ],
    [
      'by telling',
      'Tom Hale read the names. Hale ended by telling the crowd, “We will rebuild the pier.”',
      'We will rebuild the pier.',
    ],
    [
      'by asking',
      'Tom Hale read the names. Hale closed by asking, “Who will rebuild the pier?”',
      'Who will rebuild the pier?',
    ],
    [
      'by noting',
      'Tom Hale read the names. Hale opened by noting, “The pier has stood for a century.”',
      'The pier has stood for a century.',
    ],
    [
      'by declaring',
      'Tom Hale read the names. Hale finished by declaring, “The pier will stand again.”',
      'The pier will stand again.',
    ],
    [
      'by arguing',
      'Tom Hale read the names. Hale answered by arguing, “The pier will stand again.”',
      'The pier will stand again.',
    ],
    [
      'by warning',
      'Tom Hale read the names. He ended by warning, “The pier will not stand another winter.”',
      'The pier will not stand another winter.',
    ],
  ])(
    'GIVEN %s THEN the subject said the quote, and the sentence around it is no statement besides',
    (_, text, said) => {
      const s = statementsOf(text);
      expect(direct(s).map((x) => [x.speaker, x.text])).toEqual([
        [text.startsWith('Ada') ? 'Ada Lind' : 'Tom Hale', said],
      ]);
      expect(indirect(s)).toEqual([]);
    },
  );

  it('GIVEN an opening clause with no comma, then “he began by saying, “…”” THEN “he” is the one named before', () => {
    expect(
      quotesBy(
        'Judge Tom Hale took a short recess. When the judge returned he began by saying, “I do not think it is necessary for Mr. Vos to go to jail.”',
      ),
    ).toEqual([['Tom Hale', 'I do not think it is necessary for Mr. Vos to go to jail.']]);
  });

  it('GIVEN an opening clause with no comma, then a subject that is no pronoun THEN the one named before does not speak', () => {
    expect(
      quotesBy(
        'Judge Tom Hale took a short recess. When the judge returned the clerk began by saying, “Please rise for the court.”',
      ).map(([speaker]) => speaker),
    ).not.toContain('Tom Hale');
  });

  it('GIVEN “when asked how she would …” with no comma THEN “she” opens no main clause', () => {
    expect(
      quotesBy(
        'Ada Lind met the voters.',
        'But when asked how she would define the “old guard” - a term of her rival - the room fell quiet.',
      ),
    ).toEqual([]);
  });

  it('GIVEN “by saying” with no quote THEN the reported statement stays', () => {
    expect(
      indirect(statementsOf('Tom Hale ended the meeting by saying the pier would reopen in the spring.')).map(
        (x) => x.speaker,
      ),
    ).toEqual(['Tom Hale']);
  });

  it('GIVEN “by” and an -ing word that is no verb of speech THEN nothing is said', () => {
    expect(statementsOf('Tom Hale read the names. The crowd was moved by hearing “Too many.”')).toEqual([]);
  });
});
