/**
 * Faults through the fake Discord, end to end: the real bot (`startBot`) over the real briefing, with
 * the gateway cut in every way Discord cuts it, REST answering 429, 5xx and "Unknown interaction",
 * and the engine or a handler failing. Assertions are on the requests the fake recorded and on the
 * lines the bot logged: after each fault the bot answers again, and nothing is retried forever.
 */
import { EventEmitter } from 'node:events';
import { SlashCommandBuilder } from 'discord.js';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Command, commands } from '../../commands/index.ts';
import type { Briefing } from '../../src/answer/briefing.ts';
import type { Bot } from '../../src/bot/bot.ts';
import { GENERIC_ERROR_MESSAGE } from '../../src/errors.ts';
import { createLogger } from '../../src/log.ts';
import { logProcessErrors } from '../../src/process-errors.ts';
import type {
  FakeDiscord,
  FakeDiscordOptions,
  GatewayPayload,
  RecordedRequest,
  SentInteraction,
} from '../fake-discord/fake-discord.ts';
import { answerOf, contentOf, openSeedBriefing, record, useE2E } from './harness.ts';

type LogLine = Record<string, unknown> & { level: string; msg: string };

/** A question that makes the faulty engine throw, and a speaker prefix that makes it stall. */
const ENGINE_FAILS = 'FAIL';
const ENGINE_STALLS = 'SLOW';
const QUESTION = 'What did Blinken say about China?';
/** Generous, for a loaded machine: a reconnect alone takes 0.5 s (@discordjs/ws waits before it). */
const WAIT = { timeout: 5000 };

/**
 * The real briefing, except that a question or speaker prefix of `ENGINE_FAILS` throws, and a
 * speaker prefix of `ENGINE_STALLS` blocks for `stallMs` first (the engine is synchronous, so a slow
 * search blocks the whole process, as it would in production).
 */
function faultyBriefing(briefing: Briefing, stallMs = 0): Briefing {
  const fail = () => {
    throw new Error('index failure at /srv/briefing/index');
  };
  return new Proxy(briefing, {
    get(target, key) {
      if (key === 'ask') {
        return (question: string, options?: Parameters<Briefing['ask']>[1]) =>
          question.includes(ENGINE_FAILS) ? fail() : target.ask(question, options);
      }
      if (key === 'findSpeakers') {
        return (typed: string, limit?: number) => {
          if (typed.startsWith(ENGINE_FAILS)) fail();
          if (!typed.startsWith(ENGINE_STALLS)) return target.findSpeakers(typed, limit);
          const until = Date.now() + stallMs;
          while (Date.now() < until) {
            // Busy: a synchronous search that takes too long.
          }
          return target.findSpeakers(typed.slice(ENGINE_STALLS.length), limit);
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A command whose handler throws: a bug in one command must not take the bot down. */
const broken: Command = {
  cost: 'action',
  data: new SlashCommandBuilder().setName('broken').setDescription('Throws.'),
  execute: async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'text')");
  },
};

/** @discordjs/ws spaces IDENTIFYs 5 s apart; a bot that re-identifies in a test skips that wait. */
const noIdentifyThrottle = { ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) } };

interface Running {
  fake: FakeDiscord;
  bot: Bot;
  logs: LogLine[];
  /** A gateway payload with this opcode received from now on. */
  nextGateway(op: number): Promise<GatewayPayload>;
}

/**
 * The bot for the enclosing suite (`useE2E`), over a briefing that can be told to fail or stall and
 * with a command that throws, its log lines kept. `atOnce: null`: a bot that always acknowledges
 * first and answers in the edit, as a busy one does (`src/bot/at-once.ts`).
 */
function useRunning(fakeOptions: FakeDiscordOptions = {}, stallMs = 0, atOnce?: null): Running {
  const logs: LogLine[] = [];
  const e2e = useE2E(async () => ({
    ...(atOnce === null ? { services: { atOnce } } : {}),
    fake: fakeOptions,
    env: { RATE_LIMIT_MAX: '1000' },
    briefing: faultyBriefing(await openSeedBriefing(), stallMs),
    logger: createLogger({ write: (line) => logs.push(JSON.parse(line) as LogLine) }),
    commands: [...commands, broken],
    clientOptions: noIdentifyThrottle,
  }));
  return {
    get fake() {
      return e2e.fake;
    },
    get bot() {
      return e2e.bot;
    },
    logs,
    nextGateway: (op) => {
      const from = e2e.fake.gatewayPayloads.length;
      return e2e.fake.waitForGateway((p) => p.op === op && e2e.fake.gatewayPayloads.indexOf(p) >= from);
    },
  };
}

/** Every request made for one interaction: its callback, and its webhook (edits, follow-ups). */
function requestsFor(fake: FakeDiscord, sent: SentInteraction): RecordedRequest[] {
  return fake.requests.filter((r) => r.path.includes(`/${sent.id}/`) || r.path.includes(sent.token));
}

function statuses(requests: RecordedRequest[], method: string): number[] {
  return requests.filter((r) => r.method === method).map((r) => r.status);
}

let running: Running;
let fake: FakeDiscord;

const ask = (question = QUESTION, where: { guildId: string } | { dm: true } = { dm: true }) =>
  fake.sendInteraction({ kind: 'command', name: 'ask', options: { question }, ...where });
const help = () => fake.sendInteraction({ kind: 'command', name: 'help', dm: true });

/** The bot still answers: a question after the fault gets the cited answer. */
async function expectServing(where: { guildId: string } | { dm: true } = { dm: true }): Promise<void> {
  expect((await answerOf(ask(QUESTION, where))).content).toContain('Antony Blinken');
}

const logged = (message: string, interaction?: SentInteraction) =>
  running.logs.filter(
    (line) => line.msg === message && (!interaction || line.interaction === interaction.id),
  );

describe('with the bot running', () => {
  // Acknowledged first, answered in the edit: the requests whose faults these tests inject. The
  // answer sent as the first response meets them in 'with answers sent at once' below.
  const bot = useRunning({}, 0, null);

  beforeAll(() => {
    running = bot;
    fake = bot.fake;
  });

  describe('gateway', () => {
    it.each([
      ['a close with 4000', () => fake.disconnect(4000)],
      ['a dropped TCP connection', () => fake.dropConnection()],
      ['op 7 RECONNECT', () => fake.sendReconnect()],
      ['a resumable op 9 INVALID_SESSION', () => fake.invalidateSession(true)],
    ])(
      'GIVEN %s THEN the bot resumes its session and answers the interaction sent while it was away',
      async (_, fault) => {
        await expectServing();
        const identifies = fake.gatewayPayloads.filter((p) => p.op === 2).length;
        const resumed = running.nextGateway(6);
        fault();
        const meanwhile = ask();
        expect(fake.connected()).toBe(false);
        expect(record((await resumed).d).token).toBe(fake.token);
        expect((await answerOf(meanwhile)).content).toContain('Antony Blinken');
        expect(fake.gatewayPayloads.filter((p) => p.op === 2)).toHaveLength(identifies);
        await expectServing();
      },
    );

    it('GIVEN a close with 1000 THEN discord.js identifies anew: what was sent meanwhile is lost, and the bot answers again', async () => {
      const guildId = fake.addGuild().id;
      await expectServing();
      const identified = running.nextGateway(2);
      const resumes = fake.gatewayPayloads.filter((p) => p.op === 6).length;
      fake.disconnect(1000);
      // Discord keeps it in the old session, which discord.js does not resume after a 1000.
      const meanwhile = ask();
      expect(record((await identified).d).token).toBe(fake.token);
      await expect.poll(() => fake.connected(), WAIT).toBe(true);
      // The guild comes back in the new session's GUILD_CREATE: guild interactions are served.
      await expectServing({ guildId });
      expect(meanwhile.acknowledgement()).toBeNull();
      expect(requestsFor(fake, meanwhile)).toEqual([]);
      expect(fake.gatewayPayloads.filter((p) => p.op === 6)).toHaveLength(resumes);
    });

    it('GIVEN a non-resumable op 9 INVALID_SESSION THEN the bot identifies anew and answers again', async () => {
      const guildId = fake.addGuild().id;
      await expectServing();
      const identified = running.nextGateway(2);
      fake.invalidateSession(false);
      // No session: Discord has nowhere to deliver an interaction until the bot identifies.
      expect(() => ask()).toThrow(/no gateway session/);
      await identified;
      await expect.poll(() => fake.connected(), WAIT).toBe(true);
      await expectServing({ guildId });
      await expectServing();
    });
  });

  describe('REST', () => {
    it.each([
      ['per-route', false],
      ['global', true],
    ])(
      'GIVEN a %s 429 on the reply to /help THEN it is sent again after the wait and delivered',
      async (_, global) => {
        const sent = help();
        fake.failNext({
          method: 'POST',
          pathIncludes: `/${sent.id}/`,
          status: 429,
          retryAfter: 0.05,
          global,
        });
        expect((await answerOf(sent)).content).toContain('/ask');
        expect(statuses(requestsFor(fake, sent), 'POST')).toEqual([429, 204]);
        await expectServing();
      },
    );

    it.each([
      ['per-route', false],
      ['global', true],
    ])(
      'GIVEN a %s 429 on the edit that answers /ask THEN it is sent again after the wait and delivered',
      async (_, global) => {
        const sent = ask();
        fake.failNext({ method: 'PATCH', pathIncludes: sent.token, status: 429, retryAfter: 0.05, global });
        expect((await answerOf(sent)).content).toContain('Antony Blinken');
        expect(statuses(requestsFor(fake, sent), 'PATCH')).toEqual([429, 200]);
      },
    );

    it.each([
      ['per-route', false],
      ['global', true],
    ])(
      'GIVEN a %s 429 on a follow-up THEN it is sent again after the wait and delivered',
      async (_, global) => {
        // A public /ask whose search fails: the "thinking…" is deleted and the error is a follow-up.
        const sent = ask(`${ENGINE_FAILS}: ${QUESTION}`);
        const webhook = `/webhooks/${fake.applicationId}/${sent.token}`;
        fake.failNext({ method: 'POST', pathIncludes: webhook, status: 429, retryAfter: 0.05, global });
        const followUp = await sent.waitForFollowUp();
        expect(contentOf(followUp)).toBe(GENERIC_ERROR_MESSAGE);
        const posts = requestsFor(fake, sent).filter((r) => r.path === webhook);
        expect(statuses(posts, 'POST')).toEqual([429, 200]);
        await expectServing();
      },
    );

    it('GIVEN a 502 on the reply to /help through every retry THEN it is logged, the asker gets the error line, and the bot answers again', async () => {
      const sent = help();
      fake.failNext({ method: 'POST', pathIncludes: `/${sent.id}/`, status: 502, times: 4 });
      const callback = await sent.waitForCallback();
      expect(contentOf(callback)).toBe(GENERIC_ERROR_MESSAGE);
      // @discordjs/rest sends a request 4 times on 5xx (3 retries) before giving up.
      expect(statuses(requestsFor(fake, sent), 'POST')).toEqual([502, 502, 502, 502, 204]);
      expect(logged('handler failed', sent)).toEqual([
        expect.objectContaining({
          level: 'error',
          command: 'help',
          error: expect.objectContaining({ name: 'HTTPError', message: 'Bad Gateway' }),
        }),
      ]);
      await expectServing();
    });

    it('GIVEN 5xx on every response to an interaction THEN two bounded attempts, two log lines, and the bot answers again', async () => {
      const sent = help();
      fake.failNext({ method: 'POST', pathIncludes: `/${sent.id}/`, status: 500, times: 100 });
      await expect.poll(() => logged('could not tell the user about an error', sent), WAIT).toHaveLength(1);
      expect(logged('handler failed', sent)).toHaveLength(1);
      await expectServing();
      // The reply and the error line, each sent 4 times by @discordjs/rest; then nothing more.
      expect(statuses(requestsFor(fake, sent), 'POST')).toEqual(Array(8).fill(500));
      expect(sent.acknowledgement()).toBeNull();
    });

    it('GIVEN Discord answers the reply with 10062 Unknown interaction THEN it is logged, not retried, and the bot answers again', async () => {
      const sent = help();
      fake.failNext({
        method: 'POST',
        pathIncludes: `/${sent.id}/`,
        status: 404,
        code: 10062,
        times: 100,
      });
      await expect.poll(() => logged('could not tell the user about an error', sent), WAIT).toHaveLength(1);
      expect(logged('handler failed', sent)).toEqual([
        expect.objectContaining({ error: expect.objectContaining({ code: 10062 }) }),
      ]);
      await expectServing();
      // The reply, then the error handler's one try with its own line: 4xx are not retried.
      expect(statuses(requestsFor(fake, sent), 'POST')).toEqual([404, 404]);
    });
  });

  describe('handlers and the engine', () => {
    it('GIVEN a command handler that throws THEN it is logged with the command, the asker alone gets the error line, and the bot answers again', async () => {
      const sent = fake.sendInteraction({ kind: 'command', name: 'broken', dm: true });
      const { content, ephemeral } = await answerOf(sent);
      expect(content).toBe(GENERIC_ERROR_MESSAGE);
      expect(ephemeral).toBe(true);
      expect(logged('handler failed', sent)).toEqual([
        expect.objectContaining({
          level: 'error',
          command: 'broken',
          error: expect.objectContaining({ name: 'TypeError', message: expect.stringContaining("'text'") }),
        }),
      ]);
      await expectServing();
    });

    it('GIVEN the engine throws on /ask THEN the error is logged, not shown, and the bot answers again', async () => {
      const sent = ask(`${ENGINE_FAILS}: ${QUESTION}`);
      const followUp = await sent.waitForFollowUp();
      expect(contentOf(followUp)).toBe(GENERIC_ERROR_MESSAGE);
      expect(contentOf(followUp)).not.toContain('/srv');
      expect(logged('handler failed', sent)).toEqual([
        expect.objectContaining({
          command: 'ask',
          error: expect.objectContaining({ message: 'index failure at /srv/briefing/index' }),
        }),
      ]);
      await expectServing();
    });

    it('GIVEN the engine throws during autocomplete THEN it is logged, the choices are empty, and the next autocomplete is served', async () => {
      const sent = fake.sendInteraction({
        kind: 'autocomplete',
        name: 'quotes',
        focused: 'speaker',
        options: { speaker: `${ENGINE_FAILS}Blinken` },
        dm: true,
      });
      expect((await sent.waitForCallback()).body).toEqual({ type: 8, data: { choices: [] } });
      expect(logged('autocomplete failed', sent)).toHaveLength(1);
      const next = fake.sendInteraction({
        kind: 'autocomplete',
        name: 'quotes',
        focused: 'speaker',
        options: { speaker: 'Blinken' },
        dm: true,
      });
      const choices = record(record((await next.waitForCallback()).body).data).choices;
      expect(JSON.stringify(choices)).toContain('Antony Blinken');
    });
  });
});

describe('with answers sent at once', () => {
  const bot = useRunning();

  beforeAll(() => {
    running = bot;
    fake = bot.fake;
  });

  it.each([
    ['per-route', false],
    ['global', true],
  ])(
    'GIVEN a %s 429 on the first response that answers /ask THEN it is sent again after the wait and delivered',
    async (_, global) => {
      const sent = ask();
      fake.failNext({ method: 'POST', pathIncludes: sent.token, status: 429, retryAfter: 0.05, global });
      const { request, content } = await answerOf(sent);
      expect(record(request.body).type).toBe(4);
      expect(content).toContain('Antony Blinken');
      expect(statuses(requestsFor(fake, sent), 'POST')).toEqual([429, 204]);
    },
  );

  it('GIVEN the engine throws on a public /ask THEN the asker alone gets the error line as the first response, logged, and the bot answers again', async () => {
    const sent = ask(`${ENGINE_FAILS}: ${QUESTION}`, { guildId: fake.addGuild().id });
    const { content, ephemeral } = await answerOf(sent);
    expect(content).toBe(GENERIC_ERROR_MESSAGE);
    expect(ephemeral).toBe(true);
    // Nothing public was posted to be deleted: one request, the private error line.
    expect(requestsFor(fake, sent).map((r) => r.method)).toEqual(['POST']);
    expect(logged('handler failed', sent)).toEqual([
      expect.objectContaining({
        command: 'ask',
        error: expect.objectContaining({ message: 'index failure at /srv/briefing/index' }),
      }),
    ]);
    await expectServing();
  });
});

describe('with an engine slower than the time Discord allows', () => {
  // A 1 s deadline instead of 3 s, and a search that takes 1.5 s: the reply comes too late.
  const slow = useRunning({ ackDeadlineMs: 1000 }, 1500);

  beforeAll(() => {
    running = slow;
    fake = slow.fake;
  });

  it('GIVEN an autocomplete that misses the deadline THEN 10062 is logged, one fallback is tried, and the bot answers again', async () => {
    const sent = fake.sendInteraction({
      kind: 'autocomplete',
      name: 'quotes',
      focused: 'speaker',
      options: { speaker: `${ENGINE_STALLS}Blinken` },
      dm: true,
    });
    await expect.poll(() => logged('autocomplete failed', sent), WAIT).toHaveLength(1);
    expect(logged('autocomplete failed', sent)[0]).toMatchObject({
      error: { code: 10062, message: 'Unknown interaction' },
    });
    await expectServing();
    // The choices, then the empty fallback; both too late, and nothing after.
    expect(statuses(requestsFor(fake, sent), 'POST')).toEqual([404, 404]);
    expect(sent.acknowledgement()).toBeNull();
  });
});

describe('logProcessErrors', () => {
  const lines: LogLine[] = [];
  const logger = createLogger({ write: (line) => lines.push(JSON.parse(line) as LogLine) });

  beforeEach(() => {
    lines.length = 0;
  });

  it('GIVEN a rejected promise nobody awaited THEN it is logged with its error and the process goes on', () => {
    const target = Object.assign(new EventEmitter(), { exit: vi.fn() });
    logProcessErrors(logger, target);
    target.emit('unhandledRejection', new Error('reply lost'), Promise.resolve());
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: 'unhandled rejection',
        error: expect.objectContaining({ message: 'reply lost' }),
      }),
    ]);
    expect(target.exit).not.toHaveBeenCalled();
  });

  it('GIVEN an uncaught exception THEN it is logged and the process exits with 1, to be started again', () => {
    const target = Object.assign(new EventEmitter(), { exit: vi.fn() });
    logProcessErrors(logger, target);
    target.emit('uncaughtException', new RangeError('state unknown'));
    expect(lines).toEqual([
      expect.objectContaining({
        msg: 'uncaught exception',
        error: expect.objectContaining({ name: 'RangeError' }),
      }),
    ]);
    expect(target.exit).toHaveBeenCalledWith(1);
  });
});
