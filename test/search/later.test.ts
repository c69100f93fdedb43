import { describe, expect, it } from 'vitest';
import { Later, settle } from '../../src/search/later.ts';

/** Steps that count how many ran, each one about `ms` long. */
function* counted(steps: number, ms: number, ran: { n: number }): Generator<void, number> {
  for (let i = 0; i < steps; i++) {
    const end = performance.now() + ms;
    while (performance.now() < end);
    ran.n++;
    yield;
  }
  return ran.n;
}

describe('Later', () => {
  it('GIVEN work left for later THEN reading its value runs the rest at once, and runs nothing twice', () => {
    const ran = { n: 0 };
    const later = new Later(counted(5, 0, ran));
    expect(later.step()).toBe(true);
    expect(ran.n).toBe(1);
    expect(later.value).toBe(5);
    expect(later.value).toBe(5);
    expect(later.step()).toBe(false);
    expect(ran.n).toBe(5);
  });

  it('GIVEN work settled in the background THEN the event loop turns between slices and every value is made', async () => {
    const ran = { n: 0 };
    const later = [new Later(counted(20, 2, ran)), Later.of(() => 'done')];
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    await settle(later);
    clearInterval(ticker);
    expect(ran.n).toBe(20);
    expect(later[1]?.value).toBe('done');
    // 40 ms of steps in slices of 4 ms: the loop turned between them.
    expect(turns).toBeGreaterThan(0);
  });

  it('GIVEN work whose step throws THEN settling it goes on with the rest, and reading it throws the error', async () => {
    const failing = new Later(
      (function* (): Generator<void, number> {
        yield;
        throw new Error('broken title');
      })(),
    );
    const after = Later.of(() => 7);
    await settle([failing, after]);
    expect(after.value).toBe(7);
    expect(() => failing.value).toThrow('broken title');
  });
});
