import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type StatementLine } from '../../src/cli/quotes.ts';
import { fakeBriefing, fakeIo, fakeOpen } from './fakes.ts';

describe('quotes, in-process with a fake briefing', () => {
  it('GIVEN no filter THEN lists every statement: direct ones quoted, reported ones marked', async () => {
    const io = fakeIo();
    expect(await main([], io, fakeOpen())).toBe(0);
    expect(io.out()).toContain('1. “We will not let a single ship enter blind,”');
    expect(io.out()).toContain(
      '— Marta Sousa (chief harbour pilot), in Lisbon · Harbour pilots warn of winter storms ¶2',
    );
    expect(io.out()).toContain('2. (reported) the new radar would be installed by March');
    expect(io.out()).toContain('— Rui Costa · Harbour pilots warn of winter storms ¶3');
  });

  it('GIVEN --speaker and --topic THEN passes both to the briefing', async () => {
    const briefing = fakeBriefing();
    await main(['--speaker', 'sousa', '--topic', 'ships at night'], fakeIo(), fakeOpen(briefing));
    expect(briefing.quoteCalls).toEqual([{ speaker: 'sousa', topic: 'ships at night' }]);
  });

  it('GIVEN --json THEN prints one statement object per line', async () => {
    const io = fakeIo();
    expect(await main(['--json'], io, fakeOpen())).toBe(0);
    const lines = io
      .out()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as StatementLine);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      id: 'harbour:2:1:0',
      article: 'harbour',
      title: 'Harbour pilots warn of winter storms',
      paragraph: 2,
      sentence: 1,
      text: 'We will not let a single ship enter blind,',
      speaker: 'Marta Sousa',
      role: 'chief harbour pilot',
      place: 'Lisbon',
      placeSource: 'dateline',
      kind: 'direct',
    });
    expect(lines[1]).toMatchObject({ speaker: 'Rui Costa', place: null, kind: 'indirect' });
  });

  it('GIVEN --limit 1 THEN lists one statement', async () => {
    const io = fakeIo();
    await main(['--json', '--limit', '1'], io, fakeOpen());
    expect(io.out().trimEnd().split('\n')).toHaveLength(1);
  });

  it('GIVEN a speaker nobody matches THEN says so, and --json prints nothing', async () => {
    const text = fakeIo();
    expect(await main(['--speaker', 'nobody'], text, fakeOpen())).toBe(0);
    expect(text.out()).toBe('No statements found.\n');
    const json = fakeIo();
    expect(await main(['--speaker', 'nobody', '--json'], json, fakeOpen())).toBe(0);
    expect(json.out()).toBe('');
  });

  it('GIVEN a briefing that cannot be loaded THEN exits 1 with the reason on stderr', async () => {
    const io = fakeIo();
    expect(await main([], io, fakeOpen(fakeBriefing(), { fail: 'no such folder' }))).toBe(1);
    expect(io.err()).toContain('no such folder');
    expect(io.out()).toBe('');
  });

  it.each([
    ['an unknown flag', ['--who', 'x']],
    ['a positional argument', ['blinken']],
    ['a missing --speaker value', ['--speaker']],
    ['an empty --topic', ['--topic', ' ']],
    ['a bad --limit', ['--limit', '0']],
  ])('GIVEN %s THEN exits 2 with the usage on stderr', async (_name, argv) => {
    const io = fakeIo();
    expect(await main(argv, io, fakeOpen())).toBe(2);
    expect(io.err()).toContain('Usage: npm run quotes');
    expect(io.out()).toBe('');
  });

  it('GIVEN a folder where only options go THEN exits 2 saying to give it as --seeds', async () => {
    const io = fakeIo();
    const folder = mkdtempSync(path.join(tmpdir(), 'quotes-folder-'));
    try {
      expect(await main([folder], io, fakeOpen())).toBe(2);
      expect(io.err()).toContain(`a briefing folder is given as --seeds ${folder}.`);
      // A word that is no folder gets the plain message.
      const word = fakeIo();
      expect(await main(['blinken'], word, fakeOpen())).toBe(2);
      expect(word.err()).toContain('this command takes only options');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
