/**
 * Runs the bot as several shards, one process each, under discord.js's `ShardingManager`: what
 * `npm run start:sharded` does once a bot is in too many servers for one gateway connection. Each
 * process runs `src/main.ts`, the ordinary entry point; the manager gives it `SHARDS` (its id) and
 * `SHARD_COUNT`, which the discord.js client reads, so it identifies as that shard alone.
 *
 * @example
 * const manager = createShardManager({ token, shardCount: 2, logger });
 * await manager.spawn(); // one process per shard, 5.5 s apart (one IDENTIFY per 5 s)
 * // … later
 * await stopShards(manager);
 */
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ShardingManager } from 'discord.js';
import type { Logger } from '../log.ts';

/** The script each shard process runs. */
export const SHARD_SCRIPT = fileURLToPath(new URL('../main.ts', import.meta.url));

/** How long a shard may take to close its gateway connection when stopped before it is killed. */
const STOP_GRACE_MS = 5000;

export interface ShardManagerOptions {
  token: string;
  /** Total shards, given explicitly: `'auto'` would ask discord.com whatever the REST base is. */
  shardCount: number;
  logger: Logger;
  /** Start a shard again when its process exits (default true); tests turn it off. */
  respawn?: boolean;
}

export function createShardManager(options: ShardManagerOptions): ShardingManager {
  const manager = new ShardingManager(SHARD_SCRIPT, {
    totalShards: options.shardCount,
    token: options.token,
    respawn: options.respawn ?? true,
    // The shard script is TypeScript: load tsx by absolute URL, so it resolves from any directory.
    execArgv: ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href],
  });
  const { logger } = options;
  manager.on('shardCreate', (shard) => {
    logger.info('shard started', { shard: shard.id, shardCount: options.shardCount });
    shard.on('death', (child) => {
      const code = 'exitCode' in child ? child.exitCode : null;
      logger.warn('shard exited', { shard: shard.id, code, respawn: manager.respawn });
    });
    shard.on('error', (error) => logger.error('shard error', { shard: shard.id, error }));
  });
  return manager;
}

/**
 * Stops every shard without respawning it: each process gets SIGTERM and closes its gateway
 * connection (see `src/main.ts`); one still running after a grace period is killed.
 */
export async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  await Promise.all(
    manager.shards.map(async (shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      shard.kill();
      await exited;
      clearTimeout(timer);
    }),
  );
}
