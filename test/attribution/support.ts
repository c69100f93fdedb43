import { attribute } from '../../src/attribution/index.ts';
import type { Speaker, Statement } from '../../src/attribution/types.ts';
import { parseArticle } from '../../src/corpus/index.ts';

/** Statements and speakers of a small article written for a test (names and places invented), under a title. */
export function attributed(...paragraphs: string[]): { statements: Statement[]; speakers: Speaker[] } {
  return attribute([parseArticle(['Test story', ...paragraphs].join('\n\n'), 'test', 'test.txt')]);
}

export const statementsOf = (...paragraphs: string[]): Statement[] => attributed(...paragraphs).statements;
export const direct = (s: Statement[]) => s.filter((x) => x.kind === 'direct');
export const indirect = (s: Statement[]) => s.filter((x) => x.kind === 'indirect');

/** Speaker of each direct statement, as [speaker, text]. */
export const quotesBy = (...paragraphs: string[]) =>
  direct(statementsOf(...paragraphs)).map((s) => [s.speaker, s.text] as const);
