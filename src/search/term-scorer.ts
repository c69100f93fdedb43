/**
 * minisearch's BM25 search, walked over typed arrays. minisearch scores every posting of every query
 * term into a new object, then sorts all the matches, when ranking needs only the best few hundred:
 * at 30,000 passages that was a third of a broad question's time. Here each term's postings are
 * scored once (the scores of a fixed index never change) into flat arrays, a question adds those
 * up in reused buffers, and only the best matches are sorted. Scores and order are minisearch's own,
 * to the last bit: the same sums in the same order, ties in the order minisearch finds them.
 */
import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';

/**
 * The passages a query matches, in the order minisearch finds them, with their scores. From `find`,
 * views on the scorer's own buffers: read them before its next `find`.
 */
export interface Matches {
  ids: Int32Array;
  scores: Float64Array;
}

/** A term's passages (first field first, as minisearch walks them) and its score in each. */
interface TermPostings {
  ids: Int32Array;
  scores: Float64Array;
  /** The passages holding it in each field, by the field's place in `fields`. */
  byField: (Int32Array | null)[];
}

/** minisearch 7's own data, read (never written) where it has the expected shape. */
interface Internals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _dirtCount: number;
}

/** minisearch's defaults, which the index uses. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

const NONE = new Int32Array(0);

/** Terms whose scored postings are kept; past this the cache starts over. */
const CACHED_TERMS = 20_000;

function internalsOf(search: MiniSearch<never> | MiniSearch<unknown>): Internals | null {
  const s = search as unknown as Partial<Internals>;
  const ok =
    typeof s._index?.get === 'function' &&
    typeof s._fieldIds === 'object' &&
    s._fieldLength instanceof Map &&
    Array.isArray(s._avgFieldLength) &&
    typeof s._documentCount === 'number' &&
    s._documentIds instanceof Map &&
    s._dirtCount === 0;
  return ok ? (s as Internals) : null;
}

/** Room to select the best matches in, grown as needed: questions are ranked one at a time. */
let selection = new Float64Array(0);

/** The best `k` matches, best first; equal scores keep minisearch's order (its sort is stable). */
export function bestMatches(m: Matches, k: number): { id: number; score: number }[] {
  const n = m.ids.length;
  const { scores } = m;
  let picked: number[];
  if (n <= k) {
    picked = Array.from({ length: n }, (_, i) => i);
  } else {
    // The k-th best score, then every match above it and the first of those equal to it.
    if (selection.length < n) selection = new Float64Array(Math.max(n, 2 * selection.length));
    const copy = selection.subarray(0, n);
    copy.set(scores);
    const cut = kthLargest(copy, k);
    picked = [];
    let above = 0;
    for (let i = 0; i < n; i++) if ((scores[i] as number) > cut) above++;
    let equal = k - above;
    for (let i = 0; i < n; i++) {
      const s = scores[i] as number;
      if (s > cut || (s === cut && equal-- > 0)) picked.push(i);
    }
  }
  // -1 or 1 rather than a difference of scores, which V8 would box for every comparison.
  picked.sort((a, b) => {
    const x = scores[a] as number;
    const y = scores[b] as number;
    return y > x ? 1 : y < x ? -1 : a - b;
  });
  return picked.map((i) => ({ id: m.ids[i] as number, score: scores[i] as number }));
}

/** The k-th largest value (k from 1), by quickselect: the values are reordered. */
function kthLargest(a: Float64Array, k: number): number {
  const target = k - 1;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    // Larger values to the left, smaller to the right.
    while (i <= j) {
      while ((a[i] as number) > pivot) i++;
      while ((a[j] as number) < pivot) j--;
      if (i <= j) {
        const x = a[i] as number;
        a[i] = a[j] as number;
        a[j] = x;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target] as number;
}

export class TermScorer {
  private readonly internals: Internals | null;
  private readonly cache = new Map<string, TermPostings | null>();
  /** Per passage: the query that last touched it, its running score, and how many terms matched. */
  private readonly stamp: Uint32Array;
  private readonly sum: Float64Array;
  private readonly matched: Int32Array;
  /** The passages matched, in the order found. */
  private readonly order: Int32Array;
  private readonly scores: Float64Array;
  private query = 0;

  /**
   * @param passages how many passages the index holds (their ids are 0 … passages - 1)
   * @param boost the field boosts every search uses
   */
  constructor(
    private readonly search: MiniSearch<never> | MiniSearch<unknown>,
    private readonly fields: readonly string[],
    private readonly boost: Readonly<Record<string, number>>,
    passages: number,
  ) {
    this.internals = internalsOf(search);
    this.stamp = new Uint32Array(passages);
    this.sum = new Float64Array(passages);
    this.matched = new Int32Array(passages);
    this.order = new Int32Array(passages);
    this.scores = new Float64Array(passages);
  }

  /**
   * The passages holding any (OR) or all (AND) of `terms` (distinct index terms), scored as
   * `search.search(terms.join(' '), { boost, combineWith })` scores them.
   */
  find(terms: readonly string[], combineWith: 'AND' | 'OR'): Matches {
    const postings: TermPostings[] = [];
    for (const t of terms) {
      const p = t === '' ? null : this.postingsOf(t);
      if (p === undefined) return this.viaMiniSearch(terms, combineWith);
      if (p) postings.push(p);
      else if (combineWith === 'AND') return { ids: new Int32Array(0), scores: new Float64Array(0) };
    }
    if (postings.length === 0) return { ids: new Int32Array(0), scores: new Float64Array(0) };
    if (++this.query === 0xffffffff) {
      this.stamp.fill(0);
      this.query = 1;
    }
    const { stamp, sum, matched, order } = this;
    const q = this.query;
    let found = 0;
    postings.forEach((p, at) => {
      const { ids, scores } = p;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        const s = scores[i] as number;
        if (stamp[id] !== q) {
          if (at > 0 && combineWith === 'AND') continue;
          stamp[id] = q;
          sum[id] = s;
          matched[id] = 1;
          if (combineWith === 'OR') order[found++] = id;
        } else if (combineWith === 'OR' || matched[id] === at) {
          sum[id] = (sum[id] as number) + s;
          matched[id] = (matched[id] as number) + 1;
        }
      }
    });
    // AND keeps the last term's order (minisearch rebuilds its map term by term).
    if (combineWith === 'AND') {
      const last = postings[postings.length - 1] as TermPostings;
      for (const id of last.ids) if (stamp[id] === q && matched[id] === postings.length) order[found++] = id;
    }
    const ids = order.subarray(0, found);
    const scores = this.scores.subarray(0, found);
    // minisearch multiplies a match's score by the number of query terms it holds.
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      scores[i] = (sum[id] as number) * (matched[id] as number);
    }
    return { ids, scores };
  }

  /** A term's scored postings; null when the index lacks it, undefined when minisearch must do it. */
  private postingsOf(t: string): TermPostings | null | undefined {
    const cached = this.cache.get(t);
    if (cached !== undefined) return cached;
    const m = this.internals;
    if (!m) return undefined;
    const data = m._index.get(t);
    let out: TermPostings | null = null;
    if (data) {
      const at = new Map<number, number>();
      const ids: number[] = [];
      const scores: number[] = [];
      const byField: (Int32Array | null)[] = [];
      for (const field of this.fields) {
        const fieldId = m._fieldIds[field] as number;
        const freqs = data.get(fieldId);
        byField.push(null);
        if (!freqs) continue;
        const inField: number[] = [];
        const fieldBoost = this.boost[field] || 1;
        const avg = m._avgFieldLength[fieldId] as number;
        const matching = freqs.size;
        for (const [doc, freq] of freqs) {
          const id = m._documentIds.get(doc);
          const length = m._fieldLength.get(doc)?.[fieldId];
          if (typeof id !== 'number' || id < 0 || id >= this.stamp.length || length === undefined)
            return undefined;
          inField.push(id);
          const score = fieldBoost * bm25(freq, matching, m._documentCount, length, avg);
          const i = at.get(id);
          if (i === undefined) {
            at.set(id, ids.length);
            ids.push(id);
            scores.push(score);
          } else {
            scores[i] = (scores[i] as number) + score;
          }
        }
        byField[byField.length - 1] = Int32Array.from(inField);
      }
      out = { ids: Int32Array.from(ids), scores: Float64Array.from(scores), byField };
    }
    if (this.cache.size >= CACHED_TERMS) this.cache.clear();
    this.cache.set(t, out);
    return out;
  }

  /**
   * The passages whose `field` holds index term `t` (empty when none does); null when minisearch's
   * insides cannot be read.
   */
  holding(t: string, field: string): Int32Array | null {
    const p = this.postingsOf(t);
    if (p === undefined) return null;
    return p?.byField[this.fields.indexOf(field)] ?? NONE;
  }

  /** The same search through minisearch itself: for an index whose insides look otherwise. */
  viaMiniSearch(terms: readonly string[], combineWith: 'AND' | 'OR'): Matches {
    const found: SearchResult[] = this.search.search(terms.join(' '), {
      boost: { ...this.boost },
      combineWith,
      tokenize: (s) => s.split(' '),
      processTerm: (t) => t,
    });
    // Back into the order minisearch found them in: its sort is stable, so ties already are.
    return {
      ids: Int32Array.from(found, (r) => r.id as number),
      scores: Float64Array.from(found, (r) => r.score),
    };
  }
}

/** minisearch's `calcBM25Score`, operation for operation. */
function bm25(termFreq: number, matching: number, total: number, length: number, avg: number): number {
  const { k, b, d } = BM25;
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return idf * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * length) / avg)));
}
