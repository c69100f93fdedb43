// Starts the briefing bot on Discord, or, without DISCORD_TOKEN, an offline console on stdin/stdout.
import { openBriefing } from './answer/briefing.ts';
import { createBot } from './bot/bot.ts';
import { runConsole } from './cli/console.ts';
import { loadConfig } from './config.ts';
import { ConfigError } from './errors.ts';
import { createLogger } from './log.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));
  const warn = (message: string) => logger.warn('briefing', { detail: message });

  if (config.token === null) {
    process.stderr.write(
      'DISCORD_TOKEN is not set: answering questions here instead (one per line, "help" for help, Ctrl-D to end).\n',
    );
    const briefing = await openBriefing(config.seedsDir, { warn });
    await runConsole({
      briefing,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      logger,
    });
    return;
  }

  const briefing = await openBriefing(config.seedsDir, { warn });
  const bot = createBot({ config, briefing, logger });
  // Registered before logging in, so a signal during start-up also closes the connection cleanly.
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info('shutting down', { signal });
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await bot.start();
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
