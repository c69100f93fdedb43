import { beforeAll, describe, expect, it } from 'vitest';
import { type Briefing, openBriefing } from '../../src/answer/briefing.ts';
import { EXCERPT } from '../../src/search/weights.ts';

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

  it.each(['Who is the author?', 'Who wrote this?', 'Who are the reporters?', 'who is the correspondent'])(
    'answers %j, which names no article, with every article’s byline and credit in briefing order',
    (q) => {
      // Nothing names a topic: the question is about every article, and "reporters" or
      // "correspondent" is what is asked, not a word of the articles to look for.
      const answer = briefing.ask(q, { limit: 5 });
      expect(answer.answered).toBe(true);
      expect(answer.results.map((r) => [r.article, r.excerpt.split(' ').slice(0, 2).join(' ')])).toEqual([
        [SEOUL_VISIT, 'Patrick Welter'],
        [NK, 'Steven Lee'],
      ]);
    },
  );

  it('keeps every excerpt a verbatim substring of its cited paragraph, within the excerpt limit', () => {
    for (const q of [
      'What did Blinken say about China?',
      'Why is South Korea cautious?',
      'What did Kim promise?',
    ]) {
      for (const r of briefing.ask(q, { limit: 10 }).results) {
        const paragraph = briefing.paragraph(r.article, r.paragraph)?.text ?? '';
        expect(paragraph).toContain(r.excerpt);
        expect(r.excerpt.length).toBeLessThanOrEqual(EXCERPT.maxChars);
      }
    }
  });

  it('shows whole sentences, in quotation marks only when they are a quote, never the same text twice', () => {
    for (const q of [
      'What did Blinken say about China?',
      'Why is South Korea cautious?',
      'Where is the Quad?',
    ]) {
      const results = briefing.ask(q, { limit: 10 }).results;
      for (const r of results) {
        const paragraph = briefing.paragraph(r.article, r.paragraph)?.text ?? '';
        const at = paragraph.indexOf(r.excerpt);
        // A sentence starts at the paragraph's start or after a sentence end, unless marked as cut.
        if (!r.clippedStart) expect(at === 0 || /[.!?”"’]\s+$/u.test(paragraph.slice(0, at))).toBe(true);
        if (r.isQuote)
          expect(r.quotes.some((quote) => quote.text.includes(r.excerpt.slice(0, 20)))).toBe(true);
      }
      const spans = results.map((r) => [r.article, r.paragraph, r.id.split(':').at(-1)] as const);
      expect(new Set(spans.map((x) => x.join(':'))).size).toBe(spans.length);
      for (const a of results) {
        for (const b of results) {
          if (a === b || a.article !== b.article || a.paragraph !== b.paragraph) continue;
          expect(a.excerpt.includes(b.excerpt) || b.excerpt.includes(a.excerpt)).toBe(false);
        }
      }
    }
  });

  it('says no one is quoted saying a phrase nobody in the briefing says, and names no speaker', () => {
    // "great again" appears nowhere; "China" passages are only related.
    const answer = briefing.whoSaid('make America great again');
    expect(answer.answered && !answer.related).toBe(false);
    for (const r of answer.results) expect(r.speaker).toBeNull();
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
    ['nothing but stop words', 'what is it that they did'],
    ['empty input', '   '],
  ])('refuses %s', (_why, q) => {
    const answer = briefing.ask(q);
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
    expect(answer.reason).toBeTruthy();
  });

  it('answers an office nobody quoted holds with the closest passages, saying they are only related', () => {
    // A role is never by itself a reason to refuse; the reply says no one quoted is described so.
    const answer = briefing.ask('What did the Japanese prime minister say about the Quad?');
    expect(answer.answered).toBe(true);
    expect(answer.related).toBe(true);
    expect(answer.reason).toMatch(/No one the briefing quotes is described as the Japanese prime minister/u);
  });

  it.each([
    // A byline names him: who someone is may be answered from who wrote.
    'Who is Patrick Welter?',
    // Typos in a name and in a country.
    'what did blinkin say about chna',
    // The role is his ("US Secretary of State Antony Blinken").
    "How did the Secretary of State describe North Korea's human rights violations?",
    "What did Beijing's spokesman say about the Korean peninsula?",
    'In which city do the US and Chinese diplomats hold talks?',
    'what did the north korean deputy foreign minister say',
    // A year narrows the question; it is no subject the briefing lacks.
    'What did Blinken say in 2021?',
  ])('does not refuse %s', (q) => {
    expect(briefing.ask(q).answered).toBe(true);
  });

  it('refuses a question on something the briefing never reports', () => {
    expect(briefing.ask('Who won the second presidential debate?').answered).toBe(false);
  });

  it.each([
    'Why does South Korea stay ambiguous about China?',
    'How did Choe describe the American offers of talks?',
    'what did chung hope for',
  ])('does not refuse the paraphrase %s', (q) => {
    expect(briefing.ask(q).answered).toBe(true);
  });
});
