/**
 * The index's side of finding a speaker by description (`question/described.ts`): which passages
 * hold the description's words, and whom a passage names beside them. Per-question work is bounded:
 * a description word held by more than `DESCRIBED.maxPassages` passages singles no one out and is
 * not read.
 */
import type { Speaker } from '../../attribution/types.ts';
import { Later } from '../later.ts';
import type { DescribedLookup } from '../question/described.ts';
import { familyToken, type TokenTable } from '../tokens.ts';
import { DESCRIBED } from '../weights.ts';

/** What the lookup reads of the index. */
export interface DescribedSource {
  readonly tokens: readonly Int32Array[];
  readonly table: TokenTable;
  readonly speakers: readonly Speaker[];
  /** Passages holding a stem, as ids. */
  passagesWith(stem: string): ArrayLike<number> & Iterable<number>;
  /** Whether the passage's article holds the token anywhere. */
  articleHas(passage: number, token: number): boolean;
}

/**
 * Speakers read between two steps of `DescribedInText.later`: the 3,500 speakers of 924 real articles
 * at once held a reload's event loop for 15–27 ms (each family name split and stemmed).
 */
const SPEAKERS_PER_STEP = 250;

export class DescribedInText implements DescribedLookup {
  /**
   * People with statements, by the token of their family name: made in steps after an open (what
   * the index leaves for later), or at once by the first description that comes before.
   */
  readonly later: Later<Map<number, Speaker[]>>;

  constructor(private readonly source: DescribedSource) {
    this.later = new Later(peopleSteps(source));
  }

  passagesHolding(lists: readonly (readonly string[])[], least: number): number[] {
    const tokenLists = lists.map((l) => this.tokensOf(l));
    const postings = lists.map((l) => l.flatMap((s) => [...this.source.passagesWith(s)]));
    const order = postings.map((p, i) => [p.length, i] as const).sort((a, b) => a[0] - b[0]);
    // A passage holding `least` of the lists holds one of the rarest `lists.length - least + 1`.
    const rarest = order.slice(0, lists.length - least + 1);
    if (rarest.some(([n]) => n > DESCRIBED.maxPassages)) return [];
    const seen = new Set<number>();
    const out: number[] = [];
    for (const [, i] of rarest) {
      for (const id of postings[i] as number[]) {
        if (seen.has(id)) continue;
        seen.add(id);
        const tokens = this.source.tokens[id] as Int32Array;
        if (tokenLists.filter((l) => l.some((t) => tokens.includes(t))).length >= least) out.push(id);
      }
    }
    return out;
  }

  articleHolds(passage: number, stems: readonly string[]): boolean {
    return this.tokensOf(stems).some((t) => this.source.articleHas(passage, t));
  }

  introduced(passage: number, lists: readonly (readonly string[])[], least: number): readonly Speaker[] {
    const tokens = this.source.tokens[passage] as Int32Array;
    const sets = lists.map((l) => new Set(this.tokensOf(l)));
    // The nearest name to the description is the one it describes ("Jane Roe, the activist, backed Doe").
    let best: Speaker[] = [];
    let bestDistance = Number.POSITIVE_INFINITY;
    tokens.forEach((t, at) => {
      for (const person of this.people().get(t) ?? []) {
        const distance = nearness(tokens, at, sets, least);
        if (distance < bestDistance) {
          best = [person];
          bestDistance = distance;
        } else if (distance === bestDistance && distance < Number.POSITIVE_INFINITY && !best.includes(person))
          best.push(person);
      }
    });
    return best;
  }

  private tokensOf(stems: readonly string[]): number[] {
    return stems.flatMap((s) => this.source.table.ofStem(s) ?? []);
  }

  private people(): Map<number, Speaker[]> {
    return this.later.value;
  }
}

/** People with statements, by the token of their family name, some hundreds of speakers per step. */
function* peopleSteps(source: DescribedSource): Generator<void, Map<number, Speaker[]>> {
  const bySurname = new Map<number, Speaker[]>();
  for (let i = 0; i < source.speakers.length; i++) {
    const s = source.speakers[i] as Speaker;
    if (i % SPEAKERS_PER_STEP === SPEAKERS_PER_STEP - 1) yield;
    if (s.kind !== 'person' || s.statements === 0) continue;
    const token = familyToken(s.name, source.table);
    if (token === undefined) continue;
    const list = bySurname.get(token);
    if (list) list.push(s);
    else bySurname.set(token, [s]);
  }
  return bySurname;
}

/**
 * Summed distance (in words) from position `at` to the nearest token of each set within
 * `DESCRIBED.reach`, or infinity when fewer than `least` sets stand that near.
 */
function nearness(tokens: Int32Array, at: number, sets: readonly Set<number>[], least: number): number {
  let held = 0;
  let distance = 0;
  const from = Math.max(0, at - DESCRIBED.reach);
  const to = Math.min(tokens.length - 1, at + DESCRIBED.reach);
  for (const set of sets) {
    let nearest = Number.POSITIVE_INFINITY;
    for (let k = from; k <= to; k++)
      if (set.has(tokens[k] as number)) nearest = Math.min(nearest, Math.abs(k - at));
    if (nearest !== Number.POSITIVE_INFINITY) {
      held++;
      distance += nearest;
    }
  }
  return held >= least ? distance : Number.POSITIVE_INFINITY;
}
