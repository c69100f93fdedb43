/**
 * The discord.js client, wired to the router. The `Briefing` is passed in, not opened here, so tests
 * start the real bot against a fake Discord (`DISCORD_API_BASE`) with a briefing built from plain data.
 *
 * @example
 * const bot = await startBot({ config, briefing, logger });
 * // … later
 * await bot.stop();
 */
import {
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  Options,
  Partials,
  SnowflakeUtil,
} from 'discord.js';
import { commands as allCommands, type Command } from '../../commands/index.ts';
import type { Briefing } from '../answer/briefing.ts';
import { LiveBriefing } from '../answer/live-briefing.ts';
import { type Config, requireToken } from '../config.ts';
import { type Logger, silentLogger } from '../log.ts';
import { renderDigest } from './digest.ts';
import { GapStore } from './gaps.ts';
import { InteractionRest } from './interaction-rest.ts';
import { createInteractionHandler } from './interactions.ts';
import { createMessageHandler } from './messages.ts';
import { NO_MENTIONS } from './replies.ts';
import type { ServerBriefings } from './server-briefings.ts';
import { type BotServices, createServices } from './services.ts';
import { warmUp } from './warm-up.ts';

export interface BotOptions {
  config: Config;
  briefing: Briefing;
  logger?: Logger;
  /** Servers' own briefings (`SEEDS_DIR/<server id>/`); without it every server shares `briefing`. */
  servers?: ServerBriefings;
  /** Defaults to every command of `commands/index.ts`. */
  commands?: readonly Command[];
  /** Overrides (rate limiter, feedback recorder, clock), for tests. */
  services?: Partial<Omit<BotServices, 'briefing' | 'logger'>>;
  /**
   * discord.js client options laid over the bot's own (`rest` merged into the bot's REST options),
   * for tests only: e.g. an identify throttler that does not wait the 5 s @discordjs/ws leaves between
   * IDENTIFYs, so a test of a lost session can see the bot identify again without a 5 s pause.
   */
  clientOptions?: Partial<ClientOptions>;
}

export interface Bot {
  client: Client;
  services: BotServices;
  /** Logs in and resolves once the gateway says the bot is ready. */
  start(): Promise<void>;
  /** Closes the gateway connection; safe to call twice. */
  stop(): Promise<void>;
}

export function createBot(options: BotOptions): Bot {
  // The client reads SHARDS and SHARD_COUNT from the environment: under `npm run start:sharded` the
  // ShardingManager sets them, so this process connects as its one shard.
  const { rest: restOverrides, ...clientOverrides } = options.clientOptions ?? {};
  const client = new Client({
    // No MessageContent unless configured: it is privileged, and DMs and mentions carry their text
    // without it. Only plain (unmentioning) follow-ups in the bot's threads need it.
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      ...(options.config.messageContentIntent ? [GatewayIntentBits.MessageContent] : []),
    ],
    // DM channels are not cached before their first message; without this, DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    // Idle request queues (one per channel the bot has written to: one per DM) are dropped after a
    // minute rather than discord.js's default hour.
    rest: { api: options.config.apiBase, handlerSweepInterval: 60_000, ...restOverrides },
    makeCache: boundedCaches(),
    ...clientOverrides,
  });
  // Answers to interactions are not held behind the global limit of bot requests (see the class).
  client.rest = new InteractionRest(client.options.rest ?? {}, () => client.application?.id ?? null);
  // Shard processes write to one terminal or journal: every line says which shard wrote it.
  const logger = client.shard
    ? (options.logger ?? silentLogger).child({ shards: client.shard.ids })
    : (options.logger ?? silentLogger);
  const services: BotServices = {
    ...createServices({
      briefing: options.briefing,
      config: options.config,
      logger,
      ...(options.servers ? { servers: options.servers } : {}),
      // One file per process: shard processes never append to the same file.
      gaps: new GapStore({
        dir: options.config.gapsDir,
        process: client.shard ? `shard-${client.shard.ids.join('-')}` : 'main',
        recordUser: options.config.gapsRecordUser,
      }),
    }),
    ...options.services,
  };

  const onInteraction = createInteractionHandler(options.commands ?? allCommands, services);
  const onMessage = createMessageHandler(services, options.config.messageContentIntent);
  // The handlers catch their own errors; these catches only guard against a bug in that handling.
  client.on(Events.InteractionCreate, (interaction) => {
    onInteraction(interaction).catch((error: unknown) =>
      logger.error('interaction handler threw', { error }),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    onMessage(message).catch((error: unknown) => logger.error('message handler threw', { error }));
  });
  client.on(Events.Error, (error) => logger.error('client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('client warning', { detail: message }));
  client.once(Events.ClientReady, (ready) => {
    logger.info('ready', {
      user: ready.user.tag,
      shards: ready.options.shards,
      shardCount: ready.options.shardCount,
      guilds: ready.guilds.cache.size,
      articles: options.briefing.articles.length,
    });
  });

  // The digest: after a reload of the shared briefing that adds or changes articles, one message in
  // DIGEST_CHANNEL_ID, from the shard that holds that channel (every shard reloads its own copy).
  const digestChannelId = options.config.digestChannelId;
  const stopDigest =
    digestChannelId !== null && options.briefing instanceof LiveBriefing
      ? options.briefing.onReload((report) => {
          const content = renderDigest(report, options.briefing);
          if (content === null) return;
          postDigest(client, digestChannelId, content).then(
            (posted) =>
              logger.info(posted ? 'digest posted' : 'digest channel not on this shard', {
                channel: digestChannelId,
              }),
            (error: unknown) =>
              logger.error('could not post the digest', { channel: digestChannelId, error }),
          );
        })
      : null;

  // DM channels cannot be given a cache limit (discord.js does not support it for channels), and each
  // user who writes to the bot adds one: idle ones are swept.
  const dmSweep = setInterval(() => sweepIdleDMChannels(client), DM_CHANNEL_SWEEP_MS);
  dmSweep.unref();

  let stopped = false;
  return {
    client,
    services,
    async start() {
      // Before the gateway brings the first interaction: the first user does not pay for first calls.
      logger.info('warmed up', { ...warmUp(services) });
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(requireToken(options.config));
      await ready;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(dmSweep);
      stopDigest?.();
      await Promise.all([client.destroy(), options.servers?.close()]);
    },
  };
}

/**
 * How long a DM channel stays cached after its last message: far longer than any reply takes, since
 * discord.js finds a message's channel in this cache when replying to it.
 */
export const DM_CHANNEL_IDLE_MS = 10 * 60_000;
const DM_CHANNEL_SWEEP_MS = 60_000;

/**
 * The caches discord.js keeps, bounded. By default it keeps every user and server member the bot
 * has seen and 200 messages per channel, forever: the heap grows with every new user who asks, and
 * more with every DM. The bot reads none of them back (each event carries its author, member and
 * message), so none is kept, except the bot's own user and member, which discord.js looks up.
 */
export function boundedCaches(): NonNullable<ClientOptions['makeCache']> {
  const isSelf = (holder: { id: string; client: Client }) => holder.id === holder.client.user?.id;
  return Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    MessageManager: 0,
    UserManager: { maxSize: 0, keepOverLimit: isSelf },
    GuildMemberManager: { maxSize: 0, keepOverLimit: isSelf },
  });
}

/** Drops DM channels with no message for `DM_CHANNEL_IDLE_MS`; the next DM brings the channel back. */
export function sweepIdleDMChannels(client: Client, now = Date.now()): number {
  return client.channels.cache.sweep((channel) => {
    if (!channel.isDMBased()) return false;
    const last = channel.lastMessageId ? SnowflakeUtil.timestampFrom(channel.lastMessageId) : 0;
    return now - last > DM_CHANNEL_IDLE_MS;
  });
}

/**
 * Sends the digest to its channel, if this client holds that channel (one of its shard's servers);
 * `false` when it does not.
 */
async function postDigest(client: Client, channelId: string, content: string): Promise<boolean> {
  const channel = client.channels.cache.get(channelId);
  if (channel === undefined) return false;
  if (!channel.isSendable()) throw new Error('the digest channel is not one the bot can send messages to');
  await channel.send({ content, allowedMentions: NO_MENTIONS });
  return true;
}

/** Creates the bot and logs in: what `npm start` does, and what end-to-end tests call in-process. */
export async function startBot(options: BotOptions): Promise<Bot> {
  const bot = createBot(options);
  try {
    await bot.start();
  } catch (error) {
    await bot.stop();
    throw error;
  }
  return bot;
}
