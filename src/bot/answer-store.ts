/**
 * Remembers recent answers under short ids, because a button's custom_id (100 characters) cannot hold
 * a 300-character question. Bounded (least recently used out first): an old button then finds
 * nothing and the user is asked to ask again, which beats unbounded memory.
 */
import { randomBytes } from 'node:crypto';
import type { AnswerMode } from '../answer/render/discord.ts';

export interface StoredResult {
  id: string;
  article: string;
  paragraph: number;
}

export interface StoredAnswer {
  mode: AnswerMode;
  question: string;
  /** Results before this page. */
  offset: number;
  /** The results this page showed, in order (the "Full paragraph" buttons index into them). */
  results: StoredResult[];
  /** Results in all, to know whether "More" has anything left. */
  total: number;
}

export class AnswerStore {
  private readonly entries = new Map<string, StoredAnswer>();

  constructor(readonly capacity = 1000) {}

  /** Stores an answer and returns its id: 12 URL-safe characters. */
  add(answer: StoredAnswer): string {
    let id = randomBytes(9).toString('base64url');
    while (this.entries.has(id)) id = randomBytes(9).toString('base64url');
    this.entries.set(id, answer);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    return id;
  }

  get(id: string): StoredAnswer | undefined {
    const entry = this.entries.get(id);
    if (entry !== undefined) {
      this.entries.delete(id);
      this.entries.set(id, entry);
    }
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }
}
