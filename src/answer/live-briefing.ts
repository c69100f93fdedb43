/**
 * A briefing that can be reloaded while it serves: questions always go to the current index, and a
 * reload builds the new one beside it, then swaps it in at once. A failed reload keeps the old one.
 *
 * @example
 * const live = await LiveBriefing.open('seeds');
 * const report = await live.reload(); // { added: ['new-article'], removed: [], changed: [], skipped: [] }
 */
import type { Briefing } from './briefing.ts';
import { openBriefing } from './open-briefing.ts';

export interface ReloadReport {
  added: string[];
  removed: string[];
  changed: string[];
  skipped: { file: string; reason: string }[];
  articles: number;
  ms: number;
}

export interface LiveOptions {
  warn?: (message: string) => void;
  /** Where to keep persisted indexes, keyed by the articles' content. */
  cacheDir?: string;
}

export class LiveBriefing implements Briefing {
  private constructor(
    private current: Briefing,
    private readonly options: LiveOptions,
  ) {}

  static async open(dir: string, options: LiveOptions = {}): Promise<LiveBriefing> {
    return new LiveBriefing(await openBriefing(dir, options), options);
  }

  /** Called after each reload that swapped in a new briefing (see `onReload`). */
  private readonly listeners = new Set<(report: ReloadReport) => void>();

  /**
   * Calls `listener` with the report of every reload that swapped in a new briefing, whatever started
   * it (the watcher, /reload, an article added from Discord); returns a function that stops it. A
   * listener that throws is reported through `warn` and does not stop the others or the reload.
   */
  onReload(listener: (report: ReloadReport) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The reload under way, if any. */
  private running: Promise<ReloadReport> | null = null;
  /** The reload that starts when the running one ends, shared by every call made meanwhile. */
  private queued: Promise<ReloadReport> | null = null;

  /**
   * Reads the folder again and swaps in the new briefing. One rebuild runs at a time. A call made
   * while one runs is answered by the next rebuild, not the running one, because the running one may
   * have read the folder before the change that prompted the call; every call made meanwhile shares
   * that next rebuild. Throws (keeping the current briefing) when the folder no longer holds a usable
   * article.
   */
  reload(): Promise<ReloadReport> {
    if (this.queued !== null) return this.queued;
    if (this.running === null) return this.start();
    const settled = this.running.then(
      () => undefined,
      () => undefined,
    );
    this.queued = settled.then(() => {
      this.queued = null;
      return this.start();
    });
    return this.queued;
  }

  private start(): Promise<ReloadReport> {
    const run: Promise<ReloadReport> = this.rebuild().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  private async rebuild(): Promise<ReloadReport> {
    const started = performance.now();
    // Built a slice at a time: the current briefing keeps answering while the new one is made.
    const next = await openBriefing(this.current.dir, {
      ...this.options,
      background: true,
      reuse: this.current.articles,
    });
    const before = new Map(this.current.articles.map((a) => [a.id, a.hash]));
    const after = new Map(next.articles.map((a) => [a.id, a.hash]));
    const report: ReloadReport = {
      added: [...after.keys()].filter((id) => !before.has(id)),
      removed: [...before.keys()].filter((id) => !after.has(id)),
      changed: [...after.entries()]
        .filter(([id, hash]) => before.has(id) && before.get(id) !== hash)
        .map(([id]) => id),
      skipped: [...next.skipped],
      articles: next.articles.length,
      ms: 0,
    };
    this.current = next;
    report.ms = Math.round(performance.now() - started);
    for (const listener of this.listeners) {
      try {
        listener(report);
      } catch (error) {
        this.options.warn?.(
          `A reload listener failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return report;
  }

  get dir() {
    return this.current.dir;
  }
  get articles() {
    return this.current.articles;
  }
  get statements() {
    return this.current.statements;
  }
  get skipped() {
    return this.current.skipped;
  }
  ask: Briefing['ask'] = (q, o) => this.current.ask(q, o);
  whoSaid: Briefing['whoSaid'] = (q, o) => this.current.whoSaid(q, o);
  quotes: Briefing['quotes'] = (o) => this.current.quotes(o);
  quotePage: Briefing['quotePage'] = (o, r) => this.current.quotePage(o, r);
  speakers: Briefing['speakers'] = () => this.current.speakers();
  findSpeakers: Briefing['findSpeakers'] = (t, l) => this.current.findSpeakers(t, l);
  sources: Briefing['sources'] = () => this.current.sources();
  article: Briefing['article'] = (id) => this.current.article(id);
  paragraph: Briefing['paragraph'] = (id, n) => this.current.paragraph(id, n);
}
