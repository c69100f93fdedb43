/**
 * The paragraph that goes on where the best one stops: news often names an event in one paragraph
 * and gives its time, amount, place or cause in the next ("Roe urged the governor to ask the state
 * for help." / "Two hours later, the governor did just that."). For a question asking when, how
 * many, where or why, the passage after a leading one that lacks what is asked, and holds it, ranks
 * just below it.
 */
import type { Passage } from '../passages.ts';
import { CONTINUATION } from '../weights.ts';
import { held, type QueryContext, topicWeightOf } from './context.ts';
import { hasCause, hasNumber, holdsTime, newPlacesIn } from './features.ts';
import { Lifts } from './lift.ts';
import type { Scored, ScoringData } from './score.ts';

/** What a question may ask that the paragraph after its lead gives. */
const GOES_ON_WITH: ReadonlySet<string> = new Set(['when', 'how-many', 'where', 'why']);

/** Whether a passage holds what the question asks for (a date, a number, a new place, a cause). */
function holdsSlot(passage: Passage, ctx: QueryContext): boolean {
  switch (ctx.question.asks) {
    case 'when':
      return holdsTime(passage.text, ctx.question.text);
    case 'how-many':
      return hasNumber(passage.text);
    case 'where':
      return newPlacesIn(passage.text, ctx.asked).length > 0;
    case 'why':
      return hasCause(passage.text);
    default:
      return false;
  }
}

export function slotAfter(scored: Scored[], ctx: QueryContext, data: ScoringData): Scored[] {
  if (!GOES_ON_WITH.has(ctx.question.asks)) return scored;
  const lifts = new Lifts(scored);
  for (const s of scored.slice(0, CONTINUATION.best)) {
    const next = data.neighbour(s.id, 1);
    if (!next || holdsSlot(data.passages[s.id] as Passage, ctx) || !holdsSlot(next, ctx)) continue;
    // It must go on about the question's topic (a word of it), not only follow.
    if (topicWeightOf(ctx, held(data.tokens[next.id] as Int32Array, ctx, data.isStop).bits) === 0) continue;
    lifts.lift(next.id, s.score * CONTINUATION.share, s);
  }
  return lifts.applied();
}
