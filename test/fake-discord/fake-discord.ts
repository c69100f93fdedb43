/**
 * A fake Discord (REST API and gateway) on 127.0.0.1, so the real discord.js client can be driven end
 * to end without the network. It behaves like Discord where bots commonly go wrong: it checks the
 * token, acknowledges an interaction once only and within 3 s, enforces message limits, filters
 * events by intent, blanks message content without the MessageContent intent, answers 429s the way
 * discord.js expects, and resumes a gateway session by replaying the events the client missed.
 * Several gateway connections may be open at once, one per shard, as a sharded bot opens them: each
 * event goes to the shard its guild maps to (`(guild_id >> 22) % shard_count`; DMs to shard 0).
 *
 * @example
 * const fake = await startFakeDiscord();
 * const client = new Client({ intents, partials: [Partials.Channel], rest: { api: fake.apiBase } });
 * client.on('interactionCreate', (i) => i.isChatInputCommand() && i.reply('pong'));
 * await client.login(fake.token);
 * const sent = fake.sendInteraction({ kind: 'command', name: 'ping', guildId: fake.addGuild().id });
 * const callback = await sent.waitForCallback();
 * expect(callback.body).toMatchObject({ type: 4, data: { content: 'pong' } });
 * await client.destroy();
 * await fake.close();
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  APIApplicationCommandInteractionDataOption,
  APIAttachment,
  APIChannel,
  APIMessage,
  APIUser,
} from 'discord.js';
import { type WebSocket, WebSocketServer } from 'ws';
import { checkAutocompleteChoices, checkMessageBody, type DiscordErrorBody } from './limits.ts';
import {
  buildDMChannel,
  buildGuild,
  buildMember,
  buildMessage,
  buildThread,
  buildUser,
  DEFAULT_PERMISSIONS,
  type FakeGuild,
  type GuildInput,
  type MessageInput,
  mentionedIds,
  snowflake,
} from './payloads.ts';

export { type Pings, pingsOf } from './mentions.ts';
export type { FakeGuild, GuildInput, MessageInput } from './payloads.ts';
export { buildUser, snowflake, snowflakeOnShard } from './payloads.ts';

/** Gateway opcodes the fake speaks. */
const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Resume: 6,
  Reconnect: 7,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** Intent bits that decide which events reach the client and what they contain. */
const Intent = { GuildMessages: 1 << 9, DirectMessages: 1 << 12, MessageContent: 1 << 15 } as const;

/** Interaction types, and the callback types that acknowledge them. */
const InteractionType = { Command: 2, Component: 3, Autocomplete: 4 } as const;
const Callback = {
  Reply: 4,
  DeferredReply: 5,
  DeferredUpdate: 6,
  Update: 7,
  Autocomplete: 8,
  Modal: 9,
} as const;
const MessageFlag = { Ephemeral: 64, Loading: 128 } as const;

const API_PREFIX = '/api/v10';
/** Path segments at an id's position that are not ids. */
const LITERALS = new Set(['@me', 'bot']);
const DEFAULT_WAIT_MS = 5000;

export interface FakeDiscordOptions {
  /** The bot token clients must present; a fixed test value when omitted. */
  token?: string;
  applicationId?: string;
  /** Defaults to the application id, as for a real bot. */
  botUserId?: string;
  botUsername?: string;
  /** Guilds the bot is in from the start (same as calling `addGuild` for each). */
  guilds?: GuildInput[];
  /** Time allowed to acknowledge an interaction, from its delivery; Discord's is 3 s. */
  ackDeadlineMs?: number;
  /** HELLO's heartbeat interval. Discord's is about 41 s; keep it long so tests see few heartbeats. */
  heartbeatIntervalMs?: number;
  /** The shard count `GET /gateway/bot` recommends (default 1); clients may identify with any count. */
  shards?: number;
}

/** One REST request as the fake received and answered it. */
export interface RecordedRequest {
  /** Upper case, e.g. `POST`. */
  method: string;
  /** Decoded and relative to `/api/v10`, e.g. `/webhooks/1/abc/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed JSON, or the `payload_json` part of a multipart body; `undefined` when there is none. */
  body: unknown;
  /** Files of a multipart body. */
  files: { name: string; contentType: string; size: number }[];
  /** The status the fake answered with (429 and 500 included, so retries are visible). */
  status: number;
  at: number;
}

/** One payload the client sent over the gateway. */
export interface GatewayPayload {
  op: number;
  d: unknown;
  at: number;
  /** The shard id of the connection it came on, once that connection has identified or resumed. */
  shard: number | null;
}

/** A fault to answer instead of handling a request. */
export interface FailRule {
  method?: string;
  /** Matched against the decoded path relative to `/api/v10`. */
  pathIncludes: string;
  status: number;
  /** Discord's JSON error code for a non-429 fault, e.g. 10062 "Unknown interaction"; 0 when omitted. */
  code?: number;
  /** Seconds, for 429; fractional values keep tests fast (Discord itself sends whole seconds). */
  retryAfter?: number;
  /** A global rate limit (`X-RateLimit-Global`) rather than a per-route one. */
  global?: boolean;
  /** How many matching requests fail; 1 when omitted. */
  times?: number;
  /**
   * Cut the connection once the request has arrived, without answering (`status` is then ignored):
   * the client sees its socket closed by the other side (undici's `UND_ERR_SOCKET`).
   */
  reset?: boolean;
}

/** Where an interaction or a message happens: a guild (and channel) or the user's DM with the bot. */
export type Place = { dm: true; guildId?: undefined } | { dm?: false; guildId: string; channelId?: string };

/** Option values by name; a raw option array for subcommands or a NUMBER option with an integral value. */
export type OptionsInput =
  | Record<string, string | number | boolean>
  | APIApplicationCommandInteractionDataOption[];

interface InteractionCommon {
  /** The invoking user; a default test user when omitted. */
  user?: APIUser;
  /** Member permissions in a guild, as a bitfield string. */
  permissions?: string;
  /** The member's role ids in a guild. */
  roles?: string[];
  locale?: string;
}

export type InteractionInput = Place &
  InteractionCommon &
  (
    | {
        kind: 'command';
        name: string;
        options?: OptionsInput;
        commandId?: string;
        /** Attachments the options refer to by id (`addAttachment`), sent as `data.resolved.attachments`. */
        attachments?: APIAttachment[];
      }
    | { kind: 'messageCommand'; name: string; target: MessageInput; commandId?: string }
    | { kind: 'autocomplete'; name: string; focused: string; options?: OptionsInput; commandId?: string }
    | { kind: 'button'; customId: string; message?: MessageInput }
  );

/** An interaction the fake dispatched, with what the bot has made of it so far. */
export interface SentInteraction {
  id: string;
  token: string;
  /** The shard whose session it was dispatched in. */
  shard: number;
  /** The INTERACTION_CREATE payload. */
  payload: Record<string, unknown>;
  /** The first accepted callback (`POST /interactions/:id/:token/callback`). */
  waitForCallback(timeoutMs?: number): Promise<RecordedRequest>;
  /** The first accepted edit of the original response (`PATCH .../messages/@original`). */
  waitForEdit(timeoutMs?: number): Promise<RecordedRequest>;
  /** The first accepted follow-up (`POST /webhooks/:app/:token`). */
  waitForFollowUp(timeoutMs?: number): Promise<RecordedRequest>;
  /** The callback type that acknowledged it, or null. */
  acknowledgement(): number | null;
  /** The response message as the user sees it now (after edits), or null. */
  original(): APIMessage | null;
  followUps(): APIMessage[];
}

export type MessageEventInput = Place & {
  content: string;
  author?: APIUser;
  /** Users mentioned besides those written as `<@id>` in the content. */
  mentions?: APIUser[];
};

/** A MESSAGE_CREATE the fake dispatched, or would have if the client's intents allowed it. */
export interface SentMessage {
  /** The payload as dispatched (content blanked when the client lacks the MessageContent intent). */
  message: APIMessage;
  /** False when the client's intents exclude this event, so discord.js never saw it. */
  delivered: boolean;
  /** The first accepted `POST /channels/:id/messages` that replies to this message. */
  waitForReply(timeoutMs?: number): Promise<RecordedRequest>;
}

interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
}

interface LoggedEvent {
  s: number;
  t: string;
  d: unknown;
  onDelivered?: () => void;
}

interface Session {
  id: string;
  /** `[shard_id, num_shards]` from IDENTIFY. */
  shard: [number, number];
  seq: number;
  intents: number;
  events: LoggedEvent[];
}

interface Connection {
  socket: WebSocket;
  session: Session | null;
  /** True once READY or RESUMED was sent and until the socket goes away. */
  live: boolean;
  sentSeq: number;
}

interface InteractionState {
  id: string;
  token: string;
  type: number;
  user: APIUser;
  channelId: string;
  guildId: string | undefined;
  name: string | undefined;
  deliveredAt: number | null;
  ack: number | null;
  original: APIMessage | null;
  followUps: APIMessage[];
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const json = (status: number, body: unknown): Reply => ({ status, body });
/** A reply that is no reply: the connection is cut (`FailRule.reset`). */
const RESET: Reply = { status: 0 };
const noContent: Reply = { status: 204 };
const error = (status: number, code: number, message: string): Reply => json(status, { code, message });
const notFound = (): Reply => error(404, 0, '404: Not Found');
const unknownInteraction = (): Reply => error(404, 10062, 'Unknown interaction');
const unknownWebhook = (): Reply => error(404, 10015, 'Unknown Webhook');
const unknownMessage = (): Reply => error(404, 10008, 'Unknown Message');
const invalid = (body: DiscordErrorBody): Reply => json(400, body);

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Starts a fake Discord on 127.0.0.1 (a free port); `close()` it when done. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscord(options);
  await fake.listen();
  return fake;
}

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** A user for interactions and messages that name no author. */
  readonly defaultUser: APIUser;
  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Every payload clients sent over the gateway, in arrival order. */
  readonly gatewayPayloads: GatewayPayload[] = [];
  /** Reactions the bot added (`PUT /channels/:c/messages/:m/reactions/:emoji/@me`), emoji decoded. */
  readonly reactions: { channelId: string; messageId: string; emoji: string }[] = [];
  /** Commands registered with `PUT /applications/:app/commands`. */
  globalCommands: Record<string, unknown>[] = [];
  /** Commands registered per guild. */
  readonly guildCommands = new Map<string, Record<string, unknown>[]>();

  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #ackDeadlineMs: number;
  readonly #heartbeatIntervalMs: number;
  readonly #users = new Map<string, APIUser>();
  readonly #guilds = new Map<string, FakeGuild>();
  readonly #dmChannels = new Map<string, APIChannel>();
  /** Files served as attachments, by id (`addAttachment`). */
  readonly #attachments = new Map<string, { bytes: Buffer; contentType: string; stall: boolean }>();
  /** Attachment downloads held open (`stall`), ended by `close()`. */
  readonly #stalled = new Set<ServerResponse>();
  /** Threads by id: opened by the bot (`POST …/messages/:id/threads`) or by a test (`addThread`). */
  readonly #threads = new Map<string, APIChannel>();
  /** Messages a thread was started from, so a second thread from one message fails as on Discord. */
  readonly #threadStarters = new Set<string>();
  readonly #messages = new Map<string, APIMessage>();
  readonly #interactions = new Map<string, InteractionState>();
  readonly #interactionsByToken = new Map<string, InteractionState>();
  readonly #faults: (FailRule & { remaining: number })[] = [];
  readonly #requestWaiters: Waiter<RecordedRequest>[] = [];
  /**
   * Requests and waiters by `METHOD path` as well, so waiting on one interaction's response costs the
   * same with 2,000 interactions in flight as with one.
   */
  readonly #requestsByRoute = new Map<string, RecordedRequest[]>();
  readonly #routeWaiters = new Map<string, Waiter<RecordedRequest>[]>();
  readonly #gatewayWaiters: Waiter<GatewayPayload>[] = [];
  #port = 0;
  readonly #shardCount: number;
  /** The current session of each shard id; a new IDENTIFY for a shard replaces its session. */
  readonly #sessions = new Map<number, Session>();
  /** The connection that last identified or resumed each shard id. */
  readonly #connections = new Map<number, Connection>();

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? 'fake-bot-token.briefing.test';
    this.applicationId = options.applicationId ?? '1100000000000000001';
    this.botUser = buildUser({
      id: options.botUserId ?? this.applicationId,
      username: options.botUsername ?? 'briefing-bot',
      bot: true,
      verified: true,
      mfa_enabled: false,
    });
    this.defaultUser = buildUser({ id: '1200000000000000001', username: 'reader' });
    this.#users.set(this.botUser.id, this.botUser);
    this.#users.set(this.defaultUser.id, this.defaultUser);
    this.#ackDeadlineMs = options.ackDeadlineMs ?? 3000;
    this.#heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.#shardCount = options.shards ?? 1;
    for (const guild of options.guilds ?? []) this.addGuild(guild);
    this.#server = createServer((req, res) => {
      this.#handleHttp(req, res).catch((cause: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 0, message: `fake-discord: ${String(cause)}` }));
      });
    });
    this.#wss = new WebSocketServer({ server: this.#server });
    this.#wss.on('connection', (socket) => this.#onConnection(socket));
  }

  /** @internal Use `startFakeDiscord`. */
  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.#port = (this.#server.address() as AddressInfo).port;
  }

  /** What the client's `rest.api` option (and DISCORD_API_BASE) must be set to. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  /** The gateway URL that `GET /gateway/bot` hands out. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}`;
  }

  /**
   * True while a client holds a live gateway session (after READY or RESUMED): for the given shard,
   * or, without one, for every shard that has a session (and at least one has).
   */
  connected(shard?: number): boolean {
    const live = (id: number) => this.#connections.get(id)?.live === true;
    if (shard !== undefined) return live(shard);
    return this.#sessions.size > 0 && [...this.#sessions.keys()].every(live);
  }

  /** The shard a guild's events go to among `shardCount` shards, as Discord routes them. */
  shardOf(guildId: string, shardCount: number): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
  }

  /**
   * Stops the servers and cuts every connection. Destroy clients first: a client that loses the
   * gateway keeps trying to reconnect.
   */
  async close(): Promise<void> {
    for (const res of this.#stalled) res.destroy();
    for (const socket of this.#wss.clients) socket.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ---- users, guilds, channels ----

  /** A user to act as author or invoker; known to the fake from then on (mentions, DMs). */
  createUser(partial: Partial<APIUser> = {}): APIUser {
    const user = buildUser(partial);
    this.#users.set(user.id, user);
    return user;
  }

  /**
   * Puts the bot in a guild. Guild channel messages need it: discord.js drops a MESSAGE_CREATE whose
   * guild it has not cached. Guilds are listed as unavailable in READY and then sent as GUILD_CREATE,
   * as Discord does; one added after READY is sent at once (the client emits `guildCreate`).
   */
  addGuild(input: GuildInput = {}): FakeGuild {
    const guild = buildGuild(input, this.botUser);
    this.#guilds.set(guild.id, guild);
    const session = this.#sessionFor(guild.id);
    if (session) this.#dispatchIn(session, 'GUILD_CREATE', guild.payload);
    return guild;
  }

  /**
   * Opens a thread that someone other than the bot started (a user, by default), and tells the client
   * with THREAD_CREATE, so a test can check the bot ignores threads it did not open.
   */
  addThread(input: { guildId: string; parentId: string; name?: string; ownerId?: string }): APIChannel {
    const thread = buildThread({
      id: snowflake(),
      guildId: input.guildId,
      parentId: input.parentId,
      ownerId: input.ownerId ?? this.defaultUser.id,
      name: input.name ?? 'a thread',
    });
    this.#threads.set(thread.id, thread);
    this.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
    return thread;
  }

  /**
   * A file a user attached to a command, served as Discord's CDN serves attachments (`GET
   * /attachments/:channel/:id/:name`, no authorization) on the fake's own port. `stall` holds the
   * download open without a byte, for time-outs. Pass the result in `sendInteraction({ attachments })`
   * and its id as the option's value.
   */
  addAttachment(
    filename: string,
    content: string | Buffer,
    options: { contentType?: string; stall?: boolean; size?: number } = {},
  ): APIAttachment {
    const id = snowflake();
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const contentType = options.contentType ?? 'text/plain; charset=utf-8';
    this.#attachments.set(id, { bytes, contentType, stall: options.stall ?? false });
    const url = `http://127.0.0.1:${this.#port}/attachments/${snowflake()}/${id}/${encodeURIComponent(filename)}`;
    return {
      id,
      filename,
      size: options.size ?? bytes.length,
      url,
      proxy_url: url,
      content_type: contentType,
    };
  }

  /** Every thread the fake holds, in the order they were opened. */
  threads(): APIChannel[] {
    return [...this.#threads.values()];
  }

  /** The DM channel between the bot and a user; the same one `POST /users/@me/channels` returns. */
  dmChannel(user: APIUser): APIChannel {
    let channel = this.#dmChannels.get(user.id);
    if (!channel) {
      channel = buildDMChannel(snowflake(), user);
      this.#dmChannels.set(user.id, channel);
    }
    return channel;
  }

  /** A message the fake holds (sent by the bot, or dispatched), by id. */
  message(id: string): APIMessage | undefined {
    return this.#messages.get(id);
  }

  // ---- waiting ----

  /** The first request (already recorded or yet to come) that matches. */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedRequest> {
    return this.#wait(this.requests, this.#requestWaiters, predicate, timeoutMs, () =>
      this.requests.map((r) => `${r.method} ${r.path} -> ${r.status}`).join('\n  '),
    );
  }

  /** `waitForRequest` for one method and path, found without looking at any other request. */
  #waitForRoute(
    method: string,
    path: string,
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedRequest> {
    const route = `${method} ${path}`;
    let waiters = this.#routeWaiters.get(route);
    if (!waiters) {
      waiters = [];
      this.#routeWaiters.set(route, waiters);
    }
    return this.#wait(this.#requestsByRoute.get(route) ?? [], waiters, predicate, timeoutMs, () =>
      (this.#requestsByRoute.get(route) ?? [])
        .map((r) => `${r.method} ${r.path} -> ${r.status}`)
        .join('\n  '),
    );
  }

  /** The first gateway payload from a client (already received or yet to come) that matches. */
  waitForGateway(
    predicate: (payload: GatewayPayload) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<GatewayPayload> {
    return this.#wait(this.gatewayPayloads, this.#gatewayWaiters, predicate, timeoutMs, () =>
      this.gatewayPayloads.map((p) => `op ${p.op}`).join(', '),
    );
  }

  /** The first IDENTIFY's data. */
  async waitForIdentify(timeoutMs = DEFAULT_WAIT_MS): Promise<Record<string, unknown>> {
    return record((await this.waitForGateway((p) => p.op === Op.Identify, timeoutMs)).d);
  }

  /** The first RESUME's data (`token`, `session_id`, `seq`). */
  async waitForResume(timeoutMs = DEFAULT_WAIT_MS): Promise<Record<string, unknown>> {
    return record((await this.waitForGateway((p) => p.op === Op.Resume, timeoutMs)).d);
  }

  #wait<T>(
    items: T[],
    waiters: Waiter<T>[],
    predicate: (item: T) => boolean,
    timeoutMs: number,
    describe: () => string,
  ): Promise<T> {
    const found = items.find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve: (item) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`fake-discord: nothing matched within ${timeoutMs} ms; seen:\n  ${describe()}`));
      }, timeoutMs);
      waiters.push(waiter);
    });
  }

  #notify<T>(waiters: Waiter<T>[], item: T): void {
    for (const waiter of [...waiters]) {
      if (!waiter.predicate(item)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(item);
    }
  }

  // ---- faults ----

  /**
   * Answers the next matching request(s) with an error instead of handling them. A 429 carries
   * `Retry-After`, the `X-RateLimit-*` headers and `{ message, retry_after, global }`, which is what
   * @discordjs/rest reads to wait and retry; a 5xx is retried up to 3 times by @discordjs/rest.
   */
  failNext(rule: FailRule): void {
    this.#faults.push({ ...rule, remaining: rule.times ?? 1 });
  }

  /**
   * Closes a shard's gateway socket with a close code: 4000 and most 4xxx resume; on 1000 discord.js
   * identifies anew, so events sent meanwhile stay in the old session and are never delivered.
   */
  disconnect(code = 4000, reason = 'fake-discord disconnect', shard = 0): void {
    const connection = this.#detach(shard);
    connection?.socket.close(code, reason);
  }

  /** Cuts a shard's TCP connection without a close frame (the client sees 1006 and resumes). */
  dropConnection(shard = 0): void {
    this.#detach(shard)?.socket.terminate();
  }

  /** Opcode 7 to a shard: the client closes and resumes. */
  sendReconnect(shard = 0): void {
    this.#detach(shard)?.socket.send(JSON.stringify({ op: Op.Reconnect, d: null }));
  }

  /**
   * Opcode 9 to a shard. Not resumable: the session is forgotten (events it missed are lost, as on
   * Discord) and the client identifies again. Resumable: the client sends RESUME on the same socket.
   */
  invalidateSession(resumable: boolean, shard = 0): void {
    const connection = this.#detach(shard);
    if (!resumable) this.#sessions.delete(shard);
    connection?.socket.send(JSON.stringify({ op: Op.InvalidSession, d: resumable }));
  }

  /** Stops live delivery on a shard's socket; later events wait in the session log for a RESUME. */
  #detach(shard: number): Connection | null {
    const connection = this.#connections.get(shard) ?? null;
    if (connection) connection.live = false;
    return connection;
  }

  // ---- dispatching ----

  /**
   * Sends a dispatch (op 0) with the next sequence number, or keeps it for replay on RESUME while
   * the client is away. It goes to `shard` if given, else to the shard of `d.guild_id` (shard 0
   * without one). Throws before that shard's IDENTIFY and after a non-resumable invalidation, when
   * Discord would have no session to deliver it in.
   */
  dispatch(t: string, d: unknown, onDelivered?: () => void, shard?: number): number {
    const guildId = record(d).guild_id;
    const session =
      shard === undefined
        ? this.#sessionFor(typeof guildId === 'string' ? guildId : undefined)
        : this.#sessions.get(shard);
    if (!session) {
      throw new Error(`fake-discord: no gateway session to dispatch ${t} in; wait for the client`);
    }
    return this.#dispatchIn(session, t, d, onDelivered);
  }

  /** The session a guild's events go to (a DM's: shard 0's), if that shard has one. */
  #sessionFor(guildId: string | undefined): Session | undefined {
    if (guildId === undefined) return this.#sessions.get(0);
    for (const session of this.#sessions.values()) {
      const [id, count] = session.shard;
      if (this.shardOf(guildId, count) === id) return session;
    }
    return undefined;
  }

  #dispatchIn(session: Session, t: string, d: unknown, onDelivered?: () => void): number {
    session.seq += 1;
    session.events.push({ s: session.seq, t, d, ...(onDelivered ? { onDelivered } : {}) });
    this.#flush(session);
    return session.seq;
  }

  #flush(session: Session): void {
    const connection = this.#connections.get(session.shard[0]);
    if (
      !connection?.live ||
      connection.session !== session ||
      this.#sessions.get(session.shard[0]) !== session
    ) {
      return;
    }
    // Events are numbered from 1 without gaps, so the next one to send is at index `sentSeq`.
    for (let i = connection.sentSeq; i < session.events.length; i++) {
      const event = session.events[i] as LoggedEvent;
      connection.socket.send(JSON.stringify({ op: Op.Dispatch, t: event.t, s: event.s, d: event.d }));
      connection.sentSeq = event.s;
      event.onDelivered?.();
    }
  }

  /** Dispatches INTERACTION_CREATE; the result tracks the bot's responses to it. */
  sendInteraction(input: InteractionInput): SentInteraction {
    const user = input.user ?? this.defaultUser;
    const id = snowflake();
    const token = `fake-interaction.${randomBytes(24).toString('base64url')}`;
    const { channel, guildId } = this.#place(input, user);
    let type: number = InteractionType.Command;
    let data: Record<string, unknown>;
    let message: APIMessage | undefined;
    switch (input.kind) {
      case 'command':
        data = {
          id: input.commandId ?? snowflake(),
          name: input.name,
          type: 1,
          options: toOptions(input.options),
          ...(input.attachments
            ? { resolved: { attachments: Object.fromEntries(input.attachments.map((a) => [a.id, a])) } }
            : {}),
        };
        break;
      case 'autocomplete': {
        type = InteractionType.Autocomplete;
        const options = toOptions(input.options).filter((option) => option.name !== input.focused);
        const typed = record(input.options)[input.focused];
        options.push({ name: input.focused, type: 3, value: String(typed ?? ''), focused: true });
        data = { id: input.commandId ?? snowflake(), name: input.name, type: 1, options };
        break;
      }
      case 'messageCommand': {
        const target = this.#storeMessage(
          buildMessage({ author: user, ...input.target, channelId: channel.id, guildId }),
        );
        data = {
          id: input.commandId ?? snowflake(),
          name: input.name,
          type: 3,
          target_id: target.id,
          resolved: { messages: { [target.id]: target } },
        };
        break;
      }
      case 'button':
        type = InteractionType.Component;
        message = this.#storeMessage(
          buildMessage({ author: this.botUser, ...input.message, channelId: channel.id, guildId }),
        );
        data = { custom_id: input.customId, component_type: 2 };
        break;
    }
    const payload: Record<string, unknown> = {
      id,
      application_id: this.applicationId,
      type,
      data,
      channel,
      channel_id: channel.id,
      token,
      version: 1,
      locale: input.locale ?? 'en-US',
      app_permissions: DEFAULT_PERMISSIONS,
      entitlements: [],
      attachment_size_limit: 10_485_760,
      ...(message ? { message } : {}),
      ...(guildId === undefined
        ? { user, context: 1, authorizing_integration_owners: { '0': '0' } }
        : {
            guild_id: guildId,
            guild: { id: guildId, locale: 'en-US', features: [] },
            guild_locale: 'en-US',
            member: {
              ...buildMember(user, input.permissions ?? DEFAULT_PERMISSIONS),
              roles: input.roles ?? [],
            },
            context: 0,
            authorizing_integration_owners: { '0': guildId },
          }),
    };
    const state: InteractionState = {
      id,
      token,
      type,
      user,
      channelId: channel.id,
      guildId,
      name: 'name' in input ? input.name : undefined,
      deliveredAt: null,
      ack: null,
      original: message ?? null,
      followUps: [],
    };
    this.#interactions.set(id, state);
    this.#interactionsByToken.set(token, state);
    const session = this.#sessionFor(guildId);
    if (!session) {
      throw new Error(
        'fake-discord: no gateway session to dispatch INTERACTION_CREATE in; wait for the client',
      );
    }
    this.#dispatchIn(session, 'INTERACTION_CREATE', payload, () => {
      state.deliveredAt ??= Date.now();
    });
    const accepted = (request: RecordedRequest) => request.status >= 200 && request.status < 300;
    const webhook = `/webhooks/${this.applicationId}/${token}`;
    return {
      id,
      token,
      shard: session.shard[0],
      payload,
      waitForCallback: (timeoutMs) =>
        this.#waitForRoute('POST', `/interactions/${id}/${token}/callback`, accepted, timeoutMs),
      waitForEdit: (timeoutMs) =>
        this.#waitForRoute('PATCH', `${webhook}/messages/@original`, accepted, timeoutMs),
      waitForFollowUp: (timeoutMs) => this.#waitForRoute('POST', webhook, accepted, timeoutMs),
      acknowledgement: () => state.ack,
      original: () => (state.ack === null || state.ack === Callback.Autocomplete ? null : state.original),
      followUps: () => [...state.followUps],
    };
  }

  /**
   * Dispatches MESSAGE_CREATE from a user, in the user's DM with the bot (`channel_type: 1`, without
   * which discord.js drops it) or in a guild channel (with `guild_id` and `member`). `<@id>` in the
   * content fills `mentions`, so `<@botId>` mentions the bot.
   */
  sendMessage(input: MessageEventInput): SentMessage {
    const author = input.author ?? this.defaultUser;
    const { channel, guildId } = this.#place(input, author);
    const session = this.#sessionFor(guildId);
    if (!session)
      throw new Error('fake-discord: no gateway session to send a message in; wait for the client');
    const mentioned = [
      ...mentionedIds(input.content).flatMap((id) => {
        const user = this.#users.get(id);
        return user ? [user] : [];
      }),
      ...(input.mentions ?? []),
    ].filter((user, index, all) => all.findIndex((other) => other.id === user.id) === index);
    const inGuild = guildId !== undefined;
    const mentionsBot = mentioned.some((user) => user.id === this.botUser.id);
    const hasContent = !inGuild || mentionsBot || (session.intents & Intent.MessageContent) !== 0;
    const message = this.#storeMessage(
      buildMessage({
        author,
        content: hasContent ? input.content : '',
        channelId: channel.id,
        guildId,
        mentions: inGuild
          ? mentioned.map((user) => ({ ...user, member: buildMember(user) }) as APIUser)
          : mentioned,
      }),
    );
    const payload: Record<string, unknown> = inGuild
      ? { ...message, member: { ...buildMember(author), user: undefined } }
      : { ...message, channel_type: 1 };
    const intent = inGuild ? Intent.GuildMessages : Intent.DirectMessages;
    const delivered = (session.intents & intent) !== 0;
    if (delivered) this.#dispatchIn(session, 'MESSAGE_CREATE', JSON.parse(JSON.stringify(payload)));
    return {
      message,
      delivered,
      waitForReply: (timeoutMs) =>
        this.waitForRequest(
          (r) =>
            r.status === 200 &&
            r.method === 'POST' &&
            r.path === `/channels/${channel.id}/messages` &&
            record(record(r.body).message_reference).message_id === message.id,
          timeoutMs,
        ),
    };
  }

  #place(place: Place, user: APIUser): { channel: APIChannel; guildId: string | undefined } {
    this.#users.set(user.id, user);
    if (place.dm) return { channel: this.dmChannel(user), guildId: undefined };
    if (place.guildId === undefined) throw new Error('fake-discord: say where: { dm: true } or { guildId }');
    const guild = this.#guilds.get(place.guildId);
    const thread = place.channelId === undefined ? undefined : this.#threads.get(place.channelId);
    const known =
      thread ??
      guild?.channels.find((channel) => place.channelId === undefined || channel.id === place.channelId);
    const channel = known ?? {
      id: place.channelId ?? snowflake(),
      type: 0,
      guild_id: place.guildId,
      name: 'unknown',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
    };
    return { channel: channel as APIChannel, guildId: place.guildId };
  }

  #storeMessage(message: APIMessage): APIMessage {
    this.#messages.set(message.id, message);
    return message;
  }

  // ---- gateway ----

  #onConnection(socket: WebSocket): void {
    const connection: Connection = { socket, session: null, live: false, sentSeq: 0 };
    socket.on('message', (raw) => this.#onPayload(connection, String(raw)));
    socket.on('close', () => {
      connection.live = false;
      const shard = connection.session?.shard[0];
      if (shard !== undefined && this.#connections.get(shard) === connection) this.#connections.delete(shard);
    });
    socket.on('error', () => socket.terminate());
    socket.send(JSON.stringify({ op: Op.Hello, d: { heartbeat_interval: this.#heartbeatIntervalMs } }));
  }

  #onPayload(connection: Connection, raw: string): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(raw) as { op?: unknown; d?: unknown };
    } catch {
      connection.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    const op = Number(payload.op);
    const d = record(payload.d);
    const received: GatewayPayload = {
      op,
      d: payload.d ?? null,
      at: Date.now(),
      shard: connection.session?.shard[0] ?? null,
    };
    this.gatewayPayloads.push(received);
    switch (op) {
      case Op.Heartbeat:
        connection.socket.send(JSON.stringify({ op: Op.HeartbeatAck }));
        break;
      case Op.Identify:
        this.#identify(connection, d, received);
        break;
      case Op.Resume:
        this.#resume(connection, d, received);
        break;
      default:
        break;
    }
    this.#notify(this.#gatewayWaiters, received);
  }

  #identify(connection: Connection, d: Record<string, unknown>, received: GatewayPayload): void {
    if (d.token !== this.token) {
      connection.socket.close(4004, 'Authentication failed.');
      return;
    }
    if (connection.session) {
      connection.socket.close(4005, 'Already authenticated.');
      return;
    }
    const [id, count] = Array.isArray(d.shard) ? d.shard.map(Number) : [0, 1];
    if (id === undefined || count === undefined || !(id >= 0 && id < count)) {
      connection.socket.close(4010, 'Invalid shard.');
      return;
    }
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      shard: [id, count],
      seq: 0,
      intents: Number(d.intents),
      events: [],
    };
    this.#sessions.set(id, session);
    this.#connections.set(id, connection);
    connection.session = session;
    connection.live = true;
    received.shard = id;
    const guilds = [...this.#guilds.values()].filter((guild) => this.shardOf(guild.id, count) === id);
    this.#dispatchIn(session, 'READY', {
      v: 10,
      user: this.botUser,
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard: session.shard,
      application: { id: this.applicationId, flags: 0 },
      user_settings: {},
      private_channels: [],
      relationships: [],
      presences: [],
      _trace: ['fake-discord'],
    });
    for (const guild of guilds) this.#dispatchIn(session, 'GUILD_CREATE', guild.payload);
  }

  #resume(connection: Connection, d: Record<string, unknown>, received: GatewayPayload): void {
    if (d.token !== this.token) {
      connection.socket.close(4004, 'Authentication failed.');
      return;
    }
    const session = [...this.#sessions.values()].find((candidate) => candidate.id === d.session_id);
    const seq = Number(d.seq);
    if (!session || !(seq <= session.seq)) {
      connection.socket.send(JSON.stringify({ op: Op.InvalidSession, d: false }));
      return;
    }
    connection.session = session;
    connection.sentSeq = seq;
    connection.live = true;
    received.shard = session.shard[0];
    this.#connections.set(session.shard[0], connection);
    this.#flush(session);
    connection.socket.send(JSON.stringify({ op: Op.Dispatch, t: 'RESUMED', s: session.seq, d: null }));
  }

  // ---- REST ----

  async #handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const { body, files } = await parseBody(raw, headers['content-type'] ?? '');
    const fullPath = url.pathname
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/');
    const path = fullPath.startsWith(`${API_PREFIX}/`) ? fullPath.slice(API_PREFIX.length) : fullPath;
    const query = Object.fromEntries(url.searchParams);
    const request: RecordedRequest = { method, path, query, headers, body, files, status: 0, at: Date.now() };
    if (fullPath.startsWith('/attachments/') && method === 'GET') {
      this.requests.push(request);
      const file = this.#attachments.get(fullPath.split('/')[3] ?? '');
      request.status = file ? 200 : 404;
      this.#notify(this.#requestWaiters, request);
      if (!file) {
        res.writeHead(404).end();
      } else if (file.stall) {
        res.writeHead(200, { 'content-type': file.contentType });
        this.#stalled.add(res);
        res.on('close', () => this.#stalled.delete(res));
      } else {
        res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.bytes.length) });
        res.end(file.bytes);
      }
      return;
    }
    const reply = fullPath.startsWith(`${API_PREFIX}/`) ? this.#answer(request) : notFound();
    if (reply === RESET) {
      request.status = 0;
      this.requests.push(request);
      this.#notify(this.#requestWaiters, request);
      res.socket?.destroy();
      return;
    }
    request.status = reply.status;
    this.requests.push(request);
    this.#notify(this.#requestWaiters, request);
    const route = `${request.method} ${request.path}`;
    const seen = this.#requestsByRoute.get(route);
    if (seen) seen.push(request);
    else this.#requestsByRoute.set(route, [request]);
    const waiters = this.#routeWaiters.get(route);
    if (waiters) {
      this.#notify(waiters, request);
      if (waiters.length === 0) this.#routeWaiters.delete(route);
    }
    const responseHeaders: Record<string, string> = { ...reply.headers };
    if (reply.body !== undefined) responseHeaders['content-type'] = 'application/json';
    res.writeHead(reply.status, responseHeaders);
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }

  #answer(request: RecordedRequest): Reply {
    const segments = request.path.split('/').slice(1);
    const tokenAuthorized =
      segments[0] === 'interactions' || (segments[0] === 'webhooks' && segments.length > 2);
    const authorization = request.headers.authorization;
    if (authorization !== undefined ? authorization !== `Bot ${this.token}` : !tokenAuthorized) {
      return error(401, 0, '401: Unauthorized');
    }
    const fault = this.#faults.find(
      (rule) =>
        (rule.method === undefined || rule.method.toUpperCase() === request.method) &&
        request.path.includes(rule.pathIncludes),
    );
    if (fault) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.#faults.splice(this.#faults.indexOf(fault), 1);
      return fault.reset ? RESET : faultReply(fault);
    }
    return this.#route(request, segments);
  }

  #route(request: RecordedRequest, s: string[]): Reply {
    const { method } = request;
    if (s[0] === 'interactions') {
      if (method !== 'POST' || s.length !== 4 || s[3] !== 'callback') return notFound();
      return this.#callback(request, s[1] ?? '', s[2] ?? '');
    }
    if (s[0] === 'webhooks' && s.length >= 3) return this.#webhook(request, s);
    // Ids sit at odd positions of every other route: `channels/:/messages/:`.
    const route = `${method} ${s.map((segment, i) => (i % 2 === 1 && !LITERALS.has(segment) ? ':' : segment)).join('/')}`;
    switch (route) {
      case 'GET gateway':
        return json(200, { url: this.gatewayUrl });
      case 'GET gateway/bot':
        return json(200, {
          url: this.gatewayUrl,
          shards: this.#shardCount,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        });
      case 'GET users/@me':
        return json(200, this.botUser);
      case 'GET users/:': {
        const user = this.#users.get(s[1] ?? '');
        return user ? json(200, user) : error(404, 10013, 'Unknown User');
      }
      case 'POST users/@me/channels': {
        const user = this.#users.get(String(record(request.body).recipient_id));
        return user ? json(200, this.dmChannel(user)) : error(404, 10013, 'Unknown User');
      }
      case 'GET applications/@me':
        return json(200, {
          id: this.applicationId,
          name: this.botUser.username,
          icon: null,
          description: '',
          bot_public: true,
          bot_require_code_grant: false,
          flags: 0,
          bot: this.botUser,
        });
      case 'GET applications/:/commands':
      case 'PUT applications/:/commands':
      case 'POST applications/:/commands':
      case 'GET applications/:/guilds/:/commands':
      case 'PUT applications/:/guilds/:/commands':
      case 'POST applications/:/guilds/:/commands':
        return this.#commands(request, s[1] ?? '', s[3]);
      case 'GET channels/:': {
        const channel = this.#channel(s[1] ?? '');
        return channel ? json(200, channel) : error(404, 10003, 'Unknown Channel');
      }
      case 'POST channels/:/typing':
        return noContent;
      case 'PUT channels/:/messages/:/reactions/:/@me': {
        const message = this.#messages.get(s[3] ?? '');
        if (!message || message.channel_id !== s[1]) return unknownMessage();
        this.reactions.push({ channelId: s[1] ?? '', messageId: message.id, emoji: s[5] ?? '' });
        return noContent;
      }
      case 'POST channels/:/messages':
        return this.#channelMessage(request, s[1] ?? '');
      case 'POST channels/:/messages/:/threads':
        return this.#startThread(request, s[1] ?? '', s[3] ?? '');
      case 'GET channels/:/messages/:':
      case 'PATCH channels/:/messages/:':
      case 'DELETE channels/:/messages/:': {
        const message = this.#messages.get(s[3] ?? '');
        if (!message || message.channel_id !== s[1]) return unknownMessage();
        return this.#messageAction(request, message);
      }
      default:
        return notFound();
    }
  }

  /**
   * "Start thread from message": only in a server text or announcement channel, from a message of
   * that channel that is not ephemeral (Discord has no such message) and has no thread yet, with a name
   * of 1 to 100 characters. The thread is announced with THREAD_CREATE, as Discord does.
   */
  #startThread(request: RecordedRequest, channelId: string, messageId: string): Reply {
    const channel = this.#channel(channelId);
    if (!channel) return error(404, 10003, 'Unknown Channel');
    if (channel.type !== 0 && channel.type !== 5)
      return error(400, 50024, 'Cannot execute action on this channel type');
    const message = this.#messages.get(messageId);
    if (
      !message ||
      message.channel_id !== channelId ||
      ((message.flags ?? 0) & MessageFlag.Ephemeral) !== 0
    ) {
      return unknownMessage();
    }
    if (this.#threadStarters.has(messageId)) {
      return error(400, 160004, 'A thread has already been created for this message');
    }
    const body = record(request.body);
    const name = typeof body.name === 'string' ? body.name : '';
    const length = [...name].length;
    if (length < 1 || length > 100) {
      return invalid({
        code: 50035,
        message: 'Invalid Form Body',
        errors: {
          name: {
            _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }],
          },
        },
      });
    }
    const guildId = 'guild_id' in channel ? String(channel.guild_id) : '';
    const thread = buildThread({
      id: messageId,
      guildId,
      parentId: channelId,
      ownerId: this.botUser.id,
      name,
      ...(typeof body.auto_archive_duration === 'number'
        ? { autoArchiveDuration: body.auto_archive_duration }
        : {}),
    });
    this.#threads.set(thread.id, thread);
    this.#threadStarters.add(messageId);
    this.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
    return json(201, thread);
  }

  #channel(id: string): APIChannel | undefined {
    const thread = this.#threads.get(id);
    if (thread) return thread;
    for (const channel of this.#dmChannels.values()) if (channel.id === id) return channel;
    for (const guild of this.#guilds.values()) {
      const channel = guild.channels.find((candidate) => candidate.id === id);
      if (channel) return channel;
    }
    return undefined;
  }

  #commands(request: RecordedRequest, applicationId: string, guildId: string | undefined): Reply {
    if (applicationId !== this.applicationId) return error(404, 10002, 'Unknown Application');
    const current = guildId === undefined ? this.globalCommands : (this.guildCommands.get(guildId) ?? []);
    const build = (raw: unknown): Record<string, unknown> => {
      const command = record(raw);
      const existing = current.find((c) => c.name === command.name && (c.type ?? 1) === (command.type ?? 1));
      return {
        type: 1,
        description: '',
        default_member_permissions: null,
        ...command,
        id: existing?.id ?? snowflake(),
        application_id: this.applicationId,
        version: snowflake(),
        ...(guildId === undefined ? {} : { guild_id: guildId }),
      };
    };
    let next = current;
    if (request.method === 'GET') return json(200, current);
    if (request.method === 'PUT') {
      if (!Array.isArray(request.body)) return invalid({ code: 50035, message: 'Invalid Form Body' });
      next = request.body.map(build);
    } else {
      const command = build(request.body);
      next = [...current.filter((c) => c.id !== command.id), command];
    }
    if (guildId === undefined) this.globalCommands = next;
    else this.guildCommands.set(guildId, next);
    return json(request.method === 'PUT' ? 200 : 201, request.method === 'PUT' ? next : next.at(-1));
  }

  #channelMessage(request: RecordedRequest, channelId: string): Reply {
    const channel = this.#channel(channelId);
    if (!channel) return error(404, 10003, 'Unknown Channel');
    const body = record(request.body);
    const problem = checkMessageBody(body, true, request.files.length);
    if (problem) return invalid(problem);
    const guildId = 'guild_id' in channel ? channel.guild_id : undefined;
    const message = buildMessage({
      author: this.botUser,
      channelId,
      guildId,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      components: Array.isArray(body.components) ? body.components : [],
      flags: Number(body.flags ?? 0),
    });
    const reference = record(body.message_reference);
    if (typeof reference.message_id === 'string') {
      const referenced = this.#messages.get(reference.message_id);
      if (!referenced && reference.fail_if_not_exists !== false) {
        return invalid({
          code: 50035,
          message: 'Invalid Form Body',
          errors: {
            message_reference: { _errors: [{ code: 'REPLIES_UNKNOWN_MESSAGE', message: 'Unknown message' }] },
          },
        });
      }
      Object.assign(message, {
        type: 19,
        message_reference: {
          type: 0,
          message_id: reference.message_id,
          channel_id: channelId,
          guild_id: guildId,
        },
        referenced_message: referenced ?? null,
      });
    }
    return json(200, this.#storeMessage(message));
  }

  /** GET, PATCH or DELETE of a message the fake holds. */
  #messageAction(request: RecordedRequest, message: APIMessage): Reply {
    if (request.method === 'GET') return json(200, message);
    if (request.method === 'DELETE') {
      this.#messages.delete(message.id);
      return noContent;
    }
    const problem = checkMessageBody(request.body, false);
    if (problem) return invalid(problem);
    const body = record(request.body);
    const patch: Record<string, unknown> = { edited_timestamp: new Date().toISOString() };
    for (const key of ['content', 'embeds', 'components', 'attachments'] as const) {
      if (key in body && body[key] !== null) patch[key] = body[key];
    }
    // Editing a deferred reply turns the "thinking…" placeholder into the message.
    patch.flags = (Number(body.flags ?? message.flags ?? 0) | (message.flags ?? 0)) & ~MessageFlag.Loading;
    Object.assign(message, patch);
    return json(200, message);
  }

  #callback(request: RecordedRequest, id: string, token: string): Reply {
    const state = this.#interactions.get(id);
    if (!state || state.token !== token) return unknownInteraction();
    if (state.ack !== null) return error(400, 40060, 'Interaction has already been acknowledged.');
    if (state.deliveredAt === null || Date.now() - state.deliveredAt > this.#ackDeadlineMs) {
      return unknownInteraction();
    }
    const body = record(request.body);
    const type = Number(body.type);
    const data = record(body.data);
    const allowed: readonly number[] =
      state.type === InteractionType.Autocomplete
        ? [Callback.Autocomplete]
        : state.type === InteractionType.Component
          ? [Callback.Reply, Callback.DeferredReply, Callback.DeferredUpdate, Callback.Update, Callback.Modal]
          : [Callback.Reply, Callback.DeferredReply, Callback.Modal];
    if (!allowed.includes(type)) return error(400, 50035, 'Invalid Form Body: interaction response type');
    const problem =
      type === Callback.Autocomplete
        ? checkAutocompleteChoices(data)
        : type === Callback.Reply || type === Callback.Update
          ? checkMessageBody(data, type === Callback.Reply, request.files.length)
          : null;
    if (problem) return invalid(problem);
    state.ack = type;
    if (type === Callback.Reply || type === Callback.DeferredReply) {
      state.original = this.#storeMessage({
        ...this.#responseMessage(state, data),
        ...(type === Callback.DeferredReply ? { content: '', embeds: [], components: [] } : {}),
        flags:
          (Number(data.flags ?? 0) & MessageFlag.Ephemeral) | (type === Callback.DeferredReply ? 128 : 0),
      });
    } else if (type === Callback.Update && state.original) {
      this.#messageAction({ ...request, method: 'PATCH', body: data }, state.original);
    }
    if (request.query.with_response !== 'true') return noContent;
    const message = type === Callback.Reply || type === Callback.DeferredReply ? state.original : null;
    return json(200, {
      interaction: {
        id: state.id,
        type: state.type,
        activity_instance_id: null,
        response_message_id: message?.id ?? null,
        response_message_loading: type === Callback.DeferredReply,
        response_message_ephemeral: ((message?.flags ?? 0) & MessageFlag.Ephemeral) !== 0,
      },
      resource: { type, ...(message ? { message } : {}) },
    });
  }

  /** A message sent through the interaction's webhook, as Discord shapes it. */
  #responseMessage(state: InteractionState, data: Record<string, unknown>): APIMessage {
    return {
      ...buildMessage({
        author: this.botUser,
        channelId: state.channelId,
        guildId: state.guildId,
        content: typeof data.content === 'string' ? data.content : '',
        embeds: Array.isArray(data.embeds) ? data.embeds : [],
        components: Array.isArray(data.components) ? data.components : [],
        flags: Number(data.flags ?? 0) & MessageFlag.Ephemeral,
      }),
      type: state.type === InteractionType.Command ? 20 : 0,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      interaction_metadata: {
        id: state.id,
        type: state.type,
        user: state.user,
        authorizing_integration_owners: { '0': state.guildId ?? '0' },
        ...(state.name === undefined ? {} : { name: state.name }),
      },
    } as APIMessage;
  }

  #webhook(request: RecordedRequest, s: string[]): Reply {
    const [, applicationId, token, messages, messageId] = s;
    const state = this.#interactionsByToken.get(token ?? '');
    if (applicationId !== this.applicationId || !state) return unknownWebhook();
    if (state.ack === null || state.ack === Callback.Autocomplete) return unknownWebhook();
    if (s.length === 3 && request.method === 'POST') {
      const problem = checkMessageBody(request.body, true, request.files.length);
      if (problem) return invalid(problem);
      const followUp = this.#storeMessage(this.#responseMessage(state, record(request.body)));
      state.followUps.push(followUp);
      return request.query.wait === 'true' ? json(200, followUp) : noContent;
    }
    if (s.length !== 5 || messages !== 'messages') return notFound();
    const message =
      messageId === '@original'
        ? state.original
        : state.followUps.find((followUp) => followUp.id === messageId);
    if (!message) return unknownMessage();
    const reply = this.#messageAction(request, message);
    if (request.method === 'DELETE') {
      if (message === state.original) state.original = null;
      state.followUps = state.followUps.filter((followUp) => followUp !== message);
    }
    return reply;
  }
}

function faultReply(fault: FailRule): Reply {
  if (fault.status !== 429) {
    return error(fault.status, fault.code ?? 0, `fake-discord: injected ${fault.status}`);
  }
  const retryAfter = fault.retryAfter ?? 0.1;
  const headers: Record<string, string> = {
    'retry-after': String(retryAfter),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Date.now() / 1000 + retryAfter),
    'x-ratelimit-reset-after': String(retryAfter),
    'x-ratelimit-bucket': 'fake-bucket',
    'x-ratelimit-scope': fault.global ? 'global' : 'user',
  };
  if (fault.global) headers['x-ratelimit-global'] = 'true';
  return {
    status: 429,
    headers,
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global: fault.global ?? false },
  };
}

/** Option values by name → the typed options Discord sends (integers as INTEGER, strings as STRING). */
function toOptions(input: OptionsInput | undefined): APIApplicationCommandInteractionDataOption[] {
  if (input === undefined) return [];
  if (Array.isArray(input)) return [...input];
  return Object.entries(input).map(([name, value]) => {
    if (typeof value === 'string') return { name, type: 3, value };
    if (typeof value === 'boolean') return { name, type: 5, value };
    return { name, type: Number.isInteger(value) ? 4 : 10, value };
  });
}

async function parseBody(
  raw: Buffer,
  contentType: string,
): Promise<{ body: unknown; files: RecordedRequest['files'] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: RecordedRequest['files'] = [];
    let body: unknown;
    for (const [name, value] of form) {
      if (typeof value === 'string') {
        if (name === 'payload_json') body = JSON.parse(value);
      } else {
        files.push({ name: value.name, contentType: value.type, size: value.size });
      }
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}
