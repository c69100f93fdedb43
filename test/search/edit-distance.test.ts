import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/search/text.ts';

/** Optimal string alignment distance by its textbook table. */
function byTable(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

describe('edit distance', () => {
  it.each([
    ['blinkin', 'blinken', 1],
    ['chna', 'china', 1],
    ['obmaa', 'obama', 1],
    ['teh', 'the', 1],
    ['harbour', 'harbor', 1],
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i (capped at 3)', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });

  it('agrees with the textbook table up to its limit, on any words, long ones after short ones', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, max) => {
          // Exact up to `max`; past it, only "more than max" is promised.
          const exact = byTable(a, b);
          if (exact <= max) expect(editDistance(a, b, max)).toBe(exact);
          else expect(editDistance(a, b, max)).toBeGreaterThan(max);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
