// Starts the briefing bot on Discord, or, without DISCORD_TOKEN, an offline console on stdin/stdout.
import { LiveBriefing } from './answer/live-briefing.ts';
import { watchBriefing } from './answer/watch-briefing.ts';
import { createBot } from './bot/bot.ts';
import { ServerBriefings } from './bot/server-briefings.ts';
import { PromptSafeLog, runConsole } from './cli/console.ts';
import { loadConfig } from './config.ts';
import { BriefingLoadError } from './corpus/index.ts';
import { ConfigError } from './errors.ts';
import { createLogger } from './log.ts';
import { logProcessErrors } from './process-errors.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const interactiveConsole = config.token === null && process.stdin.isTTY === true;
  // In the interactive console, log lines are written above its prompt, never into it.
  const promptSafe = interactiveConsole ? new PromptSafeLog(process.stderr) : null;
  const logger = createLogger({ level: config.logLevel, ...(promptSafe ? { write: promptSafe.write } : {}) });
  logProcessErrors(logger);
  const warn = (message: string) => logger.warn('briefing', { detail: message });
  if (config.token === null) {
    process.stderr.write(
      'DISCORD_TOKEN is not set: answering questions here instead (one per line, "help" for help, Ctrl-D to end).\n',
    );
  }
  // Live: the watcher and /reload swap in a new index while questions keep being answered.
  let briefing: LiveBriefing;
  try {
    briefing = await LiveBriefing.open(config.seedsDir, {
      warn,
      ...(config.indexCacheDir ? { cacheDir: config.indexCacheDir } : {}),
    });
  } catch (error) {
    if (error instanceof BriefingLoadError) throw seedsDirError(config.seedsDir, error);
    throw error;
  }
  const watcher = config.watchSeeds
    ? watchBriefing(briefing, { debounceMs: config.reloadDebounceMs, logger })
    : null;

  if (config.token === null) {
    // Answers piped into a reader that stops (`| head`) end the console quietly.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
    });
    await runConsole({
      briefing,
      input: process.stdin,
      output: process.stdout,
      interactive: interactiveConsole,
      logger,
      ...(promptSafe ? { log: promptSafe } : {}),
    });
    await watcher?.close();
    return;
  }

  // A server with a folder of its own (SEEDS_DIR/<server id>/) is answered from it, opened on first use.
  const servers = new ServerBriefings({
    seedsDir: config.seedsDir,
    open: (dir) =>
      LiveBriefing.open(dir, { warn, ...(config.indexCacheDir ? { cacheDir: config.indexCacheDir } : {}) }),
    watch: (own) =>
      config.watchSeeds ? watchBriefing(own, { debounceMs: config.reloadDebounceMs, logger }) : null,
    logger,
  });
  const bot = createBot({ config, briefing, logger, servers });
  // Registered before logging in, so a signal during start-up also closes the connection cleanly.
  const shutdown = (reason: NodeJS.Signals | 'disconnect') => {
    logger.info('shutting down', { reason });
    // discord.js can wait forever to close a shard destroyed while it waits for a new session's READY
    // (it reconnects instead): a stop that hangs must not keep a stopped bot's process alive.
    setTimeout(() => {
      logger.warn('shutdown did not finish in time; exiting', { afterMs: SHUTDOWN_LIMIT_MS });
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    Promise.all([watcher?.close(), bot.stop()]).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // A shard process (`npm run start:sharded`) outliving its manager would keep its session open beside
  // the same shard started by the next manager, and both would receive that shard's events.
  if (process.send) process.once('disconnect', () => shutdown('disconnect'));
  await bot.start();
}

/** Longer than a clean stop takes (closing the gateway and the watchers), short enough for a supervisor. */
const SHUTDOWN_LIMIT_MS = 10_000;

/** A briefing that cannot be loaded at start-up is a wrong setting: say which, and what to set. */
function seedsDirError(seedsDir: string, error: BriefingLoadError): ConfigError {
  const reason = error.message.replace(/^Cannot load/, 'cannot load');
  return new ConfigError(
    'SEEDS_DIR',
    `("${seedsDir}"): ${reason}. Set SEEDS_DIR to a folder of .txt or .md articles in .env or the environment (see .env.example).`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    // Errors with a code (refused connection, invalid token) explain themselves; others need their stack.
    const coded = error instanceof Error && 'code' in error;
    const detail =
      error instanceof Error ? (coded ? error.message : (error.stack ?? error.message)) : String(error);
    process.stderr.write(`Could not start: ${detail}\n`);
  }
  process.exitCode = 1;
});
