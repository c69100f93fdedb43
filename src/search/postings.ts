/**
 * The passages' postings in typed arrays: for each index term and field, the passages holding it and
 * each one's BM25 score, worked out once at build. A query of exact terms is then a walk over the
 * postings of its own terms, scored exactly as minisearch's `search` scores it (the same BM25, field
 * and term boosts, OR, times the number of terms matched, ties in the same order), without
 * minisearch's per-query objects and full sort of every match. `test/search/postings.test.ts` checks
 * the two agree, id for id and score for score.
 */

import { runSteps } from '../corpus/index.ts';
import { grown, IntBlocks } from './token-lists.ts';

/** BM25 parameters, as minisearch's `BM25Params`. */
export interface Bm25 {
  k: number;
  b: number;
  d: number;
}

/**
 * A field's postings: passages of term t at `docs[offsets[t] .. offsets[t + 1]]`, each with the BM25
 * of the term in the passage's field (with the build's parameters).
 */
export interface FieldData {
  offsets: Int32Array;
  docs: Int32Array;
  scores: Float64Array;
}

/** Everything the postings are made of: terms in id order, and each field's postings. */
export interface PostingsData {
  terms: string[];
  documents: number;
  fields: FieldData[];
}

/** What a query matched: passages in minisearch's order of first match, and their scores. */
export interface Matches {
  /** Passage ids, in the order minisearch would list them before sorting; valid until the next search. */
  readonly ids: Int32Array;
  /** Score of a passage (0 for one not matched); valid until the next search. */
  score(id: number): number;
}

export interface PostingsQuery<F extends string> {
  /** Index terms, in query order (a repeated term counts twice in the score, once in the match count). */
  terms: readonly string[];
  fields: readonly F[];
  /** Boost per field (minisearch `boost`; 1 when absent). */
  boost?: Partial<Record<F, number>>;
  /** Boost per term (minisearch `boostTerm`). */
  boostTerm?: (term: string) => number;
}

/**
 * A field's postings as collected: (term, document, term frequency) triples in the order added,
 * three blocks of numbers rather than a list of documents and one of frequencies per term (for
 * 924 real articles about 40,000 small arrays of 1.1 million numbers, some 20 MB of heap at a
 * build's fullest, against 6.5 MB here).
 */
interface Collected {
  terms: IntBlocks;
  docs: IntBlocks;
  tfs: IntBlocks;
  lengths: number[];
}

/**
 * Collects the documents' terms in the order they are added, as minisearch's `add` does: a field's
 * length is its number of distinct tokens, its term frequencies count the processed terms.
 */
export class PostingsBuilder<F extends string> {
  private readonly termIds = new Map<string, number>();
  private readonly perField: Collected[];
  private documents = 0;
  /** Per term id: the document and field it was last counted in (`mark`), and its count there. */
  private seenAt = new Int32Array(1 << 10);
  private counts = new Int32Array(1 << 10);
  private mark = 0;
  /** The terms of the document and field being added, in order of first occurrence. */
  private readonly order: number[] = [];

  constructor(readonly fields: readonly F[]) {
    this.perField = fields.map(() => ({
      terms: new IntBlocks(),
      docs: new IntBlocks(),
      tfs: new IntBlocks(),
      lengths: [],
    }));
  }

  /** Adds the next document (ids are 0, 1, 2 … in order): each field's tokens and their terms. */
  add(fields: readonly (readonly string[])[], process: (token: string) => string | null): void {
    const doc = this.documents;
    fields.forEach((tokens, f) => {
      this.addField(f, doc, tokens, process);
    });
  }

  /**
   * Adds one field of a document: each field's documents in order (0, 1, 2 …), one field possibly
   * long before another (a build adds the passages' words before their speakers are known). A term
   * is numbered when first met in any field; the numbers are no part of a score.
   */
  addField(
    f: number,
    doc: number,
    tokens: readonly string[],
    process: (token: string) => string | null,
  ): void {
    const ids = new Int32Array(tokens.length);
    tokens.forEach((token, i) => {
      const t = process(token);
      ids[i] = t ? this.termId(t) : -1;
    });
    this.addTermIds(f, doc, ids, new Set(tokens).size);
  }

  /** The number of an index term, given when it is first asked for. */
  termId(t: string): number {
    let id = this.termIds.get(t);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(t, id);
      this.seenAt = grown(this.seenAt, id, id + 1);
      this.counts = grown(this.counts, id, id + 1);
    }
    return id;
  }

  /**
   * `addField` of tokens already numbered (`termId`; -1 for a token with no term): a build that
   * knows each word's term once need not work it out again at each of its occurrences. `length`:
   * the field's distinct tokens.
   */
  addTermIds(f: number, doc: number, ids: ArrayLike<number>, length: number): void {
    const field = this.perField[f] as Collected;
    if (doc !== field.lengths.length) throw new Error(`field ${f} is given document ${doc} out of order`);
    this.documents = Math.max(this.documents, doc + 1);
    field.lengths.push(length);
    const mark = ++this.mark;
    const order = this.order;
    order.length = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (id < 0) continue;
      if (this.seenAt[id] !== mark) {
        this.seenAt[id] = mark;
        this.counts[id] = 1;
        order.push(id);
      } else this.counts[id] = (this.counts[id] as number) + 1;
    }
    for (const id of order) {
      field.terms.push(id);
      field.docs.push(doc);
      field.tfs.push(this.counts[id] as number);
    }
  }

  build(bm25: Bm25): Postings<F> {
    const steps = this.dataSteps(bm25);
    for (;;) {
      const next = steps.next();
      if (next.done) return Postings.of(this.fields, next.value);
    }
  }

  /** The postings collected and scored, in typed arrays: a field and some thousands of postings per step. */
  *dataSteps(bm25: Bm25): Generator<void, PostingsData> {
    const terms = this.termIds.size;
    const n = this.documents;
    const fields: FieldData[] = [];
    for (const field of this.perField) {
      if (field.lengths.length !== n) throw new Error('a field of the postings lacks documents');
      yield;
      // The average field length as minisearch keeps it: updated document by document.
      let average = 0;
      field.lengths.forEach((length, doc) => {
        average = (average * doc + length) / (doc + 1);
      });
      const size = field.terms.size;
      const offsets = new Int32Array(terms + 1);
      for (let i = 0; i < size; i++) {
        (offsets[field.terms.at(i) + 1] as number)++;
        if (i % POSTINGS_PER_STEP === POSTINGS_PER_STEP - 1) yield;
      }
      for (let t = 0; t < terms; t++) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
      const idf = new Float64Array(terms);
      for (let t = 0; t < terms; t++) {
        const count = (offsets[t + 1] as number) - (offsets[t] as number);
        idf[t] = Math.log(1 + (n - count + 0.5) / (count + 0.5));
      }
      const docs = new Int32Array(size);
      const scores = new Float64Array(size);
      yield;
      // Each term's postings placed after those of the terms before it, in the order added:
      // ascending documents (a counting sort by term).
      const at = offsets.slice(0, terms);
      for (let i = 0; i < size; i++) {
        const t = field.terms.at(i);
        const doc = field.docs.at(i);
        const tf = field.tfs.at(i);
        const length = field.lengths[doc] as number;
        const k = at[t] as number;
        at[t] = k + 1;
        docs[k] = doc;
        // minisearch's calcBM25Score, term for term.
        scores[k] =
          (idf[t] as number) *
          (bm25.d + (tf * (bm25.k + 1)) / (tf + bm25.k * (1 - bm25.b + (bm25.b * length) / average)));
        if (i % POSTINGS_PER_STEP === POSTINGS_PER_STEP - 1) yield;
      }
      fields.push({ offsets, docs, scores });
    }
    return { terms: [...this.termIds.keys()], documents: n, fields };
  }
}

/**
 * Postings counted or scored between two steps of `PostingsBuilder.dataSteps`: counted in postings,
 * not terms, because the first terms met are the commonest (2,000 of them held about 40 ms of a
 * reload). A reload runs this code for the first time in a process that opened from the persisted
 * index, JIT cold: 50,000 at once held its event loop for 10–20 ms there.
 */
const POSTINGS_PER_STEP = 10_000;

/** Terms numbered between two steps of `Postings.ofSteps` (19,000 at an open of 924 real articles). */
const TERMS_PER_STEP = 2_000;

export class Postings<F extends string> {
  /** The postings of `data`, built or read back from a persisted index. */
  static of<F extends string>(fields: readonly F[], data: PostingsData): Postings<F> {
    return runSteps(Postings.ofSteps(fields, data));
  }

  /** `of`, a few thousand terms per step, for an open that gives the event loop back. */
  static *ofSteps<F extends string>(fields: readonly F[], data: PostingsData): Generator<void, Postings<F>> {
    // No pair made per term to build the map from: 19,000 arrays more to collect at each open.
    const ids = new Map<string, number>();
    for (let id = 0; id < data.terms.length; id++) {
      const t = data.terms[id] as string;
      // A persisted index read back could list one twice (`checkIndexData` leaves that to here).
      if (ids.has(t)) throw new Error(`lists the term ${JSON.stringify(t)} twice`);
      ids.set(t, id);
      if (id % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
    }
    return new Postings(fields, ids, data.fields, data.documents);
  }

  /** Per passage: the score so far, the search it was last matched in, terms matched. */
  private readonly total: Float64Array;
  private readonly stamp: Int32Array;
  private readonly quality: Int32Array;
  private readonly termScore: Float64Array;
  private readonly termStamp: Int32Array;
  /**
   * Passages matched by the search and by its current term, written over by every search: a query
   * of common words matches thousands of passages, and lists made anew each time were most of what
   * a question allocated.
   */
  private readonly matched: Int32Array;
  private readonly touched: Int32Array;
  private searches = 0;
  private termSearches = 0;

  constructor(
    readonly fields: readonly F[],
    private readonly termIds: ReadonlyMap<string, number>,
    private readonly byField: readonly FieldData[],
    readonly documents: number,
  ) {
    this.total = new Float64Array(documents);
    this.stamp = new Int32Array(documents);
    this.quality = new Int32Array(documents);
    this.termScore = new Float64Array(documents);
    this.termStamp = new Int32Array(documents);
    this.matched = new Int32Array(documents);
    this.touched = new Int32Array(documents);
  }

  /** Passages holding a term in a field. */
  count(term: string, field: F): number {
    const t = this.termIds.get(term);
    const p = this.byField[this.fields.indexOf(field)];
    return t === undefined || !p ? 0 : (p.offsets[t + 1] as number) - (p.offsets[t] as number);
  }

  /** Passages holding the term in a field, ascending. */
  holding(term: string, field: F): Int32Array {
    const t = this.termIds.get(term);
    const p = this.byField[this.fields.indexOf(field)];
    if (t === undefined || !p) return new Int32Array(0);
    return p.docs.subarray(p.offsets[t] as number, p.offsets[t + 1] as number);
  }

  /**
   * The passages a query matches and their scores, as minisearch's `search` with `combineWith: 'OR'`
   * and no fuzzy or prefix matching computes them. Reuses its buffers: read before the next search.
   */
  search(query: PostingsQuery<F>): Matches {
    const search = ++this.searches;
    const { total, stamp, quality, termScore, termStamp, matched, touched } = this;
    let count = 0;
    const fieldIndexes = query.fields.map((f) => this.fields.indexOf(f));
    const fieldBoosts = query.fields.map((f) => query.boost?.[f] || 1);
    const seenTerms = new Set<string>();
    for (const term of query.terms) {
      const first = !seenTerms.has(term);
      seenTerms.add(term);
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      const termBoost = query.boostTerm ? query.boostTerm(term) : 1;
      const mark = ++this.termSearches;
      let reached = 0;
      for (let i = 0; i < fieldIndexes.length; i++) {
        const p = this.byField[fieldIndexes[i] as number];
        if (!p) continue;
        const weight = termBoost * (fieldBoosts[i] as number);
        const end = p.offsets[t + 1] as number;
        for (let k = p.offsets[t] as number; k < end; k++) {
          const doc = p.docs[k] as number;
          const s = weight * (p.scores[k] as number);
          if (termStamp[doc] !== mark) {
            termStamp[doc] = mark;
            termScore[doc] = s;
            touched[reached++] = doc;
          } else termScore[doc] = (termScore[doc] as number) + s;
        }
      }
      for (let r = 0; r < reached; r++) {
        const doc = touched[r] as number;
        if (stamp[doc] !== search) {
          stamp[doc] = search;
          total[doc] = termScore[doc] as number;
          quality[doc] = 1;
          matched[count++] = doc;
        } else {
          total[doc] = (total[doc] as number) + (termScore[doc] as number);
          if (first) quality[doc] = (quality[doc] as number) + 1;
        }
      }
    }
    return {
      ids: matched.subarray(0, count),
      score: (id) => (stamp[id] === search ? (total[id] as number) * (quality[id] as number) : 0),
    };
  }
}

/**
 * The best `limit` matches, best first, ties in order of first match: the head of what minisearch's
 * stable sort of every match returns, without sorting them all.
 */
export function best(matches: Matches, limit: number): number[] {
  const { ids } = matches;
  const scores = scratch(0, ids.length);
  for (let i = 0; i < ids.length; i++) scores[i] = matches.score(ids[i] as number);
  // Positions (in match order) of the chosen matches, ascending.
  const chosen: number[] = [];
  if (ids.length <= limit) for (let i = 0; i < ids.length; i++) chosen.push(i);
  else {
    const copy = scratch(1, ids.length);
    copy.set(scores);
    const threshold = kthLargest(copy, limit);
    let above = 0;
    for (let i = 0; i < scores.length; i++) if ((scores[i] as number) > threshold) above++;
    let ties = limit - above;
    for (let i = 0; i < ids.length; i++) {
      const s = scores[i] as number;
      if (s > threshold || (s === threshold && ties-- > 0)) chosen.push(i);
    }
  }
  // Best score first; an insertion sort is stable, so ties keep the order of first match. Written
  // out rather than a comparator: a sort's comparator returning fractions allocates at every call.
  for (let i = 1; i < chosen.length; i++) {
    const at = chosen[i] as number;
    const score = scores[at] as number;
    let j = i - 1;
    while (j >= 0 && (scores[chosen[j] as number] as number) < score) {
      chosen[j + 1] = chosen[j] as number;
      j--;
    }
    chosen[j + 1] = at;
  }
  for (let i = 0; i < chosen.length; i++) chosen[i] = ids[chosen[i] as number] as number;
  return chosen;
}

/** Two score buffers `best` reuses, grown to the largest match list seen (8 bytes a passage each). */
const scratches: Float64Array[] = [new Float64Array(0), new Float64Array(0)];

function scratch(which: 0 | 1, length: number): Float64Array {
  let buffer = scratches[which] as Float64Array;
  if (buffer.length < length) {
    buffer = new Float64Array(Math.max(length, buffer.length * 2));
    scratches[which] = buffer;
  }
  return buffer.subarray(0, length);
}

/** The k-th largest value (1-based) of `values` (reordered in place): quickselect. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const tmp = values[i] as number;
        values[i] = values[j] as number;
        values[j] = tmp;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}
