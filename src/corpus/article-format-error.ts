/**
 * Thrown by `parseArticle` when a text cannot be read as an article. The message is the bare
 * reason ("front matter is opened with "---" but never closed"), fit to show a user next to the
 * file name, which the caller knows and the parser does not.
 */
export class ArticleFormatError extends Error {
  override name = 'ArticleFormatError';
}
