/**
 * The passages worth scoring for a question: the best by text score (BM25 over the passages' text
 * and speakers, as minisearch computes it), and up to `SPEAKER_CANDIDATES` passages of the speakers the
 * question names, the best-named speaker's first.
 */
import { best, type Postings } from '../postings.ts';
import { CANDIDATES, FIELD_BOOST, SPEAKER_CANDIDATES } from '../weights.ts';
import type { QueryContext } from './context.ts';

/**
 * Passage id → text score. Each stem of the question's words is one query term, boosted by how
 * sure its word is (a near spelling counts less).
 */
export function findCandidates(
  postings: Postings<'text' | 'speakers'>,
  ctx: QueryContext,
  bySpeaker: ReadonlyMap<string, readonly number[]>,
): Map<number, number> {
  const boost = new Map<string, number>();
  for (const t of ctx.all)
    for (const s of t.stems) boost.set(s, Math.max(boost.get(s) ?? 0, t.weight / t.idf));
  const matches = postings.search({
    terms: [...boost.keys()],
    fields: ['text', 'speakers'],
    boost: FIELD_BOOST,
    boostTerm: (t) => boost.get(t) ?? 1,
  });
  const out = new Map<number, number>();
  for (const id of best(matches, CANDIDATES)) out.set(id, matches.score(id));
  if (ctx.question.speakers.length > 0) {
    // Their passages below the cut keep their own text score (0 when the question's words miss them),
    // the best-named speaker's first.
    let added = 0;
    named: for (const m of ctx.question.speakers) {
      for (const id of (bySpeaker.get(m.speaker.name) ?? []).slice(0, CANDIDATES)) {
        if (added >= SPEAKER_CANDIDATES) break named;
        if (!out.has(id)) {
          out.set(id, matches.score(id));
          added++;
        }
      }
    }
  }
  return out;
}
