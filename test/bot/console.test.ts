import { execFile } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { consoleReply, runConsole } from '../../src/cli/console.ts';
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

  it('GIVEN piped lines THEN one answer per line, no prompt, and it ends at EOF', async () => {
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
    expect(out.text()).toMatch(/^Type a question/);
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
    expect(stdout).toMatch(/^Type a question about the briefing/);
    expect(stdout).toMatch(/Blinken/);
  });
});
