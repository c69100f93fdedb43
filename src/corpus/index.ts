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
  readFolder,
  runSteps,
} from './load-articles.ts';
export { paragraphTexts, parseArticle } from './parse-article.ts';
export type { Article, LoadResult, Paragraph, ParagraphKind, SkippedFile } from './types.ts';
