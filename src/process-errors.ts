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
}

/**
 * Logs unhandled rejections and uncaught exceptions through `logger` instead of Node's default
 * (a stack on stderr, and for a rejection a crash), so they reach the same JSON log as the rest.
 *
 * @example
 * logProcessErrors(createLogger({ level: config.logLevel }));
 */
export function logProcessErrors(logger: Logger, target: ProcessEvents = process): void {
  target.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));
  target.on('uncaughtException', (error) => {
    logger.error('uncaught exception', { error });
    target.exit(1);
  });
}
