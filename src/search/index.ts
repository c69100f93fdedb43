/** The search layer: one index over passages and statements, query analysis, ranking and refusal. */
export {
  BriefingIndex,
  type Hit,
  type IndexSnapshot,
  type Passage,
  phraseOverlap,
  type Ranking,
} from './briefing-index.ts';
export { analyzeQuestion, type QueryAnalysis, type QuestionType } from './query.ts';
export { fold, terms, words } from './text.ts';
