/**
 * The persisted form of statements: read back, every statement is exactly the one attribution made
 * (field for field, in the same key order), its text cut from its paragraph; a form naming anything
 * the briefing does not hold is refused.
 */
import { describe, expect, it } from 'vitest';
import { restoreStatements, storeStatements } from '../../src/answer/stored-statements.ts';
import { attribute } from '../../src/attribution/index.ts';
import { loadArticles, runSteps } from '../../src/corpus/index.ts';

async function seeds() {
  const { articles } = await loadArticles('seeds', { warn: () => {} });
  const { statements, speakers } = attribute(articles);
  return { articles, statements, names: new Set(speakers.map((s) => s.name)) };
}

describe('stored statements', () => {
  it('GIVEN the seeds THEN the statements read back are those attribution made, key order included', async () => {
    const { articles, statements, names } = await seeds();
    const stored = runSteps(storeStatements(statements, articles));
    const restored = runSteps(restoreStatements(stored, articles, names));
    expect(JSON.stringify(restored)).toBe(JSON.stringify(statements));
    // Each text is the paragraph's own, not a copy carried by the file.
    expect(stored.values).not.toContain(statements[0]?.text);
  });

  it('GIVEN a statement whose text is not its paragraph at its offsets THEN it is not stored', async () => {
    const { articles, statements } = await seeds();
    const changed = statements.map((s, i) =>
      i === 0 ? { ...s, text: 'We will surrender unconditionally' } : s,
    );
    expect(() => runSteps(storeStatements(changed, articles))).toThrow(/not cut from its paragraph/);
  });

  it.each([
    ['an article that does not exist', (n: Int32Array) => (n[0] = 99)],
    ['a paragraph that does not exist', (n: Int32Array) => (n[1] = 0)],
    ['text offsets past the paragraph', (n: Int32Array) => (n[4] = 1_000_000)],
    [
      'text offsets backwards',
      (n: Int32Array) => {
        n[3] = 5;
        n[4] = 4;
      },
    ],
    ['an empty sentence', (n: Int32Array) => (n[6] = n[5] as number)],
  ])('GIVEN a stored statement with %s THEN it is refused', async (_what, edit) => {
    const { articles, statements, names } = await seeds();
    const stored = runSteps(storeStatements(statements, articles));
    edit(stored.numbers);
    expect(() => runSteps(restoreStatements(stored, articles, names))).toThrow(/does not say/);
  });

  it.each([
    ['a speaker the briefing does not list', 0, 'Nobody Listed'],
    ['a kind of speaker there is not', 1, 'ghost'],
    ['a kind of statement there is not', 3, 'shouted'],
    ['a missing kind', 3, null],
    ['a place source there is not', 5, 'rumour'],
  ])('GIVEN a stored statement with %s THEN it is refused', async (_what, field, value) => {
    const { articles, statements, names } = await seeds();
    const stored = runSteps(storeStatements(statements, articles));
    stored.values.push(value);
    stored.strings[field] = stored.values.length - 1;
    expect(() => runSteps(restoreStatements(stored, articles, names))).toThrow(/does not say/);
  });

  it.each([
    ['columns of another type', (s: Record<string, unknown>) => (s.numbers = [0, 1, 1, 0, 4, 0, 4])],
    ['columns of unequal length', (s: Record<string, unknown>) => (s.strings = new Int32Array(5))],
    ['a value that is not a string', (s: Record<string, unknown>) => (s.values = [1])],
    [
      'a code past the values',
      (s: Record<string, unknown>) => {
        (s.strings as Int32Array)[2] = 1_000_000;
      },
    ],
  ])('GIVEN a stored form with %s THEN it is refused', async (_what, edit) => {
    const { articles, statements, names } = await seeds();
    const stored = runSteps(storeStatements(statements, articles)) as unknown as Record<string, unknown>;
    edit(stored);
    expect(() => runSteps(restoreStatements(stored, articles, names))).toThrow(/does not say/);
  });
});

describe('storeStatements in steps', () => {
  it('GIVEN 6,000 statements THEN storing them gives the event loop back within the list', async () => {
    // A reload writes the persisted attribution beside a briefing that answers.
    const { articles } = await loadArticles('seeds');
    const { statements } = attribute(articles);
    const many = Array.from({ length: Math.ceil(6_000 / statements.length) }, () => statements).flat();
    const renumbered = many.map((s, i) => ({ ...s, id: `${s.article}:${s.paragraph}:${s.sentence}:${i}` }));
    const steps = storeStatements(renumbered, articles);
    let count = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) count++;
    expect(count).toBeGreaterThanOrEqual(Math.floor(renumbered.length / 2_000));
    expect(next.value.numbers.length).toBe(7 * renumbered.length);
  });
});
