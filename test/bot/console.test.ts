import { execFile } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { consoleReply, consoleSession, PromptSafeLog, runConsole } from '../../src/cli/console.ts';
import { createLogger } from '../../src/log.ts';
import { fakeBriefing } from './fake-briefing.ts';

function collector() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('console mode', () => {
  it('GIVEN "help" THEN the terminal help text, without searching', () => {
    const briefing = fakeBriefing();
    expect(consoleReply('help', briefing)).toMatch(/^Type a question about the briefing/);
    expect(briefing.calls).toHaveLength(0);
  });

  it('GIVEN a question THEN the answer rendered for the terminal, not Discord markdown', () => {
    const reply = consoleReply('What did Sousa say?', fakeBriefing()) ?? '';
    expect(reply).toContain('Marta Sousa');
    expect(reply).not.toContain('**');
  });

  it('GIVEN a line over 500 characters THEN the same refusal as a DM', () => {
    expect(consoleReply('x'.repeat(501), fakeBriefing())).toMatch(/501 characters long/);
  });

  it('GIVEN a blank line THEN nothing is printed', () => {
    expect(consoleReply('   ', fakeBriefing())).toBeNull();
  });

  it('GIVEN piped lines THEN each answer after its question, no prompt, and it ends at EOF', async () => {
    const out = collector();
    const briefing = fakeBriefing();
    await runConsole({
      briefing,
      input: Readable.from(['help\nWhat did Sousa', ' say?\n\nweather on mars']),
      output: out.stream,
      interactive: false,
    });
    expect(out.text()).not.toContain('> ');
    expect(briefing.calls.map((c) => c.question)).toEqual(['What did Sousa say?', 'weather on mars']);
    expect(out.text()).toMatch(/^Q: help\nType a question/);
    expect(out.text()).toMatch(/\nQ: What did Sousa say\?\n1\. “We will not let/);
    expect(out.text()).toMatch(/\nQ: weather on mars\nNo answer: /);
  });

  it('GIVEN an answer with more results THEN the hint says "more", and "more" shows the next ones, numbered on', () => {
    const briefing = fakeBriefing();
    const session = consoleSession(briefing);
    const first = session.reply('What did Sousa say?') ?? '';
    expect(first).toContain('(3 of 5 results; type "more" for the next ones.)');
    expect(first).not.toContain('--limit');
    const more = session.reply('more') ?? '';
    expect(briefing.calls[1]).toMatchObject({ question: 'What did Sousa say?', options: { offset: 3 } });
    expect(more).toMatch(/^4\. /m);
    expect(more).toMatch(/^5\. /m);
    expect(session.reply('More.')).toBe('No more results for “What did Sousa say?”.\n');
  });

  it('GIVEN "more" before any question THEN it says to ask first', () => {
    expect(consoleSession(fakeBriefing()).reply('more')).toMatch(/ask a question first/);
  });

  it('GIVEN "hi!" or "thanks" THEN a friendly line pointing to help, not "does not cover"', () => {
    const briefing = fakeBriefing();
    expect(consoleReply('hi!', briefing)).toMatch(/^Hello! .*type "help"/s);
    expect(consoleReply('thanks', briefing)).toMatch(/welcome/);
    expect(briefing.calls).toHaveLength(0);
  });

  it('GIVEN a terminal 60 columns wide THEN no line is wider than 60', async () => {
    const out = collector();
    const stream = Object.assign(out.stream, { isTTY: true, columns: 60 });
    await runConsole({
      briefing: fakeBriefing(),
      input: Readable.from(['What did Sousa say?\n']),
      output: stream,
      interactive: false,
    });
    const widths = out
      .text()
      .split('\n')
      .map((line) => [...line].length);
    expect(Math.max(...widths)).toBeLessThanOrEqual(60);
    expect(Math.max(...widths)).toBeGreaterThan(40);
  });

  it('GIVEN a log line while the prompt is shown THEN it is written above the prompt, which is drawn again with what was typed', async () => {
    const terminal = collector();
    const stream = Object.assign(terminal.stream, { isTTY: true, columns: 80 });
    const log = new PromptSafeLog(stream);
    const logger = createLogger({ write: log.write });
    const input = new Readable({ read() {} });
    const done = runConsole({ briefing: fakeBriefing(), input, output: stream, interactive: true, log });
    input.push('What did');
    await new Promise((resolve) => setImmediate(resolve));
    logger.warn('briefing', { detail: 'Skipping x.txt' });
    const shown = terminal.text();
    // The line with the prompt and "What did" is cleared, the log line written, and the prompt drawn
    // again with what was typed, so typing carries on where it was.
    expect(shown).toContain('> \x1b[3GWhat did\x1b[2K\x1b[1G{"time"');
    expect(shown).toContain('"msg":"briefing","detail":"Skipping x.txt"}\n\x1b[1G\x1b[0J> What did');
    input.push(null);
    await done;
  });

  it('GIVEN `npm start` without DISCORD_TOKEN and piped questions THEN it answers and exits 0', async () => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'error' },
    });
    child.stdin?.end('help\nWhat did Blinken say?\n');
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^DISCORD_TOKEN is not set/)]);
    expect(stdout).toMatch(/^Q: help\nType a question about the briefing/);
    expect(stdout).toMatch(/Q: What did Blinken say\?\n1\. .*Blinken/s);
  });

  it('GIVEN `npm start` with a SEEDS_DIR that does not exist THEN one line naming SEEDS_DIR, no stack trace, exit 1', async () => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, DISCORD_TOKEN: '', SEEDS_DIR: 'no-such-folder' },
    });
    child.stdin?.end();
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(
      /^SEEDS_DIR \("no-such-folder"\): cannot load the briefing from \/.*no-such-folder: the folder does not exist\. Set SEEDS_DIR to /,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('GIVEN `npm start` whose stderr reader is gone (EPIPE on every log line) THEN it keeps answering and exits 0', async () => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'debug' },
    });
    child.stderr?.destroy();
    let stdout = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stdin?.end('What did Blinken say?\nhelp\nWho said "All parties must work together"?\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout.match(/^Q: /gm)).toHaveLength(3);
    expect(stdout).toContain('Q: help\nType a question');
  });
});
