/**
 * Every command through discord.js and the fake Discord on a large briefing (the seeds plus generated
 * distractors, 3,000 by default): the time from the gateway dispatch of each kind of interaction to
 * its answer at REST, then 20 `/ask` a second from distinct users while one other user sends
 * `/sources`, `/quotes` and autocomplete back to back, as fast as the rate limit lets them through.
 * The event loop's longest delay is read during each (issue #12: ≤ 20 ms during any command).
 *
 * The bot runs in a process of its own (`bot-process.ts`) with its default configuration, rate limits
 * included, as `npm start` runs it; the fake Discord and the measuring code run in this one. The loop
 * delays are the bot process's; latencies include the fake's handling on loopback (two cores shared).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchInputs, BotProcessParams, FromBot, LoopFigures } from './bot-process.ts';
import { removeBenchFolder, writeBenchFolder } from './distractors.ts';
import { type HostileResult, measureHostile } from './hostile.ts';
import { percentile } from './measure.ts';

export interface CommandsE2eParams {
  /** Generated distractor articles beside the seeds. */
  distractors: number;
  seed: number;
  seedsDir: string;
  /** Questions for `/ask` (the bench's list). */
  queries: string[];
  /** Timed calls per kind of interaction. */
  samples: number;
  /** Length of each mixed-load run. */
  mixedSeconds: number;
  /** Distinct users asking one question each, for the bot's heap (0: skipped). */
  users: number;
  /** Which mixed runs (indexes into the three: at the limit, flood, flood without limits); all when absent. */
  mixedRuns?: number[];
  /** The hostile files' section; run unless `false`. */
  hostile?: boolean;
}

/** Latency of one kind of interaction, dispatch → answer at REST, in ms. */
export interface Timing {
  name: string;
  calls: number;
  p50: number;
  p99: number;
  max: number;
  /** Calls with no answer within the wait. */
  unanswered: number;
  /** Longest event-loop delay of the bot's process while this kind was being timed. */
  loopMaxMs: number;
  /** The most CPU time the bot's process used within one of those delays (see `LoopFigures`). */
  loopBusyMs: number;
  /**
   * The first call of its kind since the bot started (not in the percentiles): code not yet compiled
   * and structures built on first use.
   */
  firstMs?: number;
}

/** What the other user got during a mixed run, per kind of interaction. */
export interface OtherUserTally {
  name: string;
  sent: number;
  /** Answered with results rather than "You're asking quickly". */
  served: number;
  /** Refused by the rate limit (a reply all the same). */
  refused: number;
  unanswered: number;
  p99: number;
  max: number;
}

export interface MixedRun {
  /** Whether the bot's default per-user limits applied (else none: the other user is unthrottled). */
  limited: boolean;
  pace: Pace;
  seconds: number;
  ask: Timing;
  other: OtherUserTally[];
  loopMaxMs: number;
  loopP99Ms: number;
  loopBusyMs: number;
}

export interface CommandsE2eResult {
  skipped: string | null;
  articles: number;
  /** Opening the briefing in the bot's process (the first: a build, no persisted index). */
  openMs: number;
  commands: Timing[];
  mixed: MixedRun[];
  /** Questions from that many distinct users, and the bot's heap after collection before and after. */
  users: {
    users: number;
    unanswered: number;
    heapBeforeMB: number;
    heapAfterMB: number;
    exact: boolean;
  } | null;
  /** Issue #13's hostile files: load, live reload and questions over them. */
  hostile: HostileResult | null;
  /**
   * The machine's 1-minute load average at the start and the end: above the number of cores, other
   * processes took CPU time from the run and the figures are inflated.
   */
  loadAverage: [number, number];
}

/** The pieces the run needs; any missing one skips the section with a note. */
const REQUIRED = ['../src/bot/bot.ts', '../test/fake-discord/fake-discord.ts'] as const;
const BOT_PROCESS = fileURLToPath(new URL('./bot-process.ts', import.meta.url));
/** Opening 3,000 articles and connecting. */
const BOT_START_MS = 5 * 60_000;
const REPLY_WAIT_MS = 10_000;
const WARM_UP = 5;
/** Pause between timed calls of the per-command phase, so each is timed alone. */
const GAP_MS = 20;
/** 20 `/ask` a second. */
const ASK_PACE_MS = 50;
/** The rate limit's refusal (`rateLimitedReply`), with the seconds it asks the user to wait. */
const RATE_LIMITED = /^You're asking quickly: try again in (\d+) s/;

type Fake = Awaited<ReturnType<typeof import('../test/fake-discord/fake-discord.ts').startFakeDiscord>>;
type Sent = ReturnType<Fake['sendInteraction']>;
type Input = Parameters<Fake['sendInteraction']>[0];

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The answer as the user sees it: the callback, or the edit of a deferred one. */
async function answered(sent: Sent): Promise<{ content: string; customIds: string[] } | null> {
  try {
    const callback = await sent.waitForCallback(REPLY_WAIT_MS);
    const body = record(callback.body);
    const request = body.type === 5 ? await sent.waitForEdit(REPLY_WAIT_MS) : callback;
    const payload = record(request.path.endsWith('/callback') ? record(request.body).data : request.body);
    const rows = Array.isArray(payload.components) ? payload.components : [];
    const customIds = rows.flatMap((row) => {
      const components = record(row).components;
      return Array.isArray(components) ? components.map((c) => String(record(c).custom_id)) : [];
    });
    return { content: typeof payload.content === 'string' ? payload.content : '', customIds };
  } catch {
    return null;
  }
}

function timingOf(
  name: string,
  samples: number[],
  unanswered: number,
  loop: Pick<LoopFigures, 'maxMs' | 'maxBusyMs'>,
): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    calls: samples.length + unanswered,
    p50: sorted.length ? percentile(sorted, 50) : Number.NaN,
    p99: sorted.length ? percentile(sorted, 99) : Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    unanswered,
    loopMaxMs: loop.maxMs,
    loopBusyMs: loop.maxBusyMs,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

/** The bot's process, ready, and a way to read its loop delays since the last read. */
interface BotProcess {
  child: ChildProcess;
  ready: Extract<FromBot, { type: 'ready' }>;
  loop(): Promise<LoopFigures>;
  heap(): Promise<{ heapMB: number; exact: boolean }>;
  stop(): Promise<void>;
}

async function forkBot(params: BotProcessParams): Promise<BotProcess> {
  const child = fork(BOT_PROCESS, [JSON.stringify(params)], {
    // BENCH_BOT_NODE_FLAGS: flags for the bot's node alone, e.g. `--cpu-prof` to profile it.
    execArgv: [
      '--expose-gc',
      '--import',
      'tsx',
      ...(process.env.BENCH_BOT_NODE_FLAGS?.split(/\s+/u).filter(Boolean) ?? []),
    ],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  // The bot's stdout (e.g. `--trace-gc` lines) to stderr: this process's stdout carries its result.
  child.stdout?.pipe(process.stderr);
  const next = <T extends FromBot['type']>(type: T, timeoutMs: number) =>
    new Promise<Extract<FromBot, { type: T }>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the bot process sent no ${type}`)), timeoutMs);
      const onMessage = (message: FromBot) => {
        if (message.type !== type) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message as Extract<FromBot, { type: T }>);
      };
      const onExit = (code: number | null) => {
        clearTimeout(timer);
        reject(new Error(`the bot process exited with ${code}`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ready = await next('ready', BOT_START_MS);
  for (const warning of ready.warnings.slice(0, 3)) {
    process.stderr.write(`bench: commands e2e: the bot's briefing warned: ${warning}\n`);
  }
  return {
    child,
    ready,
    loop: async () => {
      const answer = next('loop', 10_000);
      child.send('read');
      const { maxMs, p99Ms, maxBusyMs } = await answer;
      return { maxMs, p99Ms, maxBusyMs };
    },
    heap: async () => {
      const answer = next('heap', 30_000);
      child.send('heap');
      const { heapMB, exact } = await answer;
      return { heapMB, exact };
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export async function measureCommandsE2e(params: CommandsE2eParams): Promise<CommandsE2eResult> {
  const missing = REQUIRED.filter((path) => !existsSync(new URL(path, import.meta.url)));
  if (missing.length > 0) {
    const skipped = `needs ${missing.map((p) => p.replace('../', '')).join(' and ')}`;
    return {
      skipped,
      articles: 0,
      openMs: 0,
      commands: [],
      mixed: [],
      users: null,
      hostile: null,
      loadAverage: [0, 0],
    };
  }
  const { startFakeDiscord } = await import('../test/fake-discord/fake-discord.ts');
  const loadAtStart = loadavg()[0] ?? 0;
  const dir = await writeBenchFolder(params.seedsDir, params.distractors, params.seed);
  const scratch = await mkdtemp(join(tmpdir(), 'briefing-bench-commands-'));
  try {
    const queries = params.queries;
    let articles = 0;
    let openMs = Number.NaN;
    let inputs: BenchInputs | null = null;

    /** Starts the fake and the bot's process, runs `body`, stops both. */
    const withBot = async <T>(
      limited: boolean,
      body: (fake: Fake, guildId: string, bot: BotProcess, inputs: BenchInputs) => Promise<T>,
      folder = dir,
    ): Promise<T> => {
      const fake = await startFakeDiscord();
      try {
        const bot = await forkBot({
          dir: folder,
          cacheDir: join(scratch, 'cache'),
          scratch,
          token: fake.token,
          apiBase: fake.apiBase,
          limited,
          queries,
        });
        try {
          if (inputs === null && folder === dir) {
            articles = bot.ready.articles;
            openMs = bot.ready.openMs;
            process.stderr.write(
              `bench: commands e2e: ${articles} articles opened in ${openMs.toFixed(0)} ms (bot process)\n`,
            );
          }
          inputs = bot.ready.inputs;
          return await body(fake, fake.addGuild().id, bot, inputs);
        } finally {
          await bot.stop();
        }
      } finally {
        await fake.close();
      }
    };

    const commands = await withBot(true, async (fake, guildId, bot, inputs) => {
      /** One kind of interaction, each call from a user of its own (the limits never refuse one). */
      const time = async (
        name: string,
        make: (i: number, user: ReturnType<Fake['createUser']>) => Promise<Input> | Input,
      ): Promise<Timing> => {
        let firstMs = Number.NaN;
        for (let i = 0; i < WARM_UP; i++) {
          const user = fake.createUser();
          const input = { ...(await make(i + params.samples, user)), user } as Input;
          const started = performance.now();
          await answered(fake.sendInteraction(input));
          if (i === 0) firstMs = performance.now() - started;
        }
        const samples: number[] = [];
        let unanswered = 0;
        await bot.loop();
        for (let i = 0; i < params.samples; i++) {
          const user = fake.createUser();
          const input = { ...(await make(i, user)), user } as Input;
          const started = performance.now();
          const answer = await answered(fake.sendInteraction(input));
          if (answer === null) unanswered++;
          else samples.push(performance.now() - started);
          await sleep(GAP_MS);
        }
        return { ...timingOf(name, samples, unanswered, await bot.loop()), firstMs };
      };
      /** An /ask answered for `user`, whose buttons the button timings press. */
      const askFor = async (i: number, user: ReturnType<Fake['createUser']>, ephemeral = false) => {
        const sent = fake.sendInteraction({
          kind: 'command',
          name: 'ask',
          options: { question: pick(queries, i), ...(ephemeral ? { private: true } : {}) },
          guildId,
          user,
        });
        return (await answered(sent))?.customIds ?? [];
      };
      const button = async (i: number, user: ReturnType<Fake['createUser']>, action: string) => {
        // The answers with buttons of this kind: some questions are refused, or show no More.
        for (let k = 0; k < queries.length; k++) {
          const id = (await askFor(i + k, user)).find((c) => c.startsWith(`answer:${action}:`));
          if (id) return { kind: 'button', customId: id, guildId } as Input;
        }
        throw new Error(`no answer has a ${action} button`);
      };
      const out: Timing[] = [];
      const cmd = (name: string, options: Record<string, string | boolean>): Input => ({
        kind: 'command',
        name,
        options,
        guildId,
      });
      out.push(await time('/ask', (i) => cmd('ask', { question: pick(queries, i) })));
      out.push(await time('/ask private', (i) => cmd('ask', { question: pick(queries, i), private: true })));
      out.push(await time('/quotes speaker', (i) => cmd('quotes', { speaker: pick(inputs.surnames, i) })));
      out.push(
        await time('/quotes speaker topic', (i) =>
          cmd('quotes', { speaker: pick(inputs.surnames, i), topic: pick(inputs.topics, i) }),
        ),
      );
      out.push(await time('/whosaid', (i) => cmd('whosaid', { phrase: pick(inputs.phrases, i) })));
      out.push(await time('/sources', () => cmd('sources', {})));
      out.push(await time('/help', () => cmd('help', {})));
      out.push(
        await time('/briefing list', () => ({
          ...cmd('briefing', {}),
          options: [{ type: 1, name: 'list', options: [] }],
          permissions: '32',
        })),
      );
      out.push(
        await time('Ask the briefing (message)', (i) => ({
          kind: 'messageCommand',
          name: 'Ask the briefing',
          target: { content: pick(queries, i) },
          guildId,
        })),
      );
      out.push(
        await time('autocomplete speaker', (i) => ({
          kind: 'autocomplete',
          name: 'quotes',
          focused: 'speaker',
          options: { speaker: pick(inputs.prefixes, i) },
          guildId,
        })),
      );
      out.push(
        await time('autocomplete article', (i) => ({
          kind: 'autocomplete',
          name: 'ask',
          focused: 'article',
          options: { question: 'x', article: pick(inputs.articleWords, i) },
          guildId,
        })),
      );
      out.push(await time('button More', (i, user) => button(i, user, 'more')));
      out.push(await time('button Full paragraph', (i, user) => button(i, user, 'para')));
      out.push(await time('button vote', (i, user) => button(i, user, 'up')));
      return out;
    });
    for (const c of commands) {
      process.stderr.write(
        `bench: commands e2e: ${c.name} p50 ${c.p50.toFixed(1)} ms, p99 ${c.p99.toFixed(1)} ms, max ${c.max.toFixed(1)} ms, loop ${c.loopMaxMs.toFixed(1)} ms\n`,
      );
    }

    const mixed: MixedRun[] = [];
    // The target's case first; then two floods, with and without the limits, to show their cost.
    const runs: [boolean, Pace][] = [
      [true, 'at the limit'],
      [true, 'flood'],
      [false, 'flood'],
    ];
    for (const [limited, pace] of runs.filter((_, k) => params.mixedRuns?.includes(k) ?? true)) {
      const run = await withBot(limited, (fake, guildId, bot, inputs) =>
        mixedRun(fake, guildId, bot, limited, pace, params.mixedSeconds, queries, inputs),
      );
      mixed.push(run);
      process.stderr.write(
        `bench: commands e2e: mixed (${limited ? 'default limits' : 'no limits'}, ${pace}): /ask p99 ${run.ask.p99.toFixed(1)} ms, loop max ${run.loopMaxMs.toFixed(1)} ms (busy ${run.loopBusyMs.toFixed(1)} ms)\n`,
      );
    }
    // Heap per user: over the seeds alone, each question from a new user, in waves that the bot answers.
    const users =
      params.users > 0
        ? await withBot(
            true,
            (fake, guildId, bot) => manyUsers(fake, guildId, bot, params.users, queries),
            params.seedsDir,
          )
        : null;
    if (users) {
      process.stderr.write(
        `bench: commands e2e: ${users.users} users: heap ${users.heapBeforeMB.toFixed(1)} → ${users.heapAfterMB.toFixed(1)} MB\n`,
      );
    }
    const hostile = params.hostile === false ? null : await measureHostile(params.seedsDir);
    return {
      skipped: null,
      articles,
      openMs,
      commands,
      mixed,
      users,
      hostile,
      loadAverage: [loadAtStart, loadavg()[0] ?? 0],
    };
  } finally {
    await removeBenchFolder(dir);
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Questions asked at once, per wave of distinct users. */
const WAVE = 200;

/** `count` questions, each from a user of its own, in waves; the heap before and after, collected. */
async function manyUsers(
  fake: Fake,
  guildId: string,
  bot: BotProcess,
  count: number,
  queries: readonly string[],
): Promise<NonNullable<CommandsE2eResult['users']>> {
  // A first wave, so that what every question allocates once (JIT, lazily built structures) is in
  // the figure before: what grows after is per user.
  await Promise.all(
    Array.from({ length: WAVE }, (_, i) =>
      answered(
        fake.sendInteraction({
          kind: 'command',
          name: 'ask',
          options: { question: pick(queries, i) },
          guildId,
          user: fake.createUser(),
        }),
      ),
    ),
  );
  const before = await bot.heap();
  let unanswered = 0;
  for (let sent = 0; sent < count; sent += WAVE) {
    const wave = Array.from({ length: Math.min(WAVE, count - sent) }, (_, i) =>
      answered(
        fake.sendInteraction({
          kind: 'command',
          name: 'ask',
          options: { question: pick(queries, sent + i) },
          guildId,
          user: fake.createUser(),
        }),
      ),
    );
    unanswered += (await Promise.all(wave)).filter((answer) => answer === null).length;
    // The fake keeps every request it received; the bot's heap is what is measured, not the fake's.
    fake.requests.length = 0;
  }
  const after = await bot.heap();
  return {
    users: count,
    unanswered,
    heapBeforeMB: before.heapMB,
    heapAfterMB: after.heapMB,
    exact: before.exact && after.exact,
  };
}

/** One of each interaction the mixed runs send, each from a new user, a few times over. */
async function warmUp(
  fake: Fake,
  guildId: string,
  queries: readonly string[],
  inputs: BenchInputs,
): Promise<void> {
  for (let k = 0; k < WARM_UP; k++) {
    const inputsOfRound: Input[] = [
      { kind: 'command', name: 'ask', options: { question: pick(queries, k + 7) }, guildId },
      { kind: 'command', name: 'sources', guildId },
      { kind: 'command', name: 'quotes', options: { speaker: pick(inputs.surnames, k + 7) }, guildId },
      {
        kind: 'command',
        name: 'quotes',
        options: { speaker: pick(inputs.surnames, k + 7), topic: pick(inputs.topics, k + 7) },
        guildId,
      },
      {
        kind: 'autocomplete',
        name: 'quotes',
        focused: 'speaker',
        options: { speaker: pick(inputs.prefixes, k + 7) },
        guildId,
      },
    ];
    for (const input of inputsOfRound) {
      await answered(fake.sendInteraction({ ...input, user: fake.createUser() } as Input));
    }
  }
}

/**
 * How the other user sends: `at the limit` obeys the rate limit (each refusal's "try again in N s" is
 * waited out) and types autocomplete at a fast typist's 10 keystrokes a second; `flood` sends the next
 * interaction as soon as the last was answered, whatever the answer.
 */
export type Pace = 'at the limit' | 'flood';

/** A fast typist: one autocomplete request per keystroke. */
const KEYSTROKE_MS = 100;

/**
 * 20 `/ask` a second, each from a new user, for `seconds`; meanwhile one other user sends `/sources`,
 * `/quotes` (speaker; speaker and topic) and autocomplete keystrokes at `pace`.
 */
async function mixedRun(
  fake: Fake,
  guildId: string,
  bot: BotProcess,
  limited: boolean,
  pace: Pace,
  seconds: number,
  queries: readonly string[],
  inputs: BenchInputs,
): Promise<MixedRun> {
  const asks: Promise<number | null>[] = [];
  // Each run starts a new bot process: every kind of interaction once first, from users of their own,
  // so that the run measures the bot serving, not its first calls (the commands table shows those).
  await warmUp(fake, guildId, queries, inputs);
  // And the collection of what opening the briefing left behind (a mark-compact of some 270 MB at
  // 3,000 articles, due in the first seconds of serving): once per start, not per question.
  await bot.heap();
  await bot.loop();
  const end = performance.now() + seconds * 1000;
  let i = 0;
  const asker = setInterval(() => {
    const started = performance.now();
    const sent = fake.sendInteraction({
      kind: 'command',
      name: 'ask',
      options: { question: pick(queries, i++) },
      guildId,
      user: fake.createUser(),
    });
    asks.push(answered(sent).then((answer) => (answer === null ? null : performance.now() - started)));
  }, ASK_PACE_MS);

  const other = fake.createUser();
  const heavy: { name: string; input: (k: number) => Input }[] = [
    { name: '/sources', input: () => ({ kind: 'command', name: 'sources', guildId }) },
    {
      name: '/quotes speaker',
      input: (k) => ({
        kind: 'command',
        name: 'quotes',
        options: { speaker: pick(inputs.surnames, k) },
        guildId,
      }),
    },
    {
      name: '/quotes speaker topic',
      input: (k) => ({
        kind: 'command',
        name: 'quotes',
        options: { speaker: pick(inputs.surnames, k), topic: pick(inputs.topics, k) },
        guildId,
      }),
    },
  ];
  const keystroke = {
    name: 'autocomplete speaker',
    input: (k: number): Input => ({
      kind: 'autocomplete',
      name: 'quotes',
      focused: 'speaker',
      options: { speaker: pick(inputs.prefixes, k) },
      guildId,
    }),
  };
  const kinds = pace === 'flood' ? [...heavy, keystroke] : heavy;
  const tallies = [...heavy, keystroke].map(() => ({
    sent: 0,
    served: 0,
    refused: 0,
    unanswered: 0,
    ms: [] as number[],
  }));
  /** Sends one interaction as the other user; the wait the limit asks for, in ms, when refused. */
  const send = async (which: number, input: Input): Promise<number> => {
    const tally = tallies[which] as (typeof tallies)[number];
    const started = performance.now();
    const answer = await answered(fake.sendInteraction({ ...input, user: other } as Input));
    tally.sent++;
    if (answer === null) {
      tally.unanswered++;
      return 0;
    }
    tally.ms.push(performance.now() - started);
    const refused = RATE_LIMITED.exec(answer.content);
    if (!refused) {
      tally.served++;
      return 0;
    }
    tally.refused++;
    return Number(refused[1]) * 1000;
  };
  const commandsLoop = async () => {
    for (let k = 0; performance.now() < end; k++) {
      const which = k % kinds.length;
      const wait = await send(which, (kinds[which] as (typeof kinds)[number]).input(k));
      if (pace === 'at the limit' && wait > 0) await sleep(Math.min(wait, end - performance.now()));
    }
  };
  const typingLoop = async () => {
    for (let k = 0; performance.now() < end; k++) {
      const started = performance.now();
      await send(heavy.length, keystroke.input(k));
      await sleep(Math.max(0, KEYSTROKE_MS - (performance.now() - started)));
    }
  };
  await Promise.all([commandsLoop(), ...(pace === 'at the limit' ? [typingLoop()] : [])]);
  clearInterval(asker);
  const results = await Promise.all(asks);
  const loop = await bot.loop();
  const samples = results.filter((ms): ms is number => ms !== null);
  return {
    limited,
    pace,
    seconds,
    ask: timingOf('/ask', samples, results.length - samples.length, loop),
    other: [...heavy, keystroke].map((kind, k) => {
      const tally = tallies[k] as (typeof tallies)[number];
      const timing = timingOf(kind.name, tally.ms, tally.unanswered, { maxMs: 0, maxBusyMs: 0 });
      return {
        name: kind.name,
        sent: tally.sent,
        served: tally.served,
        refused: tally.refused,
        unanswered: tally.unanswered,
        p99: timing.p99,
        max: timing.max,
      };
    }),
    loopMaxMs: loop.maxMs,
    loopP99Ms: loop.p99Ms,
    loopBusyMs: loop.maxBusyMs,
  };
}
