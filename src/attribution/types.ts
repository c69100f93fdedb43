/**
 * The attribution layer's data: who said what, where, in which article, paragraph and sentence.
 */
import type { SpeakerKind } from './mentions.ts';

export type { SpeakerKind } from './mentions.ts';

export type StatementKind = 'direct' | 'indirect';

/**
 * Where a place comes from. Attribution sets only `'text'`: a statement's place is where its own
 * sentence or paragraph says it was made. `'dateline'` is for layers that show an article's dateline.
 */
export type PlaceSource = 'text' | 'dateline';

export interface Statement {
  /** `${article}:${paragraph}:${sentence}:${index}`: stable for a given file content. */
  id: string;
  /**
   * Canonical name of the speaker across the briefing ("Jane Roe" for "Ms. Roe"); for an
   * `unnamed` speaker, the description the text gives ("U.S. officials").
   */
  speaker: string;
  /** A person, an organisation (a body, a publication, a country), or a source the text only describes. */
  speakerKind: SpeakerKind;
  /** Title or role the text gives the speaker ("Chinese Foreign Ministry spokesman"), if any. */
  role: string | null;
  /** For `direct`, the quoted words; for `indirect`, the reported clause (or its whole sentence). Verbatim. */
  text: string;
  /** Offsets of `text` in the paragraph: `paragraph.text.slice(textStart, textEnd) === text`. */
  textStart: number;
  textEnd: number;
  kind: StatementKind;
  /** Where the text says the statement was made ("told reporters in Lyon"), else null. Never the dateline. */
  place: string | null;
  /** `'text'` when `place` is set, else null: a statement's place never comes from the dateline. */
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
  kind: SpeakerKind;
  aliases: string[];
  roles: string[];
  statements: number;
}
