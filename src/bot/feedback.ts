/**
 * Feedback from the 👍 / 👎 buttons, one JSON line per vote: append-only, easy to read back with any
 * tool, and enough to replay the question against a newer engine. Each user has one vote per answer:
 * a changed vote is appended as a new line with the same `answer` and `user`, and the last line of a
 * pair is the one that counts.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface FeedbackEntry {
  /** ISO time of the vote. */
  at: string;
  /** The answer voted on (the id behind its buttons). */
  answer: string;
  user: string;
  question: string;
  /** Ids of the results the user saw. */
  results: string[];
  vote: 'up' | 'down';
}

export type RecordFeedback = (entry: FeedbackEntry) => Promise<void>;

/**
 * A recorder that appends to `file`, creating its folder when the file cannot be opened for want of
 * it. Nothing is remembered between votes: a folder deleted or made writable again while the bot runs
 * is simply created or used on the next vote.
 */
export function feedbackFile(file: string): RecordFeedback {
  return async (entry) => {
    const line = `${JSON.stringify(entry)}\n`;
    try {
      await appendFile(file, line, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(dirname(file), { recursive: true });
      await appendFile(file, line, 'utf8');
    }
  };
}
