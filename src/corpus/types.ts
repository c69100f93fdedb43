/**
 * The corpus layer's data: what a briefing folder holds once read.
 * Everything downstream (attribution, search, answer) cites articles by `id` and paragraphs by `n`,
 * so both must be stable for a given file content.
 */

/** What a block of an article is. Only `body` paragraphs are answered from; `byline` and `credit`
 * answer questions about who wrote an article; the rest is never quoted as an answer. */
export type ParagraphKind = 'title' | 'heading' | 'byline' | 'credit' | 'source' | 'caption' | 'body';

/**
 * One block of an article: the text between blank lines, trimmed, otherwise exactly as in the file
 * (after any front matter), so that a citation "article ¶n" can be checked against the file.
 * Numbering is 1-based and counts every block, metadata included, so it never shifts when the
 * classification of a block changes.
 */
export interface Paragraph {
  n: number;
  text: string;
  kind: ParagraphKind;
}

export interface Article {
  /** File name without extension: stable, unique within a folder, used in citations and custom ids. */
  id: string;
  /** Path of the file as read. */
  file: string;
  title: string;
  date: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  /** Place of the dateline ("LYON –" → "Lyon"): where the article was filed, never a statement's place. */
  dateline: string | null;
  paragraphs: Paragraph[];
  /** sha256 of the file's bytes: keys persisted indexes and tells reloads what changed. */
  hash: string;
}

/** A file the loader passed over, and why, in words fit to show a user. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface LoadResult {
  dir: string;
  articles: Article[];
  skipped: SkippedFile[];
}
