import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../src/attribution/types.ts';
import { americanSpelling, analyzeQuestion } from '../../src/search/question/analyze.ts';
import { SpeakerMatcher } from '../../src/search/question/speakers.ts';
import { words } from '../../src/search/text.ts';
import { Vocabulary } from '../../src/search/vocabulary.ts';

/** Question analysis over an invented briefing: the rules are patterns of English questions. */
const speaker = (name: string, roles: string[] = [], aliases: string[] = []): Speaker => ({
  name,
  kind: /Authority/u.test(name) ? 'organization' : 'person',
  aliases,
  roles,
  statements: 1,
});
const speakers = [
  speaker('Jane Roe', ['city housing commissioner']),
  speaker('John Doe', ['Senate majority leader']),
  speaker('Sam Mich'),
];
const text =
  'Jane Roe said the Harbour plan would open in May. John Doe died on Monday. Mayor Lee praised Norland and Norland exports. Officials sat down.';
const vocabulary = new Vocabulary();
for (const w of words(text)) vocabulary.add(w);
for (const w of text.split(/\s+/u)) vocabulary.noteCase(w.replace(/[.,]/gu, ''));
vocabulary.seal();
const lexicon = { vocabulary, speakers: new SpeakerMatcher(speakers) };
const ask = (q: string) => analyzeQuestion(q, lexicon);

describe('what a question asks', () => {
  it.each([
    ['Who said the plan would open in May?', 'who-said'],
    ['Which official claimed the harbour was safe?', 'who-said'],
    ['Who is Jane Roe?', 'who-is'],
    ['Who wrote the story about the harbour?', 'author'],
    ['Who is the author of the harbour op-ed?', 'author'],
    ['Where did Jane Roe speak?', 'where'],
    ['In which city is the harbour?', 'where'],
    ['When did John Doe die?', 'when'],
    ['How long has the harbour been closed?', 'when'],
    ['Why did the harbour close?', 'why'],
    ['How many ships use the harbour?', 'how-many'],
    ['What did Jane Roe say about the harbour?', 'said'],
    ['harbour plan May', 'other'],
  ])('reads %s as %s', (q, asks) => {
    expect(ask(q).asks).toBe(asks);
  });

  it('reads a question about what a writer thinks as no question of who wrote', () => {
    expect(ask('What does the op-ed author think about the harbour?').asks).not.toBe('author');
    expect(ask('How does the writer describe the harbour?').asks).not.toBe('author');
  });

  it.each([
    'Who wrote the harbour bill?',
    'Who authored the amendment on dredging?',
    'who wrote the letter to the mayor',
  ])('reads "%s", who wrote something other than a piece of news, as no question of bylines', (q) => {
    expect(ask(q).asks).not.toBe('author');
  });

  it.each([
    'Who wrote about the harbour?',
    'Who wrote the Harbour Times column on dredging?',
    'who wrote it',
  ])('still reads "%s" as a question of who wrote the article', (q) => {
    expect(ask(q).asks).toBe('author');
  });

  it('reads a misspelt question word as the one it nearly is ("wat did")', () => {
    expect(ask('wat did Jane Roe say abt the harbour').asks).toBe('said');
    expect(ask('wat did Jane Roe say abt the harbour').terms.map((t) => t.word)).not.toContain('abt');
  });
});

describe('two people named, no verb of speech', () => {
  it('reads the one after a noun of opinion’s preposition as the topic ("her verdict on Doe")', () => {
    const a = ask("What was Jane Roe's verdict on John Doe?");
    expect(a.speakers.map((m) => m.speaker.name)).toEqual(['Jane Roe']);
    expect(a.terms.find((t) => t.word === 'doe')?.speaker).toBe(false);
    // Named alone, the person after "on" is still the one asked about.
    expect(ask('What was the verdict on John Doe?').speakers.map((m) => m.speaker.name)).toEqual([
      'John Doe',
    ]);
  });
});

describe('a request for someone’s words', () => {
  it.each([
    ['quotes from Jane Roe', []],
    ['Show me all statements by Jane Roe about the harbour', ['harbour']],
    ["Jane Roe's comments on the harbour plan", ['harbour', 'plan']],
    ['remarks of the housing commissioner', []],
  ])('reads %s as what that person said, about %j', (q, topic) => {
    const a = ask(q);
    expect(a.asks).toBe('said');
    expect(a.speakers.map((m) => m.speaker.name)).toEqual(['Jane Roe']);
    // "quotes", "statements", "comments", "remarks" ask for words; they are no topic.
    expect(a.terms.filter((t) => !t.speaker).map((t) => t.word)).toEqual(topic);
  });

  it('leaves a question that merely mentions statements as it is', () => {
    expect(ask('What did John Doe say about the statements?').terms.map((t) => t.word)).toContain(
      'statements',
    );
    expect(ask("Who made Jane Roe's statements public?").asks).not.toBe('said');
  });
});

describe('a word of speech that is as often a noun', () => {
  it('is a noun after a determiner or a possessive, and part of the subject', () => {
    expect(ask('What did the state harbour commissioner say about taxes?').speakerAsked).toBe(
      'the state harbour commissioner',
    );
    expect(ask("What did Norland's state harbour commissioner tell the reporters?").speakerAsked).toBe(
      "Norland's state harbour commissioner",
    );
  });

  it('is a noun when capitalised inside the question ("the State Harbour Office")', () => {
    expect(ask('What did the State Harbour Office say about the plan?').speakerAsked).toBe(
      'the State Harbour Office',
    );
  });

  it('is a noun in a phrase opened by a preposition, so a question about a deed stays one', () => {
    const q = ask('When was Jane Roe first elected to the new state senate?');
    expect(q.asks).toBe('when');
    expect(q.aboutSpeech).toBe(false);
    // Her statements are not what is asked: the question names her as the one elected.
    expect(q.speakers).toEqual([]);
  });

  it('is a verb after do-support, whatever follows it ("did Roe promise voters", "did the city call")', () => {
    const q = ask('What did Jane Roe promise voters?');
    expect(q.asks).toBe('said');
    expect(q.aboutSpeech).toBe(true);
    expect(q.speakers.map((m) => m.speaker.name)).toEqual(['Jane Roe']);
    expect(ask('What did the city call the harbour plan?').speakerAsked).toBe('the city');
  });

  it('is a verb in Title Case and capitals, where capitals say nothing', () => {
    expect(ask('What Did Jane Roe Promise Voters?').aboutSpeech).toBe(true);
  });
});

describe('the speakers a question asks about', () => {
  it('"speak" and "talk" are verbs of speech: "Where did Jane Roe speak?" asks where she said what she said', () => {
    for (const text of ['Where did Jane Roe speak?', 'When did Jane Roe talk to reporters?']) {
      const q = ask(text);
      expect(q.aboutSpeech).toBe(true);
      expect(q.speakers.map((m) => m.speaker.name)).toEqual(['Jane Roe']);
    }
  });

  it('a statement, remarks, comments or a tweet are what someone said: the question asks for their words', () => {
    for (const text of [
      'How did their joint statement sum up the talks?',
      'What was in the mayor’s remarks on the harbour?',
      'Which comments on the port drew the most anger?',
    ])
      expect(ask(text).aboutSpeech).toBe(true);
    // A speech is as often the event as the words.
    expect(ask('Where did she fly after her harbour speech?').aboutSpeech).toBe(false);
  });

  it('"talks" and "a talk" are nouns: a question about talks is not about anyone\'s words', () => {
    for (const text of [
      'How did the peace talks end?',
      'When will the harbour talks resume?',
      'When was the talk?',
    ]) {
      expect(ask(text).aboutSpeech).toBe(false);
    }
  });

  it('"…, according to X" at either end asks what X said, and X is the speaker asked about', () => {
    for (const text of [
      'Why did the harbour close, according to the housing commissioner?',
      'Why did the harbour close according to the housing commissioner?',
      'According to the housing commissioner, why did the harbour close?',
    ]) {
      const q = ask(text);
      expect(q.asks).toBe('why');
      expect(q.aboutSpeech).toBe(true);
      expect(q.speakers.map((m) => m.speaker.name)).toEqual(['Jane Roe']);
    }
    // "According to plan" names no source.
    expect(ask('Did the harbour open according to plan?').aboutSpeech).toBe(false);
    expect(ask('Did the harbour open, according to plan?').aboutSpeech).toBe(false);
  });
  it('takes the person the subject names, not another of the same family name', () => {
    const lindqvists = [speaker('Maria Lindqvist'), speaker('Peter Lindqvist')];
    const q = analyzeQuestion('What did Peter Lindqvist tell Maria?', {
      vocabulary,
      speakers: new SpeakerMatcher(lindqvists),
    });
    expect(q.speakers.map((m) => m.speaker.name)).toEqual(['Peter Lindqvist']);
  });

  it('GIVEN a double-barrelled name typed as two words THEN it is that person, not another of its second name', () => {
    const people = [speaker('Ilse Marek-Brandt'), speaker('Tomas Brandt')];
    const text = 'Ms. Marek-Brandt said the mill would close. Tomas Brandt said little.';
    const vocab = new Vocabulary();
    for (const w of words(text)) vocab.add(w);
    vocab.seal();
    const lex = { vocabulary: vocab, speakers: new SpeakerMatcher(people) };
    for (const q of ['what did marek brandt say', 'What did Ilse Marek Brandt say about the mill?']) {
      const a = analyzeQuestion(q, lex);
      expect(a.speakers.map((m) => m.speaker.name)).toEqual(['Ilse Marek-Brandt']);
      expect(a.missingNames).toEqual([]);
      // The question's words are the text's: the name is one word there.
      expect(a.terms.map((t) => t.word)).toContain('marek-brandt');
    }
    // Two names side by side that are no double-barrelled name stay two words.
    expect(new SpeakerMatcher(people).joinNames('Did Tomas Brandt speak?')).toBe('Did Tomas Brandt speak?');
  });

  it.each([
    ['What did Supt Lee say?', 'superintendent'],
    ['What did the CFO say about costs?', 'chief financial officer'],
  ])(
    'GIVEN the shorthand of an office (%j) THEN it is read as the words the text uses, not a missing name',
    (q, office) => {
      const text = `Chief ${office} Mia Lee said costs rose.`;
      const vocab = new Vocabulary();
      for (const w of words(text)) vocab.add(w);
      vocab.seal();
      const a = analyzeQuestion(q, {
        vocabulary: vocab,
        speakers: new SpeakerMatcher([speaker('Mia Lee', [office])]),
      });
      expect(a.missingNames).toEqual([]);
      expect(a.speakers.map((m) => m.speaker.name)).toEqual(['Mia Lee']);
    },
  );

  it('finds the subject by its role though a name later in the question scores higher', () => {
    // "John Doe" (two name words) would outscore the role's two words, but Doe is spoken about.
    expect(
      ask("How did the housing commissioner describe John Doe's plan?").speakers.map((m) => m.speaker.name),
    ).toEqual(['Jane Roe']);
  });

  it('takes the subject of the verb of speech, not the person spoken to', () => {
    // "tell John Doe": Doe is told, Roe speaks.
    expect(
      ask('What did Jane Roe tell John Doe about the harbour?').speakers.map((m) => m.speaker.name),
    ).toEqual(['Jane Roe']);
  });

  it('finds a speaker by most of the words of a role', () => {
    expect(ask('What did the housing commissioner say?').speakers[0]?.speaker.name).toBe('Jane Roe');
  });

  it('leaves out a person whose office is asked about ("Jane Roe’s spokesman")', () => {
    expect(ask("What did Jane Roe's spokesman say about the plan?").speakers).toEqual([]);
  });

  it('treats names in a question about a deed as its topic', () => {
    const q = ask('When did John Doe die?');
    expect(q.speakers).toEqual([]);
    expect(q.terms.map((t) => t.word)).toContain('doe');
  });

  it('names nobody for "who said", whose names are what was said', () => {
    expect(ask('Who said Jane Roe would win?').speakers).toEqual([]);
  });
});

describe('the words of a question', () => {
  it('reads a short unknown word as a typo of a name by a letter left out ("Norlnd"), not of any word', () => {
    const q = ask('What did Jane Roe say about Norlnd?');
    expect(q.terms.find((t) => t.word === 'norlnd')?.typo).toBe(true);
  });

  it('does not read a word as a typo when its first letters differ ("Xarbour")', () => {
    expect(ask('What about Xarbour?').terms.find((t) => t.word === 'xarbour')?.unknown).toBe(true);
  });

  it('meets an inflection the stemmer splits off ("die" finds "died")', () => {
    const q = ask('When did John Doe die?');
    expect(q.terms.find((t) => t.word === 'die')?.unknown).toBe(false);
  });

  it('lists capitalised names the briefing never uses', () => {
    expect(ask('What did Jane Roe say about Zanzibar?').missingNames).toEqual(['zanzibar']);
  });

  it('does not read "much" as a typo of a four-letter name', () => {
    expect(ask('How much did Jane Roe say it costs?').speakers.map((m) => m.speaker.name)).not.toContain(
      'Sam Mich',
    );
  });
});

describe('British and American spellings', () => {
  it('reads a British spelling as the American one, not as a typo', () => {
    expect(
      ['behaviour', 'criticise', 'criticised', 'centre', 'defence', 'travelled', 'colourful'].map(
        americanSpelling,
      ),
    ).toEqual(['behavior', 'criticize', 'criticized', 'center', 'defense', 'traveled', 'colorful']);
    // Words that only look alike stay as they are.
    expect(['our', 'tour', 'house', 'wise', 'fence', 'ball', 'well'].map(americanSpelling)).toEqual([
      'our',
      'tour',
      'house',
      'wise',
      'fence',
      'ball',
      'well',
    ]);
  });

  it('finds the briefing’s spelling at full weight', () => {
    const v = new Vocabulary();
    for (const w of words('The harbor board criticized the plan')) v.add(w);
    v.seal();
    const q = analyzeQuestion('Why did the board criticise the harbour plan?', {
      vocabulary: v,
      speakers: new SpeakerMatcher([]),
    });
    const harbour = q.terms.find((t) => t.word === 'harbour');
    expect(harbour?.typo).toBe(false);
    expect(harbour?.unknown).toBe(false);
  });

  it('reads a word against each briefing’s own vocabulary, however often it was asked before', () => {
    const briefing = (text: string) => {
      const v = new Vocabulary();
      for (const w of words(text)) v.add(w);
      v.seal();
      return { vocabulary: v, speakers: new SpeakerMatcher([]) };
    };
    const withFerry = briefing('The ferry to the island was cancelled');
    const without = briefing('The bridge to the island was closed');
    const ferry = (lexicon: ReturnType<typeof briefing>) =>
      analyzeQuestion('Why was the ferry cancelled?', lexicon).terms.find((t) => t.word === 'ferry');
    expect(ferry(withFerry)?.unknown).toBe(false);
    expect(ferry(without)?.unknown).toBe(true);
    expect(ferry(withFerry)?.unknown).toBe(false);
    // Each question gets its own terms: changing one leaves the next question's alone.
    const first = analyzeQuestion('Why was the ferry cancelled?', withFerry).terms;
    first[0]?.stems.push('changed');
    expect(analyzeQuestion('Why was the ferry cancelled?', withFerry).terms[0]?.stems).not.toContain(
      'changed',
    );
  });

  it('reads an irregular verb the briefing has only in the past as that past', () => {
    const v = new Vocabulary();
    for (const w of words('Ferry fares rose in May after the council met. Drivers give way.')) v.add(w);
    v.seal();
    const lexicon = { vocabulary: v, speakers: new SpeakerMatcher([]) };
    const rise = analyzeQuestion('Why did ferry fares rise?', lexicon).terms.find((t) => t.word === 'rise');
    expect(rise?.unknown).toBe(false);
    expect(rise?.stems).toEqual(['rose']);
    // The base form in the briefing is the word itself: its past is not brought in.
    const give = analyzeQuestion('What did drivers give?', lexicon).terms.find((t) => t.word === 'give');
    expect(give?.stems).toEqual(['give']);
    // A verb the briefing has in no form is missing.
    const fight = analyzeQuestion('Who did the council fight?', lexicon).terms.find(
      (t) => t.word === 'fight',
    );
    expect(fight?.unknown).toBe(true);
  });
});
