/**
 * Per-server briefings: a server whose folder `SEEDS_DIR/<server id>/` exists is answered from it;
 * other servers and DMs from the shared briefing in `SEEDS_DIR` itself. Each server's briefing is
 * opened on its first question and watched like the shared one; memory stays bounded, since only
 * `maxLoaded` are kept (least recently used dropped first) and one unused for `idleMs` is dropped,
 * its watcher closed, to be opened again on its next question. Under sharding each shard process only
 * sees its own servers' interactions, so it only ever opens their briefings.
 *
 * @example
 * const servers = new ServerBriefings({ seedsDir: 'seeds', open: (dir) => LiveBriefing.open(dir) });
 * const briefing = (await servers.for('123456789012345678')) ?? shared;
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { LiveBriefing } from '../answer/live-briefing.ts';
import { type Logger, silentLogger } from '../log.ts';

export interface ServerBriefingsOptions {
  seedsDir: string;
  /** Opens a server's folder (`LiveBriefing.open` with the bot's warn and cache settings). */
  open: (dir: string) => Promise<LiveBriefing>;
  /** Starts watching an opened briefing; what it returns is closed when the briefing is dropped. */
  watch?: (briefing: LiveBriefing) => { close(): Promise<void> } | null;
  /** Server briefings kept at once (default 50). */
  maxLoaded?: number;
  /** A briefing unused this long is dropped (default 30 minutes). */
  idleMs?: number;
  logger?: Logger;
  now?: () => number;
}

interface Loaded {
  briefing: Promise<LiveBriefing>;
  watcher: { close(): Promise<void> } | null;
  usedAt: number;
}

export class ServerBriefings {
  readonly #loaded = new Map<string, Loaded>();
  readonly #options: Required<Omit<ServerBriefingsOptions, 'watch'>> & Pick<ServerBriefingsOptions, 'watch'>;
  readonly #sweep: NodeJS.Timeout;

  constructor(options: ServerBriefingsOptions) {
    this.#options = {
      maxLoaded: 50,
      idleMs: 30 * 60_000,
      logger: silentLogger,
      now: Date.now,
      ...options,
    };
    this.#sweep = setInterval(() => void this.dropIdle(), Math.min(this.#options.idleMs, 60_000));
    this.#sweep.unref();
  }

  /**
   * The server's own briefing, opened on first use; `null` when it has no folder (or its folder holds
   * no usable article, which is logged), so the shared briefing answers.
   */
  async for(guildId: string | null): Promise<LiveBriefing | null> {
    if (guildId === null || !/^\d{1,20}$/.test(guildId)) return null;
    const now = this.#options.now();
    const held = this.#loaded.get(guildId);
    if (held !== undefined) {
      held.usedAt = now;
      this.#loaded.delete(guildId);
      this.#loaded.set(guildId, held);
      return held.briefing;
    }
    const dir = path.join(this.#options.seedsDir, guildId);
    const isFolder = await stat(dir).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!isFolder) return null;
    // Another question may have started opening it while the folder was looked at.
    const raced = this.#loaded.get(guildId);
    if (raced !== undefined) return raced.briefing;
    const entry: Loaded = { briefing: this.#options.open(dir), watcher: null, usedAt: now };
    this.#loaded.set(guildId, entry);
    try {
      const briefing = await entry.briefing;
      if (this.#loaded.get(guildId) === entry) entry.watcher = this.#options.watch?.(briefing) ?? null;
      this.#options.logger.info('server briefing opened', {
        guild: guildId,
        articles: briefing.articles.length,
      });
      await this.#trim();
      return briefing;
    } catch (error) {
      if (this.#loaded.get(guildId) === entry) this.#loaded.delete(guildId);
      this.#options.logger.warn('server briefing could not be opened: answering from the shared one', {
        guild: guildId,
        error,
      });
      return null;
    }
  }

  /** How many server briefings are held. */
  get size(): number {
    return this.#loaded.size;
  }

  /** Drops the briefings unused for `idleMs`; returns how many. */
  async dropIdle(): Promise<number> {
    const cutoff = this.#options.now() - this.#options.idleMs;
    const idle = [...this.#loaded].filter(([, entry]) => entry.usedAt < cutoff).map(([id]) => id);
    await Promise.all(idle.map((id) => this.#drop(id, 'idle')));
    return idle.length;
  }

  /** Stops every watcher and forgets every briefing. */
  async close(): Promise<void> {
    clearInterval(this.#sweep);
    await Promise.all([...this.#loaded.keys()].map((id) => this.#drop(id, 'closing')));
  }

  async #trim(): Promise<void> {
    while (this.#loaded.size > this.#options.maxLoaded) {
      const oldest = this.#loaded.keys().next();
      if (oldest.done) return;
      await this.#drop(oldest.value, 'over the limit');
    }
  }

  async #drop(guildId: string, why: string): Promise<void> {
    const entry = this.#loaded.get(guildId);
    if (entry === undefined) return;
    this.#loaded.delete(guildId);
    await entry.watcher?.close();
    this.#options.logger.info('server briefing dropped', { guild: guildId, why });
  }
}
