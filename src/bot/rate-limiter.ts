/**
 * A per-user sliding-window rate limit: at most `max` questions in any `windowMs`. Pure (the clock is
 * injected), so tests step time by hand instead of sleeping.
 *
 * @example
 * const limiter = new RateLimiter({ max: 6, windowMs: 60_000 });
 * const verdict = limiter.take(userId);
 * if (!verdict.allowed) reply(`try again in ${Math.ceil(verdict.retryAfterMs / 1000)} s`);
 */

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface RateLimiterOptions {
  max: number;
  windowMs: number;
  now?: () => number;
}

/** Above this many tracked users, idle ones are swept, so memory stays bounded. */
const SWEEP_THRESHOLD = 10_000;

export class RateLimiter {
  readonly max: number;
  readonly windowMs: number;
  private readonly now: () => number;
  private readonly hits = new Map<string, number[]>();

  constructor(options: RateLimiterOptions) {
    this.max = options.max;
    this.windowMs = options.windowMs;
    this.now = options.now ?? Date.now;
  }

  /** Counts one question for `key` if allowed; a refused question is not counted. */
  take(key: string): RateVerdict {
    const now = this.now();
    const recent = this.recent(key, now);
    if (recent.length >= this.max) {
      const oldest = recent[recent.length - this.max] ?? now;
      return { allowed: false, retryAfterMs: Math.max(1, oldest + this.windowMs - now) };
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > SWEEP_THRESHOLD) this.sweep(now);
    return { allowed: true };
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }

  private sweep(now: number): void {
    for (const [key, times] of this.hits) {
      if (!times.some((at) => at > now - this.windowMs)) this.hits.delete(key);
    }
  }
}
