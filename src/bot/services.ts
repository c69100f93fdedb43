/**
 * What every handler needs, built once and passed in: the engine, the logger, the rate limit, the
 * answers behind buttons, the feedback file, and a way to reload the briefing when it is a live one.
 * Tests build it from a fake `Briefing` and plain data.
 */
import type { Briefing } from '../answer/briefing.ts';
import { LiveBriefing, type ReloadReport } from '../answer/live-briefing.ts';
import type { Config } from '../config.ts';
import { type Logger, silentLogger } from '../log.ts';
import { AnswerStore } from './answer-store.ts';
import { feedbackFile, type RecordFeedback } from './feedback.ts';
import { RateLimiter } from './rate-limiter.ts';

export interface BotServices {
  briefing: Briefing;
  logger: Logger;
  /** `null` where questions are not limited (the offline console). */
  rateLimiter: RateLimiter | null;
  answers: AnswerStore;
  recordFeedback: RecordFeedback;
  now: () => number;
  /** Reads the briefing folder again (/reload); absent when the briefing cannot be reloaded. */
  reload?: () => Promise<ReloadReport>;
}

export interface ServicesOptions {
  briefing: Briefing;
  config?: Pick<Config, 'rateLimit' | 'feedbackFile'>;
  logger?: Logger;
  /** Overrides for tests. */
  rateLimiter?: RateLimiter | null;
  recordFeedback?: RecordFeedback;
  now?: () => number;
  /** Defaults to the briefing's own `reload` when it is a `LiveBriefing`. */
  reload?: () => Promise<ReloadReport>;
}

export function createServices(options: ServicesOptions): BotServices {
  const now = options.now ?? Date.now;
  const { briefing } = options;
  const reload = options.reload ?? (briefing instanceof LiveBriefing ? () => briefing.reload() : undefined);
  const config = options.config ?? {
    rateLimit: { max: 6, windowSeconds: 60 },
    feedbackFile: 'data/feedback.jsonl',
  };
  return {
    briefing,
    logger: options.logger ?? silentLogger,
    rateLimiter:
      options.rateLimiter === undefined
        ? new RateLimiter({ max: config.rateLimit.max, windowMs: config.rateLimit.windowSeconds * 1000, now })
        : options.rateLimiter,
    answers: new AnswerStore(),
    recordFeedback: options.recordFeedback ?? feedbackFile(config.feedbackFile),
    now,
    ...(reload ? { reload } : {}),
  };
}
