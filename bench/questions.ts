/**
 * The questions the bench asks: the project's development set (`test/questions.jsonl`) when it
 * exists, else the bench's own list about the seed articles. Parsing and matching are `npm run eval`'s,
 * so quality figures here and there agree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type EvalQuestion, parseQuestions, QUESTIONS_FILE } from '../src/cli/eval.ts';

export type Question = EvalQuestion;

export const FALLBACK_QUESTIONS = fileURLToPath(new URL('./fallback-questions.jsonl', import.meta.url));

export function readQuestions(file: string): Question[] {
  return parseQuestions(readFileSync(file, 'utf8'), file);
}

/** The project's question set if present, else the bench's fallback; says which it used. */
export function loadQuestions(): { file: string; questions: Question[] } {
  const file = existsSync(QUESTIONS_FILE) ? QUESTIONS_FILE : FALLBACK_QUESTIONS;
  return { file, questions: readQuestions(file) };
}

const STOP = new Set([
  'what',
  'did',
  'does',
  'do',
  'the',
  'a',
  'an',
  'of',
  'about',
  'is',
  'was',
  'who',
  'where',
  'when',
  'why',
  'how',
  'to',
  'in',
  'say',
]);

/**
 * The forms people type the same question in: as written, lowercased without punctuation, as bare
 * keywords, with a typo in its longest word, and as a request. Deterministic.
 */
export function variantsOf(question: string): string[] {
  const plain = question
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, '')
    .trim();
  const words = plain.split(/\s+/);
  const keywords = words.filter((w) => !STOP.has(w)).join(' ') || plain;
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const at = Math.floor(longest.length / 2);
  const typo =
    longest.length > 4
      ? plain.replace(
          longest,
          `${longest.slice(0, at - 1)}${longest[at]}${longest[at - 1]}${longest.slice(at + 1)}`,
        )
      : plain;
  return [question, plain, keywords, typo, `Tell me: ${question}`];
}

/** At least `count` queries built from the questions' variants, cycling through them in order. */
export function queryList(questions: readonly Question[], count: number): string[] {
  const pool = questions.flatMap((q) => variantsOf(q.q));
  if (pool.length === 0) throw new Error('no questions to build queries from');
  return Array.from({ length: count }, (_, i) => pool[i % pool.length] as string);
}
