/**
 * The attribution layer's data: who said what, where, in which article, paragraph and sentence.
 */

export type StatementKind = 'direct' | 'indirect';

/** Where a statement's place comes from: the sentence itself, or (weaker) the article's dateline. */
export type PlaceSource = 'text' | 'dateline';

export interface Statement {
  /** `${article}:${paragraph}:${sentence}:${index}`: stable for a given file content. */
  id: string;
  /** Canonical name of the speaker across the briefing ("Antony Blinken" for "Mr. Blinken"). */
  speaker: string;
  /** Title or role the text gives the speaker ("Chinese Foreign Ministry spokesman"), if any. */
  role: string | null;
  /** For `direct`, the quoted words; for `indirect`, the reported clause. Verbatim from the paragraph. */
  text: string;
  kind: StatementKind;
  place: string | null;
  placeSource: PlaceSource | null;
  article: string;
  paragraph: number;
  /** 1-based sentence number within the paragraph. */
  sentence: number;
  /** Offsets of the whole attributed sentence(s) in the paragraph text: the excerpt to quote. */
  start: number;
  end: number;
}

/** One person or organisation who speaks in the briefing, with every form the text uses. */
export interface Speaker {
  name: string;
  aliases: string[];
  roles: string[];
  statements: number;
}
