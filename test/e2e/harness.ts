/**
 * Starts the fake Discord and the real bot in-process, wired as in production: config from
 * `loadConfig` with `DISCORD_API_BASE` pointed at the fake, and the real briefing over `seeds/`
 * (opened once per test file). Also the checks every end-to-end test runs over what the bot sent.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type Briefing, openBriefing } from '../../src/answer/briefing.ts';
import { type Bot, type BotOptions, startBot } from '../../src/bot/bot.ts';
import { type Config, type Env, loadConfig } from '../../src/config.ts';
import { type Logger, silentLogger } from '../../src/log.ts';
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  pingsOf,
  type RecordedRequest,
  type SentInteraction,
  startFakeDiscord,
} from '../fake-discord/fake-discord.ts';

let seedBriefing: Promise<Briefing> | undefined;

/** The real briefing over `seeds/`, opened once however many bots use it. */
export function openSeedBriefing(): Promise<Briefing> {
  seedBriefing ??= openBriefing('seeds');
  return seedBriefing;
}

export interface E2E {
  fake: FakeDiscord;
  bot: Bot;
  config: Config;
  /** The JSON-lines file the 👍 / 👎 buttons append to (in a temporary folder). */
  feedbackFile: string;
  /** The folder of the unanswered-questions store (in the same temporary folder). */
  gapsDir: string;
  /** Forgets the requests recorded so far, so a test sees only its own. */
  reset(): void;
  /** Stops the bot, then the fake, and removes the temporary folder. */
  stop(): Promise<void>;
}

export interface E2EOptions {
  /** Extra environment for `loadConfig` (e.g. `RATE_LIMIT_MAX`). */
  env?: Env;
  /** Defaults to the real briefing over `seeds/`. */
  briefing?: Briefing;
  logger?: Logger;
  /** Servers' own briefings (see `BotOptions.servers`). */
  servers?: BotOptions['servers'];
  /** discord.js client options laid over the bot's own (see `BotOptions.clientOptions`). */
  clientOptions?: BotOptions['clientOptions'];
  /** Defaults to every command of `commands/index.ts` (see `BotOptions.commands`). */
  commands?: BotOptions['commands'];
  /** The fake Discord's own options (e.g. a shorter deadline to acknowledge). */
  fake?: FakeDiscordOptions;
  /** Services laid over the bot's own (see `BotOptions.services`), e.g. `{ atOnce: null }`. */
  services?: BotOptions['services'];
}

export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const briefing = options.briefing ?? (await openSeedBriefing());
  const dir = await mkdtemp(join(tmpdir(), 'briefing-bot-e2e-'));
  const feedbackFile = join(dir, 'feedback.jsonl');
  const fake = await startFakeDiscord(options.fake);
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_API_BASE: fake.apiBase,
    FEEDBACK_FILE: feedbackFile,
    GAPS_DIR: join(dir, 'gaps'),
    RATE_LIMIT_MAX: '100',
    ...options.env,
  });
  let bot: Bot;
  try {
    bot = await startBot({
      config,
      briefing,
      logger: options.logger ?? silentLogger,
      ...(options.clientOptions ? { clientOptions: options.clientOptions } : {}),
      ...(options.commands ? { commands: options.commands } : {}),
      ...(options.servers ? { servers: options.servers } : {}),
      ...(options.services ? { services: options.services } : {}),
    });
  } catch (error) {
    await fake.close();
    throw error;
  }
  return {
    fake,
    bot,
    config,
    feedbackFile,
    gapsDir: join(dir, 'gaps'),
    reset: () => {
      fake.requests.length = 0;
    },
    stop: async () => {
      await bot.stop();
      await fake.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Registers the hooks every end-to-end suite needs, in the file or `describe` it is called in: the bot
 * started before the suite's tests (`options` may be a function, for a briefing opened in an earlier
 * `beforeAll`), the recorded requests forgotten before each test, Discord's limits and the no-ping
 * rule checked over what each test sent, and the bot stopped after the suite. The returned `E2E`
 * reads through to the running bot, so suites use it as they would `startE2E`'s.
 *
 * @example
 * const e2e = useE2E({ env: { RATE_LIMIT_MAX: '2' } });
 * it('…', async () => { await answerOf(e2e.fake.sendInteraction({ … })); });
 */
export function useE2E(options: E2EOptions | (() => E2EOptions | Promise<E2EOptions>) = {}): E2E {
  let running: E2E | undefined;
  const current = (): E2E => {
    if (running === undefined) throw new Error('the end-to-end bot is used before its beforeAll ran');
    return running;
  };
  beforeAll(async () => {
    running = await startE2E(typeof options === 'function' ? await options() : options);
  });
  afterAll(async () => {
    await running?.stop();
    running = undefined;
  });
  beforeEach(() => {
    current().reset();
  });
  afterEach(() => {
    expectWithinDiscordLimits(current().fake.requests);
  });
  return {
    get fake() {
      return current().fake;
    },
    get bot() {
      return current().bot;
    },
    get config() {
      return current().config;
    },
    get feedbackFile() {
      return current().feedbackFile;
    },
    get gapsDir() {
      return current().gapsDir;
    },
    reset: () => current().reset(),
    stop: () => current().stop(),
  };
}

type Json = Record<string, unknown>;

export function record(value: unknown): Json {
  return typeof value === 'object' && value !== null ? (value as Json) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

const codePoints = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);

/** The message part of a request body: `data` of an interaction callback, else the body itself. */
export function messageOf(request: RecordedRequest): Json {
  const body = record(request.body);
  return request.path.endsWith('/callback') ? record(body.data) : body;
}

/** The content of a recorded request's message. */
export function contentOf(request: RecordedRequest): string {
  const content = messageOf(request).content;
  return typeof content === 'string' ? content : '';
}

/** Every `custom_id` of the buttons in a recorded message. */
export function customIdsOf(request: RecordedRequest): string[] {
  return list(messageOf(request).components).flatMap((row) =>
    list(record(row).components).map((button) => String(record(button).custom_id)),
  );
}

/** The visible labels (or emoji) of the buttons in a recorded message. */
export function buttonLabelsOf(request: RecordedRequest): string[] {
  return list(messageOf(request).components).flatMap((row) =>
    list(record(row).components).map((raw) => {
      const button = record(raw);
      return typeof button.label === 'string' ? button.label : String(record(button.emoji).name);
    }),
  );
}

/** Requests that carry a message: interaction responses, edits, follow-ups and channel messages. */
export function messageRequests(fake: FakeDiscord): RecordedRequest[] {
  return fake.requests.filter(
    (request) =>
      (request.method === 'POST' || request.method === 'PATCH') &&
      (request.path.includes('/webhooks/') ||
        request.path.endsWith('/callback') ||
        /^\/channels\/\d+\/messages$/.test(request.path)),
  );
}

/**
 * The message that answers an interaction, whether sent as a reply, as the edit of a deferred reply,
 * or as a follow-up, and whether the user alone sees it (flag 64 on the first response).
 */
export async function answerOf(
  sent: SentInteraction,
): Promise<{ request: RecordedRequest; content: string; ephemeral: boolean }> {
  const callback = await sent.waitForCallback();
  const body = record(callback.body);
  const ephemeral = (Number(record(body.data).flags ?? 0) & 64) !== 0;
  const request = body.type === 5 ? await sent.waitForEdit() : callback;
  return { request, content: contentOf(request), ephemeral };
}

/**
 * Discord's limits and the bot's no-ping rule, over every body the bot sent: what makes a real
 * Discord answer "Invalid Form Body", or ping a whole server.
 */
export function expectWithinDiscordLimits(requests: readonly RecordedRequest[]): void {
  for (const request of requests) {
    const where = `${request.method} ${request.path}`;
    const body = record(request.body);
    if (request.path.endsWith('/callback') && body.type === 8) {
      const choices = list(record(body.data).choices);
      expect(choices.length, where).toBeLessThanOrEqual(25);
      for (const choice of choices) {
        expect(codePoints(record(choice).name), where).toBeLessThanOrEqual(100);
        expect(codePoints(record(choice).value), where).toBeLessThanOrEqual(100);
      }
      continue;
    }
    const message = messageOf(request);
    if (request.body === undefined || !('content' in message)) continue;
    expect(codePoints(message.content), where).toBeLessThanOrEqual(2000);
    const embeds = list(message.embeds).map(record);
    expect(embeds.length, where).toBeLessThanOrEqual(10);
    let embedTotal = 0;
    for (const embed of embeds) {
      const fields = list(embed.fields).map(record);
      expect(codePoints(embed.title), where).toBeLessThanOrEqual(256);
      expect(codePoints(embed.description), where).toBeLessThanOrEqual(4096);
      expect(codePoints(record(embed.footer).text), where).toBeLessThanOrEqual(2048);
      expect(codePoints(record(embed.author).name), where).toBeLessThanOrEqual(256);
      expect(fields.length, where).toBeLessThanOrEqual(25);
      for (const field of fields) {
        expect(codePoints(field.name), where).toBeLessThanOrEqual(256);
        expect(codePoints(field.value), where).toBeLessThanOrEqual(1024);
      }
      embedTotal +=
        codePoints(embed.title) +
        codePoints(embed.description) +
        codePoints(record(embed.footer).text) +
        codePoints(record(embed.author).name) +
        fields.reduce((sum, field) => sum + codePoints(field.name) + codePoints(field.value), 0);
    }
    expect(embedTotal, where).toBeLessThanOrEqual(6000);
    const rows = list(message.components).map(record);
    expect(rows.length, where).toBeLessThanOrEqual(5);
    for (const row of rows) {
      const buttons = list(row.components).map(record);
      expect(buttons.length, where).toBeLessThanOrEqual(5);
      for (const button of buttons) {
        expect(codePoints(button.custom_id), where).toBeLessThanOrEqual(100);
        expect(codePoints(button.label), where).toBeLessThanOrEqual(80);
      }
    }
    // Nothing the bot sends may ping: `parse` is set (so Discord does not parse every mention) and empty.
    const parse = record(message.allowed_mentions).parse;
    expect(Array.isArray(parse), where).toBe(true);
    expect(parse, where).not.toContain('everyone');
    expect(pingsOf(message), where).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });
  }
}
