/**
 * Feedback from the 👍 / 👎 buttons, one JSON line per vote: append-only, easy to read back with any
 * tool, and enough to replay the question against a newer engine.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface FeedbackEntry {
  /** ISO time of the vote. */
  at: string;
  user: string;
  question: string;
  /** Ids of the results the user saw. */
  results: string[];
  vote: 'up' | 'down';
}

export type RecordFeedback = (entry: FeedbackEntry) => Promise<void>;

/** A recorder that appends to `file`, creating its folder on first use. */
export function feedbackFile(file: string): RecordFeedback {
  let ready: Promise<unknown> | null = null;
  return async (entry) => {
    ready ??= mkdir(dirname(file), { recursive: true });
    await ready;
    await appendFile(file, `${JSON.stringify(entry)}\n`, 'utf8');
  };
}
