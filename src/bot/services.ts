/**
 * What every handler needs, built once and passed in: the engine, the logger, the rate limit, the
 * answers behind buttons, the feedback file, and a way to reload the briefing when it is a live one.
 * Tests build it from a fake `Briefing` and plain data.
 */
import type { Briefing } from '../answer/briefing.ts';
import { LiveBriefing, type ReloadReport } from '../answer/live-briefing.ts';
import { type Config, DEFAULT_API_BASE, DEFAULT_RATE_LIMIT } from '../config.ts';
import { type Logger, silentLogger } from '../log.ts';
import { AnswerStore } from './answer-store.ts';
import { AtOnceBudget } from './at-once.ts';
import { type AttachmentPolicy, attachmentPolicy } from './briefing-files.ts';
import { Conversations } from './conversations.ts';
import { feedbackFile, type RecordFeedback } from './feedback.ts';
import type { GapKind, GapStore } from './gaps.ts';
import { UserLimits } from './rate-limiter.ts';
import type { ServerBriefings } from './server-briefings.ts';

export interface BotServices {
  briefing: Briefing;
  logger: Logger;
  /** Each user's question and action limits; `null` where nothing is limited (the offline console). */
  rateLimiter: UserLimits | null;
  answers: AnswerStore;
  recordFeedback: RecordFeedback;
  now: () => number;
  /** Reads the briefing folder again (/reload); absent when the briefing cannot be reloaded. */
  reload?: () => Promise<ReloadReport>;
  /** The last answer in each thread the bot opened and each DM, for follow-ups. */
  conversations: Conversations;
  /** Whether `/ask` in this server answers in a new thread when the asker does not say. */
  threadByDefault: (guildId: string) => boolean;
  /** Roles (ids) whose members may add and remove articles, besides Manage Server. */
  editorRoles: readonly string[];
  /** Where attached articles may be downloaded from, how long and how much. */
  attachments: AttachmentPolicy;
  /** `briefing` is the server's own (`SEEDS_DIR/<server id>/`) or the shared one. */
  briefingScope: 'server' | 'shared';
  /** Servers' own briefings, opened on first use; absent when every server shares one. */
  servers?: ServerBriefings;
  /** The server the request came from (`null`: a DM, or no request), for what is recorded of it. */
  guildId: string | null;
  /** Where unanswered questions are recorded; `null`: not recorded (the offline console, tests). */
  gaps: GapStore | null;
  /**
   * When `/ask` may answer in its first response instead of deferring (`at-once.ts`); one for the
   * process's one event loop. `null`: always defer first.
   */
  atOnce: AtOnceBudget | null;
}

/** Records an unanswered question in the background; a failed write is logged, never shown. */
export function noteGap(
  services: Pick<BotServices, 'gaps' | 'guildId' | 'logger'>,
  kind: GapKind,
  question: string,
  user: string,
): void {
  services.gaps
    ?.record({ kind, question, server: services.guildId, user })
    .catch((error: unknown) => services.logger.warn('could not record an unanswered question', { error }));
}

/**
 * The services for one interaction or message: with the server's own briefing (and its reload) when
 * the server has a folder of its own, else `services` as they are.
 */
export async function servicesFor(services: BotServices, guildId: string | null): Promise<BotServices> {
  const own = (await services.servers?.for(guildId)) ?? null;
  if (own === null) return { ...services, guildId };
  return { ...services, guildId, briefing: own, reload: () => own.reload(), briefingScope: 'server' };
}

export interface ServicesOptions {
  briefing: Briefing;
  config?: Pick<Config, 'rateLimit' | 'feedbackFile'> &
    Partial<Pick<Config, 'askInThread' | 'editorRoles' | 'attachmentTimeoutMs' | 'apiBase'>>;
  logger?: Logger;
  /** Overrides for tests. */
  rateLimiter?: UserLimits | null;
  recordFeedback?: RecordFeedback;
  now?: () => number;
  /** Defaults to the briefing's own `reload` when it is a `LiveBriefing`. */
  reload?: () => Promise<ReloadReport>;
  servers?: ServerBriefings;
  gaps?: GapStore | null;
  atOnce?: AtOnceBudget | null;
}

export function createServices(options: ServicesOptions): BotServices {
  const now = options.now ?? Date.now;
  const { briefing } = options;
  const reload = options.reload ?? (briefing instanceof LiveBriefing ? () => briefing.reload() : undefined);
  const config: NonNullable<ServicesOptions['config']> = options.config ?? {
    rateLimit: DEFAULT_RATE_LIMIT,
    feedbackFile: 'data/feedback.jsonl',
  };
  return {
    briefing,
    logger: options.logger ?? silentLogger,
    rateLimiter:
      options.rateLimiter === undefined
        ? new UserLimits({
            questions: config.rateLimit.max,
            actions: config.rateLimit.actions,
            windowMs: config.rateLimit.windowSeconds * 1000,
            now,
          })
        : options.rateLimiter,
    answers: new AnswerStore(),
    recordFeedback: options.recordFeedback ?? feedbackFile(config.feedbackFile),
    now,
    ...(reload ? { reload } : {}),
    conversations: new Conversations(10_000, now),
    threadByDefault: (guildId) => {
      const servers = config.askInThread ?? [];
      return servers === 'all' || servers.includes(guildId);
    },
    editorRoles: config.editorRoles ?? [],
    briefingScope: 'shared',
    guildId: null,
    gaps: options.gaps ?? null,
    atOnce: options.atOnce === undefined ? new AtOnceBudget() : options.atOnce,
    ...(options.servers ? { servers: options.servers } : {}),
    // A REST base other than Discord's (a proxy, the tests' fake Discord) serves attachments too.
    attachments: attachmentPolicy(
      config.apiBase === undefined || config.apiBase === DEFAULT_API_BASE
        ? []
        : [new URL(config.apiBase).origin],
      config.attachmentTimeoutMs,
    ),
  };
}
