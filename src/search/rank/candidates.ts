/**
 * The passages worth scoring for a question: the best by text score (minisearch's BM25 over the
 * passages' text and speakers), and every passage where a speaker the question names speaks.
 */
import type MiniSearch from 'minisearch';
import { BM25, CANDIDATES, FIELD_BOOST } from '../weights.ts';
import type { QueryContext } from './context.ts';

/**
 * Passage id → text score. Each stem of the question's words is one query term, boosted by how
 * sure its word is (a near spelling counts less).
 */
export function findCandidates(
  search: MiniSearch,
  ctx: QueryContext,
  bySpeaker: ReadonlyMap<string, readonly number[]>,
): Map<number, number> {
  const boost = new Map<string, number>();
  for (const t of ctx.all)
    for (const s of t.stems) boost.set(s, Math.max(boost.get(s) ?? 0, t.weight / t.idf));
  const results = search.search([...boost.keys()].join(' '), {
    tokenize: (s) => s.split(' '),
    processTerm: (s) => s,
    boost: FIELD_BOOST,
    boostTerm: (t) => boost.get(t) ?? 1,
    bm25: BM25,
  });
  const out = new Map<number, number>();
  for (const r of results.slice(0, CANDIDATES)) out.set(r.id as number, r.score);
  if (ctx.question.speakers.length > 0) {
    // Their passages below the cut keep their own text score, found in one pass over the results.
    const wanted = new Set<number>();
    for (const m of ctx.question.speakers) {
      for (const id of (bySpeaker.get(m.speaker.name) ?? []).slice(0, CANDIDATES))
        if (!out.has(id)) wanted.add(id);
    }
    for (const id of wanted) out.set(id, 0);
    for (let i = CANDIDATES; i < results.length && wanted.size > 0; i++) {
      const r = results[i] as (typeof results)[number];
      if (wanted.delete(r.id as number)) out.set(r.id as number, r.score);
    }
  }
  return out;
}
