import { describe, expect, it } from 'vitest';
import { createBriefing } from '../../src/answer/briefing.ts';
import { parseArticle } from '../../src/corpus/index.ts';

/** An invented article of blank-line paragraphs, its first the title. */
const article = (id: string, ...paragraphs: string[]) =>
  parseArticle(paragraphs.join('\n\n'), id, `${id}.txt`);

describe('a weekday or a month in the question', () => {
  const briefing = createBriefing('memory', [
    article(
      'closure',
      'Glassworks to close',
      'Monday 9 March',
      '"The site has not made a profit in four years," said Tomas Velde, the firm’s chief executive.',
    ),
  ]);

  it('GIVEN a day no passage names (only the header’s date line) THEN the speaker’s words, hedged as the closest, never “does not mention Monday”', () => {
    for (const day of ['Monday', 'Wednesday']) {
      const answer = briefing.ask(`What did Tomas Velde say on ${day}?`);
      expect(answer.answered).toBe(true);
      expect(answer.results[0]?.speaker).toBe('Tomas Velde');
      expect(answer.reason).toMatch(/closest/u);
    }
  });

  it('GIVEN a subject the briefing never mentions beside the day THEN still refused', () => {
    expect(briefing.ask('What did Tomas Velde say about football on Monday?').answered).toBe(false);
  });
});

describe('how old someone is', () => {
  const briefing = createBriefing('memory', [
    article('keeper', 'The last keeper', '“You don’t choose this life,” says Tomas Velde, 54, leaning back.'),
    article(
      'maps',
      'Cartographer dies',
      'Ada Lind first saw the old survey maps at the water board in 1958.',
    ),
  ]);

  it('GIVEN "How old is NAME?" and "old" in another article THEN the passage giving the age, not a refusal', () => {
    const answer = briefing.ask('How old is Tomas Velde?');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.excerpt).toContain('54');
  });
});

describe('a role no speaker holds', () => {
  const briefing = createBriefing('memory', [
    article(
      'match',
      'Rovers hold on',
      '“I am not going to blame the referee,” said Dunmore manager Tomas Velde after the match.',
    ),
  ]);

  it('GIVEN "What did the referee say?" where only the manager speaks of a referee THEN the closest, marked so', () => {
    const answer = briefing.ask('What did the referee say?');
    expect(answer.reason).toMatch(/No one the briefing quotes is described as the referee/u);
  });
});

describe('a party in brackets after a name', () => {
  const briefing = createBriefing('memory', [
    article(
      'lane',
      'Councillors back cycle lane',
      'Cllr Ada Lind (Lib Dem) said she would support the harbour lane “with a heavy heart”.',
      'Cllr Tomas Berg (Lab) said the lane would cost more than planned.',
    ),
  ]);

  it('GIVEN "What did the Lib Dem councillor say?" THEN the councillor of that party, not the other', () => {
    const answer = briefing.ask('What did the Lib Dem councillor say?');
    expect(answer.related).toBe(false);
    expect(answer.results[0]?.speaker).toBe('Ada Lind');
  });
});
