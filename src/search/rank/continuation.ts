/**
 * The paragraph that goes on where the best one stops: news often names an event in one paragraph
 * and gives its time, amount, place or cause in the next ("Roe asked the state for help." / "Two
 * hours after the interview aired, the governor did just that."). For a question asking when, how
 * many, where or why, the passage after a leading one that lacks what is asked, and holds it, ranks
 * just below it.
 */
import type { Passage } from '../passages.ts';
import { CONTINUATION } from '../weights.ts';
import { held, type QueryContext, topicWeightOf } from './context.ts';
import { hasCause, hasDate, hasNumber, newPlacesIn } from './features.ts';
import type { Scored, ScoringData } from './score.ts';

/** Whether a passage holds what the question asks for (a date, a number, a new place, a cause). */
function holdsSlot(passage: Passage, ctx: QueryContext): boolean | null {
  switch (ctx.question.asks) {
    case 'when':
      return hasDate(passage.text);
    case 'how-many':
      return hasNumber(passage.text);
    case 'where':
      return newPlacesIn(passage.text, ctx.asked).length > 0;
    case 'why':
      return hasCause(passage.text);
    default:
      return null;
  }
}

export function slotAfter(scored: Scored[], ctx: QueryContext, data: ScoringData): Scored[] {
  if (holdsSlot(data.passages[0] as Passage, ctx) === null || scored.length === 0) return scored;
  const byId = new Map(scored.map((s) => [s.id, s]));
  const lifted = new Map<number, number>();
  for (const s of scored.slice(0, CONTINUATION.best)) {
    const next = data.neighbour(s.id, 1);
    if (!next || holdsSlot(data.passages[s.id] as Passage, ctx) || !holdsSlot(next, ctx)) continue;
    // It must go on about the question's topic (a word of it), not only follow.
    if (topicWeightOf(ctx, held(data.tokens[next.id] as Int32Array, ctx, data.isStop).bits) === 0) continue;
    const score = s.score * CONTINUATION.share;
    if (score > (byId.get(next.id)?.score ?? 0) && score > (lifted.get(next.id) ?? 0))
      lifted.set(next.id, score);
  }
  if (lifted.size === 0) return scored;
  const out = scored.map((s) => (lifted.has(s.id) ? { ...s, score: lifted.get(s.id) as number } : s));
  for (const [id, score] of lifted) {
    if (byId.has(id)) continue;
    const lead = scored.find((s) => data.neighbour(s.id, 1)?.id === id) as Scored;
    out.push({ id, score, support: lead.support });
  }
  return out.sort((a, b) => b.score - a.score || a.id - b.id);
}
