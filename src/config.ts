/**
 * The one module that reads the environment. Every setting is parsed and checked here, once, so the
 * rest of the code receives typed values and a wrong setting stops start-up with a `ConfigError`
 * that names the variable and says what to set, instead of failing later in a request.
 *
 * @example
 * const config = loadConfig(); // reads .env (quietly) and process.env
 * const config = loadConfig({ DISCORD_TOKEN: 'x', SEEDS_DIR: 'test/fixtures' }); // pure, for tests
 */
import dotenv from 'dotenv';
import { ConfigError } from './errors.ts';
import { isLogLevel, LOG_LEVELS, type LogLevel } from './log.ts';

export interface Config {
  /** Bot token; `null` means no Discord: `npm start` runs the offline console instead. */
  token: string | null;
  /** Application id, needed to register commands. */
  clientId: string | null;
  /** When set, commands are registered in this server only (instant, for development). */
  guildId: string | null;
  /** REST base URL without the version, e.g. `https://discord.com/api`; tests point it at a fake. */
  apiBase: string;
  seedsDir: string;
  logLevel: LogLevel;
  /**
   * Per user and window: `max` questions that got an answer (More, refusals and unanswered questions
   * do not count), and `actions` things of any kind (questions answered or not, More, Full paragraph,
   * votes, help), so that no one user can keep the bot busy for everyone.
   */
  rateLimit: { max: number; actions: number; windowSeconds: number };
  /** JSON-lines file the 👍 / 👎 buttons append to. */
  feedbackFile: string;
  /** Reload the briefing when an article file in `seedsDir` is added, changed or removed. */
  watchSeeds: boolean;
  /** Quiet time after the last file event before reloading, so one save or copy reloads once. */
  reloadDebounceMs: number;
  /** Where built indexes are persisted so that a restart skips rebuilding; `null`: not persisted. */
  indexCacheDir: string | null;
  /**
   * Servers where `/ask` answers in a new thread unless the asker says `thread: false`: every server
   * (`'all'`) or those listed.
   */
  askInThread: 'all' | readonly string[];
  /**
   * Ask Discord for the privileged Message Content intent, so plain messages in threads the bot opened
   * are read as follow-ups without a mention. Off by default: without it, Discord withholds the text of
   * messages that neither mention the bot nor are DMs, and the bot says so once per thread.
   */
  messageContentIntent: boolean;
  /** Roles (ids) whose members may add and remove articles, besides those with Manage Server. */
  editorRoles: readonly string[];
  /** How long an attached article may take to download before it is refused. */
  attachmentTimeoutMs: number;
  /** Channel where a digest of new and changed articles is posted after a reload; `null`: none. */
  digestChannelId: string | null;
  /** Folder of the unanswered-questions store (one JSON-lines file per bot process). */
  gapsDir: string;
  /** Record the asker's id with each unanswered question. */
  gapsRecordUser: boolean;
}

export type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_API_BASE = 'https://discord.com/api';

/** A working session: 20 answered questions a minute, and 60 things in all. */
export const DEFAULT_RATE_LIMIT = { max: 20, actions: 60, windowSeconds: 60 } as const;

const HINT = 'in .env or the environment (see .env.example)';

/**
 * Reads and validates the settings. Without an argument, loads `.env` into `process.env` first
 * (quietly: stdout is the console mode's); with one, it reads only that object.
 */
export function loadConfig(env?: Env): Config {
  let source = env;
  if (source === undefined) {
    dotenv.config({ quiet: true });
    source = process.env;
  }
  const read = (name: string): string | null => {
    const value = source[name]?.trim();
    return value ? value : null;
  };

  return {
    token: token(read('DISCORD_TOKEN')),
    clientId: snowflake('DISCORD_CLIENT_ID', read('DISCORD_CLIENT_ID')),
    guildId: snowflake('DISCORD_GUILD_ID', read('DISCORD_GUILD_ID')),
    apiBase: apiBase(read('DISCORD_API_BASE') ?? DEFAULT_API_BASE),
    seedsDir: read('SEEDS_DIR') ?? 'seeds',
    logLevel: logLevel(read('LOG_LEVEL') ?? 'info'),
    rateLimit: {
      max: positiveInteger('RATE_LIMIT_MAX', read('RATE_LIMIT_MAX') ?? String(DEFAULT_RATE_LIMIT.max)),
      actions: positiveInteger(
        'RATE_LIMIT_ACTIONS_MAX',
        read('RATE_LIMIT_ACTIONS_MAX') ?? String(DEFAULT_RATE_LIMIT.actions),
      ),
      windowSeconds: positiveInteger(
        'RATE_LIMIT_WINDOW_SECONDS',
        read('RATE_LIMIT_WINDOW_SECONDS') ?? String(DEFAULT_RATE_LIMIT.windowSeconds),
      ),
    },
    feedbackFile: read('FEEDBACK_FILE') ?? 'data/feedback.jsonl',
    watchSeeds: yesNo('WATCH_SEEDS', read('WATCH_SEEDS') ?? 'true'),
    reloadDebounceMs: wholeNumber('RELOAD_DEBOUNCE_MS', read('RELOAD_DEBOUNCE_MS') ?? '500'),
    indexCacheDir: indexCacheDir(env ?? source),
    askInThread: serverList('ASK_IN_THREAD', read('ASK_IN_THREAD') ?? 'none'),
    messageContentIntent: yesNo('MESSAGE_CONTENT_INTENT', read('MESSAGE_CONTENT_INTENT') ?? 'false'),
    editorRoles: idList('BRIEFING_EDITOR_ROLES', read('BRIEFING_EDITOR_ROLES') ?? ''),
    attachmentTimeoutMs: positiveInteger('ATTACHMENT_TIMEOUT_MS', read('ATTACHMENT_TIMEOUT_MS') ?? '10000'),
    digestChannelId: snowflake('DIGEST_CHANNEL_ID', read('DIGEST_CHANNEL_ID')),
    gapsDir: read('GAPS_DIR') ?? 'data/gaps',
    gapsRecordUser: yesNo('GAPS_RECORD_USER', read('GAPS_RECORD_USER') ?? 'false'),
  };
}

/**
 * `INDEX_CACHE_DIR` (default `.cache/index`; `off` to never persist). Read on its own by the CLI,
 * which must not fail on bot settings it does not use.
 */
export function indexCacheDir(env: Env = process.env): string | null {
  const value = env.INDEX_CACHE_DIR?.trim();
  if (value === undefined || value === '') return '.cache/index';
  return /^(?:off|false|no|none)$/iu.test(value) ? null : value;
}

/** The token, for the code paths that cannot run without one. */
export function requireToken(config: Config): string {
  if (config.token === null) {
    throw new ConfigError('DISCORD_TOKEN', `is not set: set it to your bot's token ${HINT}.`);
  }
  return config.token;
}

/** The application id, needed to register commands. */
export function requireClientId(config: Config): string {
  if (config.clientId === null) {
    throw new ConfigError(
      'DISCORD_CLIENT_ID',
      `is not set: set it to your application id (Developer Portal → General Information) ${HINT}.`,
    );
  }
  return config.clientId;
}

/**
 * Total shards for `npm run start:sharded` (`SHARD_COUNT`, default 1), read apart from `Config`
 * because only the sharding manager needs it: each shard process is told its id and the count by
 * the manager. Always a number, never discord.js's `'auto'`, which asks discord.com for a count
 * whatever `DISCORD_API_BASE` says. discord.js reads the same variable, so with it set `npm start`
 * runs that many shards in its one process.
 */
export function loadShardCount(env?: Env): number {
  let source = env;
  if (source === undefined) {
    dotenv.config({ quiet: true });
    source = process.env;
  }
  return positiveInteger('SHARD_COUNT', source.SHARD_COUNT?.trim() || '1');
}

function token(value: string | null): string | null {
  if (value === null) return null;
  if (/^Bot\s/i.test(value)) {
    throw new ConfigError('DISCORD_TOKEN', `must be the bare token, without the "Bot " prefix ${HINT}.`);
  }
  if (/\s/.test(value)) {
    throw new ConfigError('DISCORD_TOKEN', `contains whitespace: paste the token exactly ${HINT}.`);
  }
  return value;
}

function snowflake(name: string, value: string | null): string | null {
  if (value === null) return null;
  if (!/^\d{1,20}$/.test(value)) {
    throw new ConfigError(name, `must be a numeric Discord id (got "${value}") ${HINT}.`);
  }
  return value;
}

function apiBase(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DISCORD_API_BASE', `must be a URL such as ${DEFAULT_API_BASE} (got "${value}").`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('DISCORD_API_BASE', `must be an http(s) URL (got "${value}").`);
  }
  const trimmed = value.replace(/\/+$/, '');
  if (/\/v\d+$/.test(trimmed)) {
    throw new ConfigError(
      'DISCORD_API_BASE',
      `must not include the API version: use e.g. ${DEFAULT_API_BASE}, not ${DEFAULT_API_BASE}/v10.`,
    );
  }
  return trimmed;
}

/** Discord ids separated by commas; empty for none. */
function idList(name: string, value: string): readonly string[] {
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const bad = ids.find((id) => !/^\d{1,20}$/.test(id));
  if (bad !== undefined) {
    throw new ConfigError(name, `must be Discord ids separated by commas (got "${bad}") ${HINT}.`);
  }
  return ids;
}

/** `all`, `none`, or server ids separated by commas. */
function serverList(name: string, value: string): 'all' | readonly string[] {
  if (/^all$/iu.test(value)) return 'all';
  if (/^none$/iu.test(value)) return [];
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const bad = ids.find((id) => !/^\d{1,20}$/.test(id));
  if (bad !== undefined) {
    throw new ConfigError(
      name,
      `must be all, none, or server ids separated by commas (got "${bad}") ${HINT}.`,
    );
  }
  return ids;
}

function logLevel(value: string): LogLevel {
  const level = value.toLowerCase();
  if (!isLogLevel(level)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')} (got "${value}").`);
  }
  return level;
}

function wholeNumber(name: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) {
    throw new ConfigError(name, `must be a whole number of milliseconds, 0 or more (got "${value}").`);
  }
  return number;
}

function yesNo(name: string, value: string): boolean {
  const answer = value.toLowerCase();
  if (answer === 'true' || answer === '1') return true;
  if (answer === 'false' || answer === '0') return false;
  throw new ConfigError(name, `must be true or false (got "${value}").`);
}

function positiveInteger(name: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    throw new ConfigError(name, `must be a whole number of at least 1 (got "${value}").`);
  }
  return number;
}
