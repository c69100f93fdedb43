/** The search layer: one index over passages and statements, question analysis, ranking and refusal. */

export { type ArticleParts, articleParts, type IndexData } from './index-data.ts';
export { checkIndexData } from './index-data-check.ts';
export { Later, runInBackground, settle } from './later.ts';
export type { Passage, Span } from './passages.ts';
export { type Asks, analyzeQuestion, type Question } from './question/analyze.ts';
export { prepareEverydayWords } from './question/common-words.ts';
export { BriefingIndex, type Hit, type Ranking } from './search-index.ts';
export { NO_STATEMENTS, type PageRequest, type StatementPage } from './statement-pages.ts';
export { fold, terms, words } from './text.ts';
export { runShare } from './tokens.ts';
