/**
 * What each conversation with the bot (a thread it opened, a DM) last asked and who the answer quoted,
 * so the next message there can be read as a follow-up. Kept by channel id, in memory: bounded (least
 * recently used out first) and forgotten after a day without a message, when a follow-up would no
 * longer be expected to mean the old answer. A restart forgets them: the next message is then read as
 * a question of its own.
 */
import type { FollowUpContext } from './follow-up.ts';

/** A conversation idle this long is forgotten. */
export const CONVERSATION_IDLE_MS = 24 * 60 * 60_000;

interface Entry {
  context: FollowUpContext | null;
  at: number;
  /** The thread was told once how to ask when Discord withholds the text of plain messages. */
  hinted: boolean;
}

export class Conversations {
  readonly #entries = new Map<string, Entry>();

  constructor(
    readonly capacity = 10_000,
    private readonly now: () => number = Date.now,
    private readonly idleMs = CONVERSATION_IDLE_MS,
  ) {}

  /** The last answer in `channel`, or `null` when there is none (or it is too old). */
  get(channel: string): FollowUpContext | null {
    const entry = this.#entry(channel);
    if (entry === undefined) return null;
    // Used: the most recent now, so a conversation in use is the last to be dropped.
    this.#entries.delete(channel);
    this.#entries.set(channel, entry);
    return entry.context;
  }

  /** Remembers the answer just given in `channel`. */
  set(channel: string, context: FollowUpContext): void {
    const hinted = this.#entry(channel)?.hinted ?? false;
    this.#put(channel, { context, at: this.now(), hinted });
  }

  /** True the first time it is asked for `channel`, false after: one hint per thread. */
  firstHint(channel: string): boolean {
    const entry = this.#entry(channel);
    if (entry?.hinted) return false;
    this.#put(channel, { context: entry?.context ?? null, at: this.now(), hinted: true });
    return true;
  }

  get size(): number {
    return this.#entries.size;
  }

  #entry(channel: string): Entry | undefined {
    const entry = this.#entries.get(channel);
    if (entry === undefined) return undefined;
    if (this.now() - entry.at > this.idleMs) {
      this.#entries.delete(channel);
      return undefined;
    }
    return entry;
  }

  #put(channel: string, entry: Entry): void {
    this.#entries.delete(channel);
    this.#entries.set(channel, entry);
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }
}
