import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/bot/rate-limiter.ts';

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
    expect(l.take('a')).toEqual({ allowed: false, retryAfterMs: 45_000 });
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
    expect(l.take('a')).toEqual({ allowed: false, retryAfterMs: 500 });
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
    expect(l.take('a')).toEqual({ allowed: false, retryAfterMs: 600 });
  });
});
