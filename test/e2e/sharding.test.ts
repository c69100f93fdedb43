/**
 * The bot past one process: discord.js's `ShardingManager` runs `src/main.ts` once per shard against
 * the fake Discord, which routes each guild's events to its shard's connection. First the manager
 * in this process (as `createShardManager` builds it), then the `npm run start:sharded` script as a
 * process of its own, stopped by a signal or by its death.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ShardingManager } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createShardManager, stopShards } from '../../src/bot/shard-manager.ts';
import { loadShardCount } from '../../src/config.ts';
import { ConfigError } from '../../src/errors.ts';
import { createLogger } from '../../src/log.ts';
import { type FakeDiscord, snowflakeOnShard, startFakeDiscord } from '../fake-discord/fake-discord.ts';
import { answerOf, expectWithinDiscordLimits, record } from './harness.ts';

type LogLine = Record<string, unknown> & { msg: string };

const QUESTION = 'What did Blinken say about China?';
/** Generous: each shard process starts tsx and indexes the briefing before it connects. */
const START_TIMEOUT_MS = 15_000;

/** What every shard process reads besides what the manager gives it (its id, the count, the token). */
function shardEnv(fake: FakeDiscord, dir: string): Record<string, string> {
  return {
    DISCORD_API_BASE: fake.apiBase,
    SEEDS_DIR: 'seeds',
    FEEDBACK_FILE: join(dir, 'feedback.jsonl'),
    RATE_LIMIT_MAX: '100',
    WATCH_SEEDS: 'false',
    LOG_LEVEL: 'warn',
  };
}

const identifiedShards = (fake: FakeDiscord) =>
  fake.gatewayPayloads.filter((p) => p.op === 2).map((p) => record(p.d).shard);

describe('SHARD_COUNT', () => {
  it('GIVEN no SHARD_COUNT THEN one shard; GIVEN "auto" or 0 THEN a ConfigError asks for a number', () => {
    expect(loadShardCount({})).toBe(1);
    expect(loadShardCount({ SHARD_COUNT: ' 3 ' })).toBe(3);
    for (const value of ['auto', '0', '1.5']) {
      expect(() => loadShardCount({ SHARD_COUNT: value })).toThrow(ConfigError);
      expect(() => loadShardCount({ SHARD_COUNT: value })).toThrow(/SHARD_COUNT must be a whole number/);
    }
  });
});

describe('a ShardingManager of 2 shards', () => {
  let fake: FakeDiscord;
  let manager: ShardingManager;
  let dir: string;
  const guilds = [snowflakeOnShard(0, 2), snowflakeOnShard(1, 2)];
  const logs: LogLine[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-bot-shards-'));
    fake = await startFakeDiscord({ shards: 2, guilds: guilds.map((id) => ({ id })) });
    // Shard processes inherit this process's environment, as they would the manager's.
    for (const [name, value] of Object.entries(shardEnv(fake, dir))) vi.stubEnv(name, value);
    manager = createShardManager({
      token: fake.token,
      shardCount: 2,
      logger: createLogger({ write: (line) => logs.push(JSON.parse(line) as LogLine) }),
      respawn: false,
    });
    // No 5.5 s between spawns: the fake does not limit IDENTIFYs.
    await manager.spawn({ delay: 0, timeout: START_TIMEOUT_MS });
  }, START_TIMEOUT_MS * 2);

  afterAll(async () => {
    if (manager) await stopShards(manager);
    await fake?.close();
    vi.unstubAllEnvs();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN the shards are spawned THEN each process identifies as its own shard of 2', () => {
    expect(identifiedShards(fake).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect([fake.connected(0), fake.connected(1)]).toEqual([true, true]);
    const pids = manager.shards.map((shard) => shard.process?.pid);
    expect(new Set(pids).size).toBe(2);
    expect(logs.filter((line) => line.msg === 'shard started').map((line) => line.shard)).toEqual([0, 1]);
  });

  it('GIVEN /ask in a guild of each shard THEN each is delivered on its shard alone, and answered', async () => {
    for (const [shard, guildId] of guilds.entries()) {
      const sent = fake.sendInteraction({
        kind: 'command',
        name: 'ask',
        options: { question: QUESTION },
        guildId,
      });
      expect(sent.shard).toBe(shard);
      expect((await answerOf(sent)).content).toContain('Antony Blinken');
    }
    expectWithinDiscordLimits(fake.requests);
  });

  it('GIVEN a DM and an @mention in a guild of shard 1 THEN shard 0 answers the DM and shard 1 the mention', async () => {
    const dm = fake.sendMessage({ content: QUESTION, dm: true });
    const mention = fake.sendMessage({
      content: `<@${fake.botUser.id}> ${QUESTION}`,
      guildId: guilds[1] ?? '',
    });
    for (const sent of [dm, mention]) {
      expect(record((await sent.waitForReply()).body).content).toContain('Antony Blinken');
    }
    expectWithinDiscordLimits(fake.requests);
  });
});

describe('npm run start:sharded', () => {
  let fake: FakeDiscord;
  let dir: string;
  let manager: ChildProcess | undefined;
  const orphans: number[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-bot-sharded-'));
  });

  afterAll(async () => {
    if (manager?.exitCode === null) manager.kill('SIGKILL');
    for (const pid of orphans) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone, as it should be.
      }
    }
    await fake?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Starts the script as `npm run start:sharded` does, and waits until its shard answers. */
  async function startSharded(): Promise<{ child: ChildProcess; logs: () => LogLine[] }> {
    await fake?.close();
    fake = await startFakeDiscord();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/sharded.ts'], {
      env: {
        ...process.env,
        ...shardEnv(fake, dir),
        DISCORD_TOKEN: fake.token,
        SHARD_COUNT: '1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    manager = child;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const logs = () =>
      stderr
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as LogLine);
    await expect.poll(() => fake.connected(0), { timeout: START_TIMEOUT_MS, interval: 100 }).toBe(true);
    const sent = fake.sendInteraction({ kind: 'command', name: 'help', dm: true });
    expect((await answerOf(sent)).content).toContain('/ask');
    return { child, logs };
  }

  it('GIVEN SIGTERM to the manager THEN its shard closes its gateway session and every process exits 0', async () => {
    const { child, logs } = await startSharded();
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    expect(await exited).toEqual([0, null]);
    expect(fake.connected(0)).toBe(false);
    // The manager's line, then the shard's: `stopShards` passed the signal on.
    const shutdowns = logs().filter((line) => line.msg === 'shutting down');
    expect(shutdowns.map((line) => [line.process ?? 'shard', line.reason])).toEqual([
      ['manager', 'SIGTERM'],
      ['shard', 'SIGTERM'],
    ]);
    expect(logs()).toContainEqual(expect.objectContaining({ msg: 'ready', shards: [0], shardCount: 1 }));
  }, 30_000);

  it('GIVEN the manager is killed THEN its shard notices and exits rather than live on as an orphan', async () => {
    const { child, logs } = await startSharded();
    const shardPids = execFileSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
    orphans.push(...shardPids);
    expect(shardPids).toHaveLength(1);
    child.kill('SIGKILL');
    await expect.poll(() => fake.connected(0), { timeout: 10_000 }).toBe(false);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await expect.poll(() => shardPids.filter(alive), { timeout: 10_000 }).toEqual([]);
    expect(logs()).toContainEqual(expect.objectContaining({ msg: 'shutting down', reason: 'disconnect' }));
  }, 30_000);
});
