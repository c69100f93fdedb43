/**
 * Builders for the objects Discord sends and returns: users, channels, guilds, members, messages.
 *
 * They are complete rather than minimal because discord.js builds structures from them and some
 * code paths read fields a minimal object would lack (`entitlements`, `authorizing_integration_owners`,
 * a member's `roles`), failing far from the cause.
 */
import type {
  APIChannel,
  APIGuildMember,
  APIMessage,
  APIRole,
  APIUser,
  GatewayGuildCreateDispatchData,
} from 'discord.js';

/** Discord's epoch (2015-01-01), the origin of snowflake timestamps. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A new snowflake id, unique within the process and ordered in time like Discord's. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/**
 * A new guild id whose events Discord sends to `shard` of `shardCount` (`(id >> 22) % shardCount`,
 * the id's millisecond timestamp), so a test can put a guild on each shard.
 */
export function snowflakeOnShard(shard: number, shardCount: number): string {
  let id = BigInt(snowflake());
  while (Number((id >> 22n) % BigInt(shardCount)) !== shard) id += 1n << 22n;
  return id.toString();
}

export const ChannelKind = { GuildText: 0, DM: 1 } as const;

/**
 * Permissions of the default member and role: view channels, send messages, embed links,
 * attach files, read history, use application commands. Enough for anything this bot does.
 */
export const DEFAULT_PERMISSIONS = (
  (1n << 10n) |
  (1n << 11n) |
  (1n << 14n) |
  (1n << 15n) |
  (1n << 16n) |
  (1n << 31n)
).toString();

export function buildUser(partial: Partial<APIUser> & { id?: string; username?: string } = {}): APIUser {
  const id = partial.id ?? snowflake();
  const username = partial.username ?? `user${id.slice(-4)}`;
  return {
    id,
    username,
    discriminator: '0',
    global_name: username,
    avatar: null,
    ...partial,
  };
}

export function buildMember(user: APIUser, permissions?: string): APIGuildMember & { permissions?: string } {
  const member = {
    user,
    nick: null,
    avatar: null,
    roles: [],
    joined_at: new Date(0).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    ...(permissions === undefined ? {} : { permissions }),
  };
  return member as unknown as APIGuildMember & { permissions?: string };
}

export function buildDMChannel(id: string, recipient: APIUser): APIChannel {
  return {
    id,
    type: ChannelKind.DM,
    last_message_id: null,
    recipients: [recipient],
    flags: 0,
  } as unknown as APIChannel;
}

export function buildGuildTextChannel(
  id: string,
  guildId: string,
  name: string,
  position: number,
): APIChannel {
  return {
    id,
    type: ChannelKind.GuildText,
    guild_id: guildId,
    name,
    position,
    permission_overwrites: [],
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  } as unknown as APIChannel;
}

/**
 * A public thread (type 11) as Discord returns it from "start thread from message" and sends it in
 * THREAD_CREATE: `owner_id` is who opened it, which is how a bot tells its own threads apart.
 */
export function buildThread(input: {
  id: string;
  guildId: string;
  parentId: string;
  ownerId: string;
  name: string;
  autoArchiveDuration?: number;
}): APIChannel {
  const now = new Date().toISOString();
  return {
    id: input.id,
    type: 11,
    guild_id: input.guildId,
    parent_id: input.parentId,
    owner_id: input.ownerId,
    name: input.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    flags: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: input.autoArchiveDuration ?? 1440,
      archive_timestamp: now,
      locked: false,
      create_timestamp: now,
    },
  } as unknown as APIChannel;
}

/** What a test says about a guild; everything else gets a realistic default. */
export interface GuildInput {
  id?: string;
  name?: string;
  /** Roles besides @everyone, by id and name (with no permission of their own). */
  roles?: { id: string; name: string }[];
  /** Text channels; one called `general` when omitted. */
  channels?: { id?: string; name?: string }[];
}

/** A guild as the fake knows it: the GUILD_CREATE payload plus quick access to its channels. */
export interface FakeGuild {
  id: string;
  name: string;
  channels: APIChannel[];
  payload: GatewayGuildCreateDispatchData;
}

export function buildGuild(input: GuildInput, botUser: APIUser): FakeGuild {
  const id = input.id ?? snowflake();
  const name = input.name ?? 'Briefing Room';
  const channelInputs = input.channels ?? [{ name: 'general' }];
  const channels = channelInputs.map((channel, index) =>
    buildGuildTextChannel(channel.id ?? snowflake(), id, channel.name ?? `channel-${index}`, index),
  );
  const everyone: APIRole = {
    id,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: DEFAULT_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: 0,
  } as unknown as APIRole;
  const payload = {
    id,
    name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: snowflake(),
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    application_id: null,
    features: [],
    roles: [
      everyone,
      ...(input.roles ?? []).map((role, index) => ({
        ...everyone,
        ...role,
        position: index + 1,
        permissions: '0',
      })),
    ],
    emojis: [],
    stickers: [],
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    members: [buildMember(botUser)],
    channels: channels.map(
      ({ guild_id: _guildId, ...channel }: APIChannel & { guild_id?: string }) => channel,
    ),
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  } as unknown as GatewayGuildCreateDispatchData;
  return { id, name, channels, payload };
}

/** What a test says about a message; everything else gets a realistic default. */
export interface MessageInput {
  id?: string;
  content?: string;
  author?: APIUser;
  embeds?: unknown[];
  components?: unknown[];
  flags?: number;
}

export function buildMessage(
  input: MessageInput & { channelId: string; guildId?: string; author: APIUser; mentions?: APIUser[] },
): APIMessage {
  const message = {
    id: input.id ?? snowflake(),
    type: 0,
    channel_id: input.channelId,
    author: input.author,
    content: input.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: input.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: input.embeds ?? [],
    components: input.components ?? [],
    pinned: false,
    flags: input.flags ?? 0,
  } as APIMessage;
  if (input.guildId !== undefined) Object.assign(message, { guild_id: input.guildId });
  return message;
}

/** The user ids a content string mentions as `<@id>` or `<@!id>`, in order, without repeats. */
export function mentionedIds(content: string): string[] {
  const ids = [...content.matchAll(/<@!?(\d{5,20})>/g)].map((match) => match[1] ?? '');
  return [...new Set(ids)];
}
