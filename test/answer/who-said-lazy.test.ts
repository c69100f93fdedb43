import { describe, expect, it, vi } from 'vitest';
import { createBriefing } from '../../src/answer/open-briefing.ts';
import { parseArticle } from '../../src/corpus/index.ts';
import { chooseExcerpt } from '../../src/search/rank/excerpt.ts';

// Counts the excerpts worked out, leaving what each returns as it is.
vi.mock('../../src/search/rank/excerpt.ts', async (original) => {
  const module = await original<typeof import('../../src/search/rank/excerpt.ts')>();
  return { ...module, chooseExcerpt: vi.fn(module.chooseExcerpt) };
});

describe('whoSaid', () => {
  it('GIVEN a phrase no one is quoted saying, found in many passages THEN only the excerpts shown are worked out', () => {
    // Twenty articles hold the words, none as anyone's statement: the answer lists the closest
    // passages, a page of three, and the others' excerpts are never read (each costs a pass over
    // its passage's sentences: on a 200 KB hostile file, most of the question's time).
    const articles = Array.from({ length: 20 }, (_, i) =>
      parseArticle(
        `Port report ${i}\n\nThe harbour pilots of port ${i} checked the winter storms and the tides at dawn.`,
        `port-${i}`,
        `port-${i}.txt`,
      ),
    );
    const briefing = createBriefing('ports', articles);
    vi.mocked(chooseExcerpt).mockClear();
    const answer = briefing.whoSaid('harbour pilots winter storms');
    expect(answer.related).toBe(true);
    expect(answer.results).toHaveLength(3);
    expect(answer.total).toBeGreaterThan(3);
    expect(vi.mocked(chooseExcerpt).mock.calls.length).toBeLessThanOrEqual(answer.results.length);
  });
});
