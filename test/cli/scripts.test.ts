import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import type { StatementLine } from '../../src/cli/quotes.ts';

/**
 * The real scripts, spawned as a user runs them, over the real engine and the seed briefing: the
 * contract other tools rely on (stdout holds only the answer, exit codes, one JSON line per answer).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], input = '', extra: Record<string, string> = {}): Promise<Run> {
  const env = { ...process.env };
  delete env.SEEDS_DIR;
  Object.assign(env, extra);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Runs `src/cli/<script>.ts` through tsx, as `npm run <script>` does, without npm's start-up time. */
function script(
  name: 'ask' | 'quotes',
  args: string[],
  input = '',
  env: Record<string, string> = {},
): Promise<Run> {
  return run(process.execPath, ['--import', 'tsx', `src/cli/${name}.ts`, ...args], input, env);
}

function jsonLines<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T);
}

let seedText: Map<string, string>;

beforeAll(async () => {
  seedText = new Map();
  for (const file of await readdir(join(ROOT, 'seeds'))) {
    seedText.set(file.replace(/\.[^.]+$/, ''), await readFile(join(ROOT, 'seeds', file), 'utf8'));
  }
});

describe('ask, spawned over the seed briefing', () => {
  it('GIVEN a question THEN prints excerpts cited by speaker and title ¶N', async () => {
    const { code, stdout } = await script('ask', ['What did Blinken say about China?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. \S/);
    expect(stdout).toMatch(/— .*Blinken.* · .+ ¶\d+( · dateline .+)?\n/);
  });

  it('GIVEN --json THEN prints one Answer whose excerpts are verbatim article text', async () => {
    const { code, stdout } = await script('ask', [
      '--json',
      '--limit',
      '2',
      'What did Blinken say about China?',
    ]);
    expect(code).toBe(0);
    const answers = jsonLines<Answer>(stdout);
    expect(answers).toHaveLength(1);
    const answer = answers[0] as Answer;
    expect(answer.answered).toBe(true);
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.length).toBeLessThanOrEqual(2);
    for (const result of answer.results) {
      expect(seedText.get(result.article)).toContain(result.excerpt);
    }
  });

  it('GIVEN a question the briefing does not cover THEN says so and exits 0', async () => {
    const { code, stdout } = await script('ask', ['What did Vladimir Putin say about sanctions?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^No answer: /);
  });

  it('GIVEN --json and questions on stdin THEN prints one answer per line, in order', async () => {
    const questions = ['Who is Frank Aum?', '', 'What did Chung Eui-yong hope for?'];
    const { code, stdout } = await script('ask', ['--json'], `${questions.join('\n')}\n`);
    expect(code).toBe(0);
    const answers = jsonLines<Answer>(stdout);
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers[1]?.answered).toBe(false);
  });

  it('GIVEN npm run --silent THEN stdout holds only the JSON answer', async () => {
    const { code, stdout } = await run('npm', [
      'run',
      '--silent',
      'ask',
      '--',
      '--json',
      'What did Choe Son-hui say?',
    ]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout)).toMatchObject({ question: 'What did Choe Son-hui say?' });
  });

  it('GIVEN --seeds with another folder THEN answers from its articles only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-'));
    await writeFile(
      join(dir, 'harbour.txt'),
      [
        'Harbour pilots brace for winter storms',
        'LISBON – Pilots at the port of Lisbon are preparing for a season of heavy Atlantic storms.',
        '“We will not let a single ship enter the estuary blind,” said Marta Sousa, the chief harbour pilot.',
        'Sousa said a new radar tower on the south bank would be finished by March.',
      ].join('\n\n'),
    );
    const { code, stdout } = await script('ask', [
      '--json',
      '--seeds',
      dir,
      'What did Marta Sousa say about the radar?',
    ]);
    expect(code).toBe(0);
    const answer = jsonLines<Answer>(stdout)[0] as Answer;
    expect(answer.answered).toBe(true);
    expect(answer.results.every((r) => r.article === 'harbour')).toBe(true);
    expect(answer.results.some((r) => r.excerpt.includes('radar tower'))).toBe(true);
  });

  it('GIVEN a missing folder THEN exits 1 with a message on stderr and nothing on stdout', async () => {
    const missing = join(tmpdir(), 'no-such-briefing-folder');
    const { code, stdout, stderr } = await script('ask', ['--seeds', missing, 'anything']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    // Said once, with what to change: not "cannot load the briefing … Cannot load the briefing from …".
    expect(stderr).toBe(
      `ask: cannot load the briefing from ${missing}: the folder does not exist (check --seeds).\n`,
    );
  });

  it('GIVEN a bad SEEDS_DIR THEN the message names SEEDS_DIR, without a stack trace', async () => {
    const missing = join(tmpdir(), 'no-such-briefing-folder');
    const { code, stderr } = await script('ask', ['anything'], '', { SEEDS_DIR: missing });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `ask: cannot load the briefing from ${missing}: the folder does not exist (set SEEDS_DIR, or give --seeds).\n`,
    );
  });

  it('GIVEN a bad --limit THEN exits 2 with the usage on stderr', async () => {
    const { code, stdout, stderr } = await script('ask', ['--limit', '0', 'anything']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: npm run ask');
  });
});

describe('quotes, spawned over the seed briefing', () => {
  it('GIVEN --speaker and --json THEN prints that speaker’s statements, one per line', async () => {
    const { code, stdout } = await script('quotes', ['--speaker', 'blinken', '--json']);
    expect(code).toBe(0);
    const lines = jsonLines<StatementLine>(stdout);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.speaker).toMatch(/Blinken/);
      expect(line).toEqual(
        expect.objectContaining({
          article: expect.any(String),
          paragraph: expect.any(Number),
          text: expect.any(String),
          kind: expect.stringMatching(/^(direct|indirect)$/),
        }),
      );
      expect(line).toHaveProperty('place');
    }
  });

  it('GIVEN no option THEN lists statements as text', async () => {
    const { code, stdout } = await script('quotes', ['--topic', 'peace on the Korean Peninsula']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/¶\d+/);
  });
});
