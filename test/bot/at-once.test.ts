/** When an answer is sent as the first response and when it is deferred first (`at-once.ts`). */
import { describe, expect, it } from 'vitest';
import { AtOnceBudget, answerAtOnceOrDefer } from '../../src/bot/at-once.ts';
import { textReply } from '../../src/bot/replies.ts';

/** The loop's clocks, moved by the test: busy time passes on `now` alone, idle time on both. */
function clock() {
  let now = 0;
  let idle = 0;
  return {
    now: () => now,
    idle: () => idle,
    busy: (ms: number) => (now += ms),
    rest: (ms: number) => {
      now += ms;
      idle += ms;
    },
  };
}

/** A budget of 100 ms refilled by the loop's idle time, on clocks the test moves. */
function budget(turns = { waiting: 0 }) {
  const time = clock();
  return { time, turns, budget: new AtOnceBudget(time, 100, turns) };
}

/** Work that keeps the loop busy for `ms`. */
const taking = (time: ReturnType<typeof clock>, ms: number) => () => time.busy(ms);

describe('AtOnceBudget', () => {
  it('GIVEN answers that take less than the budget THEN they are sent at once until it is spent, then deferred until the loop has idled', () => {
    const { time, budget: b } = budget();
    expect(b.allows()).toBe(true);
    b.spend(taking(time, 60));
    time.rest(10);
    // 40 ms left, and 10 idle: 50.
    expect(b.allows()).toBe(true);
    b.spend(taking(time, 70));
    expect(b.allows()).toBe(false);
    time.rest(19);
    expect(b.allows()).toBe(false);
    time.rest(2);
    expect(b.allows()).toBe(true);
  });

  it('GIVEN a burst, where the loop never idles THEN busy time between answers does not refill the budget', () => {
    const { time, budget: b } = budget();
    let atOnce = 0;
    for (let i = 0; i < 100; i++) {
      // Each interaction: 3 ms of other work (reading it, sending the reply), then its answer if allowed.
      time.busy(3);
      if (b.allows()) {
        b.spend(taking(time, 5));
        atOnce++;
      }
    }
    expect(atOnce).toBe(20);
  });

  it('GIVEN an answer at once whose work spans awaits (a button) THEN its time from start to settle is taken', () => {
    const { time, budget: b } = budget();
    expect(b.allows()).toBe(true);
    const settle = b.start();
    time.busy(120);
    expect(b.allows()).toBe(true);
    settle();
    expect(b.allows()).toBe(false);
    time.rest(21);
    expect(b.allows()).toBe(true);
  });

  it('GIVEN a long idle time THEN the budget refills to its cap, not beyond', () => {
    const { time, budget: b } = budget();
    time.rest(60_000);
    expect(b.allows()).toBe(true);
    b.spend(taking(time, 101));
    expect(b.allows()).toBe(false);
  });

  it('GIVEN work that throws THEN its time is still taken from the budget', () => {
    const { time, budget: b } = budget();
    expect(() =>
      b.spend(() => {
        time.busy(150);
        throw new Error('index failure');
      }),
    ).toThrow('index failure');
    expect(b.allows()).toBe(false);
  });

  it('GIVEN an answer deferred and not yet searched THEN none is sent at once until it is, however often it is released', () => {
    const { budget: b } = budget();
    const done = b.deferred();
    const other = b.deferred();
    expect(b.allows()).toBe(false);
    done();
    done();
    expect(b.allows()).toBe(false);
    other();
    expect(b.allows()).toBe(true);
  });

  it('GIVEN answers waiting their turn THEN none is sent at once ahead of them', () => {
    const turns = { waiting: 2 };
    const { budget: b } = budget(turns);
    expect(b.allows()).toBe(false);
    turns.waiting = 0;
    expect(b.allows()).toBe(true);
  });
});

function fakeInteraction() {
  const calls: string[] = [];
  const interaction = {
    deferred: false,
    replied: false,
    async reply() {
      calls.push('reply');
      interaction.replied = true;
    },
    async deferReply() {
      calls.push('deferReply');
      interaction.deferred = true;
    },
    async editReply() {
      calls.push('editReply');
      interaction.replied = true;
    },
  };
  // biome-ignore lint/suspicious/noExplicitAny: a stand-in for discord.js's interaction
  return { interaction: interaction as any, calls };
}

describe('answerAtOnceOrDefer', () => {
  const answer = () => ({ reply: textReply('an answer'), results: 1 });

  it('GIVEN a budget that allows THEN one request: the answer as the first response', async () => {
    const { interaction, calls } = fakeInteraction();
    const outcome = await answerAtOnceOrDefer(interaction, false, budget().budget, answer);
    expect(calls).toEqual(['reply']);
    expect(outcome.results).toBe(1);
  });

  it('GIVEN a spent budget, or none THEN acknowledged first, then the answer as the edit', async () => {
    const spent = budget();
    spent.budget.spend(taking(spent.time, 500));
    for (const b of [spent.budget, null]) {
      const { interaction, calls } = fakeInteraction();
      await answerAtOnceOrDefer(interaction, false, b, answer);
      expect(calls).toEqual(['deferReply', 'editReply']);
    }
  });

  it('GIVEN a deferred answer that throws THEN the budget is released for the next one', async () => {
    const { budget: b, time } = budget();
    b.spend(taking(time, 500));
    const { interaction } = fakeInteraction();
    await expect(
      answerAtOnceOrDefer(interaction, false, b, () => {
        throw new Error('index failure');
      }),
    ).rejects.toThrow('index failure');
    time.rest(10_000);
    expect(b.allows()).toBe(true);
  });
});
