import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GapStore, normalise } from '../../src/bot/gaps.ts';

let dir: string;
let now = Date.parse('2026-01-31T12:00:00Z');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-gaps-'));
  now = Date.parse('2026-01-31T12:00:00Z');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const store = (process: string, options: { recordUser?: boolean; maxBytes?: number } = {}) =>
  new GapStore({ dir, process, now: () => now, ...options });

describe('GapStore', () => {
  it('GIVEN two processes recording THEN each writes its own file and counting sees both', async () => {
    const shard0 = store('shard-0');
    const shard1 = store('shard-1');
    await shard0.record({ kind: 'refused', question: 'What did Ilya Brandt say?', server: '1', user: 'u1' });
    await shard1.record({ kind: 'refused', question: 'what did ilya brandt say', server: '1', user: 'u2' });
    await shard1.record({ kind: 'down', question: 'Where is the harbour?', server: '1', user: 'u2' });
    expect((await readdir(dir)).sort()).toEqual(['shard-0.jsonl', 'shard-1.jsonl']);
    expect(await shard0.top('1')).toEqual([
      { question: 'what did ilya brandt say', refused: 2, down: 0, last: '2026-01-31T12:00:00.000Z' },
      { question: 'Where is the harbour?', refused: 0, down: 1, last: '2026-01-31T12:00:00.000Z' },
    ]);
  });

  it('GIVEN another server, a DM, or a question older than 30 days THEN it is not counted', async () => {
    const gaps = store('main');
    await gaps.record({ kind: 'refused', question: 'old', server: '1', user: 'u' });
    now += 31 * 86_400_000;
    await gaps.record({ kind: 'refused', question: 'elsewhere', server: '2', user: 'u' });
    await gaps.record({ kind: 'refused', question: 'in a DM', server: null, user: 'u' });
    expect(await gaps.top('1')).toEqual([]);
    expect((await gaps.top(null)).map((gap) => gap.question)).toEqual(['in a DM']);
  });

  it('GIVEN no recordUser THEN no user id is written; with it THEN it is', async () => {
    await store('a').record({ kind: 'refused', question: 'q', server: '1', user: '424242' });
    await store('b', { recordUser: true }).record({
      kind: 'refused',
      question: 'q',
      server: '1',
      user: '535353',
    });
    expect(await readFile(join(dir, 'a.jsonl'), 'utf8')).not.toContain('424242');
    expect(await readFile(join(dir, 'b.jsonl'), 'utf8')).toContain('535353');
  });

  it('GIVEN a file past its size THEN it is rotated, one old file kept', async () => {
    const gaps = store('main', { maxBytes: 200 });
    for (let i = 0; i < 6; i++)
      await gaps.record({ kind: 'refused', question: `question ${i}`, server: '1', user: 'u' });
    expect((await readdir(dir)).sort()).toEqual(['main.jsonl', 'main.old.jsonl']);
    expect((await gaps.top('1')).map((gap) => gap.question)).toContain('question 5');
  });

  it('GIVEN a line cut short by a crash THEN it is skipped and the rest counted', async () => {
    const gaps = store('main');
    await gaps.record({ kind: 'refused', question: 'whole', server: '1', user: 'u' });
    await appendFile(join(dir, 'main.jsonl'), '{"at":"2026-01-31T12:00:00.000Z","kind":"ref');
    expect((await gaps.top('1')).map((gap) => gap.question)).toEqual(['whole']);
  });

  it('GIVEN case, spaces and punctuation THEN one question', () => {
    expect(normalise('  What did   Ilya Brandt say?! ')).toBe(normalise('what did ilya brandt say'));
  });
});
