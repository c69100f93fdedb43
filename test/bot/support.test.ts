import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerStore } from '../../src/bot/answer-store.ts';
import { feedbackFile } from '../../src/bot/feedback.ts';
import { createLogger } from '../../src/log.ts';

const stored = (question: string) => ({ mode: 'ask' as const, question, offset: 0, results: [], total: 0 });

describe('AnswerStore', () => {
  it('GIVEN more answers than its capacity THEN the least recently used are forgotten', () => {
    const store = new AnswerStore(2);
    const a = store.add(stored('a'));
    const b = store.add(stored('b'));
    store.get(a);
    const c = store.add(stored('c'));
    expect(store.get(b)).toBeUndefined();
    expect(store.get(a)?.question).toBe('a');
    expect(store.get(c)?.question).toBe('c');
    expect(store.size).toBe(2);
  });

  it('GIVEN an id THEN it is short and safe for a custom id', () => {
    expect(new AnswerStore().add(stored('q'))).toMatch(/^[\w-]{12}$/);
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
