import { describe, expect, it } from 'vitest';
import { createBriefing } from '../../src/answer/briefing.ts';
import { parseArticle } from '../../src/corpus/index.ts';

/** A wire story with a byline and a closing credit line (invented text). */
const briefing = createBriefing('memory', [
  parseArticle(
    [
      'Strike halts cargo at the harbour',
      'By Tomas Grell',
      'Dock workers walked off the job on Tuesday, union leaders said, halting cargo at the harbour.',
      'Reporting by Tomas Grell; Editing by Ana Pirsk',
    ].join('\n\n'),
    'strike',
    'strike.txt',
  ),
]);

describe('credits for a part of the work', () => {
  it('GIVEN "Who edited …" THEN the credit naming the editing comes before the byline', () => {
    expect(briefing.ask('Who edited the strike story?').results[0]?.excerpt).toMatch(/Editing by Ana Pirsk/u);
  });

  it('GIVEN "Who wrote …" THEN the byline stays first', () => {
    expect(briefing.ask('Who wrote the strike story?').results[0]?.excerpt).toBe('By Tomas Grell');
  });
});

describe('when an article was published', () => {
  const briefing = createBriefing('memory', [
    parseArticle(
      [
        'Harbour deal collapses after late-night talks',
        'By Maria Lind',
        'Tue 3 March 2026 21.42 GMT',
        'The planned sale of the container terminal collapsed on Tuesday, officials said.',
      ].join('\n'),
      'harbour',
      'harbour.txt',
    ),
    parseArticle(
      [
        'Museum bets on a forgotten painter',
        'By Ada Moss',
        'June 4, 2026',
        'The museum said visits had doubled.',
      ].join('\n\n'),
      'museum',
      'museum.txt',
    ),
  ]);

  it('GIVEN "When was the harbour story published?" THEN the header line printing its date is the answer', () => {
    const answer = briefing.ask('When was the harbour story published?');
    expect(answer.results[0]).toMatchObject({ article: 'harbour', excerpt: 'Tue 3 March 2026 21.42 GMT' });
  });
});

describe('an author given only in the front matter', () => {
  const briefing = createBriefing('memory', [
    parseArticle(
      [
        '---',
        'title: Our harbour is not a luxury',
        'author: Ada Okafor-Lind',
        '---',
        '',
        'I grew up on the old quay of Orsk, and last month I went back to see what was left of it.',
      ].join('\n'),
      'harbour',
      'harbour.md',
    ),
  ]);

  it('GIVEN "Who wrote …" THEN the front matter’s author, cited as paragraph 0, not a refusal', () => {
    const answer = briefing.ask('Who wrote the piece about the harbour?');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]).toMatchObject({ excerpt: 'author: Ada Okafor-Lind', paragraph: 0 });
  });
});
