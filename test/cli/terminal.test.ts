import { describe, expect, it } from 'vitest';
import {
  renderAnswerForTerminal,
  renderStatementsForTerminal,
  sanitizeForTerminal,
  terminalWidth,
  wrap,
} from '../../src/answer/render/terminal.ts';
import type { Answer, AnswerResult } from '../../src/answer/types.ts';
import { STATEMENTS } from './fakes.ts';

const RESULT: AnswerResult = {
  id: 'a:3:0',
  article: 'a',
  title: 'Blinken asks China to influence North Korea',
  url: null,
  paragraph: 3,
  excerpt:
    'In Seoul, Blinken criticized the “systematic and comprehensive” human rights violations in North Korea and thus reaffirmed the fresh approach to North Korea policy.',
  score: 1,
  speaker: 'Antony Blinken',
  place: 'Seoul',
  placeSource: 'text',
  dateline: null,
  clippedStart: false,
  clippedEnd: false,
  isQuote: false,
  quotes: [],
};

function answer(results: AnswerResult[], total = results.length): Answer {
  return { question: 'q', answered: true, related: false, results, total, reason: null };
}

describe('renderAnswerForTerminal', () => {
  it('GIVEN a result THEN shows the excerpt, then cites speaker, where they spoke, title and paragraph', () => {
    const text = renderAnswerForTerminal(answer([RESULT]));
    // Not a quote: no quotation marks around it.
    expect(text).toContain('1. In Seoul, Blinken criticized');
    expect(text).toContain(
      '   — Antony Blinken, in Seoul · Blinken asks China to influence North Korea ¶3\n',
    );
    expect(text).not.toContain('dateline');
  });

  it('GIVEN a quote THEN it is shown in quotation marks; a cut excerpt shows an ellipsis where it was cut', () => {
    const quote = renderAnswerForTerminal(answer([{ ...RESULT, excerpt: 'We will stay.', isQuote: true }]));
    expect(quote).toMatch(/^1\. “We will stay\.”\n/u);
    const cut = renderAnswerForTerminal(
      answer([{ ...RESULT, excerpt: 'part of a long sentence', clippedStart: true, clippedEnd: true }]),
    );
    expect(cut).toMatch(/^1\. … part of a long sentence …\n/u);
  });

  it('GIVEN long excerpts THEN wraps them at 100 columns, indented under the number', () => {
    const lines = renderAnswerForTerminal(answer([RESULT])).split('\n');
    expect(lines.every((line) => [...line].length <= 100)).toBe(true);
    expect(lines[1]).toMatch(/^ {3}\S/);
  });

  it('GIVEN an excerpt that opens with a quotation mark THEN adds no second pair', () => {
    const text = renderAnswerForTerminal(
      answer([{ ...RESULT, excerpt: '“China has a great interest,” he said.' }]),
    );
    expect(text).toMatch(/^1\. “China has a great interest,” he said\.\n/);
  });

  it('GIVEN an article with a dateline THEN the citation gives it as the article’s, not as where anyone spoke', () => {
    const text = renderAnswerForTerminal(
      answer([{ ...RESULT, place: null, placeSource: null, dateline: 'Seoul' }]),
    );
    expect(text).toContain(
      '— Antony Blinken · Blinken asks China to influence North Korea ¶3 · dateline Seoul',
    );
  });

  it('GIVEN a place the passage names (a "where" question) THEN it is shown as a place, not as where someone spoke', () => {
    const text = renderAnswerForTerminal(answer([{ ...RESULT, place: 'Anchorage', placeSource: 'passage' }]));
    expect(text).toContain('— Antony Blinken, place: Anchorage · ');
  });

  it('GIVEN no speaker or place THEN cites the article alone; a url goes on its own line', () => {
    const text = renderAnswerForTerminal(
      answer([{ ...RESULT, speaker: null, place: null, placeSource: null, url: 'https://example.org/a' }]),
    );
    expect(text).toContain('   — Blinken asks China to influence North Korea ¶3\n   https://example.org/a\n');
  });

  it('GIVEN an empty title THEN cites the article id', () => {
    expect(renderAnswerForTerminal(answer([{ ...RESULT, title: '' }]))).toContain('in Seoul · a ¶3');
  });

  it('GIVEN more results than shown THEN says how many there are', () => {
    expect(renderAnswerForTerminal(answer([RESULT], 7))).toContain('(1 of 7 results');
  });

  it('GIVEN a refusal THEN gives the reason and a hint', () => {
    const text = renderAnswerForTerminal({
      question: 'q',
      answered: false,
      related: false,
      results: [],
      total: 0,
      reason: 'The briefing does not mention Putin.',
    });
    expect(text).toMatch(/^No answer: The briefing does not mention Putin\.\nHint: /);
  });

  it('GIVEN control characters in article text THEN none reaches the terminal', () => {
    const text = renderAnswerForTerminal(
      answer([
        {
          ...RESULT,
          excerpt: 'Red \u001b[31malert\u0007 line\nbreak \u009b2J \u202Eevil',
          speaker: 'Mr.\u001b]0;title\u0007 X',
          title: 'T\r\nitle',
        },
      ]),
    );
    // Only the layout's own newlines remain of the control characters.
    expect(text.replace(/\n/g, '')).not.toMatch(/\p{Cc}|[\u202A-\u202E\u2066-\u2069]/u);
    expect(text).toContain('Red \uFFFD[31malert\uFFFD line break \uFFFD2J \uFFFDevil');
  });
});

describe('renderStatementsForTerminal', () => {
  it('GIVEN statements THEN uses the title lookup and shows the role', () => {
    const text = renderStatementsForTerminal(STATEMENTS, { title: () => 'Harbour news' });
    expect(text).toContain('— Marta Sousa (chief harbour pilot), in Lisbon · Harbour news ¶2');
    expect(text).toContain('2. (reported) the new radar would be installed by March');
  });

  it('GIVEN no statements THEN says so', () => {
    expect(renderStatementsForTerminal([])).toBe('No statements found.\n');
  });
});

describe('sanitizeForTerminal and wrap', () => {
  it('keeps ordinary text, accents and curly quotes as they are', () => {
    expect(sanitizeForTerminal('Chung’s “early resumption” – café')).toBe(
      'Chung’s “early resumption” – café',
    );
  });

  it('never breaks a word longer than the line', () => {
    const url = `https://example.org/${'x'.repeat(120)}`;
    expect(wrap(`see ${url} now`, 40, '', '')).toBe(`see\n${url}\nnow`);
  });
});

describe('terminalWidth', () => {
  it.each([
    [{ isTTY: true, columns: 80 }, 80],
    [{ isTTY: true, columns: 200 }, 100],
    [{ isTTY: true, columns: 12 }, 20],
    [{ isTTY: false, columns: 80 }, 100],
    [{}, 100],
  ])('GIVEN %j THEN wraps at %i', (stream, width) => {
    expect(terminalWidth(stream)).toBe(width);
  });

  it('GIVEN an 80-column terminal THEN no line of an answer, citation included, is wider than 80 or broken mid-word', () => {
    const long = { ...RESULT, title: `${RESULT.title}: ${'a very long headline word '.repeat(6)}` };
    const text = renderAnswerForTerminal(answer([long], 9), {
      width: terminalWidth({ isTTY: true, columns: 80 }),
    });
    const lines = text.split('\n');
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(80);
    expect(text.replace(/\n\s*/g, ' ')).toContain(long.excerpt);
    expect(text).toContain('(1 of 9 results; ask with --limit 9 for more.)');
  });
});
