/**
 * The answer layer's data: plain, serialisable, the contract of `ask --json` and of the bot.
 */

export interface AnswerQuote {
  text: string;
  speaker: string | null;
  place: string | null;
}

export interface AnswerResult {
  /** `${article}:${paragraph}:${start}-${end}`: identifies the excerpt (buttons, feedback). */
  id: string;
  article: string;
  title: string;
  url: string | null;
  paragraph: number;
  /** Verbatim text of the article: an exact substring of paragraph `paragraph`, at most ~400 chars. */
  excerpt: string;
  score: number;
  speaker: string | null;
  place: string | null;
  /** Whether `place` comes from the sentence (`text`) or the article's dateline (weaker). */
  placeSource: 'text' | 'dateline' | null;
  quotes: AnswerQuote[];
}

export interface Answer {
  question: string;
  answered: boolean;
  results: AnswerResult[];
  /** How many results the briefing has in all for this question (for "More"). */
  total: number;
  /** When not answered: why, in words fit to show a user. */
  reason: string | null;
}

export interface SourceSummary {
  article: string;
  title: string;
  date: string | null;
  author: string | null;
  source: string | null;
  url: string | null;
  paragraphs: number;
  statements: number;
}
