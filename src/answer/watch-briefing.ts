/**
 * Keeps a `LiveBriefing` in step with its folder: adding, changing or removing a `.txt` or `.md` file
 * reloads it, so an editor can update the briefing without restarting the bot. Events are debounced,
 * because one save or one copy of many files fires a burst of them and each reload rebuilds the index.
 * A failed reload is logged, never thrown: the briefing that was being served stays served.
 *
 * @example
 * const watcher = watchBriefing(live, { debounceMs: 500, logger });
 * // … on shutdown
 * await watcher.close();
 */
import { type FSWatcher, watch } from 'node:fs';
import path from 'node:path';
import { type Logger, silentLogger } from '../log.ts';
import type { LiveBriefing, ReloadReport } from './live-briefing.ts';

/** The files the corpus reads; other names (editor swap files, `.DS_Store`) never trigger a reload. */
const ARTICLE_FILE = /\.(txt|md)$/i;

export interface WatchOptions {
  /** Quiet time after the last file event before reloading (default 500 ms). */
  debounceMs?: number;
  logger?: Logger;
}

export interface BriefingWatcher {
  /** Stops watching; resolves once a reload already under way has ended. Safe to call twice. */
  close(): Promise<void>;
}

/** The part of a `LiveBriefing` the watcher uses, so tests can count reloads. */
export type Reloadable = Pick<LiveBriefing, 'dir' | 'reload' | 'articles'>;

/**
 * Watches `briefing.dir` (not its subfolders, which the corpus does not read either) and reloads the
 * briefing `debounceMs` after the last change to an article file. A folder that cannot be watched is
 * logged, and the watcher does nothing.
 */
export function watchBriefing(briefing: Reloadable, options: WatchOptions = {}): BriefingWatcher {
  const debounceMs = options.debounceMs ?? 500;
  const logger = options.logger ?? silentLogger;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const inFlight = new Set<Promise<void>>();

  const reload = () => {
    timer = undefined;
    const done = briefing.reload().then(
      (report) => logger.info('briefing reloaded', { trigger: 'watch', ...reloadLogContext(report) }),
      (error: unknown) =>
        logger.error('briefing reload failed: still serving the previous briefing', {
          trigger: 'watch',
          articles: briefing.articles.length,
          error,
        }),
    );
    inFlight.add(done);
    done.finally(() => inFlight.delete(done));
  };

  let watcher: FSWatcher;
  try {
    // Not persistent: watching alone must not keep the process alive once the bot or console ends.
    watcher = watch(briefing.dir, { persistent: false }, (_event, name) => {
      // Some platforms do not name the file; reloading then is the safe choice.
      if (closed || (name !== null && !ARTICLE_FILE.test(name))) return;
      clearTimeout(timer);
      timer = setTimeout(reload, debounceMs);
    });
  } catch (error) {
    logger.error('cannot watch the briefing folder: use /reload after changing it', {
      dir: briefing.dir,
      error,
    });
    return { close: async () => {} };
  }
  watcher.on('error', (error) =>
    logger.error('watching the briefing folder failed: use /reload after changing it', {
      dir: briefing.dir,
      error,
    }),
  );
  logger.debug('watching the briefing folder', { dir: briefing.dir, debounceMs });

  return {
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      watcher.close();
      await Promise.all(inFlight);
    },
  };
}

/**
 * A reload report as log context: the article ids, and skipped files by name (their reasons were
 * logged when they were skipped).
 */
export function reloadLogContext(report: ReloadReport): Record<string, unknown> {
  return {
    added: report.added,
    removed: report.removed,
    changed: report.changed,
    skipped: report.skipped.map((entry) => path.basename(entry.file)),
    articles: report.articles,
    ms: report.ms,
  };
}
