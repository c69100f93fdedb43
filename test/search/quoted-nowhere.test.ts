import { beforeAll, describe, expect, it } from 'vitest';
import { type Briefing, createBriefing } from '../../src/answer/briefing.ts';
import { parseArticle } from '../../src/corpus/index.ts';

/**
 * "What did X say?" of a briefing that names X only where others speak of them: refused, since no
 * statement can be X's. A mention beside a statement by someone unnamed ("the minister said") may be
 * X's own under a description, so it is answered. Invented text.
 */
describe('a person the briefing names but never quotes', () => {
  let briefing: Briefing;
  beforeAll(() => {
    const port = parseArticle(
      [
        'Port plan splits the council',
        'Councillor Tomas Berg said the new quay would cost twice what Greta Holm had promised voters at the Velmar talks.',
        '“The figures were never checked,” Berg said of the plan Holm drew up last spring.',
        'Ada Moss, who chairs the budget committee, said the vote would come in June.',
      ].join('\n\n'),
      'port',
      'port.txt',
    );
    const ferry = parseArticle(
      [
        'Ferry link to reopen',
        'Ivar Lund, the harbour master, spoke after a meeting with the transport minister.',
        'The ferry link will reopen in May, the minister said, once the pier is repaired.',
      ].join('\n\n'),
      'ferry',
      'ferry.txt',
    );
    briefing = createBriefing('memory', [port, ferry]);
  });

  it('refuses what she said, naming her, when only others speak where she is named', () => {
    const a = briefing.ask('What did Greta Holm say about the quay?');
    expect(a.answered).toBe(false);
    expect(a.reason).toMatch(/Greta Holm/u);
  });

  it('answers for a person the briefing quotes', () => {
    expect(briefing.ask('What did Tomas Berg say about the quay?').answered).toBe(true);
  });

  it('answers when the person is named beside a statement whose speaker is only described', () => {
    // "the minister said" may be Lund's or another's: the text does not rule Lund out.
    const a = briefing.ask('What did Ivar Lund say about the ferry?');
    expect(a.answered).toBe(true);
  });

  it('answers a question about an event named after a place ("the Velmar talks"), which is no person', () => {
    expect(briefing.ask('How did the Velmar talks on the quay end?').answered).toBe(true);
  });

  it('answers a question about what the person did, not said', () => {
    expect(briefing.ask('What plan did Greta Holm draw up?').answered).toBe(true);
  });
});

describe('a person the briefing names where no one speaks', () => {
  const briefing = createBriefing('memory', [
    parseArticle(
      [
        'Wetland opens to visitors',
        'Ada Moss, the trust’s director, said the wetland would open daily from dawn.',
        'The site covers 240 hectares of former farmland.',
        'Entry is free; parking costs £3 a day.',
        'Notes to editors: for media enquiries contact Lena Vik, press officer, on 01632 960 418.',
      ].join('\n\n'),
      'wetland',
      'wetland.txt',
    ),
  ]);

  it('GIVEN "What did NAME say?" of a name on a contact line THEN the line is shown only as the closest passage', () => {
    const a = briefing.ask('What did Lena Vik say?');
    expect([a.answered, a.related]).toEqual([true, true]);
    // Someone the briefing quotes is answered as before.
    expect(briefing.ask('What did Ada Moss say about the wetland?').related).toBe(false);
  });
});

describe('a body whose people the briefing quotes', () => {
  const briefing = createBriefing('memory', [
    parseArticle(
      [
        'Velmar bank holds rates',
        'The Velmar central bank held rates on Thursday.',
        '“The bank is clearly preparing the ground,” said Ines Marl, chief economist at Harbour Analytics.',
      ].join('\n\n'),
      'bank',
      'bank.txt',
    ),
  ]);

  it('GIVEN "What did BODY say?" of the body a quoted person works for THEN that person is the answer, not only the closest', () => {
    const a = briefing.ask('What did Harbour Analytics say?');
    expect([a.answered, a.related]).toEqual([true, false]);
    expect(a.results[0]?.speaker).toBe('Ines Marl');
  });
});
