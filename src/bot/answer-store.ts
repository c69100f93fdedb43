/**
 * Remembers recent answers under short ids, because a button's custom_id (100 characters) cannot hold
 * a 300-character question. Bounded (least recently used out first): an old button then finds
 * nothing and the user is asked to ask again, which beats unbounded memory.
 *
 * Each entry also remembers who asked and whether only they could see it (a private reply, a DM),
 * so a custom id copied from someone's private answer opens nothing for anyone else; the votes cast
 * on it, one per user; and the hash of each cited article, so "Full paragraph" never shows a
 * paragraph that a reload has since renumbered under the old citation.
 */
import { randomBytes } from 'node:crypto';
import type { AnswerMode } from '../answer/render/discord.ts';
import type { ResultFilter } from './filters.ts';

export interface StoredResult {
  id: string;
  article: string;
  paragraph: number;
  /** sha256 of the article's file when the answer was given (`Article.hash`). */
  articleHash: string | null;
}

export type Vote = 'up' | 'down';

interface StoredBase {
  /** The user who asked. */
  asker: string;
  /** Only the asker saw it (a private reply or a DM): only they may use its buttons. */
  private: boolean;
  /** Results before this page. */
  offset: number;
  /** Results in all, to know whether "More" has anything left. */
  total: number;
}

export interface StoredAnswer extends StoredBase {
  kind: 'answer';
  mode: AnswerMode;
  question: string;
  /** The results this page showed, in order (the "Full paragraph" buttons index into them). */
  results: StoredResult[];
  /** Votes cast on this page, by user: one each, the latest press wins. */
  votes: Map<string, Vote>;
  /** The filters the results were limited to, so More pages on within them. */
  filter?: ResultFilter;
}

export interface StoredQuotes extends StoredBase {
  kind: 'quotes';
  speaker: string;
  topic: string | null;
  /** Statements this page showed. */
  shown: number;
  /** The filters the statements were limited to, so More pages on within them. */
  filter?: ResultFilter;
}

export type Stored = StoredAnswer | StoredQuotes;

/** More votes than this on one answer are thanked but not remembered, so one entry stays small. */
export const MAX_VOTERS_PER_ANSWER = 100;

export class AnswerStore {
  private readonly entries = new Map<string, Stored>();

  constructor(readonly capacity = 1000) {}

  /** Stores an answer and returns its id: 12 URL-safe characters. */
  add(answer: Stored): string {
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

  get(id: string): Stored | undefined {
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

/** What a vote press changed: a first vote, a changed one, the same vote again, or one too many. */
export type VoteOutcome = 'recorded' | 'changed' | 'unchanged' | 'full';

/** Records `user`'s vote on `answer`: one per user, a second press of the other button changes it. */
export function castVote(answer: StoredAnswer, user: string, vote: Vote): VoteOutcome {
  const previous = answer.votes.get(user);
  if (previous === vote) return 'unchanged';
  if (previous === undefined && answer.votes.size >= MAX_VOTERS_PER_ANSWER) return 'full';
  answer.votes.set(user, vote);
  return previous === undefined ? 'recorded' : 'changed';
}
