/**
 * The engine's one entry point for the CLI and the bot: a loaded, indexed briefing that answers.
 * Callers never see minisearch or the attribution internals, only plain data.
 *
 * @example
 * const briefing = await openBriefing('seeds');
 * const answer = briefing.ask('What did Blinken say about China?');
 */
import type { Speaker, Statement } from '../attribution/types.ts';
import type { Article, Paragraph, SkippedFile } from '../corpus/types.ts';
import type { PageRequest, StatementPage } from '../search/index.ts';
import type { Answer, SourceSummary } from './types.ts';

export interface AskOptions {
  /** Number of results (default 3). */
  limit?: number;
  /** Results to skip, for paging ("More"). */
  offset?: number;
}

export interface QuotesOptions {
  /** Any form of a speaker's name or role ("blinken", "Mr. Blinken", "Secretary of State"); typos tolerated. */
  speaker?: string;
  /** Words the statements should be about; ranks and filters. */
  topic?: string;
}

export interface Briefing {
  readonly dir: string;
  readonly articles: readonly Article[];
  readonly statements: readonly Statement[];
  readonly skipped: readonly SkippedFile[];
  /** Answers a question with cited excerpts, or says the briefing does not cover it. */
  ask(question: string, options?: AskOptions): Answer;
  /** Who said a phrase: results carry the speaker and the full quote. */
  whoSaid(phrase: string, options?: AskOptions): Answer;
  /** Statements, optionally of one speaker and about a topic, in briefing order (by relevance with a topic). */
  quotes(options?: QuotesOptions): Statement[];
  /**
   * One page of what `quotes` lists, and how many it lists: sorted as far as the page only, so that
   * a broad topic costs what its page does.
   */
  quotePage(options: QuotesOptions, request: PageRequest): StatementPage;
  /** Every speaker of the briefing, most statements first. */
  speakers(): Speaker[];
  /** Speakers whose name, alias or role matches what was typed (autocomplete), at most `limit`. */
  findSpeakers(typed: string, limit?: number): Speaker[];
  /** One line of facts per article. */
  sources(): SourceSummary[];
  article(id: string): Article | undefined;
  paragraph(article: string, n: number): Paragraph | undefined;
}

export type { PageRequest, StatementPage } from '../search/index.ts';
export { createBriefing, openBriefing } from './open-briefing.ts';
