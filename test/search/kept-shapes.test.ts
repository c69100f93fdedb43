import { describe, expect, it } from 'vitest';
import { openBriefing } from '../../src/answer/briefing.ts';
import { CapitalRuns } from '../../src/search/question/capitals.ts';
import { TokenBits } from '../../src/search/rank/context.ts';
import { Lifts } from '../../src/search/rank/lift.ts';
import { keptShapes } from '../../src/shapes.ts';

// Why these instances must live: `src/shapes.ts`. The bench's "right after a full collection" line
// shows the cost when they do not; this test keeps each class a question makes in the list.
describe('kept shapes', () => {
  it('keeps one instance of each class a question makes anew', () => {
    const kept = keptShapes();
    for (const kind of [TokenBits, Lifts, CapitalRuns])
      expect(
        kept.filter((k) => k instanceof kind),
        kind.name,
      ).toHaveLength(1);
    // The hit class is private to its module: one more instance, of none of the classes above.
    expect(kept.filter((k) => ![TokenBits, Lifts, CapitalRuns].some((c) => k instanceof c))).toHaveLength(1);
  });

  it('keeps no more while questions are asked', async () => {
    const before = keptShapes().length;
    const briefing = await openBriefing('seeds', { warn: () => {} });
    briefing.ask('Who spoke about the missile launch?');
    expect(keptShapes().length).toBe(before);
  });
});
