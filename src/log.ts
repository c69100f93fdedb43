/**
 * One small logger for the whole project: JSON lines on stderr (stdout belongs to the console mode's
 * answers), with structured context (`{ command, user, ms }`) rather than sentences to grep.
 *
 * @example
 * const logger = createLogger({ level: 'info' });
 * logger.child({ command: 'ask' }).info('question', { user: '123', results: 3, ms: 12 });
 */

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type LogContext = Record<string, unknown>;

export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
  /** A logger that adds `context` to every line, e.g. the command being handled. */
  child(context: LogContext): Logger;
}

export interface LoggerOptions {
  /** Lines below this level are dropped (default `info`). */
  level?: LogLevel;
  /** Where a finished line goes (default: stderr). Tests pass an array's `push`. */
  write?: (line: string) => void;
  context?: LogContext;
  /** Clock for the `time` field; injectable so tests get stable lines. */
  now?: () => Date;
}

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = LOG_LEVELS.indexOf(options.level ?? 'info');
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const now = options.now ?? (() => new Date());
  const base = options.context ?? {};

  const log = (level: LogLevel, message: string, context: LogContext = {}) => {
    if (LOG_LEVELS.indexOf(level) < threshold) return;
    const entry = { time: now().toISOString(), level, msg: message, ...base, ...context };
    write(`${JSON.stringify(entry, replaceErrors)}\n`);
  };

  return {
    debug: (message, context) => log('debug', message, context),
    info: (message, context) => log('info', message, context),
    warn: (message, context) => log('warn', message, context),
    error: (message, context) => log('error', message, context),
    child: (context) => createLogger({ ...options, context: { ...base, ...context } }),
  };
}

/** A logger that drops everything: for tests that do not look at logs. */
export const silentLogger: Logger = createLogger({ write: () => {} });

/** Errors serialise to `{}` by default; keep what helps to debug them. */
function replaceErrors(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return {
      name: value.name,
      message: value.message,
      ...(code === undefined ? {} : { code }),
      stack: value.stack,
    };
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}
