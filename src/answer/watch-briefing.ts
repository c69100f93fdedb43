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
import { type FSWatcher, statSync, watch } from 'node:fs';
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
 *
 * A watch follows the folder, not its path: once the folder is renamed or replaced (a new folder
 * moved into place, a symbolic link pointed elsewhere), it would report nothing more, and live reload
 * would stop without a word. So the parent folder is watched too, for changes to the folder's own
 * name; when what the path leads to is another folder, that one is watched and the briefing reloaded
 * from it. While the path leads nowhere, that is logged, and the previous briefing stays in service.
 */
export function watchBriefing(briefing: Reloadable, options: WatchOptions = {}): BriefingWatcher {
  const debounceMs = options.debounceMs ?? 500;
  const logger = options.logger ?? silentLogger;
  const dir = briefing.dir;
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
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(reload, debounceMs);
  };

  /** Watches the folder at `dir` as it is now; `null` when it cannot be. */
  const watchFolder = (): FSWatcher | null => {
    try {
      // Not persistent: watching alone must not keep the process alive once the bot or console ends.
      const watcher = watch(dir, { persistent: false }, (_event, name) => {
        // Some platforms do not name the file; reloading then is the safe choice.
        if (closed || (name !== null && !ARTICLE_FILE.test(name))) return;
        schedule();
      });
      watcher.on('error', (error) =>
        logger.error('watching the briefing folder failed: use /reload after changing it', { dir, error }),
      );
      return watcher;
    } catch (error) {
      logger.error('cannot watch the briefing folder: use /reload after changing it', { dir, error });
      return null;
    }
  };

  let folder = watchFolder();
  if (folder === null) return { close: async () => {} };
  let identity = folderIdentity(dir);

  /** The path may now lead to another folder, or to none: follow it. */
  const recheck = () => {
    if (closed) return;
    const now = folderIdentity(dir);
    if (now === identity) return;
    identity = now;
    folder?.close();
    folder = null;
    if (now === null) {
      logger.warn('the briefing folder is gone: still serving the previous briefing until it is back', {
        dir,
      });
      return;
    }
    folder = watchFolder();
    logger.info('the briefing folder was replaced: watching the new one and reloading', { dir });
    schedule();
  };

  let parent: FSWatcher | null = null;
  try {
    parent = watch(path.dirname(dir), { persistent: false }, (_event, name) => {
      if (name === null || name === path.basename(dir)) recheck();
    });
    parent.on('error', (error) =>
      logger.warn('watching for the briefing folder being replaced failed', {
        dir: path.dirname(dir),
        error,
      }),
    );
  } catch (error) {
    logger.warn('cannot watch for the briefing folder being replaced', { dir: path.dirname(dir), error });
  }
  logger.debug('watching the briefing folder', { dir, debounceMs });

  return {
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      folder?.close();
      parent?.close();
      await Promise.all(inFlight);
    },
  };
}

/** Which folder a path leads to now (following links), or `null` when it leads to no folder. */
function folderIdentity(dir: string): string | null {
  try {
    const info = statSync(dir);
    return info.isDirectory() ? `${info.dev}:${info.ino}` : null;
  } catch {
    return null;
  }
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
