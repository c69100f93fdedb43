import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AnswerStore,
  castVote,
  MAX_VOTERS_PER_ANSWER,
  type StoredAnswer,
} from '../../src/bot/answer-store.ts';
import { feedbackFile } from '../../src/bot/feedback.ts';
import { createLogger } from '../../src/log.ts';

const stored = (question: string): StoredAnswer => ({
  kind: 'answer',
  mode: 'ask',
  question,
  asker: '1',
  private: false,
  offset: 0,
  results: [],
  total: 0,
  votes: new Map(),
});

const question = (id: string, store: AnswerStore) => {
  const entry = store.get(id);
  return entry?.kind === 'answer' ? entry.question : undefined;
};

describe('AnswerStore', () => {
  it('GIVEN more answers than its capacity THEN the least recently used are forgotten', () => {
    const store = new AnswerStore(2);
    const a = store.add(stored('a'));
    const b = store.add(stored('b'));
    store.get(a);
    const c = store.add(stored('c'));
    expect(store.get(b)).toBeUndefined();
    expect(question(a, store)).toBe('a');
    expect(question(c, store)).toBe('c');
    expect(store.size).toBe(2);
  });

  it('GIVEN an id THEN it is short and safe for a custom id', () => {
    expect(new AnswerStore().add(stored('q'))).toMatch(/^[\w-]{12}$/);
  });
});

describe('castVote', () => {
  it('GIVEN the same user pressing 👍 twice, then 👎 THEN one vote, recorded, unchanged, then changed', () => {
    const answer = stored('q');
    expect(castVote(answer, 'u1', 'up')).toBe('recorded');
    expect(castVote(answer, 'u1', 'up')).toBe('unchanged');
    expect(castVote(answer, 'u1', 'down')).toBe('changed');
    expect([...answer.votes]).toEqual([['u1', 'down']]);
  });

  it('GIVEN more voters than one answer keeps THEN the next new voter is not remembered', () => {
    const answer = stored('q');
    for (let i = 0; i < MAX_VOTERS_PER_ANSWER; i++) expect(castVote(answer, `u${i}`, 'up')).toBe('recorded');
    expect(castVote(answer, 'late', 'up')).toBe('full');
    expect(castVote(answer, 'u0', 'down')).toBe('changed');
    expect(answer.votes.size).toBe(MAX_VOTERS_PER_ANSWER);
  });
});

describe('feedbackFile', () => {
  it('GIVEN votes THEN one JSON line each, in a folder created on demand', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feedback-'));
    try {
      const file = join(dir, 'nested', 'feedback.jsonl');
      const record = feedbackFile(file);
      const entry = {
        at: '2024-01-09T12:00:00.000Z',
        answer: 'abc',
        user: '1',
        question: 'q?',
        results: ['a:2:0'],
        vote: 'up' as const,
      };
      await record(entry);
      await record({ ...entry, vote: 'down' });
      const lines = (await readFile(file, 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toEqual([entry, { ...entry, vote: 'down' }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('feedbackFile when its folder comes and goes', () => {
  const entry = {
    at: '2024-01-09T12:00:00.000Z',
    answer: 'abc',
    user: '1',
    question: 'q?',
    results: ['a:2:0'],
    vote: 'up' as const,
  };

  it('GIVEN the folder deleted after a first vote THEN the next vote creates it again and is recorded', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feedback-'));
    try {
      const file = join(dir, 'data', 'feedback.jsonl');
      const record = feedbackFile(file);
      await record(entry);
      await rm(join(dir, 'data'), { recursive: true });
      await record({ ...entry, vote: 'down' });
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...entry, vote: 'down' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("GIVEN a vote that fails (the folder's place taken by a file) THEN it throws, and once fixed the next vote is recorded", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feedback-'));
    try {
      const file = join(dir, 'data', 'feedback.jsonl');
      await writeFile(join(dir, 'data'), 'not a folder');
      const record = feedbackFile(file);
      await expect(record(entry)).rejects.toMatchObject({ code: expect.stringMatching(/ENOTDIR|EEXIST/) });
      await rm(join(dir, 'data'));
      await record(entry);
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(entry);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('logger', () => {
  it('GIVEN a level THEN lower lines are dropped and the rest are JSON with their context', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (l) => lines.push(l), now: () => new Date(0) });
    logger.debug('hidden');
    logger.child({ command: 'ask' }).info('question', { user: '1', ms: 3 });
    logger.error('failed', { error: new Error('boom') });
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { time: '1970-01-01T00:00:00.000Z', level: 'info', msg: 'question', command: 'ask', user: '1', ms: 3 },
      expect.objectContaining({
        level: 'error',
        msg: 'failed',
        error: expect.objectContaining({ message: 'boom' }),
      }),
    ]);
  });
});
