import { describe, expect, it } from 'vitest';
import { Turns } from '../../src/bot/turns.ts';

describe('Turns', () => {
  it('GIVEN answers waiting THEN they go one per turn of the event loop, in order, with other work run between them', async () => {
    const turns = new Turns();
    const order: string[] = [];
    const waiting = ['a', 'b', 'c'].map((name) => turns.next().then(() => order.push(name)));
    // Work that arrived after the answers were queued: it is not held until they have all gone.
    setImmediate(() => order.push('other work'));
    await Promise.all(waiting);
    expect(order).toEqual(['a', 'other work', 'b', 'c']);
    expect(turns.waiting).toBe(0);
  });

  it('GIVEN thousands waiting THEN every one gets its turn, in order', async () => {
    const turns = new Turns();
    const order: number[] = [];
    await Promise.all(Array.from({ length: 3000 }, (_, i) => turns.next().then(() => order.push(i))));
    expect(order).toEqual(Array.from({ length: 3000 }, (_, i) => i));
  });
});
