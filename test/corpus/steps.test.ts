import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSteps, sortedSteps } from '../../src/corpus/index.ts';

describe('sortedSteps', () => {
  it('GIVEN any words THEN they come out in the order Array.prototype.sort gives, a run of steps apart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (words, per) => {
          expect(runSteps(sortedSteps(words, per))).toEqual([...words].sort());
        },
      ),
    );
  });

  it('GIVEN items equal by the comparison THEN they keep their order (stable, as the built-in sort)', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ key: i % 3, at: i }));
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    expect(runSteps(sortedSteps(items, 4, byKey))).toEqual([...items].sort(byKey));
  });

  it('GIVEN 1,000 words and 100 a step THEN it pauses between runs and merges, not once at the end', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `w${(i * 7919) % 1000}`);
    const steps = sortedSteps(words, 100);
    let pauses = 0;
    for (let next = steps.next(); !next.done; next = steps.next()) pauses++;
    // 10 runs sorted, then 4 merge passes of 10 steps each.
    expect(pauses).toBe(50);
  });
});
