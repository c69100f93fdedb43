/**
 * End to end through discord.js and the fake Discord: the latency a user sees, from the gateway
 * dispatch of an `/ask` interaction to the bot's answer (its first response, or the edit of its
 * deferred reply when it deferred) arriving at Discord's REST API, and the bot's memory once started.
 * Optional (`--e2e`) and kept apart from the engine figures, because it measures the bot's wiring
 * (gateway events, REST round trips) on top of search, over the briefing alone.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Latency, latencyOf } from './measure.ts';

export interface E2eResult {
  skipped: string | null;
  /** `/ask` interactions timed (after a few untimed ones to warm up). */
  queries: number;
  latency: Latency | null;
  /** Interactions that got no answer within the wait. */
  unanswered: number;
  /** Of the timed interactions, those answered in their first response rather than after a defer. */
  atOnce?: number;
  /** Resident memory of the process once the bot is ready with the briefing (bot and fake share it). */
  rssMB: number | null;
  /**
   * Direct messages: a question, then a follow-up read against its answer ("and on Japan?"), each
   * timed from dispatch to the reply at REST; a follow-up should cost what a first question does.
   */
  dm: { pairs: number; first: Latency | null; followUp: Latency | null } | null;
}

/** A deferred acknowledgement ("thinking…", callback type 5), to be followed by the edit that answers. */
function isDefer(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 5;
}

/** Follow-ups a reader sends after an answer, read against it by the bot. */
const FOLLOW_UPS = ['and on China?', 'what else did he say?', 'where?', 'and about the talks?', 'more'];
const DM_PAIRS = 60;

/** The pieces the end-to-end run needs; any missing one skips the section with a note. */
const REQUIRED = ['../src/bot/bot.ts', '../test/fake-discord/fake-discord.ts'] as const;
const WARM_UP = 5;
const MAX_TIMED = 250;
/** One interaction every 50 ms: 20 a second, each answer costing two requests. */
const PACE_MS = 50;
const REPLY_WAIT_MS = 10_000;

export async function measureE2e(seedsDir: string, queries: readonly string[]): Promise<E2eResult> {
  const missing = REQUIRED.filter((path) => !existsSync(new URL(path, import.meta.url)));
  if (missing.length > 0) {
    return {
      skipped: `needs ${missing.map((p) => p.replace('../', '')).join(' and ')}`,
      queries: 0,
      latency: null,
      unanswered: 0,
      rssMB: null,
      dm: null,
    };
  }
  const [{ startFakeDiscord }, { startBot }, { loadConfig }, { openBriefing }] = await Promise.all([
    import('../test/fake-discord/fake-discord.ts'),
    import('../src/bot/bot.ts'),
    import('../src/config.ts'),
    import('../src/answer/briefing.ts'),
  ]);
  const scratch = await mkdtemp(join(tmpdir(), 'briefing-bench-e2e-'));
  const fake = await startFakeDiscord();
  try {
    const config = loadConfig({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      SEEDS_DIR: seedsDir,
      FEEDBACK_FILE: join(scratch, 'feedback.jsonl'),
      LOG_LEVEL: 'error',
    });
    // No rate limiter: the bench is one user asking hundreds of questions on purpose.
    const bot = await startBot({
      config,
      briefing: await openBriefing(seedsDir),
      services: { rateLimiter: null },
    });
    try {
      const rssMB = process.memoryUsage().rss / (1024 * 1024);
      let atOnce = 0;
      const guild = fake.addGuild();
      const ask = async (question: string): Promise<number | null> => {
        const t0 = performance.now();
        const sent = fake.sendInteraction({
          kind: 'command',
          name: 'ask',
          options: { question },
          guildId: guild.id,
        });
        try {
          // Answered in the first response when the bot is not busy, else in the edit of its defer.
          const callback = await sent.waitForCallback(REPLY_WAIT_MS);
          if (isDefer(callback.body)) await sent.waitForEdit(REPLY_WAIT_MS);
          else atOnce++;
          return performance.now() - t0;
        } catch {
          return null;
        }
      };
      // At least 200 interactions, cycling through the questions.
      const timed = Array.from({ length: MAX_TIMED }, (_, i) => queries[i % queries.length] as string);
      for (const q of timed.slice(0, WARM_UP)) await ask(q);
      atOnce = 0;
      const samples: number[] = [];
      let unanswered = 0;
      for (const q of timed) {
        const started = performance.now();
        const ms = await ask(q);
        if (ms === null) unanswered++;
        else samples.push(ms);
        // Paced under Discord's global limit of 50 requests a second, which discord.js enforces by
        // waiting: back-to-back questions would measure that wait, not the bot.
        const rest = PACE_MS - (performance.now() - started);
        if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
      }
      // Each pair from a user of its own: the follow-up is read against that user's last answer.
      const say = async (
        content: string,
        user: ReturnType<typeof fake.createUser>,
      ): Promise<number | null> => {
        const t0 = performance.now();
        try {
          await fake.sendMessage({ content, dm: true, author: user }).waitForReply(REPLY_WAIT_MS);
          return performance.now() - t0;
        } catch {
          return null;
        }
      };
      const first: number[] = [];
      const followUp: number[] = [];
      for (let i = 0; i < DM_PAIRS; i++) {
        const user = fake.createUser();
        const a = await say(queries[i % queries.length] as string, user);
        const b = await say(FOLLOW_UPS[i % FOLLOW_UPS.length] as string, user);
        if (a !== null) first.push(a);
        if (b !== null) followUp.push(b);
        await new Promise((resolve) => setTimeout(resolve, PACE_MS));
      }
      return {
        skipped: null,
        queries: timed.length,
        latency: samples.length ? latencyOf(samples) : null,
        unanswered,
        atOnce,
        rssMB,
        dm: {
          pairs: DM_PAIRS,
          first: first.length ? latencyOf(first) : null,
          followUp: followUp.length ? latencyOf(followUp) : null,
        },
      };
    } finally {
      await bot.stop();
    }
  } finally {
    await fake.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
