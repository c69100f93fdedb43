/** The corpus layer: a briefing folder read into articles with stable, classified paragraphs. */
export { ArticleFormatError } from './article-format-error.ts';
export {
  BriefingLoadError,
  type FileRecord,
  type FolderRead,
  type LoadOptions,
  loadArticles,
  parseFolder,
  parseFolderSteps,
  parseRecordSteps,
  readFolder,
} from './load-articles.ts';
export { paragraphTexts, parseArticle } from './parse-article.ts';
export { runSteps, sortedSteps } from './steps.ts';
export { restoreArticle, type StoredArticle, storeArticle } from './stored-article.ts';
export type { Article, LoadResult, Paragraph, ParagraphKind, SkippedFile } from './types.ts';
