/**
 * Passages moved up a ranking to a score set by a passage beside them (the quote after its report,
 * the paragraph going on with what its lead lacks), applied once over the ranking.
 */

import { keepShape } from '../../shapes.ts';
import type { Scored } from './score.ts';

export class Lifts {
  private readonly to = new Map<number, Scored>();
  /** Built at the first lift: most questions lift nothing. */
  private byId: Map<number, Scored> | undefined;

  constructor(private readonly scored: Scored[]) {}

  /**
   * Lifts passage `id` to `score`, unless it already ranks as high. A passage the text score left
   * out of the candidates takes the support of `from`, the passage lifting it, and so does one
   * answering it (`carrySupport`: an interview's answer holds the question's words by its question).
   */
  lift(id: number, score: number, from: Scored, carrySupport = false): void {
    this.byId ??= new Map(this.scored.map((s) => [s.id, s]));
    const own = this.byId.get(id);
    if (score <= (own?.score ?? 0) || score <= (this.to.get(id)?.score ?? 0)) return;
    const support = own && !carrySupport ? own.support : Math.max(own?.support ?? 0, from.support);
    this.to.set(id, own ? { ...own, score, support } : { id, score, support: from.support });
  }

  /** The ranking with the lifts applied, best first (ties by passage order). */
  applied(): Scored[] {
    if (this.to.size === 0) return this.scored;
    const out = this.scored.filter((s) => !this.to.has(s.id));
    out.push(...this.to.values());
    // Small integers, not a difference of scores (boxed at each comparison): see `order` in
    // search-index.ts. Written out here, not shared: one comparator for lists of several shapes
    // read their scores slower and allocated more.
    return out.sort((a, b) => (a.score < b.score ? 1 : a.score > b.score ? -1 : a.id - b.id));
  }
}

// Lifts die with their question: one kept keeps their class and the code reading them (`shapes.ts`).
keepShape(new Lifts([]));
