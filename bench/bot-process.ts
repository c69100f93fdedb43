/**
 * The bot alone in its process for the commands bench (`commands-e2e.ts`), as `npm start` runs it
 * against a Discord elsewhere: opens the briefing, starts the bot against the fake Discord whose
 * address it is given, and reports its own event loop's delays over IPC, so that the figures are the
 * bot's and not the fake's or the measuring code's.
 *
 * Messages from the parent: `'read'` (send the loop delays since the last read, and start a new
 * window), `'heap'` (collect garbage, then send the heap in use), `'stop'`. To the parent:
 * `{ type: 'ready', … }` once the bot is ready, `{ type: 'loop', … }`, `{ type: 'heap', … }`.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Briefing } from '../src/answer/briefing.ts';
import { openBriefing } from '../src/answer/briefing.ts';
import { startBot } from '../src/bot/bot.ts';
import { loadConfig } from '../src/config.ts';
import { findGc } from './measure.ts';

export interface BotProcessParams {
  dir: string;
  cacheDir: string;
  scratch: string;
  token: string;
  apiBase: string;
  /** The bot's default per-user limits, or none. */
  limited: boolean;
  queries: string[];
}

/** What each kind of interaction is given: varied inputs drawn from the briefing itself. */
export interface BenchInputs {
  surnames: string[];
  topics: string[];
  phrases: string[];
  prefixes: string[];
  articleWords: string[];
}

/** The event loop's delays over a window, as `monitorEventLoopDelay` and `StallWatch` saw them. */
export interface LoopFigures {
  maxMs: number;
  p99Ms: number;
  /**
   * Of the loop's stalls, the most CPU time the process used within one: what the bot itself held
   * the loop for. A stall much longer than this was other processes holding the CPU (a shared machine).
   */
  maxBusyMs: number;
}

export type FromBot =
  | {
      type: 'ready';
      articles: number;
      openMs: number;
      inputs: BenchInputs;
      /** What opening the briefing warned of (a persisted index rebuilt, files skipped). */
      warnings: string[];
    }
  | ({ type: 'loop' } & LoopFigures)
  /** Heap in use after a full collection (`exact` false when `gc()` was not available). */
  | { type: 'heap'; heapMB: number; exact: boolean };

/**
 * Ticks every millisecond and, for each gap between ticks, reads the CPU time the process used in
 * it: a gap the process spent computing is the bot's own stall, a gap with little CPU time is the
 * machine's. (CPU time counts every thread of the process, GC helpers included: an upper bound.)
 */
class StallWatch {
  maxBusyMs = 0;
  private lastCpu = cpuMs();
  private readonly timer = setInterval(() => {
    const cpu = cpuMs();
    this.maxBusyMs = Math.max(this.maxBusyMs, cpu - this.lastCpu);
    this.lastCpu = cpu;
  }, 1);

  reset(): void {
    this.maxBusyMs = 0;
    this.lastCpu = cpuMs();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export function inputsFor(briefing: Briefing, queries: readonly string[]): BenchInputs {
  const surnames = briefing
    .speakers()
    .slice(0, 60)
    .map((s) => s.name.split(' ').at(-1) ?? s.name);
  const topics = queries.map((q) =>
    q
      .split(/\s+/u)
      .filter((w) => w.length > 4)
      .slice(0, 2)
      .join(' '),
  );
  const phrases = briefing.statements
    .filter((s) => s.kind === 'direct')
    .filter((_, k) => k % 7 === 0)
    .slice(0, 60)
    .map((s) => s.text.split(/\s+/u).slice(0, 6).join(' '));
  const prefixes = surnames.flatMap((s) => [s.slice(0, 1), s.slice(0, 3), s]);
  const articleWords = briefing.articles
    .filter((_, k) => k % 97 === 0)
    .map((a) => a.title.split(/\s+/u)[0] ?? '')
    .flatMap((w) => [w.slice(0, 1), w.slice(0, 4)]);
  return { surnames, topics, phrases, prefixes, articleWords };
}

async function main(params: BotProcessParams): Promise<void> {
  const send = (message: FromBot) => process.send?.(message);
  const t0 = performance.now();
  const warnings: string[] = [];
  const briefing = await openBriefing(params.dir, {
    warn: (message) => warnings.push(message),
    cacheDir: params.cacheDir,
  });
  const openMs = performance.now() - t0;
  const config = loadConfig({
    DISCORD_TOKEN: params.token,
    DISCORD_API_BASE: params.apiBase,
    SEEDS_DIR: params.dir,
    FEEDBACK_FILE: `${params.scratch}/feedback.jsonl`,
    GAPS_DIR: `${params.scratch}/gaps`,
    INDEX_CACHE_DIR: params.cacheDir,
    LOG_LEVEL: 'error',
  });
  const bot = await startBot({
    config,
    briefing,
    ...(params.limited ? {} : { services: { rateLimiter: null } }),
  });
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const stalls = new StallWatch();
  process.on('message', (message) => {
    if (message === 'read') {
      send({
        type: 'loop',
        maxMs: loop.max / 1e6,
        p99Ms: loop.percentile(99) / 1e6,
        maxBusyMs: stalls.maxBusyMs,
      });
      loop.reset();
      stalls.reset();
    } else if (message === 'heap') {
      const gc = findGc();
      gc?.();
      send({ type: 'heap', heapMB: process.memoryUsage().heapUsed / (1024 * 1024), exact: gc !== null });
    } else if (message === 'stop') {
      loop.disable();
      stalls.stop();
      bot.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    }
  });
  send({
    type: 'ready',
    articles: briefing.articles.length,
    openMs,
    inputs: inputsFor(briefing, params.queries),
    warnings,
  });
}

if (process.send) {
  main(JSON.parse(process.argv[2] ?? '{}') as BotProcessParams).catch((error: unknown) => {
    process.stderr.write(`bench bot: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
    process.exit(1);
  });
}
