import { describe, expect, it } from 'vitest';
import { RateLimiter, UserLimits } from '../../src/bot/rate-limiter.ts';

function limiter(max = 3, windowMs = 60_000) {
  const clock = { now: 1_000_000 };
  return { clock, limiter: new RateLimiter({ max, windowMs, now: () => clock.now }) };
}

describe('RateLimiter', () => {
  it('GIVEN fewer questions than the limit THEN all are allowed', () => {
    const { limiter: l } = limiter(3);
    expect([l.take('a'), l.take('a'), l.take('a')]).toEqual([
      { allowed: true },
      { allowed: true },
      { allowed: true },
    ]);
  });

  it('GIVEN one question too many THEN it is refused with the time until the oldest expires', () => {
    const { clock, limiter: l } = limiter(3);
    l.take('a');
    clock.now += 10_000;
    l.take('a');
    l.take('a');
    clock.now += 5_000;
    expect(l.take('a')).toEqual({ allowed: false, retryAfterMs: 45_000, repeated: false });
  });

  it('GIVEN the window has passed THEN the user may ask again', () => {
    const { clock, limiter: l } = limiter(2, 1_000);
    l.take('a');
    l.take('a');
    expect(l.take('a').allowed).toBe(false);
    clock.now += 1_000;
    expect(l.take('a').allowed).toBe(true);
  });

  it('GIVEN a refused question THEN it does not extend the wait', () => {
    const { clock, limiter: l } = limiter(1, 1_000);
    l.take('a');
    clock.now += 500;
    expect(l.take('a')).toEqual({ allowed: false, retryAfterMs: 500, repeated: false });
    clock.now += 500;
    expect(l.take('a').allowed).toBe(true);
  });

  it('GIVEN two users THEN each has their own budget', () => {
    const { limiter: l } = limiter(1);
    expect(l.take('a').allowed).toBe(true);
    expect(l.take('b').allowed).toBe(true);
    expect(l.take('a').allowed).toBe(false);
  });

  it('GIVEN a sliding window THEN capacity frees one question at a time', () => {
    const { clock, limiter: l } = limiter(2, 1_000);
    l.take('a');
    clock.now += 600;
    l.take('a');
    clock.now += 400;
    expect(l.take('a').allowed).toBe(true);
    expect(l.take('a')).toEqual({ allowed: false, retryAfterMs: 600, repeated: false });
  });

  it('GIVEN a user refused twice in a row THEN the second refusal says it is repeated, until one is allowed', () => {
    const { clock, limiter: l } = limiter(1, 1_000);
    l.take('a');
    expect(l.take('a')).toMatchObject({ allowed: false, repeated: false });
    expect(l.take('a')).toMatchObject({ allowed: false, repeated: true });
    clock.now += 1_000;
    expect(l.take('a').allowed).toBe(true);
    expect(l.take('a')).toMatchObject({ allowed: false, repeated: false });
  });

  it('GIVEN a take refunded THEN it no longer counts', () => {
    const { limiter: l } = limiter(2);
    l.take('a');
    l.take('a');
    l.refund('a');
    expect(l.take('a').allowed).toBe(true);
    expect(l.take('a').allowed).toBe(false);
  });

  it('GIVEN 25,000 users whose window has passed THEN the next take drops them all, and active ones stay', () => {
    const { clock, limiter: l } = limiter(3, 60_000);
    for (let i = 0; i < 25_000; i++) l.take(`old${i}`);
    clock.now += 30_000;
    l.take('recent');
    expect(l.size).toBe(25_001);
    clock.now += 30_000;
    l.take('now');
    expect(l.size).toBe(2);
  });

  it('GIVEN users active in turn THEN only those idle for a whole window are dropped, whatever their order of arrival', () => {
    const { clock, limiter: l } = limiter(3, 1_000);
    l.take('a');
    clock.now += 500;
    l.take('b');
    l.take('a');
    clock.now += 600;
    l.take('c');
    // b and a took at 500 ms, within the window at 1,100 ms: neither was dropped, and a's take at
    // 500 ms still counts (its take at 0 has left the window).
    expect(l.size).toBe(3);
    expect([l.take('a').allowed, l.take('a').allowed, l.take('a').allowed]).toEqual([true, true, false]);
  });
});

describe('UserLimits', () => {
  const limits = (questions: number, actions: number) =>
    new UserLimits({ questions, actions, windowMs: 60_000, now: () => 0 });

  it('GIVEN 20 answered questions a minute THEN the 21st is refused', () => {
    const l = limits(20, 60);
    for (let i = 0; i < 20; i++) expect(l.question('u').allowed).toBe(true);
    expect(l.question('u').allowed).toBe(false);
  });

  it('GIVEN unanswered questions THEN they do not use up the question budget, only the actions one', () => {
    const l = limits(2, 5);
    for (let i = 0; i < 4; i++) {
      expect(l.question('u').allowed).toBe(true);
      l.unanswered('u');
    }
    expect(l.question('u').allowed).toBe(true);
    // Five actions in all: the sixth thing, whatever it is, waits.
    expect(l.question('u').allowed).toBe(false);
    expect(l.action('u').allowed).toBe(false);
  });

  it('GIVEN actions (More, votes) THEN they leave the question budget whole', () => {
    const l = limits(2, 10);
    for (let i = 0; i < 5; i++) expect(l.action('u').allowed).toBe(true);
    expect(l.question('u').allowed).toBe(true);
    expect(l.question('u').allowed).toBe(true);
    expect(l.question('u').allowed).toBe(false);
  });

  it('GIVEN the actions limit reached THEN a question is refused without using the question budget', () => {
    const l = limits(2, 1);
    l.action('u');
    expect(l.question('u').allowed).toBe(false);
    expect(l.questions.size).toBe(0);
  });
});
