import { describe, expect, it } from 'vitest';
import type { StoredAnswer } from '../../src/bot/answer-store.ts';
import { answerButtons } from '../../src/bot/buttons.ts';

/** A stored answer page showing results from these paragraphs. */
const page = (...paragraphs: number[]): StoredAnswer => ({
  kind: 'answer',
  mode: 'ask',
  question: 'Who wrote the piece about the harbour?',
  results: paragraphs.map((paragraph, i) => ({ id: `r${i}`, article: 'a', paragraph, articleHash: null })),
  votes: new Map(),
  asker: '1',
  private: false,
  offset: 0,
  total: paragraphs.length,
});

const labels = (stored: StoredAnswer) =>
  answerButtons('x', stored).flatMap((row) => row.components.map((c) => ('label' in c ? c.label : null)));

describe('the Full paragraph buttons', () => {
  it('GIVEN a result from the front matter (paragraph 0) THEN no Full paragraph button for it; the others keep their numbers', () => {
    expect(labels(page(0, 4))).toEqual([null, null, 'Full paragraph 2 (¶4)']);
  });

  it('GIVEN one result from a paragraph THEN one Full paragraph button', () => {
    expect(labels(page(3))).toContain('Full paragraph');
  });
});
