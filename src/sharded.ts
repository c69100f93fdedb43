// Starts the bot as SHARD_COUNT shards, one process each, restarting a shard whose process exits.
import { createShardManager, stopShards } from './bot/shard-manager.ts';
import { loadConfig, loadShardCount, requireToken } from './config.ts';
import { ConfigError } from './errors.ts';
import { createLogger } from './log.ts';
import { logProcessErrors } from './process-errors.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, context: { process: 'manager' } });
  logProcessErrors(logger);
  const manager = createShardManager({
    token: requireToken(config),
    shardCount: loadShardCount(),
    logger,
  });
  // Shards are told to stop, not left behind: without this a signal to the manager alone (systemd,
  // docker stop) would end it and leave its shards connected.
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info('shutting down', { reason: signal });
    stopShards(manager).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  try {
    await manager.spawn();
  } catch (error) {
    await stopShards(manager);
    throw error;
  }
}

main().catch((error: unknown) => {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Could not start: ${detail}\n`);
  process.exitCode = 1;
});
