/**
 * A per-user sliding-window rate limit: at most `max` takes in any `windowMs`. Pure (the clock is
 * injected), so tests step time by hand instead of sleeping.
 *
 * Users are kept in the order of their last take, so those idle for a whole window are always at the
 * front: each take drops them from there and stops at the first active one. Memory stays bounded by
 * the users active within one window, and a take costs the same with 25,000 of them as with one.
 *
 * @example
 * const limiter = new RateLimiter({ max: 20, windowMs: 60_000 });
 * const verdict = limiter.take(userId);
 * if (!verdict.allowed) reply(`try again in ${Math.ceil(verdict.retryAfterMs / 1000)} s`);
 * else if (!answered) limiter.refund(userId); // only answered questions count
 */

export type RateVerdict =
  | { allowed: true }
  | {
      allowed: false;
      retryAfterMs: number;
      /** The user was already refused since their last allowed take: tell them once, not every time. */
      repeated: boolean;
    };

export interface RateLimiterOptions {
  max: number;
  windowMs: number;
  now?: () => number;
}

interface Entry {
  /** Times of the takes within the window, oldest first. */
  times: number[];
  /** Refused since the last allowed take. */
  refused: boolean;
}

export const ALLOWED: RateVerdict = { allowed: true };

export class RateLimiter {
  readonly max: number;
  readonly windowMs: number;
  private readonly now: () => number;
  /** By user, least recently taken first. */
  private readonly entries = new Map<string, Entry>();

  constructor(options: RateLimiterOptions) {
    if (!(options.max >= 1)) throw new RangeError(`max must be at least 1 (got ${options.max})`);
    this.max = options.max;
    this.windowMs = options.windowMs;
    this.now = options.now ?? Date.now;
  }

  /** Counts one take for `key` if allowed; a refused take is not counted. */
  take(key: string): RateVerdict {
    const now = this.now();
    this.sweep(now);
    const entry = this.entries.get(key);
    if (entry === undefined) {
      // Created holding its one take, as small as it can be: most users ask once in a while.
      this.entries.set(key, { times: [now], refused: false });
      return ALLOWED;
    }
    const since = now - this.windowMs;
    while (entry.times.length > 0 && (entry.times[0] as number) <= since) entry.times.shift();
    if (entry.times.length >= this.max) {
      const oldest = entry.times[entry.times.length - this.max] ?? now;
      const repeated = entry.refused;
      entry.refused = true;
      return { allowed: false, retryAfterMs: Math.max(1, oldest + this.windowMs - now), repeated };
    }
    entry.times.push(now);
    entry.refused = false;
    // Moved to the back: the map stays in order of last take.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return ALLOWED;
  }

  /** Takes back the latest take of `key`: for what turned out not to count (a question not answered). */
  refund(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    entry.times.pop();
    if (entry.times.length === 0) this.entries.delete(key);
  }

  /** Users with a take in the current window (or not yet swept). */
  get size(): number {
    return this.entries.size;
  }

  /** Drops users whose last take left the window: they are at the front. */
  private sweep(now: number): void {
    const since = now - this.windowMs;
    for (const [key, entry] of this.entries) {
      const last = entry.times[entry.times.length - 1];
      if (last !== undefined && last > since) return;
      this.entries.delete(key);
    }
  }
}

export interface UserLimitsOptions {
  /** Questions that got an answer, per window. */
  questions: number;
  /** Everything that costs the bot a reply or a search, per window. */
  actions: number;
  windowMs: number;
  now?: () => number;
}

/**
 * The two limits each user is held to. Questions that got an answer count against `questions`, which
 * is what a person asking in earnest runs into; everything else (a question refused or unanswered,
 * More, Full paragraph, a vote, help) counts only against `actions`, a ceiling high enough for anyone
 * using the bot and low enough that a script cannot keep it busy for everyone else.
 *
 * @example
 * const verdict = limits.question(user);
 * if (verdict.allowed && !answer.answered) limits.unanswered(user);
 */
export class UserLimits {
  readonly questions: RateLimiter;
  readonly actions: RateLimiter;

  constructor(options: UserLimitsOptions) {
    const { windowMs, now } = options;
    this.questions = new RateLimiter({ max: options.questions, windowMs, ...(now ? { now } : {}) });
    this.actions = new RateLimiter({ max: options.actions, windowMs, ...(now ? { now } : {}) });
  }

  /** A question about to be searched: counted against both limits if both allow it. */
  question(user: string): RateVerdict {
    const verdict = this.questions.take(user);
    if (!verdict.allowed) return verdict;
    const action = this.actions.take(user);
    if (!action.allowed) this.questions.refund(user);
    return action;
  }

  /** Anything else the bot does for a user: counted against the actions limit only. */
  action(user: string): RateVerdict {
    return this.actions.take(user);
  }

  /** A question that got no answer: it no longer counts as a question (it still counts as an action). */
  unanswered(user: string): void {
    this.questions.refund(user);
  }
}
