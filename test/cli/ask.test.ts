import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import { main } from '../../src/cli/ask.ts';
import { fakeBriefing, fakeIo, fakeOpen } from './fakes.ts';

function parseLines(text: string): Answer[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Answer);
}

describe('ask, in-process with a fake briefing', () => {
  it('GIVEN a question THEN prints the excerpts with speaker, place and title ¶N', async () => {
    const io = fakeIo();
    const code = await main(['What did Sousa say?'], io, fakeOpen());
    expect(code).toBe(0);
    expect(io.out()).toContain('1. Excerpt 1 for What did Sousa say?');
    expect(io.out()).toContain(
      '— Marta Sousa, in Lisbon · Harbour pilots warn of winter storms ¶2 · dateline Lisbon',
    );
    expect(io.out()).toContain('https://example.org/harbour');
    expect(io.err()).toBe('');
  });

  it('GIVEN unquoted words THEN they make one question', async () => {
    const briefing = fakeBriefing();
    const io = fakeIo();
    await main(['what', 'did', 'sousa', 'say'], io, fakeOpen(briefing));
    expect(briefing.calls.map((c) => c.question)).toEqual(['what did sousa say']);
  });

  it('GIVEN --json THEN prints exactly one Answer object', async () => {
    const io = fakeIo();
    const code = await main(['--json', 'ships?'], io, fakeOpen());
    expect(code).toBe(0);
    const answers = parseLines(io.out());
    expect(answers).toHaveLength(1);
    const answer = answers[0];
    expect(answer).toMatchObject({
      question: 'ships?',
      answered: true,
      related: false,
      total: 10,
      reason: null,
    });
    expect(answer?.results).toHaveLength(3);
    expect(Object.keys(answer?.results[0] ?? {}).sort()).toEqual(
      [
        'article',
        'clippedEnd',
        'clippedStart',
        'dateline',
        'excerpt',
        'id',
        'isQuote',
        'paragraph',
        'place',
        'placeSource',
        'quotes',
        'score',
        'speaker',
        'title',
        'url',
      ].sort(),
    );
  });

  it('GIVEN --limit 5 THEN asks the engine for 5 results; without it, 3', async () => {
    const briefing = fakeBriefing();
    await main(['--limit', '5', '--json', 'ships?'], fakeIo(), fakeOpen(briefing));
    await main(['--limit=1', 'ships?'], fakeIo(), fakeOpen(briefing));
    await main(['ships?'], fakeIo(), fakeOpen(briefing));
    expect(briefing.calls.map((c) => c.options?.limit)).toEqual([5, 1, 3]);
  });

  it('GIVEN --json and no question THEN answers every stdin line in order, empty lines included', async () => {
    const briefing = fakeBriefing();
    const io = fakeIo(['first\nsec', 'ond\r\n\n   \nunknown thing\nlast without newline']);
    const code = await main(['--json'], io, fakeOpen(briefing));
    expect(code).toBe(0);
    const answers = parseLines(io.out());
    expect(answers.map((a) => a.question)).toEqual([
      'first',
      'second',
      '',
      '   ',
      'unknown thing',
      'last without newline',
    ]);
    expect(answers.map((a) => a.answered)).toEqual([true, true, false, false, false, true]);
    expect(answers[2]?.reason).toMatch(/empty/i);
    // Empty questions never reach the engine.
    expect(briefing.calls.map((c) => c.question)).toEqual([
      'first',
      'second',
      'unknown thing',
      'last without newline',
    ]);
  });

  it('GIVEN stdin split inside a UTF-8 character THEN the line is decoded whole', async () => {
    const bytes = new TextEncoder().encode('Chung’s view?\n');
    const io = fakeIo([bytes.slice(0, 7), bytes.slice(7)]);
    await main(['--json'], io, fakeOpen());
    expect(parseLines(io.out()).map((a) => a.question)).toEqual(['Chung’s view?']);
  });

  it('GIVEN empty stdin THEN prints nothing and succeeds', async () => {
    const io = fakeIo('');
    expect(await main(['--json'], io, fakeOpen())).toBe(0);
    expect(io.out()).toBe('');
  });

  it('GIVEN no --json and no question THEN prints a readable answer per stdin line, headed by the question', async () => {
    const io = fakeIo('one\ntwo\n');
    expect(await main([], io, fakeOpen())).toBe(0);
    expect(io.out()).toMatch(/^Q: one\n1\. Excerpt 1 for one/);
    expect(io.out()).toContain('\nQ: two\n1. Excerpt 1 for two');
  });

  it('GIVEN a refused question THEN prints the reason and a hint', async () => {
    const io = fakeIo();
    expect(await main(['unknown person'], io, fakeOpen())).toBe(0);
    expect(io.out()).toContain('No answer: The briefing does not mention that.');
    expect(io.out()).toContain('Hint:');
  });

  it('GIVEN an engine failure on one line THEN still answers every line, reports on stderr and exits 1', async () => {
    const io = fakeIo('a\ncrash\nb\n');
    expect(await main(['--json'], io, fakeOpen())).toBe(1);
    expect(parseLines(io.out()).map((a) => [a.question, a.answered])).toEqual([
      ['a', true],
      ['crash', false],
      ['b', true],
    ]);
    expect(io.err()).toContain('engine failure');
  });

  it('GIVEN --seeds THEN opens that folder; otherwise SEEDS_DIR, else seeds', async () => {
    const open = fakeOpen();
    await main(['--seeds', 'elsewhere', 'q'], fakeIo(), open);
    const withEnv = fakeIo();
    withEnv.env = { SEEDS_DIR: 'from-env' };
    await main(['q'], withEnv, open);
    await main(['q'], fakeIo(), open);
    expect(open.dirs).toEqual(['elsewhere', 'from-env', 'seeds']);
  });

  it('GIVEN loader warnings THEN they go to stderr, never stdout', async () => {
    const io = fakeIo();
    await main(['--json', 'q'], io, fakeOpen(fakeBriefing(), { warn: 'skipped notes.pdf: not text' }));
    expect(io.err()).toContain('skipped notes.pdf: not text');
    expect(parseLines(io.out())).toHaveLength(1);
  });

  it('GIVEN a briefing that cannot be loaded THEN says why on stderr and exits 1', async () => {
    const io = fakeIo();
    expect(await main(['q'], io, fakeOpen(fakeBriefing(), { fail: 'ENOENT: no such directory' }))).toBe(1);
    expect(io.err()).toContain('ENOENT');
    expect(io.out()).toBe('');
  });

  it('GIVEN a folder without articles THEN exits 1', async () => {
    const io = fakeIo();
    expect(await main(['q'], io, fakeOpen(fakeBriefing('empty', [])))).toBe(1);
    expect(io.err()).toMatch(/no article/);
  });

  it('GIVEN --help THEN prints the usage on stdout and exits 0', async () => {
    const io = fakeIo();
    expect(await main(['--help'], io, fakeOpen())).toBe(0);
    expect(io.out()).toContain('Usage: npm run ask');
  });

  describe('usage errors: exit 2, the problem and usage on stderr, nothing on stdout', () => {
    it.each([
      ['an unknown flag', ['--verbose', 'q'], /^ask: unknown option --verbose\.\n/],
      ['a misspelt flag', ['--limt', '3', 'q'], /^ask: unknown option --limt: did you mean --limit\?\n/],
      ['a value given to a switch', ['--json=yes', 'q'], /^ask: --json takes no value\.\n/],
      ['a missing --limit value', ['q', '--limit'], /^ask: --limit needs a value/],
      ['a missing --seeds value', ['--seeds'], /--seeds/],
      ['--limit 0', ['--limit', '0', 'q'], /--limit must be a whole number from 1 to 50/],
      ['--limit 51', ['--limit', '51', 'q'], /--limit must be/],
      ['--limit -2', ['--limit=-2', 'q'], /--limit must be/],
      ['--limit 2.5', ['--limit', '2.5', 'q'], /--limit must be/],
      ['--limit abc', ['--limit', 'abc', 'q'], /--limit must be/],
      ['an empty question', [''], /question is empty/],
      ['a blank question', ['   '], /question is empty/],
      ['an empty --seeds', ['--seeds', '', 'q'], /--seeds needs a folder/],
      ['a value given to --json', ['--json=yes', 'q'], /json/],
    ])('GIVEN %s', async (_name, argv, message) => {
      const open = fakeOpen();
      const io = fakeIo();
      expect(await main(argv, io, open)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.err()).toContain('Usage: npm run ask');
      expect(io.out()).toBe('');
      expect(open.dirs).toEqual([]);
    });
  });
});
