import { describe, expect, it } from 'vitest';
import {
  citation,
  clipPlain,
  codePointLength,
  DISCORD_LIMITS,
  fitText,
  renderAnswer,
  renderParagraph,
  renderSources,
  renderStatements,
  safeText,
  textFragmentUrl,
} from '../../src/answer/render/discord.ts';
import type { Answer, AnswerResult } from '../../src/answer/types.ts';
import type { Statement } from '../../src/attribution/types.ts';
import { result, STATEMENTS } from './fake-briefing.ts';

const LIMIT = DISCORD_LIMITS.messageContent;

function answer(results: AnswerResult[], overrides: Partial<Answer> = {}): Answer {
  return {
    question: 'What did Sousa say?',
    answered: true,
    related: false,
    results,
    total: results.length,
    reason: null,
    ...overrides,
  };
}

/** A mention that would resolve: `@everyone`/`@here`, or `<@id>`, `<@!id>`, `<@&id>` with no break after `@`. */
const LIVE_MENTION = /@(everyone|here)|<@[!&]?\d+>/;

const words = (n: number, word = 'storm') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('safeText', () => {
  it('GIVEN @everyone, @here and user, role and nickname mentions THEN none can resolve', () => {
    const text = safeText('@everyone @here <@123> <@!456> <@&789> mail@example.org');
    expect(text).not.toMatch(LIVE_MENTION);
    expect(text).toContain('@\u200beveryone');
    expect(text).toContain('<@\u200b&789>');
  });

  it('GIVEN markdown and code fences THEN they are escaped', () => {
    const text = safeText(
      '**bold** _it_ __u__ ~~s~~ ||spoiler|| `code` ```js\nx``` [link](https://evil.example)',
    );
    expect(text).toContain('\\*\\*bold\\*\\*');
    expect(text).toContain('\\_it\\_');
    expect(text).toContain('\\~\\~s\\~\\~');
    expect(text).toContain('\\|\\|spoiler\\|\\|');
    expect(text).toContain('\\`code\\`');
    expect(text).toContain('\\`\\`\\`js');
    expect(text).toContain('\\[link\\](');
  });

  it('GIVEN bidirectional overrides (U+202E) in a question or a title THEN they are dropped from the echo and the citation', () => {
    const hostile = 'Who said \u202Etxet desrever\u202C and \u2067isolated\u2069?';
    expect(safeText(hostile)).toBe('Who said txet desrever and isolated?');
    const { content } = renderAnswer(
      answer([result({ title: `\u202EHarbour\u202C pilots` })], { question: hostile }),
    );
    expect(content).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(content).toContain('**Question:** Who said txet desrever and isolated?');
    expect(clipPlain('\u202EFull paragraph', 80)).toBe('Full paragraph');
  });

  it.each([
    ['Plain [bracket] title', '_[Plain \\[bracket\\] title](<https://example.org/a>)_ ¶3'],
    [
      '[a](https://x.y) link-like title',
      '_[\\[a\\](https://x.y) link-like title](<https://example.org/a>)_ ¶3',
    ],
    ['Ends with [', '_[Ends with \\[](<https://example.org/a>)_ ¶3'],
  ])('GIVEN the title %j THEN each bracket is escaped once in its citation', (title, expected) => {
    expect(citation(title, 'https://example.org/a', 3)).toBe(expected);
    expect(citation(title, null, 3)).not.toMatch(/\\\\/);
  });

  it('GIVEN paragraph 0 (an author given in the front matter) THEN it is cited as the front matter, not ¶0', () => {
    expect(citation('Title', null, 0)).toBe('_Title_ (front matter)');
  });

  it('GIVEN text that starts a heading, list, quote or subtext THEN the line start is escaped', () => {
    expect(safeText('# Big')).toBe('\\# Big');
    expect(safeText('> quoted')).toBe('\\> quoted');
    expect(safeText('-# small')).toBe('\\-# small');
    expect(safeText('- item')).toBe('\\- item');
    expect(safeText('1. item')).toBe('1\\. item');
  });

  // Found by the property tests (test/property): escapeMarkdown leaves these live.
  it('GIVEN four or more stars or backticks THEN every one is escaped', () => {
    expect(safeText('**** 😀')).toBe('\\*\\*\\*\\* 😀');
    expect(safeText('````x````')).toBe('\\`\\`\\`\\`x\\`\\`\\`\\`');
  });

  it('GIVEN "<:" before underscores THEN the underscores are still escaped, and a custom emoji is kept', () => {
    expect(safeText('<:a __underlined__')).toBe('<:a \\_\\_underlined\\_\\_');
    expect(safeText('<:party_parrot:123> _it_')).toBe('<:party_parrot:123> \\_it\\_');
  });

  it('GIVEN a link with underscores THEN the link is left as it is', () => {
    expect(safeText('see https://example.org/a_b_c')).toBe('see https://example.org/a_b_c');
  });
});

describe('fitText', () => {
  it('GIVEN text that fits THEN it is only escaped', () => {
    expect(fitText('short *text*', 100)).toBe('short \\*text\\*');
  });

  it('GIVEN text too long THEN it is cut at a word boundary with an ellipsis, within the limit', () => {
    const text = words(500);
    const fitted = fitText(text, 200);
    expect(codePointLength(fitted)).toBeLessThanOrEqual(200);
    expect(fitted.endsWith('…')).toBe(true);
    const kept = fitted.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toBe(' ');
  });

  it('GIVEN text whose escaping doubles it THEN the escaped result still fits', () => {
    const fitted = fitText('*_ '.repeat(2000), 300);
    expect(codePointLength(fitted)).toBeLessThanOrEqual(300);
    expect(fitted).not.toMatch(/\\…$/);
  });

  it('GIVEN astral characters THEN code points are counted, not UTF-16 units', () => {
    const text = '📰 '.repeat(1500);
    const fitted = fitText(text, 1000);
    expect(codePointLength(fitted)).toBeLessThanOrEqual(1000);
    expect(codePointLength(fitted)).toBeGreaterThan(990);
  });
});

describe('renderAnswer', () => {
  it('GIVEN an answer THEN each excerpt is quoted, then speaker, place and a linked citation', () => {
    const { content, shown } = renderAnswer(answer([result({}, 0)]));
    expect(shown).toBe(1);
    expect(content).toContain('**Question:** What did Sousa say?');
    expect(content).toContain('> “We will not let a single ship enter blind,” said Marta Sousa (1).');
    expect(content).toContain(
      '— **Marta Sousa**, in Lisbon · _[Harbour pilots warn of winter storms](<https://example.org/harbour#:~:text=We%20will%20not%20let%20a%20single%20ship%20enter>)_ ¶2 · dateline Lisbon',
    );
  });

  it('GIVEN an article without a url and a place from the text THEN the title is plain and the place is where they spoke', () => {
    const { content } = renderAnswer(
      answer([result({ url: null, placeSource: 'text', place: 'Seoul', dateline: null })]),
    );
    expect(content).toContain('— **Marta Sousa**, in Seoul · _Harbour pilots warn of winter storms_ ¶2');
  });

  it('GIVEN a place the passage names and a dateline THEN neither is shown as where the speaker spoke', () => {
    const { content } = renderAnswer(
      answer([result({ url: null, placeSource: 'passage', place: 'Porto', dateline: 'Lisbon' })]),
    );
    expect(content).toContain(
      '— **Marta Sousa**, 📍 Porto · _Harbour pilots warn of winter storms_ ¶2 · dateline Lisbon',
    );
  });

  it('GIVEN only related results THEN the reply says so before them, and a cut excerpt shows its ellipses', () => {
    const { content } = renderAnswer(
      answer([result({ clippedStart: true, clippedEnd: true, excerpt: 'part of a sentence' })], {
        related: true,
        reason: 'No passage says this exactly; the closest:',
      }),
    );
    expect(content).toContain('_No passage says this exactly; the closest:_');
    expect(content).toContain('> … part of a sentence …');
  });

  it('GIVEN hostile text in the question, excerpt, speaker, place and title THEN nothing pings or restyles', () => {
    const hostile = '@everyone <@&123> <@456> **x** ```js\n# boom\n```';
    const { content } = renderAnswer(
      answer([result({ excerpt: hostile, speaker: hostile, place: hostile, title: hostile })], {
        question: hostile,
      }),
    );
    expect(content).not.toMatch(LIVE_MENTION);
    expect(content).not.toContain('```');
    expect(content).not.toMatch(/(^|[^\\])\*\*x/);
  });

  // Found by the property tests (test/property): the citation link carried a live `@everyone`.
  it('GIVEN an article url with credentials or an @ THEN no mention in the link', () => {
    const withCredentials = renderAnswer(
      answer([result({ url: 'https://mallory@everyone.example/path_(a)?q=<@123>#@here' })], {
        question: '@everyone .',
      }),
    ).content;
    expect(withCredentials).not.toMatch(LIVE_MENTION);
    expect(withCredentials).not.toContain('everyone.example');
    const withAt = renderAnswer(answer([result({ url: 'https://example.org/@here?to=<@123>' })])).content;
    expect(withAt).not.toMatch(LIVE_MENTION);
    expect(withAt).toContain('(<https://example.org/%40here?to=%3C%40123%3E#:~:text=');
  });

  it('GIVEN huge excerpts, speakers, titles and question THEN the content stays within 2,000 code points', () => {
    const huge = words(5000, 'wörd📰');
    const results = [0, 1, 2].map((i) =>
      result(
        {
          excerpt: huge,
          speaker: huge,
          place: huge,
          title: huge,
          url: `https://example.org/${'a'.repeat(5000)}`,
        },
        i,
      ),
    );
    const { content, shown } = renderAnswer(answer(results, { question: huge, total: 10 }));
    expect(codePointLength(content)).toBeLessThanOrEqual(LIMIT);
    expect(shown).toBe(1);
    expect(content).toContain('9 more results in the briefing: press More.');
  });

  it('GIVEN one huge excerpt without spaces THEN it is cut hard but the message still fits', () => {
    const { content } = renderAnswer(answer([result({ excerpt: '*'.repeat(10_000) })]));
    expect(codePointLength(content)).toBeLessThanOrEqual(LIMIT);
  });

  it('GIVEN excerpts that do not all fit THEN it cuts between excerpts, never inside the second one', () => {
    const long = words(120);
    const results = [0, 1, 2].map((i) => result({ excerpt: `${i}: ${long}` }, i));
    const { content, shown } = renderAnswer(answer(results));
    expect(shown).toBeLessThan(3);
    expect(codePointLength(content)).toBeLessThanOrEqual(LIMIT);
    for (let i = 0; i < shown; i++) expect(content).toContain(`${i}: ${long}`);
    expect(content).not.toContain(`${shown}: `);
    expect(content).toContain(`${3 - shown} more`);
  });

  it('GIVEN a later page THEN it says where it starts and counts what remains', () => {
    const { content } = renderAnswer(answer([result({}, 3), result({}, 4)], { total: 5 }), { offset: 3 });
    expect(content).toContain('Results from 4 on');
    expect(content).not.toContain('more result');
  });

  it('GIVEN who-said mode THEN the full quote leads and the phrase is echoed', () => {
    const { content } = renderAnswer(answer([result()], { question: 'enter blind' }), { mode: 'whosaid' });
    expect(content).toContain('**Who said** “enter blind”?');
    expect(content).toContain('> “We will not let a single ship enter blind,”');
  });

  it('GIVEN no answer THEN it says the briefing does not cover it, why, and where to look', () => {
    const { content, shown } = renderAnswer(
      answer([], { answered: false, reason: 'No article mentions *Mars*.', question: 'weather on mars?' }),
    );
    expect(shown).toBe(0);
    expect(content).toContain('The briefing does not cover that.');
    expect(content).toContain('No article mentions \\*Mars\\*.');
    expect(content).toContain('`/sources`');
    expect(content).toContain('`/quotes`');
  });
});

describe('renderStatements, renderSources, renderParagraph', () => {
  const article = () => ({
    title: 'Harbour pilots warn of winter storms',
    url: 'https://example.org/harbour',
  });

  it('GIVEN direct and reported statements THEN quotes are marked and reported speech labelled', () => {
    const { content, shown } = renderStatements({
      speaker: 'sousa',
      topic: null,
      statements: STATEMENTS,
      article,
    });
    expect(shown).toBe(2);
    expect(content).toContain('**What Marta Sousa said** · 2 statements');
    expect(content).toContain('> “We will not let a single ship enter blind,”');
    expect(content).toContain('> the new radar would be installed by March');
    expect(content).toMatch(/¶3 · reported/);
  });

  it('GIVEN hundreds of long statements THEN the message fits and says how many are left', () => {
    const many: Statement[] = Array.from({ length: 300 }, (_, i) => ({
      ...(STATEMENTS[0] as Statement),
      id: `s${i}`,
      text: `@everyone ${words(80)}`,
    }));
    const { content, shown } = renderStatements({
      speaker: 'Marta',
      topic: 'ships',
      statements: many.slice(0, 25),
      total: 300,
      article,
    });
    expect(codePointLength(content)).toBeLessThanOrEqual(LIMIT);
    expect(content).toContain('· 300 statements');
    expect(content).toContain(`${300 - shown} more statements: press More.`);
    expect(content).not.toMatch(LIVE_MENTION);
  });

  it('GIVEN a later page THEN it says where it starts', () => {
    const { content } = renderStatements({
      speaker: 'sousa',
      topic: null,
      statements: STATEMENTS,
      offset: 25,
      total: 27,
      article,
    });
    expect(content).toContain('From 26 on');
    expect(content).not.toContain('press More');
  });

  it('GIVEN many sources THEN the list fits and says how many more there are', () => {
    const sources = Array.from({ length: 200 }, (_, i) => ({
      article: `a${i}`,
      title: `Title ${i} ${words(20)}`,
      date: '2024-01-01',
      author: '@everyone',
      source: 'Wire',
      url: null,
      paragraphs: 12,
      statements: 3,
    }));
    const content = renderSources(sources);
    expect(codePointLength(content)).toBeLessThanOrEqual(LIMIT);
    expect(content).toMatch(/and \d+ more/);
    expect(content).toContain('12 ¶ · 3 statements');
    expect(content).not.toMatch(LIVE_MENTION);
  });

  it('GIVEN a huge paragraph THEN it is shown cut at a word within the limit', () => {
    const content = renderParagraph(article(), 7, words(3000));
    expect(codePointLength(content)).toBeLessThanOrEqual(LIMIT);
    expect(content).toContain('¶7');
    expect(content.endsWith('…')).toBe(true);
  });
});

describe('textFragmentUrl', () => {
  it('GIVEN a passage THEN the link names its first eight words, from the first letter, percent-encoded', () => {
    expect(
      textFragmentUrl('https://example.org/a', '“We will not wait,” she said, and left the quay at dawn.'),
    ).toBe('https://example.org/a#:~:text=We%20will%20not%20wait%2C%E2%80%9D%20she%20said%2C%20and%20left');
  });

  it('GIVEN the directive syntax in the words (- , &) THEN each is encoded, so the words are one textStart', () => {
    expect(textFragmentUrl('https://example.org/a', 'Cross-border trade, & more')).toBe(
      'https://example.org/a#:~:text=Cross%2Dborder%20trade%2C%20%26%20more',
    );
  });

  it('GIVEN a URL with a fragment THEN the directive follows it; with a directive already THEN none is added', () => {
    expect(textFragmentUrl('https://example.org/a#top', 'Storms close the port')).toBe(
      'https://example.org/a#top:~:text=Storms%20close%20the%20port',
    );
    expect(textFragmentUrl('https://example.org/a#:~:text=x', 'Storms close the port')).toBeNull();
  });

  it('GIVEN a passage with no word in it THEN no fragment, and the citation links the plain URL', () => {
    expect(textFragmentUrl('https://example.org/a', '“…” — !')).toBeNull();
    expect(citation('Title', 'https://example.org/a', 3, '“…”')).toBe(
      '_[Title](<https://example.org/a>)_ ¶3',
    );
  });

  it('GIVEN a link that would be too long with the fragment THEN the citation links the plain URL', () => {
    const url = `https://example.org/${'a'.repeat(250)}`;
    expect(citation('Title', url, 3, 'Storms close the port for days and nights on end')).toBe(
      `_[Title](<${url}>)_ ¶3`,
    );
  });
});
