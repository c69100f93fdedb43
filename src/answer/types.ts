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
  /**
   * Verbatim text of the article: an exact substring of paragraph `paragraph`, at most 400
   * characters, made of whole sentences unless `clippedStart`/`clippedEnd` say it was cut.
   */
  excerpt: string;
  /** The excerpt starts (ends) inside a sentence: show an ellipsis there. */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** The excerpt is a direct quote (its words are within quotation marks in the article). */
  isQuote: boolean;
  score: number;
  /** Who made the statement the excerpt is cited for. */
  speaker: string | null;
  /** Where: the statement's place as the text gives it, or, for a "where" question, the place the excerpt names. */
  place: string | null;
  /** `text`: where the statement was made, as the sentence says; `passage`: the place the excerpt names. */
  placeSource: 'text' | 'passage' | null;
  /** The article's dateline ("SEOUL –"): where the article was filed, never where a statement was made. */
  dateline: string | null;
  quotes: AnswerQuote[];
}

export interface Answer {
  question: string;
  /** False: refused (nothing in the briefing is about the question), with `reason`. */
  answered: boolean;
  /** Answered with the closest passages only: none says what was asked (`reason` says so). */
  related: boolean;
  results: AnswerResult[];
  /** How many results relate to the question in all (for "More"). */
  total: number;
  /** Why the question was refused, or why the results are only related; null for a plain answer. */
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
