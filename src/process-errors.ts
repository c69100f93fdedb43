/**
 * What happens to an error no handler caught, installed once by each entry script. A rejected promise
 * nobody awaited is logged and the process keeps serving: one lost reply is not worth cutting every
 * user off. An uncaught exception is logged as one JSON line and the process exits with 1, because
 * after a throw that unwound to the event loop its state is unknown; whatever runs it (a service
 * manager, or the `ShardingManager` for a shard) starts it again.
 */
import type { Logger } from './log.ts';

/** What `logProcessErrors` needs of `process`; tests pass an `EventEmitter` with an `exit` spy. */
export interface ProcessEvents {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  exit(code: number): void;
  /** Where the log goes: a write error on it must not end the process (see `survivePipeErrors`). */
  stderr?: { on(event: 'error', listener: (error: Error) => void): unknown };
}

/**
 * Logs unhandled rejections and uncaught exceptions through `logger` instead of Node's default
 * (a stack on stderr, and for a rejection a crash), so they reach the same JSON log as the rest.
 *
 * @example
 * logProcessErrors(createLogger({ level: config.logLevel }));
 */
export function logProcessErrors(logger: Logger, target: ProcessEvents = process): void {
  if (target.stderr) survivePipeErrors(target.stderr);
  target.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));
  target.on('uncaughtException', (error) => {
    logger.error('uncaught exception', { error });
    target.exit(1);
  });
}

/**
 * Keeps a stream's write errors from ending the process. stderr carries the log; when its reader goes
 * away (the log piped into a pager that quit, a journal restarted), every write fails with EPIPE, and
 * an `error` event without a listener is an uncaught exception: the bot would stop answering because
 * its log could not be read. Lines written meanwhile are lost; the bot keeps serving.
 */
export function survivePipeErrors(stream: {
  on(event: 'error', listener: (error: Error) => void): unknown;
}): void {
  stream.on('error', () => {
    // Nothing to report it to: the log is this stream.
  });
}
