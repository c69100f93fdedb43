import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerResult } from '../../src/answer/types.ts';
import {
  type EvalQuestion,
  isHit,
  loadQuestions,
  main,
  normalizeForMatch,
  parseQuestions,
  scoreQuestions,
  speakerMatches,
} from '../../src/cli/eval.ts';
import { fakeBriefing, fakeIo, fakeOpen } from './fakes.ts';

function result(excerpt: string, speaker: string | null = null, place: string | null = null): AnswerResult {
  return {
    id: 'x',
    article: 'a',
    title: 't',
    url: null,
    paragraph: 1,
    excerpt,
    score: 1,
    speaker,
    place,
    placeSource: place ? 'text' : null,
    dateline: null,
    clippedStart: false,
    clippedEnd: false,
    isQuote: false,
    quotes: [],
  };
}

/** A briefing whose answers are scripted per question. */
function scripted(answers: Record<string, AnswerResult[] | null>) {
  return {
    ask(question: string): Answer {
      const results = answers[question] ?? null;
      return results === null
        ? { question, answered: false, related: false, results: [], total: 0, reason: 'not covered' }
        : { question, answered: true, related: false, results, total: results.length, reason: null };
    },
  };
}

describe('matching', () => {
  it('folds case, curly quotes and whitespace', () => {
    expect(normalizeForMatch('  Washington’s  “Early\nResumption” ')).toBe(
      'washington\'s "early resumption"',
    );
    expect(isHit('He hoped for an “early resumption of dialogue”.', ['"Early resumption of dialogue"'])).toBe(
      true,
    );
    expect(isHit('Nothing here', ['dialogue'])).toBe(false);
  });

  it('matches a speaker on the last word of the expected name', () => {
    expect(speakerMatches('Antony J. Blinken', 'Antony Blinken')).toBe(true);
    expect(speakerMatches('Lloyd Austin', 'Antony Blinken')).toBe(false);
    expect(speakerMatches(null, 'Antony Blinken')).toBe(false);
  });
});

describe('scoreQuestions', () => {
  const questions: EvalQuestion[] = [
    { id: 'a', q: 'first', expect: ['alpha'], speaker: 'Ann Lee', place: 'Seoul' },
    { id: 'b', q: 'second', expect: ['beta'], speaker: 'Bo Kim' },
    { id: 'c', q: 'third', expect: ['gamma'] },
    { id: 'd', q: 'fourth', expect: ['delta'] },
    { id: 'e', q: 'absent', none: true },
    { id: 'f', q: 'also absent', none: true },
  ];
  const briefing = scripted({
    first: [result('Alpha is here', 'Ann Lee', 'Seoul')],
    second: [result('nope'), result('BETA', 'Someone Else')],
    third: [result('x'), result('y'), result('z'), result('gamma')],
    fourth: null,
    absent: null,
    'also absent': [result('whatever')],
  });

  it('computes hit@k and MRR over answerable questions, refusals and accuracies', () => {
    const { summary, outcomes } = scoreQuestions(briefing, questions);
    expect(summary).toMatchObject({
      questions: 6,
      answerable: 4,
      unanswerable: 2,
      hitAt1: 0.25,
      hitAt3: 0.5,
      refusalsCorrect: 1,
      falseRefusals: 1,
      speakerAccuracy: 0.5,
      speakerChecked: 2,
      placeAccuracy: 1,
      placeChecked: 1,
    });
    expect(summary.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 4 + 0) / 4);
    expect(outcomes.find((o) => o.id === 'c')?.problems).toEqual(['first hit at rank 4']);
    expect(outcomes.find((o) => o.id === 'f')?.problems).toEqual([
      'answered, but the briefing does not cover it',
    ]);
  });
});

describe('parseQuestions', () => {
  it('reads lines, skipping blank ones', () => {
    expect(
      parseQuestions('{"id":"a","q":"x","expect":["y"]}\n\n{"id":"b","q":"z","none":true}\n'),
    ).toHaveLength(2);
  });

  it.each([
    ['not JSON', '{"id":'],
    ['no phrases', '{"id":"a","q":"x"}'],
    ['an empty phrase', '{"id":"a","q":"x","expect":[" "]}'],
    ['phrases on an unanswerable question', '{"id":"a","q":"x","none":true,"expect":["y"]}'],
    ['a duplicate id', '{"id":"a","q":"x","none":true}\n{"id":"a","q":"y","none":true}'],
  ])('rejects %s, naming the line', (_name, text) => {
    expect(() => parseQuestions(text, 'set')).toThrow(/^set:\d+: /);
  });

  it('GIVEN the project question set THEN it is valid and large enough', async () => {
    const questions = await loadQuestions();
    expect(questions.filter((q) => !q.none).length).toBeGreaterThanOrEqual(36);
    expect(questions.filter((q) => q.none).length).toBeGreaterThanOrEqual(6);
  });
});

describe('eval command, in-process', () => {
  async function questionFile(text: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'eval-'));
    const file = join(dir, 'questions.jsonl');
    await writeFile(file, text);
    return file;
  }

  it('GIVEN --json THEN prints the summary object', async () => {
    const file = await questionFile(
      '{"id":"a","q":"ships","expect":["excerpt 1"]}\n{"id":"b","q":"unknown","none":true}\n',
    );
    const io = fakeIo();
    expect(await main(['--json', '--questions', file], io, fakeOpen())).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({
      questions: 2,
      hitAt1: 1,
      refusalsCorrect: 1,
      falseRefusals: 0,
    });
  });

  it('GIVEN misses THEN lists them before the figures', async () => {
    const file = await questionFile('{"id":"a","q":"ships","expect":["not there"]}\n');
    const io = fakeIo();
    expect(await main(['--questions', file, '--seeds', 'x'], io, fakeOpen(fakeBriefing()))).toBe(0);
    expect(io.out()).toMatch(/^MISS a: ships\n {2}- no hit in the top 10\n/);
    expect(io.out()).toContain('hit@1             0.0%');
  });

  it('GIVEN a malformed question file THEN exits 1', async () => {
    const file = await questionFile('{oops}\n');
    const io = fakeIo();
    expect(await main(['--questions', file], io, fakeOpen())).toBe(1);
    expect(io.err()).toMatch(/questions\.jsonl:1/);
  });

  it('GIVEN an unknown flag THEN exits 2', async () => {
    const io = fakeIo();
    expect(await main(['--fast'], io, fakeOpen())).toBe(2);
    expect(io.err()).toContain('Usage: npm run eval');
  });
});
