import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/distractors.ts';
import { runSteps } from '../../src/corpus/steps.ts';
import { ArticlesOfTokens, ListsBuilder } from '../../src/search/token-lists.ts';

describe('ListsBuilder', () => {
  it('GIVEN lists of any length, empty ones included THEN each is read back as it was pushed', () => {
    const random = mulberry32(5);
    const lists = Array.from({ length: 3_000 }, () =>
      Int32Array.from({ length: Math.floor(random() * 9) }, () => Math.floor(random() * 1_000)),
    );
    const builder = new ListsBuilder();
    for (const l of lists) builder.push(l);
    const { offsets, ids } = runSteps(builder.doneSteps());
    expect(offsets.length).toBe(lists.length + 1);
    expect(ids.length).toBe(offsets[lists.length]);
    lists.forEach((l, i) => {
      expect([...ids.subarray(offsets[i], offsets[i + 1])]).toEqual([...l]);
    });
  });
});

describe('ListsBuilder.doneSteps', () => {
  it('GIVEN ids over more than four blocks THEN they are copied a few blocks per step, the same ids', () => {
    const builder = new ListsBuilder();
    // 10 blocks of 65,536: at least two steps, so a reload's turn never copies them all at once.
    for (let id = 0; id < 10 * 65_536; id++) builder.add(id % 1_009);
    builder.end();
    const steps = builder.doneSteps();
    let turns = 1;
    let next = steps.next();
    while (!next.done) {
      turns++;
      next = steps.next();
    }
    expect(turns).toBeGreaterThanOrEqual(3);
    const { offsets, ids } = next.value;
    expect([...offsets]).toEqual([0, 10 * 65_536]);
    expect(ids.every((v, i) => v === i % 1_009)).toBe(true);
  });
});

describe('ListsBuilder.add', () => {
  it('GIVEN lists made an id at a time between whole ones THEN each is read back in order', () => {
    const builder = new ListsBuilder();
    builder.push([7, 8]);
    for (const id of [1, 2, 3]) builder.add(id);
    builder.end();
    builder.end();
    // More ids than a block holds (65,536): they run on over three blocks.
    for (let id = 0; id < 140_000; id++) builder.add(id % 97);
    builder.end();
    const { offsets, ids } = runSteps(builder.doneSteps());
    const list = (i: number) => [...ids.subarray(offsets[i], offsets[i + 1])];
    expect(offsets.length).toBe(5);
    expect(list(0)).toEqual([7, 8]);
    expect(list(1)).toEqual([1, 2, 3]);
    expect(list(2)).toEqual([]);
    expect(list(3)).toEqual(Array.from({ length: 140_000 }, (_, id) => id % 97));
  });
});

describe('ArticlesOfTokens', () => {
  it('GIVEN pairs in any order, repeats included THEN each token lists its articles once, ascending', () => {
    const random = mulberry32(9);
    const tokens = 700;
    const reference = Array.from({ length: tokens }, () => new Set<number>());
    const of = new ArticlesOfTokens();
    for (let i = 0; i < 40_000; i++) {
      const token = Math.floor(random() * (tokens - 1)); // the last token is noted in no article
      const article = Math.floor(random() * 300);
      of.note(token, article);
      reference[token]?.add(article);
    }
    const steps = of.lists(tokens);
    let count = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) count++;
    expect(count).toBeGreaterThanOrEqual(1);
    const { offsets, ids } = next.value;
    expect(offsets.length).toBe(tokens + 1);
    reference.forEach((set, t) => {
      expect([...ids.subarray(offsets[t], offsets[t + 1])]).toEqual([...set].sort((a, b) => a - b));
    });
    expect(offsets[tokens]).toBe(ids.length);
  });
});
