import { beforeAll, describe, expect, it } from 'vitest';
import { type Briefing, createBriefing } from '../../src/answer/briefing.ts';
import { parseArticle } from '../../src/corpus/index.ts';
import {
  addressee,
  askedPlaces,
  asksOutcome,
  type UnreportedSource,
  unreported,
} from '../../src/search/rank/unreported.ts';
import { STOP_WORDS, term, words } from '../../src/search/text.ts';
import { TokenTable } from '../../src/search/tokens.ts';

/** Refusal after ranking, on invented text: what the best passage found does not report. */
const question = (text: string) => ({
  text,
  asks: 'other' as const,
  phrase: null,
  quoted: false,
  terms: words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map((w) => {
      const stem = term(w) ?? w;
      return {
        word: w,
        term: stem,
        stems: [stem],
        capital: false,
        typo: false,
        unknown: false,
        speaker: false,
      };
    }),
  speakers: [],
  subject: null,
  speakerAsked: null,
  missingNames: [],
  aboutSpeech: false,
});

/** The best passage holds enough of the question to answer it, or only enough to be related. */
const answered = { related: false };
const related = { related: true };

/** One article of passages, as the index would read it. */
function source(passages: string[], heading = '', names: string[] = []): UnreportedSource {
  const table = new TokenTable();
  for (const p of [...passages, heading]) for (const w of words(p)) table.add(w);
  const tokens = passages.map((p) => table.ofWords(words(p)));
  return {
    tokens,
    table,
    neighbour: (id, step) => (tokens[id + step] ? id + step : undefined),
    holding: (stem) => tokens.flatMap((t, id) => (t.includes(table.ofStem(stem) ?? -2) ? [id] : [])),
    text: (id) => passages[id] ?? '',
    heading: () => heading,
    isName: (w) => names.includes(w),
  };
}

describe('a question about an outcome', () => {
  it('is one that opens by asking who won, lost or beat', () => {
    expect(asksOutcome(question('Who won the regatta final?'))).toBe(true);
    expect(asksOutcome(question('which crew lost the final'))).toBe(true);
    expect(asksOutcome(question('Who was the winner of the chess open?'))).toBe(true);
    expect(asksOutcome(question('What did Roe say after she won the final?'))).toBe(false);
  });

  it('is refused when the best passage and its neighbours report no outcome', () => {
    // The regatta is reported before the start: the crews, the course, no result.
    const before = source([
      'Crowds lined the harbour for the regatta.',
      'The final between Roe and Doe starts at noon on the north course.',
      'Doe said she felt ready.',
    ]);
    expect(
      unreported(question('Who won the regatta final between Roe and Doe?'), [1], before, answered),
    ).toMatch(/won/u);
  });

  it('is answered when one of them reports it, in any form of the words for an outcome', () => {
    const leadThen = (result: string) =>
      source(['The final between Roe and Doe started at noon.', result, 'Doe said she was tired.']);
    const q = question('Who won the regatta final between Roe and Doe?');
    expect(unreported(q, [0], leadThen('Roe won by two lengths.'), answered)).toBeNull();
    expect(unreported(q, [0], leadThen('It was a clear victory for Roe.'), answered)).toBeNull();
    expect(unreported(q, [0], leadThen('Doe was defeated by two lengths.'), answered)).toBeNull();
    // An outcome of something else, beside no word of the question, does not answer it.
    expect(unreported(q, [0], leadThen('Moss won a seat on the council in 2012.'), answered)).toMatch(/won/u);
  });

  it('is answered when a passage found after the best reports it, the best being a preview', () => {
    const report = source([
      'The final between Roe and Doe starts at noon.',
      'Crowds lined the quay.',
      'The wind dropped.',
      'Ferries ran late.',
      'Roe won the final by two lengths.',
    ]);
    const q = question('Who won the final between Roe and Doe?');
    expect(unreported(q, [0, 4], report, answered)).toBeNull();
    expect(unreported(q, [0], report, answered)).toMatch(/won/u);
  });
});

describe('a place a question sets what it asks in', () => {
  const lexicon = { isName: (w: string) => w === 'san' || w === 'lyngby', holdsPhrase: () => true };

  it('is a capitalised run after "in", "at", "near" or "from", not after "to"', () => {
    expect(askedPlaces(question('How many boats sank in Lyngby?'), lexicon)).toEqual(['Lyngby']);
    expect(askedPlaces(question('In Lyngby, how many boats sank?'), lexicon)).toEqual(['Lyngby']);
    expect(askedPlaces(question('What did Roe say to Doe?'), lexicon)).toEqual([]);
  });

  it('typed in lower case, is a name of the briefing and the words it writes beside it', () => {
    const beside = { ...lexicon, holdsPhrase: (ws: readonly string[]) => ws.join(' ') === 'san remo' };
    expect(askedPlaces(question('which inn did she stay at in san remo'), beside)).toEqual(['san remo']);
    expect(askedPlaces(question('what did she say in san remo yesterday'), beside)).toEqual(['san remo']);
    // "in the morning": no name, no place.
    expect(askedPlaces(question('what did she say in the morning'), beside)).toEqual([]);
    expect(askedPlaces(question("what happened in lyngby's harbour"), beside)).toEqual(['lyngby']);
  });

  it('refuses when the best passage, its neighbours and its article lead all lack the place', () => {
    // The count is of another town's port; Lyngby is named only paragraphs away.
    const ports = source(
      [
        'Storms hit the coast on Monday.',
        'In Tromso, 14 boats sank in the harbour.',
        'Fishermen said the warning came late.',
        'Crews worked through the night.',
        'Lyngby was spared the worst of the wind.',
      ],
      'Storms sink boats along the coast',
    );
    expect(unreported(question('How many boats sank in Lyngby?'), [1], ports, answered)).toMatch(/Lyngby/u);
  });

  it('answers when the passage or its article lead holds the place', () => {
    const counted = source(['Storms hit the coast.', 'In Lyngby, 14 boats sank.', 'Crews worked late.']);
    expect(unreported(question('How many boats sank in Lyngby?'), [1], counted, answered)).toBeNull();
    // The dateline sets the whole article there.
    const dated = source(
      ['Storms hit the coast.', 'Crews worked late.', 'Later, 14 boats sank in the harbour.', 'Roe said so.'],
      'Storms sink boats LYNGBY',
    );
    expect(unreported(question('How many boats sank in Lyngby?'), [2], dated, answered)).toBeNull();
  });

  it('is held by a word it starts: a nationality word of it ("Lyngbyan" for Lyngby)', () => {
    const ports = source([
      'Storms hit the coast.',
      'The Lyngbyan fleet lost 14 boats.',
      'Crews worked late.',
    ]);
    ports.table.add('lyngby');
    expect(unreported(question('How many boats sank in Lyngby?'), [1], ports, answered)).toBeNull();
  });

  it('is held by the place the article named last before the passage: the scene of what it reports', () => {
    const q = question('What did Roe say in Lyon about the harbour?');
    const travelled = source([
      'Storms hit the coast.',
      'Later, Roe flew on to Lyon for a rally.',
      'The crowd waited in the rain.',
      'Crews set up the stage.',
      '“The harbour opens in May,” Roe said.',
    ]);
    expect(unreported(q, [4], travelled, answered)).toBeNull();
    // Another place named since: the quote is no longer set in Lyon.
    const movedOn = source([
      'Storms hit the coast.',
      'Later, Roe flew on to Lyon for a rally.',
      'The crowd waited in the rain.',
      'On Tuesday she spoke in Porto.',
      'Crews set up the stage.',
      '“The harbour opens in May,” Roe said.',
    ]);
    expect(unreported(q, [5], movedOn, answered)).toMatch(/in Lyon/u);
    // Named paragraphs before, the place says where she grew up, not where she spoke.
    const grewUp = source([
      'Ada Roe took over the harbour board in May.',
      'Roe grew up in Lyon, where her father fished.',
      'She trained as an engineer.',
      'The board has met twice since.',
      'Crews set up the stage.',
      '“The harbour opens in May,” Roe said at the board meeting.',
    ]);
    expect(unreported(q, [5], grewUp, answered)).toMatch(/in Lyon/u);
  });

  it('leaves a place the briefing never names to the refusal before ranking', () => {
    const ports = source(['In Tromso, 14 boats sank.']);
    expect(unreported(question('How many boats sank in Bergen?'), [0], ports, answered)).toBeNull();
  });
});

describe('what a person told someone', () => {
  const said = (text: string) => ({ ...question(text), asks: 'said' as const });

  it('is asked of whom the words after "tell" name, up to what or where', () => {
    expect(addressee(said('What did Roe tell the harbour auditors about the fees?'))).toEqual([
      'harbour',
      'auditors',
    ]);
    expect(addressee(said('what did roe tel reporters in Lyngby'))).toEqual(['reporters']);
    expect(addressee(question('Who told the auditors about the fees?'))).toEqual([]);
  });

  it('is refused when only related passages are found and none around the best names them', () => {
    // The auditors are named, paragraphs away from what Roe says.
    const fees = source([
      'Roe defended the harbour fees.',
      '“They pay for the dredging,” Roe said.',
      'Crews worked late.',
      'The auditors report next month.',
    ]);
    const q = said('What did Roe tell the auditors about the fees?');
    expect(unreported(q, [1], fees, related)).toMatch(/auditors/u);
    // A passage that answers may put who was told otherwise ("she wrote to the board").
    expect(unreported(q, [1], fees, answered)).toBeNull();
    const told = source(['Roe met the auditors on Monday.', '“They pay for the dredging,” Roe said.']);
    expect(unreported(q, [1], told, related)).toBeNull();
  });
});

describe('refusal after ranking, on a briefing', () => {
  let briefing: Briefing;

  beforeAll(() => {
    const regatta = parseArticle(
      [
        'Harbour regatta draws crowds',
        'Thousands lined the quay on Saturday for the harbour regatta final between Jane Roe and Ada Moss.',
        '“I have trained all winter for this,” Roe said before the start.',
        'Moss said the wind would decide it.',
      ].join('\n\n'),
      'regatta',
      'regatta.txt',
    );
    const storm = parseArticle(
      [
        'Storm closes ports',
        'The storm closed ports along the coast on Monday.',
        'In Tromso, port officials said 14 boats sank in the harbour overnight.',
        'Fishermen said the warning came too late to move the fleet.',
        'Schools stayed shut and ferries were cancelled until the evening.',
        'Lyngby, further south, was spared the worst of the wind.',
      ].join('\n\n'),
      'storm',
      'storm.txt',
    );
    briefing = createBriefing('memory', [regatta, storm]);
  });

  it('refuses who won a final the briefing reports only before it was sailed', () => {
    const answer = briefing.ask('Who won the regatta final between Roe and Moss?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/who won/u);
  });

  it('refuses a count asked of a place the briefing names only apart from it, answers it of the place counted', () => {
    expect(briefing.ask('How many boats sank in Lyngby?').answered).toBe(false);
    const answer = briefing.ask('How many boats sank in Tromso?');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.excerpt).toContain('14 boats');
  });
});
