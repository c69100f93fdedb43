import { beforeAll, describe, expect, it } from 'vitest';
import { type Briefing, openBriefing } from '../../src/answer/briefing.ts';

/**
 * Ranking over the real briefing in `seeds/`. Each case says which paragraph must come first and why
 * that paragraph, rather than another that shares its words, is the answer.
 */
let briefing: Briefing;
const NK = '001_dbc3b47d0e4fd2c3';
const SEOUL_VISIT = '000_e59094bf4cbd0b57';

beforeAll(async () => {
  briefing = await openBriefing('seeds', { warn: () => {} });
});

const first = (q: string) => briefing.ask(q).results[0];

describe('ranking over the seed briefing', () => {
  it('puts Zhao Lijian’s quote first for the Chinese Foreign Ministry spokesman, because the role names him', () => {
    // "spokesman" appears nowhere else; the role, not a name, identifies the speaker.
    const r = first('What did the Chinese foreign ministry spokesman say?');
    expect(r).toMatchObject({ article: NK, paragraph: 29, speaker: 'Zhao Lijian' });
  });

  it('answers a typo in a name ("blinkin") with Blinken’s own words', () => {
    // Edit distance 1 from "Blinken"; his statements outrank passages that merely mention China.
    const r = first('what did blinkin say about beijing playing a role');
    expect(r?.speaker).toBe('Antony Blinken');
    expect(r?.excerpt).toContain('looking at Beijing to play a role');
  });

  it('puts the “In Seoul, Blinken criticized …” paragraph first for where he criticised rights abuses', () => {
    // A where-question favours a statement whose place comes from the sentence itself.
    const r = first('Where did Blinken criticise the human rights violations?');
    expect(r).toMatchObject({ article: SEOUL_VISIT, paragraph: 3, place: 'Seoul', placeSource: 'text' });
  });

  it('answers "who said" with the speaker of the quoted words, not with a passage about the topic', () => {
    // The phrase is Choe’s quote; other passages share "Washington" and "dialogue" but not the words in order.
    const r = briefing.whoSaid('will reject Washington’s efforts to engage in dialogue').results[0];
    expect(r).toMatchObject({ article: NK, paragraph: 21, speaker: 'Choe Son-hui' });
    expect(r?.quotes[0]?.text).toContain('North Korean officials will reject');
  });

  it('answers "who said" an exact phrase with its speaker alone, not with passages sharing a word or two', () => {
    // "work together" also occurs in ¶8 of the other article (the Quad), which is not a quote of it.
    const results = briefing.whoSaid('All parties must work together').results;
    expect(results.map((r) => [r.speaker, r.paragraph])).toEqual([['Zhao Lijian', 29]]);
  });

  it('finds Frank Aum by family name and ranks his quote on China’s support first', () => {
    // "Aum" alone unifies with "Frank Aum"; ¶13 is his direct quote, ¶14 and ¶27 his indirect ones.
    const r = first('What did Aum say about gaining China’s support?');
    expect(r).toMatchObject({ paragraph: 13, speaker: 'Frank Aum' });
  });

  it('answers a question about a missile test with the parade paragraph, because it names the date and the weapon', () => {
    const r = first('When did North Korea unveil its new intercontinental ballistic missile?');
    expect(r).toMatchObject({ article: NK, paragraph: 23 });
    expect(r?.excerpt).toContain('military parade in October');
  });

  it('answers who wrote an article from its byline, not from its body', () => {
    const answer = briefing.ask(
      'Who is the author of the article on the differences between Seoul and Washington?',
    );
    expect(answer.answered).toBe(true);
    expect(answer.results.map((r) => r.excerpt).join(' ')).toMatch(/Patrick Welter|Steven Lee Myers/u);
  });

  it('keeps every excerpt a verbatim substring of its cited paragraph, ≤ 400 characters', () => {
    for (const q of [
      'What did Blinken say about China?',
      'Why is South Korea cautious?',
      'What did Kim promise?',
    ]) {
      for (const r of briefing.ask(q, { limit: 10 }).results) {
        const paragraph = briefing.paragraph(r.article, r.paragraph)?.text ?? '';
        expect(paragraph).toContain(r.excerpt);
        expect(r.excerpt.length).toBeLessThanOrEqual(400);
      }
    }
  });

  it('pages results with offset without repeating one', () => {
    const all = briefing.ask('What did Blinken say?', { limit: 6 }).results.map((r) => r.id);
    const paged = [0, 2, 4].flatMap((offset) =>
      briefing.ask('What did Blinken say?', { limit: 2, offset }).results.map((r) => r.id),
    );
    expect(paged).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('speakers by name, alias, typo or role', () => {
  it.each([
    ['Blinken', 'Antony Blinken'],
    ['Mr. Blinken', 'Antony Blinken'],
    ['blinkin', 'Antony Blinken'],
    ['the Secretary of State', 'Antony Blinken'],
    ['Choe', 'Choe Son-hui'],
    ['foreign ministry spokesman', 'Zhao Lijian'],
  ])('finds %s as %s', (typed, name) => {
    expect(briefing.findSpeakers(typed, 25)[0]?.name).toBe(name);
  });
});

describe('refusal', () => {
  it.each([
    ['a person the briefing never mentions', 'What did Vladimir Putin say about Ukraine?'],
    ['an unrelated subject', 'Who won the World Cup?'],
    ['a subject absent for a present speaker', 'What did Blinken say about football?'],
    ['an office nobody in the briefing holds', 'What did the Japanese prime minister say about the Quad?'],
    ['nothing but stop words', 'what is it that they did'],
    ['empty input', '   '],
  ])('refuses %s', (_why, q) => {
    const answer = briefing.ask(q);
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
    expect(answer.reason).toBeTruthy();
  });

  it.each([
    'Why does South Korea stay ambiguous about China?',
    'How did Choe describe the American offers of talks?',
    'what did chung hope for',
  ])('does not refuse the paraphrase %s', (q) => {
    expect(briefing.ask(q).answered).toBe(true);
  });
});
