import { describe, expect, it } from 'vitest';
import { PostingsBuilder } from '../../src/search/postings.ts';
import { findCandidates } from '../../src/search/rank/candidates.ts';
import type { QueryContext } from '../../src/search/rank/context.ts';
import { term, words } from '../../src/search/text.ts';
import { BM25, CANDIDATES, SPEAKER_CANDIDATES } from '../../src/search/weights.ts';

/**
 * A question naming a common surname names every speaker who bears it: their passages join the
 * text's best, but only so many, the best-named speaker's first (each candidate is scored in full).
 */
describe('GIVEN a question naming two speakers with many passages each', () => {
  // 300 passages: the first 150 by one speaker, the rest by another; ten mention the harbour.
  const texts = Array.from({ length: 300 }, (_, i) =>
    i % 30 === 0 ? `The harbour opens in spring, passage ${i}.` : `Nothing to see here, passage ${i}.`,
  );
  const builder = new PostingsBuilder<'text' | 'speakers'>(['text', 'speakers']);
  for (const [i, t] of texts.entries()) builder.add([words(t), words(i < 150 ? 'Ada Roe' : 'Ben Roe')], term);
  const postings = builder.build(BM25);
  const bySpeaker = new Map([
    ['Ada Roe', Array.from({ length: 150 }, (_, i) => i)],
    ['Ben Roe', Array.from({ length: 150 }, (_, i) => 150 + i)],
  ]);
  const ctx = {
    all: [{ stems: [term('harbour') as string], weight: 1, idf: 1 }],
    question: { speakers: [{ speaker: { name: 'Ada Roe' } }, { speaker: { name: 'Ben Roe' } }] },
  } as unknown as QueryContext;

  it('THEN the text matches stay, and at most SPEAKER_CANDIDATES passages of theirs join, the first named first', () => {
    const out = findCandidates(postings, ctx, bySpeaker);
    const harbour = texts.flatMap((t, i) => (t.includes('harbour') ? [i] : []));
    for (const id of harbour) expect(out.has(id)).toBe(true);
    const joined = [...out.keys()].filter((id) => !harbour.includes(id));
    expect(joined).toHaveLength(SPEAKER_CANDIDATES);
    // The first speaker's first passages, up to their own cap, before any of the second's.
    const firstOwn =
      Math.min(CANDIDATES, 150) - harbour.filter((id) => id < Math.min(CANDIDATES, 150)).length;
    expect(joined.filter((id) => id < 150)).toHaveLength(Math.min(firstOwn, SPEAKER_CANDIDATES));
  });
});
